import Foundation
import OCPP
import Synchronization
public import Transport
import Wire

/// The reference CPO on the network (`roamgate serve cpo`): its OCPI interfaces over HTTP under
/// `/ocpi/` and its OCPP-J central system over WebSocket under `/ocpp/<charge point id>`, on one port
/// and the wall clock.
///
/// The `ReferenceCPO` state machine runs confined to one serial queue. Its outbound OCPI calls (pushes,
/// real-time authorization, the credentials handshake) wait on that queue for the partner's answer,
/// at most `Options.ocpiTimeout`, so what it sends keeps its order; the sockets themselves are served
/// by Swift concurrency and never wait on the queue.
public final class ServedCPO: Sendable {
    /// Where and how the CPO is served.
    public struct Options: Sendable {
        /// The address to bind: loopback unless the user says otherwise.
        public var host: String
        /// 0 lets the kernel choose; `port` tells which after `start()`.
        public var port: Int
        /// Longest wait for the partner's answer to an outbound OCPI request.
        public var ocpiTimeout: Duration
        /// When set, every charger must send HTTP Basic credentials `<id>:<password>` with its
        /// WebSocket upgrade (OCPP security profile 1).
        public var chargerPassword: String?

        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            ocpiTimeout: Duration = .seconds(10),
            chargerPassword: String? = nil
        ) {
            self.host = host
            self.port = port
            self.ocpiTimeout = ocpiTimeout
            self.chargerPassword = chargerPassword
        }
    }

    private let options: Options
    private let server: Mutex<HTTPServer?> = Mutex(nil)
    /// The CPO, made once the port is bound (its configuration names its own URL).
    private let confined: Mutex<QueueConfined<ReferenceCPO>?> = Mutex(nil)
    /// The open OCPP connection of each charger: frames to send, in order.
    private let links: Mutex<[String: ChargerLink]> = Mutex([:])
    private let framesIn = Atomic(0)
    private let outbound: WaitingHTTPClient

    private struct ChargerLink: Sendable {
        var connectionID: ObjectIdentifier
        var outbox: AsyncStream<String>.Continuation
    }

    /// Binds the port and starts serving.
    /// - Parameters:
    ///   - chargers: the master data of the chargers allowed to connect.
    ///   - configuration: the CPO's configuration given the base URL it is reached at
    ///     (`http://host:port`, or `publicURL`).
    public init(
        chargers: [ChargerMasterData],
        options: Options = Options(),
        publicURL: String? = nil,
        configuration: (_ baseURL: String) -> CPOConfiguration
    ) throws(TransportError) {
        self.options = options
        outbound = WaitingHTTPClient(timeout: options.ocpiTimeout)
        let server = HTTPServer(
            host: options.host,
            port: options.port,
            webSocketRoute: { [weak self] request in
                guard let self else { return .reject(HTTPResponse(status: 503)) }
                return await self.upgrade(request)
            },
            handler: { [weak self] request in
                guard let cpo = self?.confined.withLock({ $0 }) else { return HTTPResponse(status: 503) }
                return await cpo.run { $0.handle(request, now: Date()) }
            }
        )
        try server.start()
        self.server.withLock { $0 = server }
        let baseURL = publicURL ?? "http://\(options.host):\(server.port ?? options.port)"
        let placeholder = CPOEnvironment(
            sendOCPP: { _, _ in },
            sendOCPI: { _, _ in nil },
            schedule: { _, _ in },
            makeToken: { "" }
        )
        let state = ReferenceCPO(configuration: configuration(baseURL), chargers: chargers, environment: placeholder)
        let cpo = QueueConfined(state, label: "roamgate.served-cpo")
        state.setEnvironment(environment(cpo))
        confined.withLock { $0 = cpo }
    }

    /// The bound port.
    public var port: Int? { server.withLock { $0?.port } }

    /// A new connection to the server through an in-process `LoopbackPair`, with no socket.
    public func connectInProcess() -> LoopbackStream? {
        server.withLock { $0?.connectInProcess() }
    }

    /// OCPP-J frames received from chargers so far.
    public var framesReceived: Int { framesIn.load(ordering: .relaxed) }

    /// Chargers connected now.
    public var connectedChargers: Int { links.withLock { $0.count } }

    /// Lets in-flight requests finish, closes every charger connection (1001) and stops listening.
    public func shutdown() async {
        let server = self.server.withLock { $0 }
        await server?.shutdown()
    }

    /// Reads the CPO's state on its queue (for tests and the command line).
    public func inspect<Result: Sendable>(_ body: @escaping @Sendable (ReferenceCPO) -> Result) async -> Result? {
        guard let cpo = confined.withLock({ $0 }) else { return nil }
        return await cpo.run(body)
    }

    // MARK: - The CPO's view of the network

    private func environment(_ cpo: QueueConfined<ReferenceCPO>) -> CPOEnvironment {
        CPOEnvironment(
            sendOCPP: { [weak self] chargerID, text in
                _ = self?.links.withLock { $0[chargerID] }?.outbox.yield(text)
            },
            sendOCPI: { [outbound] request, url in outbound.send(request, to: url) },
            schedule: { [weak cpo] delay, action in cpo?.scheduleFromQueue(after: delay, action) },
            makeToken: CredentialsToken.make
        )
    }

    // MARK: - OCPP-J over WebSocket

    /// OCPP-J 1.6 §3 / 2.0.1 Part 4 §3: the charge point id is the last path segment; the sub-protocol
    /// names the OCPP version, and a request offering none we speak is refused.
    private func upgrade(_ request: HTTPRequest) async -> WebSocketUpgradeDecision {
        let segments = request.pathSegments
        guard segments.count >= 2, segments[0] == "ocpp", let chargerID = segments.last, !chargerID.isEmpty else {
            return .reject(Self.plain(404, "no OCPP endpoint here; connect to /ocpp/<charge point id>"))
        }
        let offered = request.offeredWebSocketSubprotocols
        guard let version = offered.lazy.compactMap({ OCPPVersion(rawValue: $0) }).first else {
            let names = OCPPVersion.allCases.map(\.subprotocol).joined(separator: ", ")
            return .reject(Self.plain(400, "offer one of the sub-protocols \(names)"))
        }
        if let password = options.chargerPassword,
            !Self.basicCredentialsMatch(request.headers["Authorization"], user: chargerID, password: password)
        {
            var refusal = Self.plain(401, "Basic credentials of the charge point required")
            refusal.headers.set("WWW-Authenticate", #"Basic realm="RoamGate OCPP""#)
            return .reject(refusal)
        }
        guard let cpo = confined.withLock({ $0 }), await cpo.run({ $0.chargerConnected(chargerID, version: version) })
        else {
            return .reject(Self.plain(404, "unknown charge point \(chargerID)"))
        }
        return .accept(subprotocol: version.subprotocol) { [weak self] connection in
            await self?.serve(connection, chargerID: chargerID)
        }
    }

    /// Feeds the charger's frames to the central system and sends its frames back, in order.
    private func serve(_ connection: WebSocketConnection, chargerID: String) async {
        guard let cpo = confined.withLock({ $0 }) else { return }
        let (outbox, continuation) = AsyncStream.makeStream(of: String.self)
        let link = ChargerLink(connectionID: ObjectIdentifier(connection), outbox: continuation)
        // A new connection of the same charger replaces the old one (OCPP-J: one per charge point).
        let replaced = links.withLock { links in
            defer { links[chargerID] = link }
            return links[chargerID]
        }
        replaced?.outbox.finish()
        let writer = Task {
            for await text in outbox {
                guard (try? await connection.send(.text(text))) != nil else { return }
            }
        }
        for await message in connection.messages {
            switch message {
            case .text(let text):
                framesIn.add(1, ordering: .relaxed)
                await cpo.run { $0.receiveOCPP(from: chargerID, text: text, now: Date()) }
            case .binary:
                // OCPP-J carries text frames only (1.6 §4.1.1).
                await connection.close(code: .unsupportedData, reason: "OCPP-J uses text frames")
            }
        }
        let current = links.withLock { links in
            guard links[chargerID]?.connectionID == link.connectionID else { return false }
            links[chargerID] = nil
            return true
        }
        continuation.finish()
        await writer.value
        if current { await cpo.run { $0.chargerDisconnected(chargerID) } }
    }

    private static func basicCredentialsMatch(_ header: String?, user: String, password: String) -> Bool {
        guard let header, header.lowercased().hasPrefix("basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces))
        else { return false }
        let expected = Array("\(user):\(password)".utf8)
        let given = Array(decoded)
        // Compared in constant time for a given length.
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func plain(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }
}
