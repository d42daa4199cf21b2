/// OCPI 2.2.1 §10.4.1 AuthMethod: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct AuthMethod: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let authRequest = AuthMethod(rawValue: "AUTH_REQUEST")
    public static let command = AuthMethod(rawValue: "COMMAND")
    public static let whitelist = AuthMethod(rawValue: "WHITELIST")

    public static let knownValues: [AuthMethod] = [
        .authRequest,
        .command,
        .whitelist,
    ]
}
