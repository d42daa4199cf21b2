extension OCPP201 {
    /// The MeterValues request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
    public struct MeterValuesRequest: OCPPRequest {
        public static let action = "MeterValues"
        public typealias Response = MeterValuesResponse

        public var evseId: Int
        public var meterValue: [MeterValue]

        public init(evseId: Int, meterValue: [MeterValue]) {
            self.evseId = evseId
            self.meterValue = meterValue
        }
    }

    /// The answer to `MeterValuesRequest`.
    public struct MeterValuesResponse: OCPPPayload {
        public init() {}
    }
}
