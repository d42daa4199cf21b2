/// What a validated object belongs to: an OCPI module, the response envelope, or the document.
public enum OCPIModule: String, Sendable, Hashable, CaseIterable {
    case locations
    case sessions
    case cdrs
    case tariffs
    case tokens
    case credentials
    case versions
    case commands
    case hubclientinfo
    /// The response envelope around `data` (§4.1.7).
    case envelope
    /// Findings about the document itself (type not recognised, duplicate members).
    case general

    /// The module part of rule ids: `OCPI-CDR-014`.
    public var rulePrefix: String {
        switch self {
        case .locations: "LOC"
        case .sessions: "SES"
        case .cdrs: "CDR"
        case .tariffs: "TAR"
        case .tokens: "TOK"
        case .credentials: "CRE"
        case .versions: "VER"
        case .commands: "CMD"
        case .hubclientinfo: "HUB"
        case .envelope: "ENV"
        case .general: "GEN"
        }
    }

    /// The objects a module's messages carry at top level; the first is the default when the
    /// shape says nothing more.
    public var rootObjects: [String] {
        switch self {
        // Hours and DisplayText are checked on their own when a file holds just one.
        case .locations: ["Location", "EVSE", "Connector", "Hours", "DisplayText"]
        case .sessions: ["Session", "ChargingPreferences"]
        case .cdrs: ["CDR"]
        case .tariffs: ["Tariff"]
        case .tokens: ["Token", "AuthorizationInfo", "LocationReferences"]
        case .credentials: ["Credentials"]
        case .versions: ["VersionDetails", "Version"]
        case .commands:
            [
                "StartSession", "StopSession", "ReserveNow", "CancelReservation", "UnlockConnector", "CommandResponse",
                "CommandResult",
            ]
        case .hubclientinfo: ["ClientInfo"]
        case .envelope: ["ResponseEnvelope"]
        case .general: []
        }
    }

    /// The module whose messages carry `objectName` at top level.
    public static func owning(_ objectName: String) -> OCPIModule? {
        allCases.first { $0.rootObjects.contains(objectName) }
    }
}
