#if canImport(COpenSSL)
import Synchronization

extension HTTPServer {
    /// Like `start()`, but every accepted connection first completes a TLS handshake with `identity`
    /// (within `configuration.handshakeTimeout`) and is then served as plain HTTP and WebSocket over
    /// TLS: `https://` and `wss://`. A client whose handshake fails is dropped without affecting others.
    public func start(tls identity: TLSServerIdentity) throws(TLSError) {
        let context = try TLSContext.server(identity)
        guard state.withLock({ $0.listener == nil && !$0.draining }) else { return }
        let listener: TCPListener
        do {
            listener = try TCPListener(host: host, port: requestedPort, loop: loop)
        } catch {
            throw .transport(error)
        }
        let task = Task { [self] in await acceptTLSLoop(listener, context: context) }
        state.withLock { state in
            state.listener = listener
            state.acceptTask = task
        }
    }

    private func acceptTLSLoop(_ listener: TCPListener, context: TLSContext) async {
        while true {
            let socket: SocketStream
            do {
                socket = try await listener.accept()
            } catch .connectionClosed {
                return
            } catch {
                // EMFILE and the like: the listener stays, the connection is lost; back off briefly.
                try? await Task.sleep(for: .milliseconds(10))
                continue
            }
            Task { [self] in
                let timer = DeadlineTimer(clock: configuration.clock)
                timer.arm(configuration.handshakeTimeout, reason: "TLS handshake") { socket.close() }
                let secured = try? await TLSStream.accept(over: socket, context: context)
                timer.disarm()
                guard let secured else { return }
                await serve(secured)
            }
        }
    }
}
#endif
