/// Why a text message is not a usable OCPP-J frame, and which CALLERROR (if any) answers it (ocpp.md §1.2, §1.4).
public struct OCPPFrameError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The text is not JSON at all (the parser's message).
        case invalidJSON(String)
        /// The JSON is not an array.
        case notAnArray(found: String)
        /// The array is empty or its first element is not an integer.
        case missingMessageType
        /// A message type number other than 2, 3 and 4.
        case unknownMessageType(Int)
        /// The message id is missing or not a string.
        case unreadableMessageId
        /// The message id is longer than 36 characters.
        case messageIdTooLong(length: Int)
        /// The array has the wrong number of elements for its type.
        case wrongElementCount(messageType: Int, expected: Int, found: Int)
        /// An element has the wrong JSON type (`index` counts from 0).
        case wrongElementType(index: Int, expected: String, found: String)
    }

    public var kind: Kind
    /// The message id, when it could be read (so a CALLERROR can echo it).
    public var messageId: String?
    /// True when the frame was a CALL (type 2) or of an unknown type: those are answered with a CALLERROR,
    /// replies (types 3 and 4) never are.
    public var expectsReply: Bool

    public init(kind: Kind, messageId: String? = nil, expectsReply: Bool = false) {
        self.kind = kind
        self.messageId = messageId
        self.expectsReply = expectsReply
    }

    /// The CALLERROR code the receiver answers with in `version`; nil when the spec says to ignore the frame
    /// (1.6: unknown message type).
    public func callErrorCode(in version: OCPPVersion) -> CallErrorCode? {
        switch (kind, version) {
        case (.unknownMessageType, .v16): nil
        case (.unknownMessageType, .v201): .messageTypeNotSupported
        // OCPP 2.0.1 Part 4 §4.3: an unreadable frame or id is an RpcFrameworkError; 1.6 has only FormationViolation.
        case (.invalidJSON, .v201), (.notAnArray, .v201), (.missingMessageType, .v201), (.unreadableMessageId, .v201):
            .rpcFrameworkError
        // Missing elements: the payload is incomplete (OCPP-J 1.6 §4.2.3 ProtocolError).
        case (.wrongElementCount, _): .protocolError
        default: .formatViolation(in: version)
        }
    }

    /// The id to put in the answering CALLERROR: the frame's own, or `"-1"` when unreadable (2.0.1 Part 4 §4.2.3).
    public var replyMessageId: String {
        messageId ?? "-1"
    }

    /// The CALLERROR frame answering this error in `version`, or nil when nothing should be sent.
    public func callError(in version: OCPPVersion) -> OCPPMessage.CallError? {
        guard let code = callErrorCode(in: version) else { return nil }
        if version == .v16 && messageId == nil { return nil }
        if !expectsReply && messageId != nil { return nil }
        // OCPP 2.0.1 Part 4 §4.2.3: the description is at most 255 characters.
        return OCPPMessage.CallError(
            messageId: replyMessageId,
            code: code,
            description: String(description.prefix(255))
        )
    }

    public var description: String {
        switch kind {
        case .invalidJSON(let reason): "frame is not valid JSON: \(reason)"
        case .notAnArray(let found): "frame must be a JSON array, found \(found)"
        case .missingMessageType: "frame must start with an integer message type"
        case .unknownMessageType(let type): "unknown message type \(type) (expected 2, 3 or 4)"
        case .unreadableMessageId: "message id (element 1) must be a string"
        case .messageIdTooLong(let length): "message id has \(length) characters, at most 36 allowed"
        case .wrongElementCount(let type, let expected, let found):
            "message type \(type) needs \(expected) elements, found \(found)"
        case .wrongElementType(let index, let expected, let found):
            "element \(index) must be \(expected), found \(found)"
        }
    }
}
