/// OCPI 2.2.1 §11.4.3 ReservationRestrictionType: an open vocabulary. Values outside the specification are kept,
/// so RoamGate can report and send them; `isKnown` says whether a value is one of the specification's.
public struct ReservationRestrictionType: OCPIVocabulary {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let reservation = ReservationRestrictionType(rawValue: "RESERVATION")
    public static let reservationExpires = ReservationRestrictionType(rawValue: "RESERVATION_EXPIRES")

    public static let knownValues: [ReservationRestrictionType] = [
        .reservation,
        .reservationExpires,
    ]
}
