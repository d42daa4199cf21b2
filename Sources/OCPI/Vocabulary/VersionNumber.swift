/// OCPI 2.2.1 §6.2.5 VersionNumber: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct VersionNumber: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let v2_0 = VersionNumber(rawValue: "2.0")
    public static let v2_1 = VersionNumber(rawValue: "2.1")
    public static let v2_1_1 = VersionNumber(rawValue: "2.1.1")
    public static let v2_2 = VersionNumber(rawValue: "2.2")
    public static let v2_2_1 = VersionNumber(rawValue: "2.2.1")

    public static let knownValues: [VersionNumber] = [
        .v2_0,
        .v2_1,
        .v2_1_1,
        .v2_2,
        .v2_2_1,
    ]
}
