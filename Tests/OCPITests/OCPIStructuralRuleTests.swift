import Foundation
import JSON
import OCPI
import TestSupport
import Testing

/// Every structural rule (one per module and check) passes on a valid spec example and fires on
/// the same example after one mutation at a member its check applies to.
@Suite struct OCPIStructuralRuleTests {
    /// Valid examples per module: (file, path of the object, its schema name).
    static let fixtures: [OCPIModule: [(file: String, at: String, object: String)]] = [
        .locations: [("ocpi/location_example.json", "$", "Location")],
        .sessions: [("ocpi/session_example_2_short_finished.json", "$", "Session")],
        .cdrs: [("ocpi/cdr_example.json", "$", "CDR")],
        .tariffs: [("ocpi/tariff_4_complex.json", "$", "Tariff")],
        .tokens: [("ocpi/token_example_2_full_rfid.json", "$", "Token")],
        .credentials: [("ocpi/credentials_example3.json", "$", "Credentials")],
        .versions: [("ocpi/version_details_example.json", "$", "VersionDetails")],
        .commands: [
            ("ocpi/constructed/start_session_request.json", "$", "StartSession"),
            ("ocpi/constructed/command_response_accepted_envelope.json", "$.data", "CommandResponse"),
        ],
        .hubclientinfo: [("ocpi/constructed/hub_client_info.json", "$", "ClientInfo")],
        .envelope: [("ocpi/constructed/command_response_accepted_envelope.json", "$", "ResponseEnvelope")],
    ]

    static let rules = OCPIRules.structural

    @Test("structural rule passes on a valid example and fails after one mutation", arguments: rules)
    func structuralRule(rule: OCPIRule) throws {
        let check = try #require(StructuralCheck(rawValue: Int(rule.id.suffix(3)) ?? 0))
        var found = false
        for fixture in Self.fixtures[rule.module] ?? [] {
            let value = try JSONParser.value(try Fixtures.bytes(fixture.file))
            let base = try #require(JSONPath(parsing: fixture.at))
            guard let object = value[base], let schema = OCPISchema.objects[fixture.object],
                let mutation = Self.mutation(for: check, in: object, schema: schema, at: base)
            else { continue }
            found = true
            let validator = OCPIValidator(module: rule.module == .envelope ? nil : rule.module)
            let before = validator.validate(value).filter { $0.ruleID == rule.id }
            #expect(before.isEmpty, "\(fixture.file) already fails \(rule.id): \(before)")
            let mutated = value.replacing(mutation.path, with: mutation.value)
            let after = validator.validate(mutated).filter { $0.ruleID == rule.id }
            #expect(
                after.contains { $0.path.hasPrefix(mutation.path) },
                "\(rule.id) did not fire at \(mutation.path) (\(fixture.file)); found \(after)"
            )
            break
        }
        #expect(found, "no fixture of \(rule.module) has a member \(rule.id) applies to")
    }

    /// The first member under `object` (depth first) where `check` can be made to fail, and the value that fails it.
    static func mutation(
        for check: StructuralCheck,
        in object: JSONValue,
        schema: ObjectSchema,
        at path: JSONPath
    ) -> (path: JSONPath, value: JSONValue?)? {
        if check == .unknownMember { return (path / "not_a_member", 1) }
        for member in schema.members {
            let memberPath = path / member.name
            if let value = failingValue(for: check, member: member, present: object[member.name]) {
                return (memberPath, value)
            }
            guard case .object(let name) = member.kind, let nested = OCPISchema.objects[name],
                let present = object[member.name]
            else { continue }
            if case .array(let elements) = present {
                for (index, element) in elements.enumerated() {
                    if let found = mutation(for: check, in: element, schema: nested, at: memberPath / index) {
                        return found
                    }
                }
            } else if let found = mutation(for: check, in: present, schema: nested, at: memberPath) {
                return found
            }
        }
        return nil
    }

    /// A value of `member` that fails `check` (wrapped in a list for list members), or nil when it cannot.
    static func failingValue(for check: StructuralCheck, member: MemberSchema, present: JSONValue?) -> JSONValue? {
        func wrap(_ value: JSONValue) -> JSONValue { member.cardinality.isList ? [value] : value }
        switch check {
        case .requiredMember:
            // A required member set to null fails like a missing one.
            if member.cardinality.isRequired && present != nil { return .some(.null) }
            return nil
        case .type:
            switch member.kind {
            case .any: return nil
            case .number, .integer: return wrap("42")
            case .boolean: return wrap("true")
            case .object: return wrap("an object")
            default: return wrap(42)
            }
        case .length:
            if let maximum = member.errataMaxLength ?? member.maxLength, member.kind.isTextForTests {
                return wrap(.string(String(repeating: "A", count: maximum + 1)))
            }
            if case .dateTime = member.kind { return wrap("2015-06-29T20:39:09.1234567Z") }
            return nil
        case .enumeration:
            if case .enumeration = member.kind { return wrap("NOT_A_VALUE") }
            return nil
        case .format:
            if member.format != nil || { if case .url = member.kind { return true } else { return false } }() {
                return wrap("? ?")
            }
            return nil
        case .dateTime:
            if case .dateTime = member.kind { return wrap("yesterday") }
            return nil
        case .dateTimeNotUTC:
            if case .dateTime = member.kind { return wrap("2015-06-29T20:39:09+02:00") }
            return nil
        case .range:
            if let minimum = member.minimum { return wrap(.number(JSONNumber(minimum - 1))) }
            if let maximum = member.maximum { return wrap(.number(JSONNumber(maximum + 1))) }
            return nil
        case .characters:
            if member.kind.isTextForTests { return wrap("tab\there") }
            return nil
        case .emptyList:
            if member.cardinality == .nonEmptyList { return .array([]) }
            return nil
        case .errataLength:
            if let maximum = member.maxLength, member.errataMaxLength != nil {
                return wrap(.string(String(repeating: "A", count: maximum + 1)))
            }
            return nil
        case .unknownMember:
            return nil
        }
    }
}

extension MemberKind {
    var isTextForTests: Bool {
        switch self {
        case .string, .ciString, .url: true
        default: false
        }
    }
}
