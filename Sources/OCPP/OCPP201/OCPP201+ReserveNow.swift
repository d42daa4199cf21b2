public import Foundation

extension OCPP201 {
    /// The ReserveNow request (OCPP 2.0.1 Part 2 §1), sent by the CSMS.
    public struct ReserveNowRequest: OCPPRequest {
        public static let action = "ReserveNow"
        public typealias Response = ReserveNowResponse

        public var id: Int
        public var expiryDateTime: Date
        public var connectorType: ConnectorType?
        public var idToken: IdToken
        public var evseId: Int?
        public var groupIdToken: IdToken?

        public init(
            id: Int,
            expiryDateTime: Date,
            idToken: IdToken,
            connectorType: ConnectorType? = nil,
            evseId: Int? = nil,
            groupIdToken: IdToken? = nil
        ) {
            self.id = id
            self.expiryDateTime = expiryDateTime
            self.connectorType = connectorType
            self.idToken = idToken
            self.evseId = evseId
            self.groupIdToken = groupIdToken
        }
    }

    /// The answer to `ReserveNowRequest`.
    public struct ReserveNowResponse: OCPPPayload {
        public var status: ReserveNowStatus
        public var statusInfo: StatusInfo?

        public init(status: ReserveNowStatus, statusInfo: StatusInfo? = nil) {
            self.status = status
            self.statusInfo = statusInfo
        }
    }
}
