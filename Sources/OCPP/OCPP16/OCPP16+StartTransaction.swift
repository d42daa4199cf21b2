public import Foundation

extension OCPP16 {
    /// The StartTransaction request (OCPP 1.6 §6), sent by the charge point.
    public struct StartTransactionRequest: OCPPRequest {
        public static let action = "StartTransaction"
        public typealias Response = StartTransactionResponse

        public var connectorId: Int
        public var idTag: String
        public var meterStart: Int
        public var reservationId: Int?
        public var timestamp: Date

        public init(connectorId: Int, idTag: String, meterStart: Int, timestamp: Date, reservationId: Int? = nil) {
            self.connectorId = connectorId
            self.idTag = idTag
            self.meterStart = meterStart
            self.reservationId = reservationId
            self.timestamp = timestamp
        }
    }

    /// The answer to `StartTransactionRequest`.
    public struct StartTransactionResponse: OCPPPayload {
        public var idTagInfo: IdTagInfo
        public var transactionId: Int

        public init(idTagInfo: IdTagInfo, transactionId: Int) {
            self.idTagInfo = idTagInfo
            self.transactionId = transactionId
        }
    }
}
