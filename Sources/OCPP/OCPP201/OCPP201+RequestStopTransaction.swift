extension OCPP201 {
    /// The RequestStopTransaction request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct RequestStopTransactionRequest: OCPPRequest {
        public static let action = "RequestStopTransaction"
        public typealias Response = RequestStopTransactionResponse

        public var transactionId: String

        public init(transactionId: String) {
            self.transactionId = transactionId
        }
    }

    /// The answer to `RequestStopTransactionRequest`.
    public struct RequestStopTransactionResponse: OCPPPayload {
        public var status: RequestStartStopStatus
        public var statusInfo: StatusInfo?

        public init(status: RequestStartStopStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
