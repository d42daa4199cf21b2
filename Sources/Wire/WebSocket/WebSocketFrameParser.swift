/// An incremental WebSocket frame parser (RFC 6455 §5.2): append bytes in any chunking, pull frames.
///
/// `role` is the role of the endpoint that receives, which decides the masking rule (§5.1): a server
/// refuses unmasked frames, a client refuses masked ones. Header rules are checked as soon as the
/// header bytes are in, before any payload is buffered. Any error is final and thrown again by every
/// later call; the connection is then failed with `error.closeCode`.
public struct WebSocketFrameParser: Sendable {
    public let role: WebSocketRole
    public let limits: WebSocketLimits
    /// RSV bits an extension negotiated for this connection; none by default (§5.2).
    public let allowedReservedBits: UInt8
    private var buffer = ByteQueue()
    private var failure: WebSocketProtocolError?

    public init(role: WebSocketRole, limits: WebSocketLimits = .default, allowedReservedBits: UInt8 = 0) {
        self.role = role
        self.limits = limits
        self.allowedReservedBits = allowedReservedBits
    }

    /// Whether part of a frame has been received but not yet returned.
    public var hasPartialFrame: Bool { !buffer.isEmpty }

    /// Adds received bytes; they are dropped after an error.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() throws(WebSocketProtocolError) -> WebSocketFrame? {
        if let failure { throw failure }
        do {
            return try parseFrame()
        } catch {
            failure = error
            _ = buffer.readAll()
            throw error
        }
    }

    private mutating func parseFrame() throws(WebSocketProtocolError) -> WebSocketFrame? {
        guard buffer.count >= 2 else { return nil }
        let first = buffer[0]
        let second = buffer[1]
        let fin = first & 0x80 != 0
        let reservedBits = first >> 4 & 0x7
        // RFC 6455 §5.2: RSV bits MUST be 0 unless an extension defines them.
        if reservedBits & ~allowedReservedBits != 0 { throw .reservedBitsSet(reservedBits) }
        let opcode = WebSocketOpcode(rawValue: first & 0xF) ?? .continuation
        // RFC 6455 §5.2: a reserved opcode fails the connection.
        if opcode.isReserved { throw .reservedOpcode(opcode.rawValue) }
        let masked = second & 0x80 != 0
        // RFC 6455 §5.1: a server MUST close on an unmasked frame, a client on a masked one.
        switch role {
        case .server where !masked: throw .unmaskedClientFrame
        case .client where masked: throw .maskedServerFrame
        default: break
        }
        // RFC 6455 §5.5: control frames MUST NOT be fragmented.
        if opcode.isControl && !fin { throw .fragmentedControlFrame }

        let lengthField = second & 0x7F
        let extendedLengthSize = lengthField == 126 ? 2 : lengthField == 127 ? 8 : 0
        guard buffer.count >= 2 + extendedLengthSize else { return nil }
        var length = UInt64(lengthField)
        if extendedLengthSize > 0 {
            length = 0
            for offset in 0..<extendedLengthSize {
                length = length << 8 | UInt64(buffer[2 + offset])
            }
        }
        // RFC 6455 §5.2: the most significant bit of a 64-bit length MUST be 0.
        if extendedLengthSize == 8 && length >> 63 != 0 { throw .payloadLengthHighBitSet }
        // RFC 6455 §5.5: control frames have a payload of 125 bytes or less.
        if opcode.isControl && length > 125 { throw .controlFrameTooLong(length: length) }
        if length > UInt64(limits.maxFramePayload) {
            throw .frameTooLarge(length: length, limit: limits.maxFramePayload)
        }

        let headerSize = 2 + extendedLengthSize + (masked ? 4 : 0)
        let payloadLength = Int(length)
        guard buffer.count >= headerSize + payloadLength else { return nil }
        var maskingKey: WebSocketMaskingKey?
        if masked {
            let offset = 2 + extendedLengthSize
            maskingKey = WebSocketMaskingKey(buffer[offset], buffer[offset + 1], buffer[offset + 2], buffer[offset + 3])
        }
        buffer.skip(headerSize)
        var payload = buffer.read(payloadLength)
        maskingKey?.apply(to: &payload)
        return WebSocketFrame(
            fin: fin,
            reservedBits: reservedBits,
            opcode: opcode,
            maskingKey: maskingKey,
            payload: payload
        )
    }
}
