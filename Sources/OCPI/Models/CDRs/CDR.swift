public import Foundation

/// OCPI 2.2.1 §10.3.1 CDR.
public struct CDR: OCPIObject {
    public var countryCode: String
    public var partyID: String
    public var id: String
    public var startDateTime: Date
    public var endDateTime: Date
    public var sessionID: String?
    public var cdrToken: CdrToken
    public var authMethod: AuthMethod
    public var authorizationReference: String?
    public var cdrLocation: CdrLocation
    public var meterID: String?
    public var currency: String
    public var tariffs: [Tariff]?
    public var chargingPeriods: [ChargingPeriod]
    public var signedData: SignedData?
    public var totalCost: Price
    public var totalFixedCost: Price?
    public var totalEnergy: Decimal
    public var totalEnergyCost: Price?
    public var totalTime: Decimal
    public var totalTimeCost: Price?
    public var totalParkingTime: Decimal?
    public var totalParkingCost: Price?
    public var totalReservationCost: Price?
    public var remark: String?
    public var invoiceReferenceID: String?
    public var credit: Bool?
    public var creditReferenceID: String?
    public var homeChargingCompensation: Bool?
    public var lastUpdated: Date

    public init(
        countryCode: String,
        partyID: String,
        id: String,
        startDateTime: Date,
        endDateTime: Date,
        sessionID: String? = nil,
        cdrToken: CdrToken,
        authMethod: AuthMethod,
        authorizationReference: String? = nil,
        cdrLocation: CdrLocation,
        meterID: String? = nil,
        currency: String,
        tariffs: [Tariff]? = nil,
        chargingPeriods: [ChargingPeriod],
        signedData: SignedData? = nil,
        totalCost: Price,
        totalFixedCost: Price? = nil,
        totalEnergy: Decimal,
        totalEnergyCost: Price? = nil,
        totalTime: Decimal,
        totalTimeCost: Price? = nil,
        totalParkingTime: Decimal? = nil,
        totalParkingCost: Price? = nil,
        totalReservationCost: Price? = nil,
        remark: String? = nil,
        invoiceReferenceID: String? = nil,
        credit: Bool? = nil,
        creditReferenceID: String? = nil,
        homeChargingCompensation: Bool? = nil,
        lastUpdated: Date
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.id = id
        self.startDateTime = startDateTime
        self.endDateTime = endDateTime
        self.sessionID = sessionID
        self.cdrToken = cdrToken
        self.authMethod = authMethod
        self.authorizationReference = authorizationReference
        self.cdrLocation = cdrLocation
        self.meterID = meterID
        self.currency = currency
        self.tariffs = tariffs
        self.chargingPeriods = chargingPeriods
        self.signedData = signedData
        self.totalCost = totalCost
        self.totalFixedCost = totalFixedCost
        self.totalEnergy = totalEnergy
        self.totalEnergyCost = totalEnergyCost
        self.totalTime = totalTime
        self.totalTimeCost = totalTimeCost
        self.totalParkingTime = totalParkingTime
        self.totalParkingCost = totalParkingCost
        self.totalReservationCost = totalReservationCost
        self.remark = remark
        self.invoiceReferenceID = invoiceReferenceID
        self.credit = credit
        self.creditReferenceID = creditReferenceID
        self.homeChargingCompensation = homeChargingCompensation
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "CDR"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id = "id"
        case startDateTime = "start_date_time"
        case endDateTime = "end_date_time"
        case sessionID = "session_id"
        case cdrToken = "cdr_token"
        case authMethod = "auth_method"
        case authorizationReference = "authorization_reference"
        case cdrLocation = "cdr_location"
        case meterID = "meter_id"
        case currency = "currency"
        case tariffs = "tariffs"
        case chargingPeriods = "charging_periods"
        case signedData = "signed_data"
        case totalCost = "total_cost"
        case totalFixedCost = "total_fixed_cost"
        case totalEnergy = "total_energy"
        case totalEnergyCost = "total_energy_cost"
        case totalTime = "total_time"
        case totalTimeCost = "total_time_cost"
        case totalParkingTime = "total_parking_time"
        case totalParkingCost = "total_parking_cost"
        case totalReservationCost = "total_reservation_cost"
        case remark = "remark"
        case invoiceReferenceID = "invoice_reference_id"
        case credit = "credit"
        case creditReferenceID = "credit_reference_id"
        case homeChargingCompensation = "home_charging_compensation"
        case lastUpdated = "last_updated"
    }
}
