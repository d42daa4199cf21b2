extension OCPP16 {
    /// The RemoteStartTransaction request (OCPP 1.6 §6), sent by the central system.
    public struct RemoteStartTransactionRequest: OCPPRequest {
        public static let action = "RemoteStartTransaction"
        public typealias Response = RemoteStartTransactionResponse

        public var connectorId: Int?
        public var idTag: String
        public var chargingProfile: ChargingProfile?

        public init(idTag: String, connectorId: Int? = nil, chargingProfile: ChargingProfile? = nil) {
            self.connectorId = connectorId
            self.idTag = idTag
            self.chargingProfile = chargingProfile
        }
    }

    /// The answer to `RemoteStartTransactionRequest`.
    public struct RemoteStartTransactionResponse: OCPPPayload {
        public var status: RemoteStartStopStatus

        public init(status: RemoteStartStopStatus) {
            self.status = status
        }
    }
}
