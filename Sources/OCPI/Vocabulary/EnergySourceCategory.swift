/// OCPI 2.2.1 §8.4.8 EnergySourceCategory: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct EnergySourceCategory: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let nuclear = EnergySourceCategory(rawValue: "NUCLEAR")
    public static let generalFossil = EnergySourceCategory(rawValue: "GENERAL_FOSSIL")
    public static let coal = EnergySourceCategory(rawValue: "COAL")
    public static let gas = EnergySourceCategory(rawValue: "GAS")
    public static let generalGreen = EnergySourceCategory(rawValue: "GENERAL_GREEN")
    public static let solar = EnergySourceCategory(rawValue: "SOLAR")
    public static let wind = EnergySourceCategory(rawValue: "WIND")
    public static let water = EnergySourceCategory(rawValue: "WATER")

    public static let knownValues: [EnergySourceCategory] = [
        .nuclear,
        .generalFossil,
        .coal,
        .gas,
        .generalGreen,
        .solar,
        .wind,
        .water,
    ]
}
