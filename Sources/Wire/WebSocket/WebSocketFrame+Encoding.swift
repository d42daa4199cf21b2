extension WebSocketFrame {
    /// The frame's bytes on the wire (RFC 6455 §5.2), masked with `maskingKey` when it is set.
    ///
    /// ```
    ///  0                   1                   2                   3
    ///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
    /// +-+-+-+-+-------+-+-------------+-------------------------------+
    /// |F|R|R|R| opcode|M| Payload len |    Extended payload length    |
    /// |I|S|S|S|  (4)  |A|     (7)     |             (16/64)           |
    /// |N|V|V|V|       |S|             |   (if payload len==126/127)   |
    /// | |1|2|3|       |K|             |                               |
    /// +-+-+-+-+-------+-+-------------+ - - - - - - - - - - - - - - - +
    /// |     Extended payload length continued, if payload len == 127  |
    /// + - - - - - - - - - - - - - - - +-------------------------------+
    /// |                               |Masking-key, if MASK set to 1  |
    /// +-------------------------------+-------------------------------+
    /// | Masking-key (continued)       |          Payload Data         |
    /// +-------------------------------- - - - - - - - - - - - - - - - +
    /// ```
    /// The length uses the shortest form: 7 bits up to 125, 16 bits up to 65535, 64 bits beyond.
    /// `maskingKey` is used as it is, so a test can send a frame the wrong way round.
    public func encoded() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(payload.count + 14)
        output.append((fin ? 0x80 : 0) | (reservedBits & 0x7) << 4 | opcode.rawValue)
        let maskBit: UInt8 = maskingKey == nil ? 0 : 0x80
        switch payload.count {
        case 0...125:
            output.append(maskBit | UInt8(payload.count))
        case 126...0xFFFF:
            output.append(maskBit | 126)
            output.append(UInt8(payload.count >> 8))
            output.append(UInt8(payload.count & 0xFF))
        default:
            output.append(maskBit | 127)
            let length = UInt64(payload.count)
            for shift in stride(from: 56, through: 0, by: -8) {
                output.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
            }
        }
        guard let maskingKey else {
            output.append(contentsOf: payload)
            return output
        }
        output.append(contentsOf: maskingKey.array)
        var masked = payload
        maskingKey.apply(to: &masked)
        output.append(contentsOf: masked)
        return output
    }

    /// The frame's bytes as `role` must send them (RFC 6455 §5.1, §5.3): a client masks with a fresh
    /// key from `generator`, a server sends the payload unmasked.
    public func encoded(as role: WebSocketRole, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        var frame = self
        frame.maskingKey = role == .client ? WebSocketMaskingKey.random(using: &generator) : nil
        return frame.encoded()
    }
}
