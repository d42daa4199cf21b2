/// OCPI 2.2.1 §12.4.6 WhitelistType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct WhitelistType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let always = WhitelistType(rawValue: "ALWAYS")
    public static let allowed = WhitelistType(rawValue: "ALLOWED")
    public static let allowedOffline = WhitelistType(rawValue: "ALLOWED_OFFLINE")
    public static let never = WhitelistType(rawValue: "NEVER")

    public static let knownValues: [WhitelistType] = [
        .always,
        .allowed,
        .allowedOffline,
        .never,
    ]
}
