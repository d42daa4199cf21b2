extension OCPP201 {
    /// The SetChargingProfile request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct SetChargingProfileRequest: OCPPRequest {
        public static let action = "SetChargingProfile"
        public typealias Response = SetChargingProfileResponse

        public var evseId: Int
        public var chargingProfile: ChargingProfile

        public init(evseId: Int, chargingProfile: ChargingProfile) {
            self.evseId = evseId
            self.chargingProfile = chargingProfile
        }
    }

    /// The answer to `SetChargingProfileRequest`.
    public struct SetChargingProfileResponse: OCPPPayload {
        public var status: ChargingProfileStatus
        public var statusInfo: StatusInfo?

        public init(status: ChargingProfileStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
