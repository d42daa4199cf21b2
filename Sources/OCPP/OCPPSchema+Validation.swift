import Foundation
public import JSON

extension OCPPSchema {
    /// Which side of an action a payload is.
    public enum PayloadRole: Sendable, Hashable {
        case request
        case response
    }

    /// Checks a CALL's payload against its action's request schema; an unknown action is one issue.
    public func validate(_ call: OCPPMessage.Call) -> [ValidationIssue] {
        validate(action: call.action, role: .request, payload: call.payload)
    }

    /// Checks `payload` against the request or response schema of `action`.
    public func validate(action: String, role: PayloadRole, payload: JSONValue) -> [ValidationIssue] {
        guard let schema = self.action(action) else {
            return [ValidationIssue(path: .root, kind: .unknownAction(action))]
        }
        var issues: [ValidationIssue] = []
        check(payload, against: .object(role == .request ? schema.request : schema.response), at: .root, into: &issues)
        return issues
    }

    /// Validates a received CALL: the CALLERROR to answer with, or nil when the payload conforms.
    public func callError(validating call: OCPPMessage.Call) -> OCPPMessage.CallError? {
        callError(for: validate(call), messageId: call.messageId)
    }

    /// The CALLERROR answering a CALL whose validation found `issues` (the first issue decides the code),
    /// or nil when there are none.
    public func callError(for issues: [ValidationIssue], messageId: String) -> OCPPMessage.CallError? {
        guard let first = issues.first else { return nil }
        return OCPPMessage.CallError(
            messageId: messageId,
            code: first.callErrorCode(in: version),
            description: String(first.description.prefix(255))
        )
    }

    private func check(
        _ value: JSONValue,
        against kind: FieldKind,
        at path: JSONPath,
        into issues: inout [ValidationIssue]
    ) {
        func wrongType(_ expected: String) {
            issues.append(ValidationIssue(path: path, kind: .wrongType(expected: expected, found: value.typeName)))
        }
        switch kind {
        case .string(let maxLength):
            guard let text = value.stringValue else { return wrongType("string") }
            let length = text.unicodeScalars.count
            if let maxLength, length > maxLength {
                issues.append(ValidationIssue(path: path, kind: .tooLong(length: length, maxLength: maxLength)))
            }
        case .uri:
            guard let text = value.stringValue else { return wrongType("string") }
            // RFC 3986 §3: a URI starts with a scheme followed by ':'.
            let scheme = text.prefix { $0 != ":" }
            let validScheme =
                !scheme.isEmpty && scheme.count < text.count && scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if !validScheme || text.contains(" ") {
                issues.append(ValidationIssue(path: path, kind: .notAURI(text)))
            }
        case .dateTime:
            guard let text = value.stringValue else { return wrongType("string") }
            if OCPPTimestamp.parse(text) == nil {
                issues.append(ValidationIssue(path: path, kind: .notADateTime(text)))
            }
        case .integer:
            guard let number = value.numberValue else { return wrongType("integer") }
            if !isInteger(number) { wrongType("integer") }
        case .number(let maxFractionDigits):
            guard let number = value.numberValue else { return wrongType("number") }
            if let maxFractionDigits, let decimal = number.decimal, fractionDigits(decimal) > maxFractionDigits {
                let kind = ValidationIssue.Kind.tooManyFractionDigits(number.text, maxFractionDigits: maxFractionDigits)
                issues.append(ValidationIssue(path: path, kind: kind))
            }
        case .boolean:
            if value.boolValue == nil { wrongType("boolean") }
        case .enumeration(let allowed):
            guard let text = value.stringValue else { return wrongType("string") }
            if !allowed.contains(text) {
                issues.append(ValidationIssue(path: path, kind: .notInEnumeration(text)))
            }
        case .object(let schema):
            guard let object = value.objectValue else { return wrongType("object") }
            checkObject(object, schema, at: path, into: &issues)
        case .array(let element, let minItems, let maxItems):
            guard let items = value.arrayValue else { return wrongType("array") }
            if items.count < minItems {
                issues.append(ValidationIssue(path: path, kind: .tooFewItems(count: items.count, minItems: minItems)))
            }
            if let maxItems, items.count > maxItems {
                issues.append(ValidationIssue(path: path, kind: .tooManyItems(count: items.count, maxItems: maxItems)))
            }
            for (index, item) in items.enumerated() {
                check(item, against: element, at: path / index, into: &issues)
            }
        }
    }

    private func checkObject(
        _ object: JSONObject,
        _ schema: ObjectSchema,
        at path: JSONPath,
        into issues: inout [ValidationIssue]
    ) {
        for rule in schema.fields {
            guard let member = object[rule.name] else {
                if rule.required { issues.append(ValidationIssue(path: path / rule.name, kind: .missingRequired)) }
                continue
            }
            check(member, against: rule.kind, at: path / rule.name, into: &issues)
        }
        if !schema.allowsAdditionalProperties {
            let known = Set(schema.fields.map(\.name))
            for key in object.keys where !known.contains(key) {
                issues.append(ValidationIssue(path: path / key, kind: .unexpectedProperty))
            }
        }
    }

    /// 1.6 schemas are draft-04 (an integer has no fraction in its literal); 2.0.1 are draft-06 (`1.0` is an integer).
    private func isInteger(_ number: JSONNumber) -> Bool {
        let literalIsInteger = !number.text.contains(where: { ".eE".contains($0) })
        if literalIsInteger { return true }
        guard version == .v201, let decimal = number.decimal else { return false }
        return fractionDigits(decimal) == 0
    }

    private func fractionDigits(_ value: Decimal) -> Int {
        var digits = 0
        var scaled = value
        while digits < 40 {
            var rounded = Decimal()
            var source = scaled
            NSDecimalRound(&rounded, &source, 0, .plain)
            if rounded == scaled { return digits }
            scaled *= 10
            digits += 1
        }
        return digits
    }
}
