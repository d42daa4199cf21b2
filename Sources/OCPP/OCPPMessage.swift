public import JSON

/// One OCPP-J RPC frame (ocpp.md §1.2): CALL `[2, id, action, payload]`, CALLRESULT `[3, id, payload]`,
/// CALLERROR `[4, id, code, description, details]`.
public enum OCPPMessage: Sendable, Hashable {
    case call(Call)
    case callResult(CallResult)
    case callError(CallError)

    /// A request.
    public struct Call: Sendable, Hashable {
        public var messageId: String
        /// The action name without `.req` / `Request`, case-sensitive (e.g. `BootNotification`).
        public var action: String
        public var payload: JSONValue

        public init(messageId: String, action: String, payload: JSONValue) {
            self.messageId = messageId
            self.action = action
            self.payload = payload
        }
    }

    /// A successful response, matched to its CALL by id only.
    public struct CallResult: Sendable, Hashable {
        public var messageId: String
        public var payload: JSONValue

        public init(messageId: String, payload: JSONValue) {
            self.messageId = messageId
            self.payload = payload
        }
    }

    /// An error response.
    public struct CallError: Sendable, Hashable {
        public var messageId: String
        public var code: CallErrorCode
        public var description: String
        public var details: JSONValue

        public init(
            messageId: String,
            code: CallErrorCode,
            description: String = "",
            details: JSONValue = .object(JSONObject())
        ) {
            self.messageId = messageId
            self.code = code
            self.description = description
            self.details = details
        }
    }

    /// The message id the frame carries.
    public var messageId: String {
        switch self {
        case .call(let call): call.messageId
        case .callResult(let result): result.messageId
        case .callError(let error): error.messageId
        }
    }

    /// The JSON array of the frame.
    public var jsonValue: JSONValue {
        switch self {
        case .call(let call):
            .array([.number(JSONNumber(2)), .string(call.messageId), .string(call.action), call.payload])
        case .callResult(let result):
            .array([.number(JSONNumber(3)), .string(result.messageId), result.payload])
        case .callError(let error):
            .array([
                .number(JSONNumber(4)), .string(error.messageId), .string(error.code.rawValue),
                .string(error.description), error.details,
            ])
        }
    }

    /// The frame as compact JSON text, ready for a WebSocket text message.
    public var text: String {
        JSONWriter.compact.string(jsonValue)
    }
}
