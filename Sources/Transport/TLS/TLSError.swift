/// Why a TLS connection could not be set up or continued. The texts come from OpenSSL's error queue
/// and certificate verifier, so they name the actual cause ("certificate verify failed: self-signed
/// certificate in certificate chain").
public enum TLSError: Error, Hashable, Sendable {
    /// A certificate, key or CA file could not be loaded, or the settings were refused; which and why.
    case configuration(String)
    /// The peer's certificate failed verification for `host`: the verifier's reason.
    case certificateRejected(host: String, reason: String)
    /// The handshake failed for another reason (protocol version, alert from the peer, …).
    case handshakeFailed(String)
    /// The stream under TLS failed (connect refused, reset, timeout, …).
    case transport(TransportError)
    /// This build has no TLS (OpenSSL was not available when it was compiled).
    case unavailable
}
