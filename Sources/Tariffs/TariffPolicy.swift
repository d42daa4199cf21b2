/// How a partner reads the parts of OCPI's tariff rules that editions and implementers disagree on
/// (ocpi.md §3.6, §3.10). A scenario names the policy agreed with each partner.
public struct TariffPolicy: Sendable, Hashable {
    /// Which reading of step_size (OCPI 2.2.1 mod_cdrs "step_size").
    public enum StepSizeRule: String, Sendable, Hashable {
        /// 2.2.1-d2 (and its errata): ENERGY rounded once; TIME and PARKING_TIME rounded only in the
        /// dimension of the last billable time period; only billable volume counts (§3.6 rules 1–5).
        case d2 = "2.2.1-d2"
        /// The original 2.2.1 text: the combined TIME + PARKING_TIME duration is rounded.
        case original = "2.2.1"
        /// step_size ignored (every quantity billed exactly).
        case ignored = "ignored"
    }

    /// When amounts are rounded to the currency's minor unit. OCPI defines none (§3.8, issue #401).
    public enum Rounding: Sendable, Hashable {
        /// Exact decimals throughout.
        case exact
        /// Each line's excl. and incl. VAT amount rounded half-up to `decimals`.
        case perLine(decimals: Int)
        /// Only the totals rounded half-up to `decimals`.
        case totals(decimals: Int)
    }

    public var name: String
    public var stepSize: StepSizeRule
    public var rounding: Rounding

    public init(name: String, stepSize: StepSizeRule, rounding: Rounding) {
        self.name = name
        self.stepSize = stepSize
        self.rounding = rounding
    }

    /// The default: the current edition, exact arithmetic.
    public static let d2 = TariffPolicy(name: "2.2.1-d2", stepSize: .d2, rounding: .exact)
    /// The original 2.2.1 step_size reading.
    public static let original = TariffPolicy(name: "2.2.1", stepSize: .original, rounding: .exact)
    /// d2 with every line rounded to cents, as many billing systems do.
    public static let perLineCents = TariffPolicy(
        name: "2.2.1-d2-line-cents",
        stepSize: .d2,
        rounding: .perLine(decimals: 2)
    )
    /// d2 with totals rounded to cents.
    public static let totalCents = TariffPolicy(
        name: "2.2.1-d2-total-cents",
        stepSize: .d2,
        rounding: .totals(decimals: 2)
    )
    /// step_size not applied.
    public static let noSteps = TariffPolicy(name: "no-step-size", stepSize: .ignored, rounding: .exact)

    /// Every built-in policy, by name (`replay --policy NAME`).
    public static let all: [TariffPolicy] = [.d2, .original, .perLineCents, .totalCents, .noSteps]

    public static func named(_ name: String) -> TariffPolicy? {
        all.first { $0.name == name }
    }
}
