public import JSON

/// A check of the catalog: what it verifies, on which evidence, and how serious a failure is.
public struct CheckDefinition: Sendable, Hashable {
    /// Stable id, `P<phase>-<AREA>-<NNN>`.
    public var id: String
    public var phase: String
    public var title: String
    public var verifies: String
    public var evidence: String
    public var severity: Severity
    /// `MUST` or `SHOULD` (spec wording) or `GATE` (a launch-blueprint requirement).
    public var level: String
    public var reference: String
    /// True when results are reported per charger profile.
    public var perProfile: Bool

    public var json: JSONValue {
        [
            "id": .string(id), "phase": .string(phase), "title": .string(title), "verifies": .string(verifies),
            "evidence": .string(evidence), "severity": .string(severity.rawValue), "level": .string(level),
            "reference": .string(reference), "per_profile": .bool(perProfile),
        ]
    }

    /// The severity under `--strict`: SHOULD breaches count as major.
    public func severity(strict: Bool) -> Severity {
        strict && level == "SHOULD" && severity > .major ? .major : severity
    }
}
