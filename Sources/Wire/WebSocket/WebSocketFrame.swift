/// One WebSocket frame (RFC 6455 §5.2) with its payload unmasked.
///
/// Any combination of fields can be built, including ones the RFC forbids (reserved bits, reserved
/// opcodes, fragmented control frames), so negative tests can send them.
public struct WebSocketFrame: Sendable, Hashable {
    /// FIN: this is the final fragment of a message.
    public var fin: Bool
    /// RSV1, RSV2 and RSV3 as the three low bits (0b100 = RSV1); zero unless an extension says otherwise.
    public var reservedBits: UInt8
    public var opcode: WebSocketOpcode
    /// The key the payload was (or will be) masked with on the wire; nil for an unmasked frame.
    public var maskingKey: WebSocketMaskingKey?
    /// The application data, unmasked.
    public var payload: [UInt8]

    public init(
        fin: Bool = true,
        reservedBits: UInt8 = 0,
        opcode: WebSocketOpcode,
        maskingKey: WebSocketMaskingKey? = nil,
        payload: [UInt8] = []
    ) {
        self.fin = fin
        self.reservedBits = reservedBits
        self.opcode = opcode
        self.maskingKey = maskingKey
        self.payload = payload
    }

    /// A final text frame.
    public static func text(_ text: String, maskingKey: WebSocketMaskingKey? = nil) -> WebSocketFrame {
        WebSocketFrame(opcode: .text, maskingKey: maskingKey, payload: Array(text.utf8))
    }

    /// A final binary frame.
    public static func binary(_ bytes: [UInt8], maskingKey: WebSocketMaskingKey? = nil) -> WebSocketFrame {
        WebSocketFrame(opcode: .binary, maskingKey: maskingKey, payload: bytes)
    }

    public static func ping(_ payload: [UInt8] = [], maskingKey: WebSocketMaskingKey? = nil) -> WebSocketFrame {
        WebSocketFrame(opcode: .ping, maskingKey: maskingKey, payload: payload)
    }

    public static func pong(_ payload: [UInt8] = [], maskingKey: WebSocketMaskingKey? = nil) -> WebSocketFrame {
        WebSocketFrame(opcode: .pong, maskingKey: maskingKey, payload: payload)
    }

    /// A close frame (RFC 6455 §5.5.1): the code as 2 bytes in network order, then the UTF-8 reason;
    /// an empty payload when `code` is nil. The code is written as given, even one not valid on the wire.
    public static func close(
        code: WebSocketCloseCode?,
        reason: String = "",
        maskingKey: WebSocketMaskingKey? = nil
    ) -> WebSocketFrame {
        var payload: [UInt8] = []
        if let code {
            payload = [UInt8(code.rawValue >> 8), UInt8(code.rawValue & 0xFF)] + Array(reason.utf8)
        }
        return WebSocketFrame(opcode: .close, maskingKey: maskingKey, payload: payload)
    }
}
