extension OCPP201 {
    /// The CancelReservation request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
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
        public var statusInfo: StatusInfo?

        public init(status: CancelReservationStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
