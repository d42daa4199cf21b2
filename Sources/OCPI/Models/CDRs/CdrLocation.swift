/// OCPI 2.2.1 §10.4.4 CdrLocation.
public struct CdrLocation: OCPIObject {
    public var id: String
    public var name: String?
    public var address: String
    public var city: String
    public var postalCode: String?
    public var state: String?
    public var country: String
    public var coordinates: GeoLocation
    public var evseUID: String
    public var evseID: String
    public var connectorID: String
    public var connectorStandard: ConnectorType
    public var connectorFormat: ConnectorFormat
    public var connectorPowerType: PowerType

    public init(
        id: String,
        name: String? = nil,
        address: String,
        city: String,
        postalCode: String? = nil,
        state: String? = nil,
        country: String,
        coordinates: GeoLocation,
        evseUID: String,
        evseID: String,
        connectorID: String,
        connectorStandard: ConnectorType,
        connectorFormat: ConnectorFormat,
        connectorPowerType: PowerType
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.city = city
        self.postalCode = postalCode
        self.state = state
        self.country = country
        self.coordinates = coordinates
        self.evseUID = evseUID
        self.evseID = evseID
        self.connectorID = connectorID
        self.connectorStandard = connectorStandard
        self.connectorFormat = connectorFormat
        self.connectorPowerType = connectorPowerType
    }

    public static let schemaName = "CdrLocation"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "id"
        case name = "name"
        case address = "address"
        case city = "city"
        case postalCode = "postal_code"
        case state = "state"
        case country = "country"
        case coordinates = "coordinates"
        case evseUID = "evse_uid"
        case evseID = "evse_id"
        case connectorID = "connector_id"
        case connectorStandard = "connector_standard"
        case connectorFormat = "connector_format"
        case connectorPowerType = "connector_power_type"
    }
}
