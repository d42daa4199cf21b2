extension OCPP16 {
    /// The GetConfiguration request (OCPP 1.6 §6), sent by the central system.
    public struct GetConfigurationRequest: OCPPRequest {
        public static let action = "GetConfiguration"
        public typealias Response = GetConfigurationResponse

        public var key: [String]?

        public init(key: [String]? = nil) {
            self.key = key
        }
    }

    /// The answer to `GetConfigurationRequest`.
    public struct GetConfigurationResponse: OCPPPayload {
        public var configurationKey: [KeyValue]?
        public var unknownKey: [String]?

        public init(configurationKey: [KeyValue]? = nil, unknownKey: [String]? = nil) {
            self.configurationKey = configurationKey
            self.unknownKey = unknownKey
        }
    }
}
