public import Foundation

extension OCPP16 {
    /// The StopTransaction request (OCPP 1.6 §6), sent by the charge point.
    public struct StopTransactionRequest: OCPPRequest {
        public static let action = "StopTransaction"
        public typealias Response = StopTransactionResponse

        public var idTag: String?
        public var meterStop: Int
        public var timestamp: Date
        public var transactionId: Int
        public var reason: Reason?
        public var transactionData: [MeterValue]?

        public init(
            meterStop: Int,
            timestamp: Date,
            transactionId: Int,
            idTag: String? = nil,
            reason: Reason? = nil,
            transactionData: [MeterValue]? = nil
        ) {
            self.idTag = idTag
            self.meterStop = meterStop
            self.timestamp = timestamp
            self.transactionId = transactionId
            self.reason = reason
            self.transactionData = transactionData
        }
    }

    /// The answer to `StopTransactionRequest`.
    public struct StopTransactionResponse: OCPPPayload {
        public var idTagInfo: IdTagInfo?

        public init(idTagInfo: IdTagInfo? = nil) {
            self.idTagInfo = idTagInfo
        }
    }
}
