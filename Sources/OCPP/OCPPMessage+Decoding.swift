public import JSON

extension OCPPMessage {
    /// Longest message id allowed (OCPP-J 1.6 §4.1.3, OCPP 2.0.1 Part 4 §4.2.1).
    public static let maxMessageIdLength = 36

    /// Decodes one WebSocket text message into a frame, with a precise error for anything malformed.
    public static func decode(
        _ text: String,
        limits: JSONParser.Limits = JSONParser.Limits(maxDepth: 32, maxBytes: 1 << 20)
    ) throws(OCPPFrameError) -> OCPPMessage {
        let value: JSONValue
        do {
            value = try JSONParser(limits: limits).parse(text).value
        } catch {
            throw OCPPFrameError(kind: .invalidJSON(error.description))
        }
        return try decode(value)
    }

    /// Decodes an already parsed JSON value into a frame.
    public static func decode(_ value: JSONValue) throws(OCPPFrameError) -> OCPPMessage {
        guard let elements = value.arrayValue else {
            throw OCPPFrameError(kind: .notAnArray(found: value.typeName))
        }
        guard let first = elements.first?.numberValue, let type = first.int else {
            throw OCPPFrameError(kind: .missingMessageType)
        }
        guard [2, 3, 4].contains(type) else {
            let messageId = elements.count > 1 ? elements[1].stringValue : nil
            throw OCPPFrameError(kind: .unknownMessageType(type), messageId: messageId, expectsReply: true)
        }
        let isCall = type == 2
        guard elements.count > 1, let messageId = elements[1].stringValue else {
            throw OCPPFrameError(kind: .unreadableMessageId, expectsReply: isCall)
        }
        guard messageId.count <= maxMessageIdLength else {
            throw OCPPFrameError(
                kind: .messageIdTooLong(length: messageId.count),
                messageId: messageId,
                expectsReply: isCall
            )
        }
        let expectedCount = [2: 4, 3: 3, 4: 5][type] ?? 0
        guard elements.count == expectedCount else {
            throw OCPPFrameError(
                kind: .wrongElementCount(messageType: type, expected: expectedCount, found: elements.count),
                messageId: messageId,
                expectsReply: isCall
            )
        }
        func fail(_ index: Int, _ expected: String) -> OCPPFrameError {
            OCPPFrameError(
                kind: .wrongElementType(index: index, expected: expected, found: elements[index].typeName),
                messageId: messageId,
                expectsReply: isCall
            )
        }
        switch type {
        case 2:
            guard let action = elements[2].stringValue else { throw fail(2, "a string action") }
            guard elements[3].objectValue != nil else { throw fail(3, "an object payload") }
            return .call(Call(messageId: messageId, action: action, payload: elements[3]))
        case 3:
            guard elements[2].objectValue != nil else { throw fail(2, "an object payload") }
            return .callResult(CallResult(messageId: messageId, payload: elements[2]))
        default:
            guard let code = elements[2].stringValue else { throw fail(2, "a string error code") }
            guard let description = elements[3].stringValue else { throw fail(3, "a string error description") }
            guard elements[4].objectValue != nil else { throw fail(4, "an object of error details") }
            return .callError(
                CallError(
                    messageId: messageId,
                    code: CallErrorCode(code),
                    description: description,
                    details: elements[4]
                )
            )
        }
    }
}
