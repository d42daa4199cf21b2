public import Foundation

extension OCPP201 {
    /// The StatusNotification request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
    public struct StatusNotificationRequest: OCPPRequest {
        public static let action = "StatusNotification"
        public typealias Response = StatusNotificationResponse

        public var timestamp: Date
        public var connectorStatus: ConnectorStatus
        public var evseId: Int
        public var connectorId: Int

        public init(timestamp: Date, connectorStatus: ConnectorStatus, evseId: Int, connectorId: Int) {
            self.timestamp = timestamp
            self.connectorStatus = connectorStatus
            self.evseId = evseId
            self.connectorId = connectorId
        }
    }

    /// The answer to `StatusNotificationRequest`.
    public struct StatusNotificationResponse: OCPPPayload {
        public init() {}
    }
}
