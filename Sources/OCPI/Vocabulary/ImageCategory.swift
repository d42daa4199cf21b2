/// OCPI 2.2.1 §8.4.16 ImageCategory: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ImageCategory: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let charger = ImageCategory(rawValue: "CHARGER")
    public static let entrance = ImageCategory(rawValue: "ENTRANCE")
    public static let location = ImageCategory(rawValue: "LOCATION")
    public static let network = ImageCategory(rawValue: "NETWORK")
    public static let `operator` = ImageCategory(rawValue: "OPERATOR")
    public static let other = ImageCategory(rawValue: "OTHER")
    public static let owner = ImageCategory(rawValue: "OWNER")

    public static let knownValues: [ImageCategory] = [
        .charger,
        .entrance,
        .location,
        .network,
        .`operator`,
        .other,
        .owner,
    ]
}
