/// OCPI 2.2.1 §8.4.19 PowerType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct PowerType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let ac1Phase = PowerType(rawValue: "AC_1_PHASE")
    public static let ac2Phase = PowerType(rawValue: "AC_2_PHASE")
    public static let ac2PhaseSplit = PowerType(rawValue: "AC_2_PHASE_SPLIT")
    public static let ac3Phase = PowerType(rawValue: "AC_3_PHASE")
    public static let dc = PowerType(rawValue: "DC")

    public static let knownValues: [PowerType] = [
        .ac1Phase,
        .ac2Phase,
        .ac2PhaseSplit,
        .ac3Phase,
        .dc,
    ]
}
