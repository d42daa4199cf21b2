extension OCPP16 {
    /// The CancelReservation request (OCPP 1.6 §6), sent by the central system.
    public struct CancelReservationRequest: OCPPRequest {
        public static let action = "CancelReservation"
        public typealias Response = CancelReservationResponse

        public var reservationId: Int

        public init(reservationId: Int) {
            self.reservationId = reservationId
        }
    }

    /// The answer to `CancelReservationRequest`.
    public struct CancelReservationResponse: OCPPPayload {
        public var status: CancelReservationStatus

        public init(status: CancelReservationStatus) {
            self.status = status
        }
    }
}
