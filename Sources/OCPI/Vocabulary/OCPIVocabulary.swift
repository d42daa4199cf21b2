/// A value of an OCPI enumeration, kept open: any string decodes, so RoamGate can report values
/// the specification does not allow, and send them in negative tests (aesthetics.md P4).
public protocol OCPIVocabulary: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// The values OCPI 2.2.1 defines, in the specification's order.
    static var knownValues: [Self] { get }
}

extension OCPIVocabulary {
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// True when OCPI 2.2.1 defines this value.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    /// The raw values OCPI 2.2.1 defines.
    public static var knownRawValues: Set<String> { Set(knownValues.map(\.rawValue)) }
}
