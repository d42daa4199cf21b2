/// OCPI 2.2.1 §8.4.17 ParkingRestriction: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ParkingRestriction: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let evOnly = ParkingRestriction(rawValue: "EV_ONLY")
    public static let plugged = ParkingRestriction(rawValue: "PLUGGED")
    public static let disabled = ParkingRestriction(rawValue: "DISABLED")
    public static let customers = ParkingRestriction(rawValue: "CUSTOMERS")
    public static let motorcycles = ParkingRestriction(rawValue: "MOTORCYCLES")

    public static let knownValues: [ParkingRestriction] = [
        .evOnly,
        .plugged,
        .disabled,
        .customers,
        .motorcycles,
    ]
}
