extension OCPP16 {
    /// The ChangeConfiguration request (OCPP 1.6 §6), sent by the central system.
    public struct ChangeConfigurationRequest: OCPPRequest {
        public static let action = "ChangeConfiguration"
        public typealias Response = ChangeConfigurationResponse

        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The answer to `ChangeConfigurationRequest`.
    public struct ChangeConfigurationResponse: OCPPPayload {
        public var status: ConfigurationStatus

        public init(status: ConfigurationStatus) {
            self.status = status
        }
    }
}
