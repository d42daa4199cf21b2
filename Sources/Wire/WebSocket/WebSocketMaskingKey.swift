/// The 4-byte key a client masks every frame payload with (RFC 6455 §5.3).
public struct WebSocketMaskingKey: Sendable, Hashable {
    public let bytes: (UInt8, UInt8, UInt8, UInt8)

    public init(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) {
        bytes = (b0, b1, b2, b3)
    }

    /// RFC 6455 §5.3: the key MUST be unpredictable; it comes from the injected generator.
    public static func random(using generator: inout some RandomNumberGenerator) -> WebSocketMaskingKey {
        let value = UInt32.random(in: .min ... .max, using: &generator)
        return WebSocketMaskingKey(
            UInt8(truncatingIfNeeded: value >> 24),
            UInt8(truncatingIfNeeded: value >> 16),
            UInt8(truncatingIfNeeded: value >> 8),
            UInt8(truncatingIfNeeded: value)
        )
    }

    var array: [UInt8] { [bytes.0, bytes.1, bytes.2, bytes.3] }

    /// RFC 6455 §5.3: octet i of the data is XORed with octet i MOD 4 of the key; applying it twice
    /// gives the original bytes back.
    func apply(to payload: inout [UInt8]) {
        let key = array
        for index in payload.indices {
            payload[index] ^= key[index & 3]
        }
    }

    public static func == (lhs: WebSocketMaskingKey, rhs: WebSocketMaskingKey) -> Bool {
        lhs.array == rhs.array
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(array)
    }
}
