public import Foundation

extension OCPP201 {
    /// The BootNotification request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
    public struct BootNotificationRequest: OCPPRequest {
        public static let action = "BootNotification"
        public typealias Response = BootNotificationResponse

        public var chargingStation: ChargingStation
        public var reason: BootReason

        public init(chargingStation: ChargingStation, reason: BootReason) {
            self.chargingStation = chargingStation
            self.reason = reason
        }
    }

    /// The answer to `BootNotificationRequest`.
    public struct BootNotificationResponse: OCPPPayload {
        public var currentTime: Date
        public var interval: Int
        public var status: RegistrationStatus
        public var statusInfo: StatusInfo?

        public init(currentTime: Date, interval: Int, status: RegistrationStatus, statusInfo: StatusInfo? = nil) {
            self.currentTime = currentTime
            self.interval = interval
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
