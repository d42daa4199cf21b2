public import JSON

/// What a rule found in one value: the rule, where (JSON path and, from a file, line and column)
/// and what is wrong.
public struct OCPIFinding: Sendable, Hashable, CustomStringConvertible {
    public var ruleID: String
    public var severity: OCPISeverity
    public var path: JSONPath
    public var location: SourceLocation?
    public var message: String

    public init(
        ruleID: String,
        severity: OCPISeverity,
        path: JSONPath,
        location: SourceLocation? = nil,
        message: String
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.path = path
        self.location = location
        self.message = message
    }

    /// `file:line:column: error OCPI-CDR-021 $.charging_periods[1]: message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue) \(ruleID) \(path): \(message)"
    }

    /// The finding as a JSON object (for `--json` output and evidence).
    public var json: JSONValue {
        var object: JSONObject = [
            "rule": .string(ruleID), "severity": .string(severity.rawValue), "path": .string(path.description),
            "message": .string(message),
        ]
        if let location {
            if let file = location.file { object["file"] = .string(file) }
            object["line"] = .number(JSONNumber(location.line))
            object["column"] = .number(JSONNumber(location.column))
        }
        return .object(object)
    }
}
