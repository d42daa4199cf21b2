/// A frame opcode (RFC 6455 §5.2): an open 4-bit vocabulary, so reserved values can be represented,
/// reported and sent in negative tests.
public struct WebSocketOpcode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The 4-bit value, 0x0–0xF.
    public let rawValue: UInt8

    /// Nil for values above 0xF, which do not fit the opcode field.
    public init?(rawValue: UInt8) {
        guard rawValue <= 0xF else { return nil }
        self.rawValue = rawValue
    }

    private init(uncheckedValue: UInt8) {
        rawValue = uncheckedValue
    }

    public static let continuation = WebSocketOpcode(uncheckedValue: 0x0)
    public static let text = WebSocketOpcode(uncheckedValue: 0x1)
    public static let binary = WebSocketOpcode(uncheckedValue: 0x2)
    public static let close = WebSocketOpcode(uncheckedValue: 0x8)
    public static let ping = WebSocketOpcode(uncheckedValue: 0x9)
    public static let pong = WebSocketOpcode(uncheckedValue: 0xA)

    /// RFC 6455 §5.5: opcodes with the high bit set are control frames.
    public var isControl: Bool { rawValue & 0x8 != 0 }

    /// RFC 6455 §5.2: 0x3–0x7 and 0xB–0xF are reserved.
    public var isReserved: Bool { !(0x0...0x2).contains(rawValue) && !(0x8...0xA).contains(rawValue) }

    public var description: String {
        switch rawValue {
        case 0x0: "continuation"
        case 0x1: "text"
        case 0x2: "binary"
        case 0x8: "close"
        case 0x9: "ping"
        case 0xA: "pong"
        default: "reserved(0x\(String(rawValue, radix: 16, uppercase: true)))"
        }
    }
}
