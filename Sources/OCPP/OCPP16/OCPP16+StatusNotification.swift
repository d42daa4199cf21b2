public import Foundation

extension OCPP16 {
    /// The StatusNotification request (OCPP 1.6 §6), sent by the charge point.
    public struct StatusNotificationRequest: OCPPRequest {
        public static let action = "StatusNotification"
        public typealias Response = StatusNotificationResponse

        public var connectorId: Int
        public var errorCode: ChargePointErrorCode
        public var info: String?
        public var status: ChargePointStatus
        public var timestamp: Date?
        public var vendorId: String?
        public var vendorErrorCode: String?

        public init(
            connectorId: Int,
            errorCode: ChargePointErrorCode,
            status: ChargePointStatus,
            info: String? = nil,
            timestamp: Date? = nil,
            vendorId: String? = nil,
            vendorErrorCode: String? = nil
        ) {
            self.connectorId = connectorId
            self.errorCode = errorCode
            self.info = info
            self.status = status
            self.timestamp = timestamp
            self.vendorId = vendorId
            self.vendorErrorCode = vendorErrorCode
        }
    }

    /// The answer to `StatusNotificationRequest`.
    public struct StatusNotificationResponse: OCPPPayload {
        public init() {}
    }
}
