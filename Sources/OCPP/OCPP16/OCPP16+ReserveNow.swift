public import Foundation

extension OCPP16 {
    /// The ReserveNow request (OCPP 1.6 §6), sent by the central system.
    public struct ReserveNowRequest: OCPPRequest {
        public static let action = "ReserveNow"
        public typealias Response = ReserveNowResponse

        public var connectorId: Int
        public var expiryDate: Date
        public var idTag: String
        public var parentIdTag: String?
        public var reservationId: Int

        public init(connectorId: Int, expiryDate: Date, idTag: String, reservationId: Int, parentIdTag: String? = nil) {
            self.connectorId = connectorId
            self.expiryDate = expiryDate
            self.idTag = idTag
            self.parentIdTag = parentIdTag
            self.reservationId = reservationId
        }
    }

    /// The answer to `ReserveNowRequest`.
    public struct ReserveNowResponse: OCPPPayload {
        public var status: ReservationStatus

        public init(status: ReservationStatus) {
            self.status = status
        }
    }
}
