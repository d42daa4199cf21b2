/// OCPI 2.2.1 §13.3.1 CancelReservation.
public struct CancelReservation: OCPIObject {
    public var responseURL: String
    public var reservationID: String

    public init(responseURL: String, reservationID: String) {
        self.responseURL = responseURL
        self.reservationID = reservationID
    }

    public static let schemaName = "CancelReservation"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case responseURL = "response_url"
        case reservationID = "reservation_id"
    }
}
