/// Which certificate authorities a TLS client trusts for the server's certificate.
public enum TLSTrust: Sendable, Hashable {
    /// The system's store (on Debian, /etc/ssl/certs from the ca-certificates package).
    case systemStore
    /// Only the CA certificate(s) in this PEM file, for test or staging systems with their own CA.
    case certificateAuthorityFile(String)
}

/// The certificate chain and private key a TLS server presents, as PEM files.
public struct TLSServerIdentity: Sendable, Hashable {
    /// The server certificate first, then any intermediate CA certificates.
    public var certificateChainFile: String
    public var privateKeyFile: String

    public init(certificateChainFile: String, privateKeyFile: String) {
        self.certificateChainFile = certificateChainFile
        self.privateKeyFile = privateKeyFile
    }
}
