/// A close status code (RFC 6455 §7.4): an open vocabulary, so any received value can be reported.
public struct WebSocketCloseCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// 1000: the purpose of the connection was fulfilled.
    public static let normalClosure = WebSocketCloseCode(1000)
    /// 1001: the endpoint is going away (server shutdown, page navigation).
    public static let goingAway = WebSocketCloseCode(1001)
    /// 1002: a protocol error.
    public static let protocolError = WebSocketCloseCode(1002)
    /// 1003: a data type the endpoint cannot accept.
    public static let unsupportedData = WebSocketCloseCode(1003)
    /// 1005: no status code was present (never sent in a frame).
    public static let noStatusReceived = WebSocketCloseCode(1005)
    /// 1006: the connection closed without a close frame (never sent in a frame).
    public static let abnormalClosure = WebSocketCloseCode(1006)
    /// 1007: message data not consistent with its type (e.g. non-UTF-8 in a text message).
    public static let invalidPayloadData = WebSocketCloseCode(1007)
    /// 1008: a message violates the endpoint's policy.
    public static let policyViolation = WebSocketCloseCode(1008)
    /// 1009: a message too big to process.
    public static let messageTooBig = WebSocketCloseCode(1009)
    /// 1010: the client expected an extension the server did not negotiate.
    public static let mandatoryExtension = WebSocketCloseCode(1010)
    /// 1011: the server met an unexpected condition.
    public static let internalError = WebSocketCloseCode(1011)
    /// 1015: the TLS handshake failed (never sent in a frame).
    public static let tlsHandshakeFailure = WebSocketCloseCode(1015)

    /// Whether the code may appear in a close frame on the wire (RFC 6455 §7.4.1–§7.4.2 and the IANA
    /// registry): 1000–1003, 1007–1014 and 3000–4999. 1004 is reserved; 1005, 1006 and 1015 MUST NOT be
    /// sent; other codes below 3000 are unassigned or reserved for the protocol.
    public var isValidOnTheWire: Bool {
        switch rawValue {
        case 1000...1003, 1007...1014, 3000...4999: true
        default: false
        }
    }

    public var description: String { String(rawValue) }
}
