/// How much a finding matters. Errors make `roamgate validate` exit 1; warnings only with `--strict`.
public enum OCPISeverity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case info

    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: OCPISeverity, rhs: OCPISeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One validation rule: a stable id, a severity, the specification section it enforces, and what it says.
public struct OCPIRule: Sendable, Hashable, Identifiable, Comparable {
    /// `OCPI-<module>-<number>`, e.g. `OCPI-CDR-021`.
    public let id: String
    public let module: OCPIModule
    public let severity: OCPISeverity
    /// The specification section, e.g. `§10.4.6` (or an errata note).
    public let section: String
    /// One sentence: what must hold.
    public let summary: String

    public init(module: OCPIModule, number: Int, severity: OCPISeverity, section: String, summary: String) {
        self.id = "OCPI-\(module.rulePrefix)-\(number < 10 ? "00" : number < 100 ? "0" : "")\(number)"
        self.module = module
        self.severity = severity
        self.section = section
        self.summary = summary
    }

    public static func < (lhs: OCPIRule, rhs: OCPIRule) -> Bool { lhs.id < rhs.id }
}
