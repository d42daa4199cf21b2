import Foundation
import JSON

/// Walks one object against its schema, collecting findings with the rule ids of `module`.
///
/// The current path is a stack of components; a `JSONPath` is built only for a finding, so a
/// valid object costs no path allocations.
struct SchemaWalker {
    let module: OCPIModule
    let crossFieldRules: [String: [CrossFieldRule]]
    var stack: [JSONPath.Component]
    var findings: [OCPIFinding] = []

    init(module: OCPIModule, base: [JSONPath.Component]) {
        self.module = module
        self.crossFieldRules = OCPIRules.crossFieldIndex[module] ?? [:]
        self.stack = base
    }

    mutating func report(_ check: StructuralCheck, _ message: String) {
        findings.append(
            OCPIFinding(
                ruleID: "OCPI-\(module.rulePrefix)-0\(check.rawValue < 10 ? "0" : "")\(check.rawValue)",
                severity: check.severity,
                path: JSONPath(stack),
                message: message
            )
        )
    }

    /// Checks `value` as `schema`; `partial` (a PATCH body) lets this object, not its nested
    /// objects, omit required members.
    mutating func walk(_ value: JSONValue, schema: ObjectSchema, partial: Bool = false) {
        guard case .object(let object) = value else {
            report(.type, "expected a \(schema.name) object, found \(value.typeName)")
            return
        }
        // One pass over the members present: members usually come in the specification's order,
        // so the next schema member is tried before the name index.
        var seen: UInt64 = 0
        var next = 0
        for member in object.members {
            let index: Int
            if next < schema.members.count && schema.members[next].name == member.key {
                index = next
            } else if let found = schema.memberIndex[member.key] {
                index = found
            } else {
                stack.append(.key(member.key))
                report(
                    .unknownMember,
                    "\"\(member.key)\" is not a member of \(schema.name) (\(schema.section)); ignored"
                )
                stack.removeLast()
                continue
            }
            next = index + 1
            // A repeated member: the first one counts (OCPI-GEN-002 reports the repetition).
            guard seen & (1 << UInt64(index)) == 0 else { continue }
            seen |= 1 << UInt64(index)
            stack.append(.key(member.key))
            checkMember(schema.members[index], member.value, in: schema, partial: partial)
            stack.removeLast()
        }
        for (index, member) in schema.members.enumerated()
        where member.cardinality.isRequired && seen & (1 << UInt64(index)) == 0 {
            stack.append(.key(member.name))
            checkMember(member, nil, in: schema, partial: partial)
            stack.removeLast()
        }
        if let rules = crossFieldRules[schema.name] {
            for crossField in rules {
                var report = CrossFieldReport()
                crossField.check(object, &report)
                for issue in report.issues {
                    findings.append(
                        OCPIFinding(
                            ruleID: crossField.rule.id,
                            severity: crossField.rule.severity,
                            path: JSONPath(stack + issue.components),
                            message: issue.message
                        )
                    )
                }
            }
        }
    }

    mutating func checkMember(_ member: MemberSchema, _ value: JSONValue?, in schema: ObjectSchema, partial: Bool) {
        guard let value, !value.isNull else {
            // §4.1.x PATCH: omitted members are unchanged, but null cannot clear a required one.
            if member.cardinality.isRequired && !(partial && value == nil) {
                let state = value == nil ? "missing" : "null"
                report(.requiredMember, "required member \"\(member.name)\" of \(schema.name) is \(state)")
            }
            return
        }
        guard member.cardinality.isList else {
            checkValue(value, member)
            return
        }
        guard case .array(let elements) = value else {
            report(.type, "expected a list, found \(value.typeName)")
            return
        }
        if elements.isEmpty && member.cardinality == .nonEmptyList {
            report(.emptyList, "\"\(member.name)\" must hold at least one element")
        }
        for (index, element) in elements.enumerated() {
            stack.append(.index(index))
            checkValue(element, member)
            stack.removeLast()
        }
    }

    mutating func checkValue(_ value: JSONValue, _ member: MemberSchema) {
        switch member.kind {
        case .string, .ciString, .url:
            guard case .string(let text) = value else {
                return report(.type, "expected a string, found \(value.typeName)")
            }
            checkText(text, member)
        case .dateTime:
            guard case .string(let text) = value else {
                return report(.type, "expected a DateTime string, found \(value.typeName)")
            }
            if text.utf8.count > 25 {
                report(.length, "DateTime \"\(text)\" is longer than 25 characters")
            }
            switch OCPIFormats.dateTimeShape(text) {
            case .utc: break
            case .offset: report(.dateTimeNotUTC, "DateTime \"\(text)\" has a UTC offset; write UTC with Z")
            case .invalid: report(.dateTime, "\"\(text)\" is not an RFC 3339 DateTime (e.g. 2015-06-29T20:39:09Z)")
            }
        case .number:
            guard case .number(let number) = value else {
                let shown = value.stringValue.map { "string \"\($0)\"" } ?? value.typeName
                return report(.type, "expected a number, found \(shown)")
            }
            checkRange(number, member)
        case .integer:
            guard case .number(let number) = value, number.int != nil else {
                let shown = value.numberValue.map { "number \($0.text)" } ?? value.typeName
                return report(.type, "expected a whole number, found \(shown)")
            }
            checkRange(number, member)
        case .boolean:
            guard case .bool = value else { return report(.type, "expected true or false, found \(value.typeName)") }
        case .enumeration(let name, let values):
            guard case .string(let text) = value else {
                return report(.type, "expected a string, found \(value.typeName)")
            }
            if !values.contains(text) {
                report(.enumeration, "\"\(text)\" is not a \(name) value (\(values.sorted().joined(separator: ", ")))")
            }
        case .object(let name):
            if let schema = OCPISchema.objects[name] { walk(value, schema: schema) }
        case .any:
            break
        }
    }

    mutating func checkText(_ text: String, _ member: MemberSchema) {
        let bytes = text.utf8
        let maximum = member.maxLength ?? (member.kind.isURL ? 255 : nil)
        if let maximum, bytes.count > maximum {
            let length = text.count
            if length > maximum {
                if let errata = member.errataMaxLength, length <= errata {
                    report(
                        .errataLength,
                        "\(length) characters: longer than the \(maximum) of 2.2.1, within the errata's \(errata)"
                    )
                } else {
                    report(.length, "\(length) characters, more than the maximum \(maximum)")
                }
            }
        }
        if case .ciString = member.kind {
            if !bytes.allSatisfy({ (0x20...0x7E).contains($0) }) {
                report(.characters, "CiString holds a character that is not printable ASCII")
            }
        } else if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            report(.characters, "string holds a control character (CR, LF, TAB or another)")
        }
        if member.kind.isURL && !OCPIFormats.isURL(text) {
            report(.format, "\"\(text)\" is not a URL")
        }
        if let format = member.format, !OCPIFormats.matches(format, text) {
            report(.format, "\"\(text)\" is not a valid \(format.rawValue)")
        }
    }

    mutating func checkRange(_ number: JSONNumber, _ member: MemberSchema) {
        guard member.minimum != nil || member.maximum != nil else { return }
        // Fast path for the common "not negative" bound.
        if member.minimum == 0 && member.maximum == nil && !number.text.hasPrefix("-") { return }
        guard let value = number.decimal else {
            return report(.range, "\(number.text) has more digits than an exact decimal holds")
        }
        if let minimum = member.minimum, value < minimum {
            report(.range, "\(number.text) is below the minimum \(minimum)")
        }
        if let maximum = member.maximum, value > maximum {
            report(.range, "\(number.text) is above the maximum \(maximum)")
        }
    }
}
