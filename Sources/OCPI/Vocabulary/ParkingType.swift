/// OCPI 2.2.1 §8.4.18 ParkingType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ParkingType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let alongMotorway = ParkingType(rawValue: "ALONG_MOTORWAY")
    public static let parkingGarage = ParkingType(rawValue: "PARKING_GARAGE")
    public static let parkingLot = ParkingType(rawValue: "PARKING_LOT")
    public static let onDriveway = ParkingType(rawValue: "ON_DRIVEWAY")
    public static let onStreet = ParkingType(rawValue: "ON_STREET")
    public static let undergroundGarage = ParkingType(rawValue: "UNDERGROUND_GARAGE")

    public static let knownValues: [ParkingType] = [
        .alongMotorway,
        .parkingGarage,
        .parkingLot,
        .onDriveway,
        .onStreet,
        .undergroundGarage,
    ]
}
