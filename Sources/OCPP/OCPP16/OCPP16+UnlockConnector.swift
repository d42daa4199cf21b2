extension OCPP16 {
    /// The UnlockConnector request (OCPP 1.6 §6), sent by the central system.
    public struct UnlockConnectorRequest: OCPPRequest {
        public static let action = "UnlockConnector"
        public typealias Response = UnlockConnectorResponse

        public var connectorId: Int

        public init(connectorId: Int) {
            self.connectorId = connectorId
        }
    }

    /// The answer to `UnlockConnectorRequest`.
    public struct UnlockConnectorResponse: OCPPPayload {
        public var status: UnlockStatus

        public init(status: UnlockStatus) {
            self.status = status
        }
    }
}
