/// OCPI 2.2.1 §11.4.5 TariffDimensionType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct TariffDimensionType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let energy = TariffDimensionType(rawValue: "ENERGY")
    public static let flat = TariffDimensionType(rawValue: "FLAT")
    public static let parkingTime = TariffDimensionType(rawValue: "PARKING_TIME")
    public static let time = TariffDimensionType(rawValue: "TIME")

    public static let knownValues: [TariffDimensionType] = [
        .energy,
        .flat,
        .parkingTime,
        .time,
    ]
}
