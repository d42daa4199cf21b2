extension OCPP16 {
    /// The RemoteStopTransaction request (OCPP 1.6 §6), sent by the central system.
    public struct RemoteStopTransactionRequest: OCPPRequest {
        public static let action = "RemoteStopTransaction"
        public typealias Response = RemoteStopTransactionResponse

        public var transactionId: Int

        public init(transactionId: Int) {
            self.transactionId = transactionId
        }
    }

    /// The answer to `RemoteStopTransactionRequest`.
    public struct RemoteStopTransactionResponse: OCPPPayload {
        public var status: RemoteStartStopStatus

        public init(status: RemoteStartStopStatus) {
            self.status = status
        }
    }
}
