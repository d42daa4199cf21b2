public import Foundation

/// OCPI 2.2.1 §8.3.2 EVSE.
public struct EVSE: OCPIObject {
    public var uid: String
    public var evseID: String?
    public var status: EVSEStatus
    public var statusSchedule: [StatusSchedule]?
    public var capabilities: [Capability]?
    public var connectors: [Connector]
    public var floorLevel: String?
    public var coordinates: GeoLocation?
    public var physicalReference: String?
    public var directions: [DisplayText]?
    public var parkingRestrictions: [ParkingRestriction]?
    public var images: [Image]?
    public var lastUpdated: Date

    public init(
        uid: String,
        evseID: String? = nil,
        status: EVSEStatus,
        statusSchedule: [StatusSchedule]? = nil,
        capabilities: [Capability]? = nil,
        connectors: [Connector],
        floorLevel: String? = nil,
        coordinates: GeoLocation? = nil,
        physicalReference: String? = nil,
        directions: [DisplayText]? = nil,
        parkingRestrictions: [ParkingRestriction]? = nil,
        images: [Image]? = nil,
        lastUpdated: Date
    ) {
        self.uid = uid
        self.evseID = evseID
        self.status = status
        self.statusSchedule = statusSchedule
        self.capabilities = capabilities
        self.connectors = connectors
        self.floorLevel = floorLevel
        self.coordinates = coordinates
        self.physicalReference = physicalReference
        self.directions = directions
        self.parkingRestrictions = parkingRestrictions
        self.images = images
        self.lastUpdated = lastUpdated
    }

    public static let schemaName = "EVSE"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case uid = "uid"
        case evseID = "evse_id"
        case status = "status"
        case statusSchedule = "status_schedule"
        case capabilities = "capabilities"
        case connectors = "connectors"
        case floorLevel = "floor_level"
        case coordinates = "coordinates"
        case physicalReference = "physical_reference"
        case directions = "directions"
        case parkingRestrictions = "parking_restrictions"
        case images = "images"
        case lastUpdated = "last_updated"
    }
}
