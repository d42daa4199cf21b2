import Foundation
import JSON

/// A rule that relates several members of one object (end ≥ start, totals, references).
///
/// It runs on every object named `object` inside a message of `rule.module`; `check` reports
/// issues with paths relative to that object.
public struct CrossFieldRule: Sendable {
    public let rule: OCPIRule
    /// The schema name of the objects it runs on.
    public let object: String
    let check: @Sendable (JSONObject, inout CrossFieldReport) -> Void

    init(
        _ rule: OCPIRule,
        on object: String,
        _ check: @escaping @Sendable (JSONObject, inout CrossFieldReport) -> Void
    ) {
        self.rule = rule
        self.object = object
        self.check = check
    }
}

/// The issues one cross-field rule found in one object.
public struct CrossFieldReport: Sendable {
    var issues: [(components: [JSONPath.Component], message: String)] = []

    mutating func add(_ message: String, at components: JSONPath.Component...) {
        issues.append((components: components, message: message))
    }
}

extension JSONObject {
    func text(_ key: String) -> String? { self[key]?.stringValue }
    func date(_ key: String) -> Date? { text(key).flatMap(OCPITimestamp.parse) }
    func decimal(_ key: String) -> Decimal? { self[key]?.numberValue?.decimal }
    func object(_ key: String) -> JSONObject? { self[key]?.objectValue }
    func flag(_ key: String) -> Bool? { self[key]?.boolValue }

    /// The object elements of the list `key`, with their indices.
    func objects(_ key: String) -> [(index: Int, object: JSONObject)] {
        guard let elements = self[key]?.arrayValue else { return [] }
        return elements.enumerated().compactMap { entry in entry.element.objectValue.map { (entry.offset, $0) } }
    }
}

extension Decimal {
    /// Magnitude, for credit CDRs whose amounts are negated.
    var magnitude: Decimal { self < 0 ? -self : self }
}
