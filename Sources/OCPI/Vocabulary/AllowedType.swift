/// OCPI 2.2.1 §12.4.1 AllowedType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct AllowedType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let allowed = AllowedType(rawValue: "ALLOWED")
    public static let blocked = AllowedType(rawValue: "BLOCKED")
    public static let expired = AllowedType(rawValue: "EXPIRED")
    public static let noCredit = AllowedType(rawValue: "NO_CREDIT")
    public static let notAllowed = AllowedType(rawValue: "NOT_ALLOWED")

    public static let knownValues: [AllowedType] = [
        .allowed,
        .blocked,
        .expired,
        .noCredit,
        .notAllowed,
    ]
}
