/// OCPI 2.2.1 §9.4.1 ChargingPreferencesResponse: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ChargingPreferencesResponse: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let accepted = ChargingPreferencesResponse(rawValue: "ACCEPTED")
    public static let departureRequired = ChargingPreferencesResponse(rawValue: "DEPARTURE_REQUIRED")
    public static let energyNeedRequired = ChargingPreferencesResponse(rawValue: "ENERGY_NEED_REQUIRED")
    public static let notPossible = ChargingPreferencesResponse(rawValue: "NOT_POSSIBLE")
    public static let profileTypeNotSupported = ChargingPreferencesResponse(rawValue: "PROFILE_TYPE_NOT_SUPPORTED")

    public static let knownValues: [ChargingPreferencesResponse] = [
        .accepted,
        .departureRequired,
        .energyNeedRequired,
        .notPossible,
        .profileTypeNotSupported,
    ]
}
