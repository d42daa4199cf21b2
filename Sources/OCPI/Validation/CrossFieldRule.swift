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
    func number(_ key: String) -> ExactNumber? { self[key]?.numberValue.flatMap(ExactNumber.init) }
    func object(_ key: String) -> JSONObject? { self[key]?.objectValue }
    func flag(_ key: String) -> Bool? { self[key]?.boolValue }

    /// The object elements of the list `key`, with their indices (lazily: rules run on every object).
    func objects(_ key: String) -> some Sequence<(index: Int, object: JSONObject)> {
        (self[key]?.arrayValue ?? []).enumerated().lazy.compactMap { entry in
            entry.element.objectValue.map { (index: entry.offset, object: $0) }
        }
    }
}
