extension OCPP16 {
    /// The ClearChargingProfile request (OCPP 1.6 §6), sent by the central system.
    public struct ClearChargingProfileRequest: OCPPRequest {
        public static let action = "ClearChargingProfile"
        public typealias Response = ClearChargingProfileResponse

        public var id: Int?
        public var connectorId: Int?
        public var chargingProfilePurpose: ChargingProfilePurposeType?
        public var stackLevel: Int?

        public init(
            id: Int? = nil,
            connectorId: Int? = nil,
            chargingProfilePurpose: ChargingProfilePurposeType? = nil,
            stackLevel: Int? = nil
        ) {
            self.id = id
            self.connectorId = connectorId
            self.chargingProfilePurpose = chargingProfilePurpose
            self.stackLevel = stackLevel
        }
    }

    /// The answer to `ClearChargingProfileRequest`.
    public struct ClearChargingProfileResponse: OCPPPayload {
        public var status: ClearChargingProfileStatus

        public init(status: ClearChargingProfileStatus) {
            self.status = status
        }
    }
}
