public import JSON

/// Who must act on a finding (DESIGN.md): the layer where the three records of a session —
/// the charger's own log, what the CPO published, what the partner received — first diverge.
public enum OwnerLayer: String, Sendable, Hashable, CaseIterable, Comparable {
    case charger
    case cpoBackend = "cpo-backend"
    case partner
    case unattributed

    public static func < (lhs: OwnerLayer, rhs: OwnerLayer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How bad a finding is. A MUST breach of the specification is at least major; a SHOULD breach
/// is minor (major with `--strict`).
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case blocker
    case major
    case minor
    case info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One thing a check found, with the evidence it rests on.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// A stable machine-readable reason, e.g. `CDR-MISSING`, `REPLAY-MISMATCH`.
    public var reasonCode: String
    public var owner: OwnerLayer
    public var message: String
    public var expected: String?
    public var actual: String?
    public var sessionID: String?
    public var chargerID: String?
    public var profile: String?
    /// Sequence numbers of evidence-log entries.
    public var evidence: [Int]
    /// Set when the scenario accepted this finding (it then does not block the gate).
    public var accepted: String?

    public init(
        rule: String,
        severity: Severity,
        reasonCode: String,
        owner: OwnerLayer,
        message: String,
        expected: String? = nil,
        actual: String? = nil,
        sessionID: String? = nil,
        chargerID: String? = nil,
        profile: String? = nil,
        evidence: [Int] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.reasonCode = reasonCode
        self.owner = owner
        self.message = message
        self.expected = expected
        self.actual = actual
        self.sessionID = sessionID
        self.chargerID = chargerID
        self.profile = profile
        self.evidence = evidence
    }

    public var json: JSONValue {
        var object: JSONObject = [
            "rule": .string(rule),
            "severity": .string(severity.rawValue),
            "reason_code": .string(reasonCode),
            "owner": .string(owner.rawValue),
            "message": .string(message),
            "evidence": .array(evidence.map { .number(JSONNumber($0)) }),
        ]
        if let expected { object["expected"] = .string(expected) }
        if let actual { object["actual"] = .string(actual) }
        if let sessionID { object["session_id"] = .string(sessionID) }
        if let chargerID { object["charger_id"] = .string(chargerID) }
        if let profile { object["profile"] = .string(profile) }
        if let accepted { object["accepted"] = .string(accepted) }
        return .object(object)
    }
}
