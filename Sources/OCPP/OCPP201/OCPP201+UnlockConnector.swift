extension OCPP201 {
    /// The UnlockConnector request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct UnlockConnectorRequest: OCPPRequest {
        public static let action = "UnlockConnector"
        public typealias Response = UnlockConnectorResponse

        public var evseId: Int
        public var connectorId: Int

        public init(evseId: Int, connectorId: Int) {
            self.evseId = evseId
            self.connectorId = connectorId
        }
    }

    /// The answer to `UnlockConnectorRequest`.
    public struct UnlockConnectorResponse: OCPPPayload {
        public var status: UnlockStatus
        public var statusInfo: StatusInfo?

        public init(status: UnlockStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
