public import Foundation

extension OCPP201 {
    /// The TransactionEvent request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
    public struct TransactionEventRequest: OCPPRequest {
        public static let action = "TransactionEvent"
        public typealias Response = TransactionEventResponse

        public var eventType: TransactionEventType
        public var meterValue: [MeterValue]?
        public var timestamp: Date
        public var triggerReason: TriggerReason
        public var seqNo: Int
        public var offline: Bool?
        public var numberOfPhasesUsed: Int?
        public var cableMaxCurrent: Int?
        public var reservationId: Int?
        public var transactionInfo: Transaction
        public var evse: EVSE?
        public var idToken: IdToken?

        public init(
            eventType: TransactionEventType,
            timestamp: Date,
            triggerReason: TriggerReason,
            seqNo: Int,
            transactionInfo: Transaction,
            meterValue: [MeterValue]? = nil,
            offline: Bool? = nil,
            numberOfPhasesUsed: Int? = nil,
            cableMaxCurrent: Int? = nil,
            reservationId: Int? = nil,
            evse: EVSE? = nil,
            idToken: IdToken? = nil
        ) {
            self.eventType = eventType
            self.meterValue = meterValue
            self.timestamp = timestamp
            self.triggerReason = triggerReason
            self.seqNo = seqNo
            self.offline = offline
            self.numberOfPhasesUsed = numberOfPhasesUsed
            self.cableMaxCurrent = cableMaxCurrent
            self.reservationId = reservationId
            self.transactionInfo = transactionInfo
            self.evse = evse
            self.idToken = idToken
        }
    }

    /// The answer to `TransactionEventRequest`.
    public struct TransactionEventResponse: OCPPPayload {
        public var totalCost: Decimal?
        public var chargingPriority: Int?
        public var idTokenInfo: IdTokenInfo?
        public var updatedPersonalMessage: MessageContent?

        public init(
            totalCost: Decimal? = nil,
            chargingPriority: Int? = nil,
            idTokenInfo: IdTokenInfo? = nil,
            updatedPersonalMessage: MessageContent? = nil
        ) {
            self.totalCost = totalCost
            self.chargingPriority = chargingPriority
            self.idTokenInfo = idTokenInfo
            self.updatedPersonalMessage = updatedPersonalMessage
        }
    }
}
