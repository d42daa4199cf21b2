public import JSON

/// One way a payload breaks its action's schema, with where (a JSON path into the payload).
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The action is not known to the receiver.
        case unknownAction(String)
        case missingRequired
        /// A member the schema does not define (`additionalProperties: false`).
        case unexpectedProperty
        case wrongType(expected: String, found: String)
        case notInEnumeration(String)
        case tooLong(length: Int, maxLength: Int)
        case tooFewItems(count: Int, minItems: Int)
        case tooManyItems(count: Int, maxItems: Int)
        case tooManyFractionDigits(String, maxFractionDigits: Int)
        case notADateTime(String)
        case notAURI(String)
    }

    public var path: JSONPath
    public var kind: Kind

    public init(path: JSONPath, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The CALLERROR code a receiver answers with (OCPP-J 1.6 §4.2.3, OCPP 2.0.1 Part 4 §4.3). Occurrence
    /// problems use the single-r `OccurenceConstraintViolation` in both versions (ocpp.md §1.4 policy: the
    /// typo persists in 2.0.1 per the library maintainers; receivers accept both spellings).
    public func callErrorCode(in version: OCPPVersion) -> CallErrorCode {
        switch kind {
        case .unknownAction: .notImplemented
        // Cardinality: a required field absent, or an array outside its bounds.
        case .missingRequired, .tooFewItems, .tooManyItems: .occurenceConstraintViolation
        case .wrongType: .typeConstraintViolation
        // A member the PDU structure does not have: the payload is not syntactically the message.
        case .unexpectedProperty: .formatViolation(in: version)
        case .notInEnumeration, .tooLong, .tooManyFractionDigits, .notADateTime, .notAURI:
            .propertyConstraintViolation
        }
    }

    public var description: String {
        let location = path.description
        switch kind {
        case .unknownAction(let action): return "unknown action '\(action)'"
        case .missingRequired: return "\(location): required field is missing"
        case .unexpectedProperty: return "\(location): property is not allowed by the schema"
        case .wrongType(let expected, let found): return "\(location): expected \(expected), found \(found)"
        case .notInEnumeration(let value): return "\(location): '\(value)' is not an allowed value"
        case .tooLong(let length, let maxLength):
            return "\(location): \(length) characters, at most \(maxLength) allowed"
        case .tooFewItems(let count, let minItems): return "\(location): \(count) items, at least \(minItems) required"
        case .tooManyItems(let count, let maxItems): return "\(location): \(count) items, at most \(maxItems) allowed"
        case .tooManyFractionDigits(let value, let digits):
            return "\(location): \(value) is not a multiple of \(digits == 1 ? "0.1" : "1e-\(digits)")"
        case .notADateTime(let value): return "\(location): '\(value)' is not an RFC 3339 date-time"
        case .notAURI(let value): return "\(location): '\(value)' is not a URI"
        }
    }
}
