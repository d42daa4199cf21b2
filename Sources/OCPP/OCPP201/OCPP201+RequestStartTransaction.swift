extension OCPP201 {
    /// The RequestStartTransaction request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct RequestStartTransactionRequest: OCPPRequest {
        public static let action = "RequestStartTransaction"
        public typealias Response = RequestStartTransactionResponse

        public var evseId: Int?
        public var groupIdToken: IdToken?
        public var idToken: IdToken
        public var remoteStartId: Int
        public var chargingProfile: ChargingProfile?

        public init(
            idToken: IdToken,
            remoteStartId: Int,
            evseId: Int? = nil,
            groupIdToken: IdToken? = nil,
            chargingProfile: ChargingProfile? = nil
        ) {
            self.evseId = evseId
            self.groupIdToken = groupIdToken
            self.idToken = idToken
            self.remoteStartId = remoteStartId
            self.chargingProfile = chargingProfile
        }
    }

    /// The answer to `RequestStartTransactionRequest`.
    public struct RequestStartTransactionResponse: OCPPPayload {
        public var status: RequestStartStopStatus
        public var statusInfo: StatusInfo?
        public var transactionId: String?

        public init(status: RequestStartStopStatus, statusInfo: StatusInfo? = nil, transactionId: String? = nil) {
            self.status = status
            self.statusInfo = statusInfo
            self.transactionId = transactionId
        }
    }
}
