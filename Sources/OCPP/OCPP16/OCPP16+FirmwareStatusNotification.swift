extension OCPP16 {
    /// The FirmwareStatusNotification request (OCPP 1.6 §6), sent by the charge point.
    public struct FirmwareStatusNotificationRequest: OCPPRequest {
        public static let action = "FirmwareStatusNotification"
        public typealias Response = FirmwareStatusNotificationResponse

        public var status: FirmwareStatus

        public init(status: FirmwareStatus) {
            self.status = status
        }
    }

    /// The answer to `FirmwareStatusNotificationRequest`.
    public struct FirmwareStatusNotificationResponse: OCPPPayload {
        public init() {}
    }
}
