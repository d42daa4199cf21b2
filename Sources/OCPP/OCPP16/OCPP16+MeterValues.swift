extension OCPP16 {
    /// The MeterValues request (OCPP 1.6 §6), sent by the charge point.
    public struct MeterValuesRequest: OCPPRequest {
        public static let action = "MeterValues"
        public typealias Response = MeterValuesResponse

        public var connectorId: Int
        public var transactionId: Int?
        public var meterValue: [MeterValue]

        public init(connectorId: Int, meterValue: [MeterValue], transactionId: Int? = nil) {
            self.connectorId = connectorId
            self.transactionId = transactionId
            self.meterValue = meterValue
        }
    }

    /// The answer to `MeterValuesRequest`.
    public struct MeterValuesResponse: OCPPPayload {
        public init() {}
    }
}
