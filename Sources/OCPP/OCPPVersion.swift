/// The OCPP-J protocol versions RoamGate speaks, named by their WebSocket sub-protocol (ocpp.md §1.1).
public enum OCPPVersion: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case v16 = "ocpp1.6"
    case v201 = "ocpp2.0.1"

    /// The `Sec-WebSocket-Protocol` token.
    public var subprotocol: String { rawValue }

    public var description: String { rawValue }
}
