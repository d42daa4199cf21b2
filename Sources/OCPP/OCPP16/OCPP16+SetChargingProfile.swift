extension OCPP16 {
    /// The SetChargingProfile request (OCPP 1.6 §6), sent by the central system.
    public struct SetChargingProfileRequest: OCPPRequest {
        public static let action = "SetChargingProfile"
        public typealias Response = SetChargingProfileResponse

        public var connectorId: Int
        public var csChargingProfiles: ChargingProfile

        public init(connectorId: Int, csChargingProfiles: ChargingProfile) {
            self.connectorId = connectorId
            self.csChargingProfiles = csChargingProfiles
        }
    }

    /// The answer to `SetChargingProfileRequest`.
    public struct SetChargingProfileResponse: OCPPPayload {
        public var status: ChargingProfileStatus

        public init(status: ChargingProfileStatus) {
            self.status = status
        }
    }
}
