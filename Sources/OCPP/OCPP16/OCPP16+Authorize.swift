extension OCPP16 {
    /// The Authorize request (OCPP 1.6 §6), sent by the charge point.
    public struct AuthorizeRequest: OCPPRequest {
        public static let action = "Authorize"
        public typealias Response = AuthorizeResponse

        public var idTag: String

        public init(idTag: String) {
            self.idTag = idTag
        }
    }

    /// The answer to `AuthorizeRequest`.
    public struct AuthorizeResponse: OCPPPayload {
        public var idTagInfo: IdTagInfo

        public init(idTagInfo: IdTagInfo) {
            self.idTagInfo = idTagInfo
        }
    }
}
