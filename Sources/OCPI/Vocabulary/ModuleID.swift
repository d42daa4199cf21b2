/// OCPI 2.2.1 §6.2.4 ModuleID: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ModuleID: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let cdrs = ModuleID(rawValue: "cdrs")
    public static let chargingprofiles = ModuleID(rawValue: "chargingprofiles")
    public static let commands = ModuleID(rawValue: "commands")
    public static let credentials = ModuleID(rawValue: "credentials")
    public static let hubclientinfo = ModuleID(rawValue: "hubclientinfo")
    public static let locations = ModuleID(rawValue: "locations")
    public static let sessions = ModuleID(rawValue: "sessions")
    public static let tariffs = ModuleID(rawValue: "tariffs")
    public static let tokens = ModuleID(rawValue: "tokens")

    public static let knownValues: [ModuleID] = [
        .cdrs,
        .chargingprofiles,
        .commands,
        .credentials,
        .hubclientinfo,
        .locations,
        .sessions,
        .tariffs,
        .tokens,
    ]
}
