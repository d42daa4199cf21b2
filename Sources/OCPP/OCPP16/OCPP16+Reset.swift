extension OCPP16 {
    /// The Reset request (OCPP 1.6 §6), sent by the central system.
    public struct ResetRequest: OCPPRequest {
        public static let action = "Reset"
        public typealias Response = ResetResponse

        public var type: ResetType

        public init(type: ResetType) {
            self.type = type
        }
    }

    /// The answer to `ResetRequest`.
    public struct ResetResponse: OCPPPayload {
        public var status: ResetStatus

        public init(status: ResetStatus) {
            self.status = status
        }
    }
}
