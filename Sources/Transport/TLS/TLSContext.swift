#if canImport(COpenSSL)
import COpenSSL

/// An OpenSSL `SSL_CTX` configured once (trust store or server identity, TLS 1.2 at least) and then
/// shared, read-only, by every connection made from it. OpenSSL allows that from any thread once
/// configuration is over, which is why this one class is `@unchecked Sendable`: its pointer is never
/// changed after `init`, and the context is never reconfigured.
public final class TLSContext: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Whether connections made from this context verify the peer (clients do; servers do not ask
    /// for client certificates).
    let isClient: Bool

    private init(pointer: OpaquePointer, isClient: Bool) {
        self.pointer = pointer
        self.isClient = isClient
    }

    /// A client context that verifies servers against `trust`.
    public static func client(trusting trust: TLSTrust = .systemStore) throws(TLSError) -> TLSContext {
        guard let pointer = SSL_CTX_new(TLS_client_method()) else {
            throw .configuration("SSL_CTX_new: \(OpenSSLErrorQueue.drain())")
        }
        let context = TLSContext(pointer: pointer, isClient: true)
        try context.applyCommonSettings()
        // RFC 9110 §4.3.4: an https client verifies the server's certificate chain and identity.
        SSL_CTX_set_verify(pointer, SSL_VERIFY_PEER, nil)
        switch trust {
        case .systemStore:
            guard SSL_CTX_set_default_verify_paths(pointer) == 1 else {
                throw .configuration("the system certificate store: \(OpenSSLErrorQueue.drain())")
            }
        case .certificateAuthorityFile(let path):
            guard SSL_CTX_load_verify_locations(pointer, path, nil) == 1 else {
                throw .configuration("CA file \(path): \(OpenSSLErrorQueue.drain())")
            }
        }
        return context
    }

    /// A server context presenting `identity`; the key must match the certificate.
    public static func server(_ identity: TLSServerIdentity) throws(TLSError) -> TLSContext {
        guard let pointer = SSL_CTX_new(TLS_server_method()) else {
            throw .configuration("SSL_CTX_new: \(OpenSSLErrorQueue.drain())")
        }
        let context = TLSContext(pointer: pointer, isClient: false)
        try context.applyCommonSettings()
        guard SSL_CTX_use_certificate_chain_file(pointer, identity.certificateChainFile) == 1 else {
            throw .configuration("certificate file \(identity.certificateChainFile): \(OpenSSLErrorQueue.drain())")
        }
        guard SSL_CTX_use_PrivateKey_file(pointer, identity.privateKeyFile, SSL_FILETYPE_PEM) == 1 else {
            throw .configuration("private key file \(identity.privateKeyFile): \(OpenSSLErrorQueue.drain())")
        }
        guard SSL_CTX_check_private_key(pointer) == 1 else {
            throw .configuration(
                "private key \(identity.privateKeyFile) does not match certificate "
                    + "\(identity.certificateChainFile): \(OpenSSLErrorQueue.drain())"
            )
        }
        return context
    }

    private func applyCommonSettings() throws(TLSError) {
        // OCPP 2.0.1 Part 2 §A00.3 and RFC 8996: TLS 1.2 or newer only.
        guard roamgate_ssl_ctx_set_min_version(pointer, roamgate_tls1_2_version()) == 1 else {
            throw .configuration("minimum protocol version TLS 1.2: \(OpenSSLErrorQueue.drain())")
        }
        roamgate_ssl_ctx_set_write_modes(pointer)
    }

    deinit {
        SSL_CTX_free(pointer)
    }
}

/// Reads and clears OpenSSL's per-thread error queue.
enum OpenSSLErrorQueue {
    /// Every queued error as OpenSSL's text, joined by "; " ("no details" when the queue is empty).
    static func drain() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            guard code != 0 else { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? "no details" : messages.joined(separator: "; ")
    }
}
#endif
