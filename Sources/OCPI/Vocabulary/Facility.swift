/// OCPI 2.2.1 §8.4.12 Facility: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct Facility: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let hotel = Facility(rawValue: "HOTEL")
    public static let restaurant = Facility(rawValue: "RESTAURANT")
    public static let cafe = Facility(rawValue: "CAFE")
    public static let mall = Facility(rawValue: "MALL")
    public static let supermarket = Facility(rawValue: "SUPERMARKET")
    public static let sport = Facility(rawValue: "SPORT")
    public static let recreationArea = Facility(rawValue: "RECREATION_AREA")
    public static let nature = Facility(rawValue: "NATURE")
    public static let museum = Facility(rawValue: "MUSEUM")
    public static let bikeSharing = Facility(rawValue: "BIKE_SHARING")
    public static let busStop = Facility(rawValue: "BUS_STOP")
    public static let taxiStand = Facility(rawValue: "TAXI_STAND")
    public static let tramStop = Facility(rawValue: "TRAM_STOP")
    public static let metroStation = Facility(rawValue: "METRO_STATION")
    public static let trainStation = Facility(rawValue: "TRAIN_STATION")
    public static let airport = Facility(rawValue: "AIRPORT")
    public static let parkingLot = Facility(rawValue: "PARKING_LOT")
    public static let carpoolParking = Facility(rawValue: "CARPOOL_PARKING")
    public static let fuelStation = Facility(rawValue: "FUEL_STATION")
    public static let wifi = Facility(rawValue: "WIFI")

    public static let knownValues: [Facility] = [
        .hotel,
        .restaurant,
        .cafe,
        .mall,
        .supermarket,
        .sport,
        .recreationArea,
        .nature,
        .museum,
        .bikeSharing,
        .busStop,
        .taxiStand,
        .tramStop,
        .metroStation,
        .trainStation,
        .airport,
        .parkingLot,
        .carpoolParking,
        .fuelStation,
        .wifi,
    ]
}
