/// The JSON-schema rules of one OCPP version as data (one table per version: `OCPP16.schema`, `OCPP201.schema`).
public struct OCPPSchema: Sendable {
    public let version: OCPPVersion
    /// The actions in table order.
    public let actions: [ActionSchema]
    private let byName: [String: ActionSchema]

    public init(version: OCPPVersion, actions: [ActionSchema]) {
        self.version = version
        self.actions = actions
        self.byName = Dictionary(actions.map { ($0.action, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rules of `action`, or nil when the action is not modelled.
    public func action(_ action: String) -> ActionSchema? {
        byName[action]
    }
}

/// Who may send an action's request.
public enum OCPPInitiator: Sendable, Hashable {
    /// The charge point / charging station.
    case charger
    /// The central system / CSMS.
    case centralSystem
    case either
}

/// The request and response rules of one action.
public struct ActionSchema: Sendable {
    public let action: String
    public let initiator: OCPPInitiator
    public let request: ObjectSchema
    public let response: ObjectSchema

    public init(action: String, initiator: OCPPInitiator, request: ObjectSchema, response: ObjectSchema) {
        self.action = action
        self.initiator = initiator
        self.request = request
        self.response = response
    }
}

/// The rules of one JSON object: its fields, and whether members outside them are allowed.
public struct ObjectSchema: Sendable {
    /// The schema definition name (e.g. `IdTagInfo`).
    public let name: String
    public let fields: [FieldRule]
    /// False everywhere in the errata'd 1.6 and the 2.0.1 schemas (except `customData`).
    public let allowsAdditionalProperties: Bool

    public init(name: String, fields: [FieldRule], allowsAdditionalProperties: Bool = false) {
        self.name = name
        self.fields = fields
        self.allowsAdditionalProperties = allowsAdditionalProperties
    }
}

/// One member of an object.
public struct FieldRule: Sendable {
    public let name: String
    public let kind: FieldKind
    public let required: Bool

    public init(_ name: String, _ kind: FieldKind, required: Bool) {
        self.name = name
        self.kind = kind
        self.required = required
    }
}

/// The JSON-schema type of a field.
public indirect enum FieldKind: Sendable {
    /// `type: string` with an optional `maxLength` (counted in Unicode code points).
    case string(maxLength: Int?)
    /// `type: string, format: uri`.
    case uri
    /// `type: string, format: date-time`.
    case dateTime
    case integer
    /// `type: number`; `maxFractionDigits: 1` expresses `multipleOf: 0.1`, checked on the exact decimal.
    case number(maxFractionDigits: Int?)
    case boolean
    /// `type: string` with an `enum`.
    case enumeration([String])
    case object(ObjectSchema)
    case array(of: FieldKind, minItems: Int, maxItems: Int?)
}
