import Foundation
import JSON
import OCPI
import Synchronization
public import Transport
import Wire

/// The partner mock on the network (`roamgate serve emsp`): an OCPI 2.2.1 eMSP over HTTP on the wall
/// clock, which hands every exchange to an evidence sink as it happens.
///
/// The `PartnerMock` state machine runs confined to one serial queue; the sockets are served by Swift
/// concurrency. Each exchange's evidence carries the request's header fields, the time it took, the
/// session it concerns and what the OCPI rules found in the body it received.
public final class ServedPartner: Sendable {
    /// Where the mock is served.
    public struct Options: Sendable {
        /// The address to bind: loopback unless the user says otherwise.
        public var host: String
        /// 0 lets the kernel choose; `port` tells which after `start()`.
        public var port: Int

        public init(host: String = "127.0.0.1", port: Int = 0) {
            self.host = host
            self.port = port
        }
    }

    private let evidence: (@Sendable (EvidenceEntry) -> Void)?
    private let sequence = Mutex(0)
    private let server: Mutex<HTTPServer?> = Mutex(nil)
    /// The mock, made once the port is bound (its configuration names its own URL).
    private let confined: Mutex<QueueConfined<PartnerMock>?> = Mutex(nil)

    /// Binds the port and starts serving.
    /// - Parameters:
    ///   - configuration: the mock's configuration given the base URL it is reached at
    ///     (`http://host:port`, or `publicURL`).
    ///   - evidence: receives every exchange, numbered, in the order the answers were made.
    public init(
        options: Options = Options(),
        publicURL: String? = nil,
        evidence: (@Sendable (EvidenceEntry) -> Void)? = nil,
        configuration: (_ baseURL: String) -> PartnerConfiguration
    ) throws(TransportError) {
        self.evidence = evidence
        let server = HTTPServer(host: options.host, port: options.port) { [weak self] request in
            guard let self else { return HTTPResponse(status: 503) }
            return await self.answer(request)
        }
        try server.start()
        self.server.withLock { $0 = server }
        let baseURL = publicURL ?? "http://\(options.host):\(server.port ?? options.port)"
        let state = PartnerMock(configuration: configuration(baseURL))
        let outbound = WaitingHTTPClient()
        state.network = PartnerNetwork(send: outbound.send(_:to:), makeToken: CredentialsToken.make)
        confined.withLock { $0 = QueueConfined(state, label: "roamgate.served-partner") }
    }

    /// The bound port.
    public var port: Int? { server.withLock { $0?.port } }

    /// A new connection to the server through an in-process `LoopbackPair`, with no socket.
    public func connectInProcess() -> LoopbackStream? {
        server.withLock { $0?.connectInProcess() }
    }

    /// Lets in-flight requests finish and stops listening.
    public func shutdown() async {
        let server = self.server.withLock { $0 }
        await server?.shutdown()
    }

    /// Reads or changes the mock on its queue (tests, the command line).
    public func inspect<Result: Sendable>(_ body: @escaping @Sendable (PartnerMock) -> Result) async -> Result? {
        guard let mock = confined.withLock({ $0 }) else { return nil }
        return await mock.run(body)
    }

    /// Registers the mock with a CPO as the credentials sender (OCPI 2.2.1 §7.4.1). The network steps
    /// run off the mock's queue, so the CPO can read this mock's versions with token B meanwhile.
    public func register(cpoVersionsURL: String, tokenA: String) async -> Result<RegisteredParty, RegistrationError> {
        guard let mock = confined.withLock({ $0 }) else {
            return .failure(.unreachable(step: "versions", url: cpoVersionsURL))
        }
        let tokenB = CredentialsToken.make()
        let body = await mock.run { $0.beginRegistration(tokenB: tokenB) }
        let client = WaitingHTTPClient()
        let result = await onThreadOfItsOwn {
            PartnerMock.exchangeCredentials(
                cpoVersionsURL: cpoVersionsURL,
                tokenA: tokenA,
                body: body,
                send: client.send(_:to:)
            )
        }
        if case .success(let party) = result { await mock.run { $0.completeRegistration(party) } }
        return result
    }

    /// Answers one request through the mock and hands the exchange to the evidence sink.
    func answer(_ request: HTTPRequest) async -> HTTPResponse {
        guard let mock = confined.withLock({ $0 }) else { return HTTPResponse(status: 503) }
        let started = ContinuousClock.now
        let (response, time) = await mock.run { mock in
            let now = Date()
            return (mock.handle(request, now: now), now)
        }
        guard let evidence else { return response }
        let elapsed = ContinuousClock.now - started
        var entry = Self.evidenceEntry(request: request, response: response, time: time)
        entry.milliseconds = Int(
            elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        )
        entry.seq = sequence.withLock { number in
            number += 1
            return number
        }
        evidence(entry)
        return response
    }

    /// The evidence of one exchange: who called (routing headers), what, the answer, the session it
    /// concerns, and the OCPI rule findings on a JSON body (module from the path, §6.2).
    static func evidenceEntry(request: HTTPRequest, response: HTTPResponse, time: Date) -> EvidenceEntry {
        let segments = request.pathSegments
        // JSONValue is nil-literal convertible (`null`): absence is spelled `.none` here.
        let parsed: JSONValue? = request.body.isEmpty ? .none : try? JSONParser().parse(request.body).value
        let body: JSONValue? =
            request.body.isEmpty ? .none : parsed ?? .string(String(decoding: request.body, as: UTF8.self))
        let module = segments.count >= 3 ? OCPIModule(rawValue: segments[2]) : nil
        var findings: [String] = []
        // Whole objects only: a PATCH carries just the members that changed (§4.1.3).
        if let parsed, let module, request.method == .post || request.method == .put {
            findings = OCPIValidator(module: module).validate(parsed).map(\.description)
        }
        var sessionID: String?
        if module == .sessions, segments.count >= 6 { sessionID = segments[5] }
        if module == .cdrs { sessionID = parsed?["session_id"]?.stringValue }
        let from = [request.headers["OCPI-from-country-code"], request.headers["OCPI-from-party-id"]]
            .compactMap { $0 }.joined(separator: "/")
        return EvidenceEntry(
            time: time,
            channel: "ocpi",
            from: from.isEmpty ? "client" : from,
            to: "partner",
            summary: "\(request.method.rawValue) \(request.target) → \(response.status)",
            body: body,
            status: response.status,
            sessionID: sessionID,
            headers: .object(JSONObject(request.headers.map { (key: $0.name, value: JSONValue.string($0.value)) })),
            findings: findings
        )
    }
}
