public import Foundation

/// OCPI 2.2.1 §9.3.1 Session.
public struct Session: OCPIObject {
    public var countryCode: String
    public var partyID: String
    public var id: String
    public var startDateTime: Date
    public var endDateTime: Date?
    public var kwh: Decimal
    public var cdrToken: CdrToken
    public var authMethod: AuthMethod
    public var authorizationReference: String?
    public var locationID: String
    public var evseUID: String
    public var connectorID: String
    public var meterID: String?
    public var currency: String
    public var chargingPeriods: [ChargingPeriod]?
    public var totalCost: Price?
    public var status: SessionStatus
    public var lastUpdated: Date

    public init(
        countryCode: String,
        partyID: String,
        id: String,
        startDateTime: Date,
        endDateTime: Date? = nil,
        kwh: Decimal,
        cdrToken: CdrToken,
        authMethod: AuthMethod,
        authorizationReference: String? = nil,
        locationID: String,
        evseUID: String,
        connectorID: String,
        meterID: String? = nil,
        currency: String,
        chargingPeriods: [ChargingPeriod]? = nil,
        totalCost: Price? = nil,
        status: SessionStatus,
        lastUpdated: Date
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.id = id
        self.startDateTime = startDateTime
        self.endDateTime = endDateTime
        self.kwh = kwh
        self.cdrToken = cdrToken
        self.authMethod = authMethod
        self.authorizationReference = authorizationReference
        self.locationID = locationID
        self.evseUID = evseUID
        self.connectorID = connectorID
        self.meterID = meterID
        self.currency = currency
        self.chargingPeriods = chargingPeriods
        self.totalCost = totalCost
        self.status = status
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "Session"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id = "id"
        case startDateTime = "start_date_time"
        case endDateTime = "end_date_time"
        case kwh = "kwh"
        case cdrToken = "cdr_token"
        case authMethod = "auth_method"
        case authorizationReference = "authorization_reference"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
        case meterID = "meter_id"
        case currency = "currency"
        case chargingPeriods = "charging_periods"
        case totalCost = "total_cost"
        case status = "status"
        case lastUpdated = "last_updated"
    }
}
