/// OCPI 2.2.1 §8.4.3 Capability: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct Capability: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let chargingProfileCapable = Capability(rawValue: "CHARGING_PROFILE_CAPABLE")
    public static let chargingPreferencesCapable = Capability(rawValue: "CHARGING_PREFERENCES_CAPABLE")
    public static let chipCardSupport = Capability(rawValue: "CHIP_CARD_SUPPORT")
    public static let contactlessCardSupport = Capability(rawValue: "CONTACTLESS_CARD_SUPPORT")
    public static let creditCardPayable = Capability(rawValue: "CREDIT_CARD_PAYABLE")
    public static let debitCardPayable = Capability(rawValue: "DEBIT_CARD_PAYABLE")
    public static let pedTerminal = Capability(rawValue: "PED_TERMINAL")
    public static let remoteStartStopCapable = Capability(rawValue: "REMOTE_START_STOP_CAPABLE")
    public static let reservable = Capability(rawValue: "RESERVABLE")
    public static let rfidReader = Capability(rawValue: "RFID_READER")
    public static let startSessionConnectorRequired = Capability(rawValue: "START_SESSION_CONNECTOR_REQUIRED")
    public static let tokenGroupCapable = Capability(rawValue: "TOKEN_GROUP_CAPABLE")
    public static let unlockCapable = Capability(rawValue: "UNLOCK_CAPABLE")

    public static let knownValues: [Capability] = [
        .chargingProfileCapable,
        .chargingPreferencesCapable,
        .chipCardSupport,
        .contactlessCardSupport,
        .creditCardPayable,
        .debitCardPayable,
        .pedTerminal,
        .remoteStartStopCapable,
        .reservable,
        .rfidReader,
        .startSessionConnectorRequired,
        .tokenGroupCapable,
        .unlockCapable,
    ]
}
