/// OCPI 2.2.1 §10.4.3 CdrDimensionType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct CdrDimensionType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let current = CdrDimensionType(rawValue: "CURRENT")
    public static let energy = CdrDimensionType(rawValue: "ENERGY")
    public static let energyExport = CdrDimensionType(rawValue: "ENERGY_EXPORT")
    public static let energyImport = CdrDimensionType(rawValue: "ENERGY_IMPORT")
    public static let maxCurrent = CdrDimensionType(rawValue: "MAX_CURRENT")
    public static let minCurrent = CdrDimensionType(rawValue: "MIN_CURRENT")
    public static let maxPower = CdrDimensionType(rawValue: "MAX_POWER")
    public static let minPower = CdrDimensionType(rawValue: "MIN_POWER")
    public static let parkingTime = CdrDimensionType(rawValue: "PARKING_TIME")
    public static let power = CdrDimensionType(rawValue: "POWER")
    public static let reservationTime = CdrDimensionType(rawValue: "RESERVATION_TIME")
    public static let stateOfCharge = CdrDimensionType(rawValue: "STATE_OF_CHARGE")
    public static let time = CdrDimensionType(rawValue: "TIME")

    public static let knownValues: [CdrDimensionType] = [
        .current,
        .energy,
        .energyExport,
        .energyImport,
        .maxCurrent,
        .minCurrent,
        .maxPower,
        .minPower,
        .parkingTime,
        .power,
        .reservationTime,
        .stateOfCharge,
        .time,
    ]
}
