/// Joins frames into messages (RFC 6455 §5.4) and checks what frames carry: continuation order,
/// message size, UTF-8 of text messages (checked fragment by fragment, so an invalid byte fails at
/// once, §8.1) and close frame payloads (§5.5.1, §7.4). Control frames may arrive between fragments.
public struct WebSocketMessageAssembler: Sendable {
    public let maxMessageSize: Int
    private var fragments: Fragments?

    private struct Fragments: Sendable {
        var opcode: WebSocketOpcode
        var bytes: [UInt8]
        var utf8 = UTF8Validator()
    }

    public init(maxMessageSize: Int = WebSocketLimits.default.maxMessageSize) {
        self.maxMessageSize = maxMessageSize
    }

    /// Whether a fragmented message has started and not yet finished.
    public var isInsideFragmentedMessage: Bool { fragments != nil }

    /// The event a frame completes, or nil when it was a non-final fragment.
    public mutating func receive(_ frame: WebSocketFrame) throws(WebSocketProtocolError) -> WebSocketEvent? {
        switch frame.opcode {
        case .ping: return .ping(frame.payload)
        case .pong: return .pong(frame.payload)
        case .close: return try Self.closeEvent(frame.payload)
        case .text, .binary:
            // RFC 6455 §5.4: fragments of one message are not interleaved with another data message.
            guard fragments == nil else { throw .expectedContinuation(received: frame.opcode) }
            fragments = Fragments(opcode: frame.opcode, bytes: [])
        case .continuation:
            break
        default:
            throw .reservedOpcode(frame.opcode.rawValue)
        }
        guard var message = fragments else { throw .unexpectedContinuation }
        guard frame.payload.count <= maxMessageSize - message.bytes.count else {
            throw .messageTooLarge(limit: maxMessageSize)
        }
        if message.opcode == .text && !message.utf8.validate(frame.payload) { throw .invalidUTF8InTextMessage }
        message.bytes.append(contentsOf: frame.payload)
        guard frame.fin else {
            fragments = message
            return nil
        }
        fragments = nil
        if message.opcode == .text {
            guard message.utf8.isComplete else { throw .invalidUTF8InTextMessage }
            return .text(String(decoding: message.bytes, as: UTF8.self))
        }
        return .binary(message.bytes)
    }

    /// RFC 6455 §5.5.1: an empty payload, or a 2-byte code followed by a UTF-8 reason.
    static func closeEvent(_ payload: [UInt8]) throws(WebSocketProtocolError) -> WebSocketEvent {
        guard !payload.isEmpty else { return .close(code: nil, reason: "") }
        guard payload.count >= 2 else { throw .closePayloadTooShort }
        let code = WebSocketCloseCode(UInt16(payload[0]) << 8 | UInt16(payload[1]))
        // RFC 6455 §7.4: codes that may not be sent fail the connection when received.
        guard code.isValidOnTheWire else { throw .invalidCloseCode(code.rawValue) }
        guard let reason = String(validating: payload.dropFirst(2), as: UTF8.self) else {
            throw .invalidUTF8InCloseReason
        }
        return .close(code: code, reason: reason)
    }
}
