/// Why received WebSocket bytes break RFC 6455, with the close code to answer with (§7.4.1).
///
/// After any of these the endpoint fails the connection (§7.1.7): it sends a close frame with
/// `closeCode` and closes.
public enum WebSocketProtocolError: Error, Hashable, Sendable {
    /// RSV1–3 set without a negotiated extension (§5.2); the value is the three bits (0b100 = RSV1).
    case reservedBitsSet(UInt8)
    /// A reserved opcode, 0x3–0x7 or 0xB–0xF (§5.2).
    case reservedOpcode(UInt8)
    /// A client frame without a mask: a server MUST close the connection (§5.1).
    case unmaskedClientFrame
    /// A server frame with a mask: a client MUST close the connection (§5.1).
    case maskedServerFrame
    /// A control frame with FIN clear (§5.5: control frames MUST NOT be fragmented).
    case fragmentedControlFrame
    /// A control frame with a payload over 125 bytes (§5.5).
    case controlFrameTooLong(length: UInt64)
    /// A 64-bit payload length with its most significant bit set (§5.2).
    case payloadLengthHighBitSet
    /// A frame payload over the configured limit (1009).
    case frameTooLarge(length: UInt64, limit: Int)
    /// A message (all fragments together) over the configured limit (1009).
    case messageTooLarge(limit: Int)
    /// A continuation frame with no fragmented message in progress (§5.4).
    case unexpectedContinuation
    /// A new text or binary frame while a fragmented message is still in progress (§5.4).
    case expectedContinuation(received: WebSocketOpcode)
    /// A text message that is not valid UTF-8 (§8.1: 1007).
    case invalidUTF8InTextMessage
    /// A close frame whose payload is 1 byte long: a code needs two (§5.5.1).
    case closePayloadTooShort
    /// A close frame with a code that may not be sent (§7.4).
    case invalidCloseCode(UInt16)
    /// A close reason that is not valid UTF-8 (§5.5.1: 1007).
    case invalidUTF8InCloseReason

    /// The close code to send when failing the connection because of this error.
    public var closeCode: WebSocketCloseCode {
        switch self {
        case .frameTooLarge, .messageTooLarge: .messageTooBig
        case .invalidUTF8InTextMessage, .invalidUTF8InCloseReason: .invalidPayloadData
        default: .protocolError
        }
    }
}
