/// OCPI 2.2.1 §8.4.10 EnvironmentalImpactCategory: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct EnvironmentalImpactCategory: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let nuclearWaste = EnvironmentalImpactCategory(rawValue: "NUCLEAR_WASTE")
    public static let carbonDioxide = EnvironmentalImpactCategory(rawValue: "CARBON_DIOXIDE")

    public static let knownValues: [EnvironmentalImpactCategory] = [
        .nuclearWaste,
        .carbonDioxide,
    ]
}
