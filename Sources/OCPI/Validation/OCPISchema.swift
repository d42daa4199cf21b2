public import Foundation

/// The OCPI 2.2.1 object tables as data (see `OCPISchema+Objects.swift`).
public enum OCPISchema {}

/// One object of the specification: its name, section and members.
///
/// A class so the validator passes schemas around without copying their member lists.
public final class ObjectSchema: Sendable {
    public let name: String
    /// Where the object is defined, e.g. `§10.3.1`.
    public let section: String
    public let members: [MemberSchema]
    /// Member positions by name.
    let memberIndex: [String: Int]

    public init(name: String, section: String, members: [MemberSchema]) {
        // The validator tracks members in a 64-bit set; the largest OCPI object (CDR) has 30.
        precondition(members.count <= 64, "\(name) has more than 64 members")
        self.name = name
        self.section = section
        self.members = members
        self.memberIndex = Dictionary(
            members.enumerated().map { ($0.element.name, $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )
    }

    public func member(_ name: String) -> MemberSchema? { memberIndex[name].map { members[$0] } }
}

/// How often a member occurs (the spec's Card. column).
public enum Cardinality: Sendable, Hashable {
    /// `1`: required, not null.
    case required
    /// `?`: may be absent or null.
    case optional
    /// `*`: a list of 0…n, may be absent.
    case list
    /// `+`: a list of 1…n, required.
    case nonEmptyList

    public var isList: Bool { self == .list || self == .nonEmptyList }
    public var isRequired: Bool { self == .required || self == .nonEmptyList }
}

/// The JSON type of a member (§16 types).
public enum MemberKind: Sendable {
    /// `string(n)`: printable UTF-8 without CR, LF or TAB.
    case string
    /// `CiString(n)`: printable ASCII, compared case-insensitively.
    case ciString
    /// `URL`: string(255) following the URI syntax.
    case url
    /// `DateTime`: RFC 3339 in UTC.
    case dateTime
    case number
    case integer
    case boolean
    /// One of an enumeration's values.
    case enumeration(name: String, values: Set<String>)
    /// An object described by `OCPISchema.objects[name]`.
    case object(String)
    /// Any JSON value (e.g. the envelope's `data`).
    case any

    /// The enumeration of an open vocabulary type.
    public static func vocabulary<V: OCPIVocabulary>(_ type: V.Type) -> MemberKind {
        .enumeration(name: String(describing: type), values: type.knownRawValues)
    }
}

/// Formats beyond the JSON type.
public enum StringFormat: String, Sendable, Hashable {
    case countryAlpha2 = "ISO 3166-1 alpha-2 country code"
    case countryAlpha3 = "ISO 3166-1 alpha-3 country code"
    case partyID = "party id (3 letters or digits)"
    case currency = "ISO 4217 currency code"
    case language = "ISO 639-1 language code"
    case evseID = "eMI3 EVSE id"
    case latitude = "latitude (-?[0-9]{1,2}.[0-9]{5,7})"
    case longitude = "longitude (-?[0-9]{1,3}.[0-9]{5,7})"
    case timeOfDay = "local time HH:MM"
    case date = "local date YYYY-MM-DD"
    case credentialsToken = "printable ASCII without spaces"
    case timeZone = "IANA time zone name"
}

/// One member of an object (a class: shared, never copied, by the validator).
public final class MemberSchema: Sendable {
    public let name: String
    public let kind: MemberKind
    public let cardinality: Cardinality
    /// Maximum length in characters (`string(n)`, `CiString(n)`).
    public let maxLength: Int?
    /// A longer maximum adopted by the specification's errata; values up to it are warnings.
    public let errataMaxLength: Int?
    public let format: StringFormat?
    public let minimum: Decimal?
    public let maximum: Decimal?

    public init(
        _ name: String,
        _ kind: MemberKind,
        _ cardinality: Cardinality,
        max: Int? = nil,
        errataMax: Int? = nil,
        format: StringFormat? = nil,
        minimum: Decimal? = nil,
        maximum: Decimal? = nil
    ) {
        self.name = name
        self.kind = kind
        self.cardinality = cardinality
        self.maxLength = max
        self.errataMaxLength = errataMax
        self.format = format
        self.minimum = minimum
        self.maximum = maximum
    }
}
