/// OCPI 2.2.1 §8.4.5 ConnectorType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ConnectorType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let chademo = ConnectorType(rawValue: "CHADEMO")
    public static let chaoji = ConnectorType(rawValue: "CHAOJI")
    public static let domesticA = ConnectorType(rawValue: "DOMESTIC_A")
    public static let domesticB = ConnectorType(rawValue: "DOMESTIC_B")
    public static let domesticC = ConnectorType(rawValue: "DOMESTIC_C")
    public static let domesticD = ConnectorType(rawValue: "DOMESTIC_D")
    public static let domesticE = ConnectorType(rawValue: "DOMESTIC_E")
    public static let domesticF = ConnectorType(rawValue: "DOMESTIC_F")
    public static let domesticG = ConnectorType(rawValue: "DOMESTIC_G")
    public static let domesticH = ConnectorType(rawValue: "DOMESTIC_H")
    public static let domesticI = ConnectorType(rawValue: "DOMESTIC_I")
    public static let domesticJ = ConnectorType(rawValue: "DOMESTIC_J")
    public static let domesticK = ConnectorType(rawValue: "DOMESTIC_K")
    public static let domesticL = ConnectorType(rawValue: "DOMESTIC_L")
    public static let domesticM = ConnectorType(rawValue: "DOMESTIC_M")
    public static let domesticN = ConnectorType(rawValue: "DOMESTIC_N")
    public static let domesticO = ConnectorType(rawValue: "DOMESTIC_O")
    public static let gbtAc = ConnectorType(rawValue: "GBT_AC")
    public static let gbtDc = ConnectorType(rawValue: "GBT_DC")
    public static let iec603092Single16 = ConnectorType(rawValue: "IEC_60309_2_single_16")
    public static let iec603092Three16 = ConnectorType(rawValue: "IEC_60309_2_three_16")
    public static let iec603092Three32 = ConnectorType(rawValue: "IEC_60309_2_three_32")
    public static let iec603092Three64 = ConnectorType(rawValue: "IEC_60309_2_three_64")
    public static let iec62196T1 = ConnectorType(rawValue: "IEC_62196_T1")
    public static let iec62196T1Combo = ConnectorType(rawValue: "IEC_62196_T1_COMBO")
    public static let iec62196T2 = ConnectorType(rawValue: "IEC_62196_T2")
    public static let iec62196T2Combo = ConnectorType(rawValue: "IEC_62196_T2_COMBO")
    public static let iec62196T3a = ConnectorType(rawValue: "IEC_62196_T3A")
    public static let iec62196T3c = ConnectorType(rawValue: "IEC_62196_T3C")
    public static let nema520 = ConnectorType(rawValue: "NEMA_5_20")
    public static let nema630 = ConnectorType(rawValue: "NEMA_6_30")
    public static let nema650 = ConnectorType(rawValue: "NEMA_6_50")
    public static let nema1030 = ConnectorType(rawValue: "NEMA_10_30")
    public static let nema1050 = ConnectorType(rawValue: "NEMA_10_50")
    public static let nema1430 = ConnectorType(rawValue: "NEMA_14_30")
    public static let nema1450 = ConnectorType(rawValue: "NEMA_14_50")
    public static let pantographBottomUp = ConnectorType(rawValue: "PANTOGRAPH_BOTTOM_UP")
    public static let pantographTopDown = ConnectorType(rawValue: "PANTOGRAPH_TOP_DOWN")
    public static let teslaR = ConnectorType(rawValue: "TESLA_R")
    public static let teslaS = ConnectorType(rawValue: "TESLA_S")

    public static let knownValues: [ConnectorType] = [
        .chademo,
        .chaoji,
        .domesticA,
        .domesticB,
        .domesticC,
        .domesticD,
        .domesticE,
        .domesticF,
        .domesticG,
        .domesticH,
        .domesticI,
        .domesticJ,
        .domesticK,
        .domesticL,
        .domesticM,
        .domesticN,
        .domesticO,
        .gbtAc,
        .gbtDc,
        .iec603092Single16,
        .iec603092Three16,
        .iec603092Three32,
        .iec603092Three64,
        .iec62196T1,
        .iec62196T1Combo,
        .iec62196T2,
        .iec62196T2Combo,
        .iec62196T3a,
        .iec62196T3c,
        .nema520,
        .nema630,
        .nema650,
        .nema1030,
        .nema1050,
        .nema1430,
        .nema1450,
        .pantographBottomUp,
        .pantographTopDown,
        .teslaR,
        .teslaS,
    ]
}
