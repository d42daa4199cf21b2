public import Foundation

/// OCPI 2.2.1 §13.3.4 ReserveNow.
public struct ReserveNow: OCPIObject {
    public var responseURL: String
    public var token: Token
    public var expiryDate: Date
    public var reservationID: String
    public var locationID: String
    public var evseUID: String?
    public var authorizationReference: String?

    public init(
        responseURL: String,
        token: Token,
        expiryDate: Date,
        reservationID: String,
        locationID: String,
        evseUID: String? = nil,
        authorizationReference: String? = nil
    ) {
        self.responseURL = responseURL
        self.token = token
        self.expiryDate = expiryDate
        self.reservationID = reservationID
        self.locationID = locationID
        self.evseUID = evseUID
        self.authorizationReference = authorizationReference
    }

    public static let schemaName = "ReserveNow"
    public static let memberNames = CodingKeys.allCases.map(\.rawValue)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case responseURL = "response_url"
        case token = "token"
        case expiryDate = "expiry_date"
        case reservationID = "reservation_id"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case authorizationReference = "authorization_reference"
    }
}
