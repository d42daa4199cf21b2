/// A typed OCPP payload (request, response or nested type): Codable with the exact schema field names.
public protocol OCPPPayload: Codable, Sendable, Hashable {}

/// A typed OCPP request: knows its action name and its response type.
public protocol OCPPRequest: OCPPPayload {
    associatedtype Response: OCPPPayload
    /// The action name on the wire (e.g. `BootNotification`).
    static var action: String { get }
}

/// An open OCPP enumeration: a string wrapper with the spec values as static members; any other
/// value read from the wire is kept as is (HELPERS.md: open vocabularies).
public protocol OCPPEnumeration: RawRepresentable<String>, Codable, Sendable, Hashable, CustomStringConvertible {
    init(rawValue: String)
    /// The values the spec defines, in spec order.
    static var allRawValues: [String] { get }
}

extension OCPPEnumeration {
    /// True when the value is one the spec defines.
    public var isSpecified: Bool { Self.allRawValues.contains(rawValue) }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
