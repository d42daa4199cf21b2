public import JSON

/// How a check ended in a run.
public enum CheckStatus: String, Sendable, Hashable {
    case passed
    case failed
    case notApplicable = "not_applicable"
    case skipped
}

/// One check's result: overall, per charger profile, and the findings it raised.
public struct CheckOutcome: Sendable, Hashable {
    public var id: String
    public var status: CheckStatus
    /// Passed and failed counts per charger profile (per-profile checks).
    public var profiles: [String: Tally]
    public var findings: [Finding]
    /// Why a check did not apply, or a short note.
    public var note: String?

    public struct Tally: Sendable, Hashable {
        public var passed = 0
        public var failed = 0
    }

    public var json: JSONValue {
        var object: JSONObject = ["id": .string(id), "status": .string(status.rawValue)]
        if let definition = CheckCatalog.check(id) {
            object["title"] = .string(definition.title)
            object["phase"] = .string(definition.phase)
        }
        object["profiles"] = .object(
            JSONObject(
                profiles.keys.sorted().map { key in
                    (
                        key: key,
                        value: [
                            "passed": .number(JSONNumber(profiles[key]!.passed)),
                            "failed": .number(JSONNumber(profiles[key]!.failed)),
                        ]
                    )
                }
            )
        )
        object["findings"] = .number(JSONNumber(findings.count))
        if let note { object["note"] = .string(note) }
        return .object(object)
    }
}

/// Collects outcomes while the checks run; only selected checks are recorded.
struct CheckRecorder {
    let selected: Set<String>
    let strict: Bool
    /// The checks an outcome is listed for: the CPO catalog, or mirror mode's.
    let catalog: [CheckDefinition]
    private(set) var outcomes: [String: CheckOutcome] = [:]

    init(selected: [CheckDefinition], strict: Bool, catalog: [CheckDefinition] = CheckCatalog.all) {
        self.selected = Set(selected.map(\.id))
        self.strict = strict
        self.catalog = catalog
    }

    func isSelected(_ id: String) -> Bool { selected.contains(id) }

    private mutating func outcome(_ id: String) -> CheckOutcome {
        outcomes[id] ?? CheckOutcome(id: id, status: .passed, profiles: [:], findings: [])
    }

    /// Records one passing observation.
    mutating func pass(_ id: String, profile: String? = nil) {
        guard isSelected(id) else { return }
        var current = outcome(id)
        if let profile { current.profiles[profile, default: .init()].passed += 1 }
        outcomes[id] = current
    }

    /// Records one failing observation with its finding. The severity comes from the catalog unless given.
    mutating func fail(
        _ id: String,
        profile: String? = nil,
        reason: String,
        owner: OwnerLayer,
        message: String,
        expected: String? = nil,
        actual: String? = nil,
        sessionID: String? = nil,
        chargerID: String? = nil,
        evidence: [Int] = [],
        severity: Severity? = nil
    ) {
        guard isSelected(id), let definition = CheckCatalog.check(id) else { return }
        var current = outcome(id)
        let level = severity ?? definition.severity(strict: strict)
        // Informational findings (classified exceptions) do not fail the check.
        if level != .info {
            current.status = .failed
            if let profile { current.profiles[profile, default: .init()].failed += 1 }
        }
        current.findings.append(
            Finding(
                rule: id,
                severity: level,
                reasonCode: reason,
                owner: owner,
                message: message,
                expected: expected,
                actual: actual,
                sessionID: sessionID,
                chargerID: chargerID,
                profile: profile,
                evidence: evidence
            )
        )
        outcomes[id] = current
    }

    mutating func notApplicable(_ id: String, _ note: String) {
        guard isSelected(id) else { return }
        var current = outcome(id)
        if current.profiles.isEmpty && current.findings.isEmpty {
            current.status = .notApplicable
            current.note = note
        }
        outcomes[id] = current
    }

    /// Outcomes for every catalog check, in catalog order (unselected ones skipped).
    var all: [CheckOutcome] {
        catalog.map { check in
            guard isSelected(check.id) else {
                return CheckOutcome(id: check.id, status: .skipped, profiles: [:], findings: [], note: "not selected")
            }
            // A check that observed nothing did not pass: it did not apply.
            return outcomes[check.id]
                ?? CheckOutcome(
                    id: check.id,
                    status: .notApplicable,
                    profiles: [:],
                    findings: [],
                    note: "nothing to check in this run"
                )
        }
    }
}
