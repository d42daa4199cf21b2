import Synchronization

#if canImport(COpenSSL)
import COpenSSL
#endif

/// Puts client TLS over freshly connected sockets for `https://` and `wss://` URLs, with one shared
/// context made on first use. Builds without OpenSSL refuse with `TLSError.unavailable`.
final class TLSConnector: Sendable {
    let trust: TLSTrust
    #if canImport(COpenSSL)
    private let context = Mutex<TLSContext?>(nil)
    #endif

    private static let shared = Mutex<[TLSTrust: TLSConnector]>([:])

    init(trust: TLSTrust) {
        self.trust = trust
    }

    /// One connector per trust for the whole process, so loading a CA store happens once.
    static func shared(trusting trust: TLSTrust) -> TLSConnector {
        shared.withLock { connectors in
            if let existing = connectors[trust] { return existing }
            let made = TLSConnector(trust: trust)
            connectors[trust] = made
            return made
        }
    }

    /// The TLS stream over `stream`, verified for `serverName`; `stream` is closed on failure.
    func secure(_ stream: any ByteStream, serverName: String) async throws(TLSError) -> any ByteStream {
        #if canImport(COpenSSL)
        let context: TLSContext
        do {
            context = try sharedContext()
        } catch {
            stream.close()
            throw error
        }
        return try await TLSStream.connect(over: stream, serverName: serverName, context: context)
        #else
        stream.close()
        throw .unavailable
        #endif
    }

    #if canImport(COpenSSL)
    private func sharedContext() throws(TLSError) -> TLSContext {
        let result = context.withLock { cached -> Result<TLSContext, TLSError> in
            if let cached { return .success(cached) }
            do throws(TLSError) {
                let made = try TLSContext.client(trusting: trust)
                cached = made
                return .success(made)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
    #endif
}
