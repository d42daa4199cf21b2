extension OCPP16 {
    /// The TriggerMessage request (OCPP 1.6 §6), sent by the central system.
    public struct TriggerMessageRequest: OCPPRequest {
        public static let action = "TriggerMessage"
        public typealias Response = TriggerMessageResponse

        public var requestedMessage: MessageTrigger
        public var connectorId: Int?

        public init(requestedMessage: MessageTrigger, connectorId: Int? = nil) {
            self.requestedMessage = requestedMessage
            self.connectorId = connectorId
        }
    }

    /// The answer to `TriggerMessageRequest`.
    public struct TriggerMessageResponse: OCPPPayload {
        public var status: TriggerMessageStatus

        public init(status: TriggerMessageStatus) {
            self.status = status
        }
    }
}
