extension OCPP201 {
    /// The ChangeAvailability request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct ChangeAvailabilityRequest: OCPPRequest {
        public static let action = "ChangeAvailability"
        public typealias Response = ChangeAvailabilityResponse

        public var evse: EVSE?
        public var operationalStatus: OperationalStatus

        public init(operationalStatus: OperationalStatus, evse: EVSE? = nil) {
            self.evse = evse
            self.operationalStatus = operationalStatus
        }
    }

    /// The answer to `ChangeAvailabilityRequest`.
    public struct ChangeAvailabilityResponse: OCPPPayload {
        public var status: ChangeAvailabilityStatus
        public var statusInfo: StatusInfo?

        public init(status: ChangeAvailabilityStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
