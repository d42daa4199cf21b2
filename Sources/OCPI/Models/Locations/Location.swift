public import Foundation

/// OCPI 2.2.1 §8.3.1 Location.
public struct Location: OCPIObject {
    public var countryCode: String
    public var partyID: String
    public var id: String
    public var publish: Bool
    public var publishAllowedTo: [PublishTokenType]?
    public var name: String?
    public var address: String
    public var city: String
    public var postalCode: String?
    public var state: String?
    public var country: String
    public var coordinates: GeoLocation
    public var relatedLocations: [AdditionalGeoLocation]?
    public var parkingType: ParkingType?
    public var evses: [EVSE]?
    public var directions: [DisplayText]?
    public var operatorDetails: BusinessDetails?
    public var suboperator: BusinessDetails?
    public var owner: BusinessDetails?
    public var facilities: [Facility]?
    public var timeZone: String
    public var openingTimes: Hours?
    public var chargingWhenClosed: Bool?
    public var images: [Image]?
    public var energyMix: EnergyMix?
    public var lastUpdated: Date

    public init(
        countryCode: String,
        partyID: String,
        id: String,
        publish: Bool,
        publishAllowedTo: [PublishTokenType]? = nil,
        name: String? = nil,
        address: String,
        city: String,
        postalCode: String? = nil,
        state: String? = nil,
        country: String,
        coordinates: GeoLocation,
        relatedLocations: [AdditionalGeoLocation]? = nil,
        parkingType: ParkingType? = nil,
        evses: [EVSE]? = nil,
        directions: [DisplayText]? = nil,
        operatorDetails: BusinessDetails? = nil,
        suboperator: BusinessDetails? = nil,
        owner: BusinessDetails? = nil,
        facilities: [Facility]? = nil,
        timeZone: String,
        openingTimes: Hours? = nil,
        chargingWhenClosed: Bool? = nil,
        images: [Image]? = nil,
        energyMix: EnergyMix? = nil,
        lastUpdated: Date
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.id = id
        self.publish = publish
        self.publishAllowedTo = publishAllowedTo
        self.name = name
        self.address = address
        self.city = city
        self.postalCode = postalCode
        self.state = state
        self.country = country
        self.coordinates = coordinates
        self.relatedLocations = relatedLocations
        self.parkingType = parkingType
        self.evses = evses
        self.directions = directions
        self.operatorDetails = operatorDetails
        self.suboperator = suboperator
        self.owner = owner
        self.facilities = facilities
        self.timeZone = timeZone
        self.openingTimes = openingTimes
        self.chargingWhenClosed = chargingWhenClosed
        self.images = images
        self.energyMix = energyMix
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "Location"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id = "id"
        case publish = "publish"
        case publishAllowedTo = "publish_allowed_to"
        case name = "name"
        case address = "address"
        case city = "city"
        case postalCode = "postal_code"
        case state = "state"
        case country = "country"
        case coordinates = "coordinates"
        case relatedLocations = "related_locations"
        case parkingType = "parking_type"
        case evses = "evses"
        case directions = "directions"
        case operatorDetails = "operator"
        case suboperator = "suboperator"
        case owner = "owner"
        case facilities = "facilities"
        case timeZone = "time_zone"
        case openingTimes = "opening_times"
        case chargingWhenClosed = "charging_when_closed"
        case images = "images"
        case energyMix = "energy_mix"
        case lastUpdated = "last_updated"
    }
}
