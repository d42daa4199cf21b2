/// OCPI 2.2.1 §12.4.5 TokenType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct TokenType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let adHocUser = TokenType(rawValue: "AD_HOC_USER")
    public static let appUser = TokenType(rawValue: "APP_USER")
    public static let other = TokenType(rawValue: "OTHER")
    public static let rfid = TokenType(rawValue: "RFID")

    public static let knownValues: [TokenType] = [
        .adHocUser,
        .appUser,
        .other,
        .rfid,
    ]
}
