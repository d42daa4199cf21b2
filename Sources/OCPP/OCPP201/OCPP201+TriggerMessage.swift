extension OCPP201 {
    /// The TriggerMessage request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct TriggerMessageRequest: OCPPRequest {
        public static let action = "TriggerMessage"
        public typealias Response = TriggerMessageResponse

        public var evse: EVSE?
        public var requestedMessage: MessageTrigger

        public init(requestedMessage: MessageTrigger, evse: EVSE? = nil) {
            self.evse = evse
            self.requestedMessage = requestedMessage
        }
    }

    /// The answer to `TriggerMessageRequest`.
    public struct TriggerMessageResponse: OCPPPayload {
        public var status: TriggerMessageStatus
        public var statusInfo: StatusInfo?

        public init(status: TriggerMessageStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
