public import Foundation

extension OCPP16 {
    /// The BootNotification request (OCPP 1.6 §6), sent by the charge point.
    public struct BootNotificationRequest: OCPPRequest {
        public static let action = "BootNotification"
        public typealias Response = BootNotificationResponse

        public var chargePointVendor: String
        public var chargePointModel: String
        public var chargePointSerialNumber: String?
        public var chargeBoxSerialNumber: String?
        public var firmwareVersion: String?
        public var iccid: String?
        public var imsi: String?
        public var meterType: String?
        public var meterSerialNumber: String?

        public init(
            chargePointVendor: String,
            chargePointModel: String,
            chargePointSerialNumber: String? = nil,
            chargeBoxSerialNumber: String? = nil,
            firmwareVersion: String? = nil,
            iccid: String? = nil,
            imsi: String? = nil,
            meterType: String? = nil,
            meterSerialNumber: String? = nil
        ) {
            self.chargePointVendor = chargePointVendor
            self.chargePointModel = chargePointModel
            self.chargePointSerialNumber = chargePointSerialNumber
            self.chargeBoxSerialNumber = chargeBoxSerialNumber
            self.firmwareVersion = firmwareVersion
            self.iccid = iccid
            self.imsi = imsi
            self.meterType = meterType
            self.meterSerialNumber = meterSerialNumber
        }
    }

    /// The answer to `BootNotificationRequest`.
    public struct BootNotificationResponse: OCPPPayload {
        public var status: RegistrationStatus
        public var currentTime: Date
        public var interval: Int

        public init(status: RegistrationStatus, currentTime: Date, interval: Int) {
            self.status = status
            self.currentTime = currentTime
            self.interval = interval
        }
    }
}
