/// OCPI 2.2.1 §11.4.7 TariffType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct TariffType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let adHocPayment = TariffType(rawValue: "AD_HOC_PAYMENT")
    public static let profileCheap = TariffType(rawValue: "PROFILE_CHEAP")
    public static let profileFast = TariffType(rawValue: "PROFILE_FAST")
    public static let profileGreen = TariffType(rawValue: "PROFILE_GREEN")
    public static let regular = TariffType(rawValue: "REGULAR")

    public static let knownValues: [TariffType] = [
        .adHocPayment,
        .profileCheap,
        .profileFast,
        .profileGreen,
        .regular,
    ]
}
