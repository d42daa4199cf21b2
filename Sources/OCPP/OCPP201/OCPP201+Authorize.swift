extension OCPP201 {
    /// The Authorize request (OCPP 2.0.1 Part 2 §1), sent by the charging station.
    public struct AuthorizeRequest: OCPPRequest {
        public static let action = "Authorize"
        public typealias Response = AuthorizeResponse

        public var idToken: IdToken
        public var certificate: String?
        public var iso15118CertificateHashData: [OCSPRequestData]?

        public init(
            idToken: IdToken,
            certificate: String? = nil,
            iso15118CertificateHashData: [OCSPRequestData]? = nil
        ) {
            self.idToken = idToken
            self.certificate = certificate
            self.iso15118CertificateHashData = iso15118CertificateHashData
        }
    }

    /// The answer to `AuthorizeRequest`.
    public struct AuthorizeResponse: OCPPPayload {
        public var idTokenInfo: IdTokenInfo
        public var certificateStatus: AuthorizeCertificateStatus?

        public init(idTokenInfo: IdTokenInfo, certificateStatus: AuthorizeCertificateStatus? = nil) {
            self.idTokenInfo = idTokenInfo
            self.certificateStatus = certificateStatus
        }
    }
}
