/// OCPI 2.2.1 §9.4.2 ProfileType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ProfileType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let cheap = ProfileType(rawValue: "CHEAP")
    public static let fast = ProfileType(rawValue: "FAST")
    public static let green = ProfileType(rawValue: "GREEN")
    public static let regular = ProfileType(rawValue: "REGULAR")

    public static let knownValues: [ProfileType] = [
        .cheap,
        .fast,
        .green,
        .regular,
    ]
}
