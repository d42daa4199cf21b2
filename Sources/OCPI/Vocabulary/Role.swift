/// OCPI 2.2.1 §16.6 Role: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct Role: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let cpo = Role(rawValue: "CPO")
    public static let emsp = Role(rawValue: "EMSP")
    public static let hub = Role(rawValue: "HUB")
    public static let nap = Role(rawValue: "NAP")
    public static let nsp = Role(rawValue: "NSP")
    public static let other = Role(rawValue: "OTHER")
    public static let scsp = Role(rawValue: "SCSP")

    public static let knownValues: [Role] = [
        .cpo,
        .emsp,
        .hub,
        .nap,
        .nsp,
        .other,
        .scsp,
    ]
}
