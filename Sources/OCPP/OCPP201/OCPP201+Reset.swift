extension OCPP201 {
    /// The Reset request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct ResetRequest: OCPPRequest {
        public static let action = "Reset"
        public typealias Response = ResetResponse

        public var type: ResetType
        public var evseId: Int?

        public init(type: ResetType, evseId: Int? = nil) {
            self.type = type
            self.evseId = evseId
        }
    }

    /// The answer to `ResetRequest`.
    public struct ResetResponse: OCPPPayload {
        public var status: ResetStatus
        public var statusInfo: StatusInfo?

        public init(status: ResetStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
