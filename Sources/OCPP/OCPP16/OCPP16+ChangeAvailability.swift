extension OCPP16 {
    /// The ChangeAvailability request (OCPP 1.6 §6), sent by the central system.
    public struct ChangeAvailabilityRequest: OCPPRequest {
        public static let action = "ChangeAvailability"
        public typealias Response = ChangeAvailabilityResponse

        public var connectorId: Int
        public var type: AvailabilityType

        public init(connectorId: Int, type: AvailabilityType) {
            self.connectorId = connectorId
            self.type = type
        }
    }

    /// The answer to `ChangeAvailabilityRequest`.
    public struct ChangeAvailabilityResponse: OCPPPayload {
        public var status: AvailabilityStatus

        public init(status: AvailabilityStatus) {
            self.status = status
        }
    }
}
