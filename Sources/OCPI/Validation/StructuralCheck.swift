/// The checks every object gets from its schema. Each becomes one rule per module whose objects
/// can fail it, always with the same number (`OCPI-LOC-003`, `OCPI-CDR-003`: a string too long).
public enum StructuralCheck: Int, Sendable, Hashable, CaseIterable {
    case requiredMember = 1
    case type = 2
    case length = 3
    case enumeration = 4
    case unknownMember = 5
    case format = 6
    case dateTime = 7
    case dateTimeNotUTC = 8
    case range = 9
    case characters = 10
    case emptyList = 11
    case errataLength = 12

    public var severity: OCPISeverity {
        switch self {
        // Unknown members are forward compatible (2.3.0 makes accepting them mandatory); a
        // DateTime with an offset is RFC 3339 but not the UTC form §16.2 asks for; lengths
        // widened by the errata are accepted by up-to-date partners (ocpi.md D13, D14).
        case .unknownMember, .dateTimeNotUTC, .errataLength: .warning
        default: .error
        }
    }

    public var section: String {
        switch self {
        case .requiredMember, .type, .emptyList, .unknownMember, .enumeration, .range: "object tables"
        case .length, .characters: "§16.1 CiString, §16.7 string"
        case .format: "§16 types, field notes"
        case .dateTime, .dateTimeNotUTC: "§16.2 DateTime"
        case .errataLength: "2.2.1 errata (release-2.2.1-bugfixes)"
        }
    }

    public var summary: String {
        switch self {
        case .requiredMember: "A required member (cardinality 1 or +) is present and not null."
        case .type: "Every member has the JSON type of its field (string, number, whole number, boolean, object, list)."
        case .length: "Strings are no longer than their maximum (string(n), CiString(n), URL 255)."
        case .enumeration: "Enumeration members hold one of the values the specification defines."
        case .unknownMember: "Members the specification does not define are reported (ignored by the model)."
        case .format:
            "Codes and formatted strings follow their format: ISO 3166 country, party id, ISO 4217 currency, "
                + "ISO 639-1 language, eMI3 EVSE id, coordinates, HH:MM, YYYY-MM-DD, URL, time zone, token."
        case .dateTime: "DateTime members are RFC 3339 date-times (YYYY-MM-DDTHH:MM:SS[.fff][Z])."
        case .dateTimeNotUTC: "DateTime members are written in UTC, with Z or without zone, not with an offset."
        case .range: "Numbers lie within the range their field allows (no negative energy, weekday 1 to 7, …)."
        case .characters: "CiString holds printable ASCII only; string holds no control characters (CR, LF, TAB)."
        case .emptyList: "Lists of cardinality + hold at least one element."
        case .errataLength:
            "Strings longer than 2.2.1 allows but within the length the errata adopted (Location address/state, "
                + "SignedValue plain_data)."
        }
    }

    /// The rule for this check in `module`.
    public func rule(in module: OCPIModule) -> OCPIRule {
        OCPIRule(module: module, number: rawValue, severity: severity, section: section, summary: summary)
    }

    /// True when some member of `schema` can fail this check.
    func applies(to schema: ObjectSchema) -> Bool {
        switch self {
        case .requiredMember: schema.members.contains { $0.cardinality.isRequired }
        case .type, .unknownMember: true
        case .length:
            schema.members.contains { $0.maxLength != nil || $0.kind.isURL || $0.kind.isDateTime }
        case .enumeration: schema.members.contains { $0.kind.isEnumeration }
        case .format: schema.members.contains { $0.format != nil || $0.kind.isURL }
        case .dateTime, .dateTimeNotUTC: schema.members.contains { $0.kind.isDateTime }
        case .range: schema.members.contains { $0.minimum != nil || $0.maximum != nil }
        case .characters: schema.members.contains { $0.kind.isText }
        case .emptyList: schema.members.contains { $0.cardinality == .nonEmptyList }
        case .errataLength: schema.members.contains { $0.errataMaxLength != nil }
        }
    }
}

extension MemberKind {
    var isURL: Bool {
        if case .url = self { return true }
        return false
    }

    var isDateTime: Bool {
        if case .dateTime = self { return true }
        return false
    }

    var isEnumeration: Bool {
        if case .enumeration = self { return true }
        return false
    }

    var isText: Bool {
        switch self {
        case .string, .ciString, .url: true
        default: false
        }
    }

    var objectName: String? {
        if case .object(let name) = self { return name }
        return nil
    }
}

extension OCPISchema {
    /// The names of the objects reachable from `roots` (members of members, …).
    static func reachable(from roots: [String]) -> [ObjectSchema] {
        var seen: Set<String> = []
        var order: [ObjectSchema] = []
        var pending = roots
        while let name = pending.popLast() {
            guard !seen.contains(name), let schema = objects[name] else { continue }
            seen.insert(name)
            order.append(schema)
            pending.append(contentsOf: schema.members.compactMap(\.kind.objectName))
        }
        return order
    }
}
