#if canImport(COpenSSL)
import COpenSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One OpenSSL connection (`SSL`) between two memory BIOs: ciphertext from the network is fed in,
/// ciphertext for the network is taken out, and no socket is touched. Not thread-safe: `TLSStream`
/// keeps it under a mutex and does all waiting outside.
struct TLSEngine {
    /// What the engine needs next.
    enum Step {
        /// Finished (handshake done, or plaintext read).
        case done
        /// Feed more ciphertext from the peer.
        case needInput
        /// The peer ended the TLS session (close_notify).
        case ended
        /// A fatal error, with OpenSSL's explanation.
        case failed(String)
    }

    let ssl: OpaquePointer
    /// Ciphertext arriving from the peer.
    private let input: OpaquePointer
    /// Ciphertext to send to the peer.
    private let output: OpaquePointer
    /// The name the peer's certificate must match (clients only).
    let peerName: String?

    init(context: TLSContext, serverName: String?) throws(TLSError) {
        ERR_clear_error()
        guard let ssl = SSL_new(context.pointer) else {
            throw .configuration("SSL_new: \(OpenSSLErrorQueue.drain())")
        }
        guard let input = BIO_new(BIO_s_mem()), let output = BIO_new(BIO_s_mem()) else {
            SSL_free(ssl)
            throw .configuration("BIO_new: \(OpenSSLErrorQueue.drain())")
        }
        SSL_set_bio(ssl, input, output)
        self.ssl = ssl
        self.input = input
        self.output = output
        self.peerName = serverName
        if context.isClient {
            SSL_set_connect_state(ssl)
            if let serverName { try Self.expectPeer(named: serverName, on: ssl) }
        } else {
            SSL_set_accept_state(ssl)
        }
    }

    /// The identity the server's certificate must prove: a DNS name (also sent as SNI) or an IP address.
    private static func expectPeer(named name: String, on ssl: OpaquePointer) throws(TLSError) {
        var address = in_addr()
        if inet_pton(AF_INET, name, &address) == 1 {
            // RFC 6066 §3: SNI carries host names only, never address literals.
            guard X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name) == 1 else {
                SSL_free(ssl)
                throw .configuration("expected peer address \(name): \(OpenSSLErrorQueue.drain())")
            }
            return
        }
        guard roamgate_ssl_set_server_name(ssl, name) == 1, SSL_set1_host(ssl, name) == 1 else {
            SSL_free(ssl)
            throw .configuration("expected peer name \(name): \(OpenSSLErrorQueue.drain())")
        }
    }

    /// Releases the connection and its BIOs.
    func free() {
        SSL_free(ssl)
    }

    /// Takes the ciphertext OpenSSL produced for the peer (may be empty).
    func takeOutput() -> [UInt8] {
        let pending = Int(BIO_ctrl_pending(output))
        guard pending > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: pending)
        let count = bytes.withUnsafeMutableBytes { BIO_read(output, $0.baseAddress, Int32(pending)) }
        return count > 0 ? Array(bytes.prefix(Int(count))) : []
    }

    /// Hands ciphertext received from the peer to OpenSSL (memory BIOs take everything).
    func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = BIO_write(input, buffer.baseAddress?.advanced(by: offset), Int32(buffer.count - offset))
                guard count > 0 else { return }
                offset += Int(count)
            }
        }
    }

    /// One attempt at the handshake.
    func handshake() -> Step {
        ERR_clear_error()
        let result = SSL_do_handshake(ssl)
        return result == 1 ? .done : classify(result)
    }

    /// Up to `maxBytes` of plaintext, or what is needed first.
    func read(maxBytes: Int) -> (Step, [UInt8]) {
        ERR_clear_error()
        var bytes = [UInt8](repeating: 0, count: max(1, maxBytes))
        let count = bytes.withUnsafeMutableBytes { SSL_read(ssl, $0.baseAddress, Int32($0.count)) }
        if count > 0 { return (.done, Array(bytes.prefix(Int(count)))) }
        return (classify(count), [])
    }

    /// Encrypts all of `bytes` into the output BIO.
    func write(_ bytes: [UInt8]) -> Step {
        var offset = 0
        while offset < bytes.count {
            ERR_clear_error()
            let count = bytes[offset...].withUnsafeBytes { SSL_write(ssl, $0.baseAddress, Int32($0.count)) }
            guard count > 0 else {
                // A memory BIO never lacks room; needing input here means renegotiation, which is refused.
                if case .failed(let reason) = classify(count) { return .failed(reason) }
                return .failed("the peer asked for renegotiation, which RoamGate does not support")
            }
            offset += Int(count)
        }
        return .done
    }

    /// Queues close_notify (RFC 8446 §6.1).
    func shutdown() {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
    }

    /// "TLSv1.3" and the like.
    var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    /// Why the peer's certificate was refused, when verification is what failed.
    var verificationFailure: String? {
        let result = SSL_get_verify_result(ssl)
        guard result != Int(X509_V_OK) else { return nil }
        return String(cString: X509_verify_cert_error_string(result))
    }

    private func classify(_ result: Int32) -> Step {
        switch SSL_get_error(ssl, result) {
        case SSL_ERROR_WANT_READ: return .needInput
        case SSL_ERROR_ZERO_RETURN: return .ended
        case SSL_ERROR_SYSCALL where ERR_peek_error() == 0: return .failed("unexpected end of the TLS stream")
        default: return .failed(OpenSSLErrorQueue.drain())
        }
    }
}
#endif
