public import Foundation
import JSON
public import PartnerMock
public import Transport
public import Wire

/// Serves a `PartnerMock` (the eMSP side) on an `HTTPServer`, so a CPO under test reaches its
/// versions, credentials and receiver endpoints over the network (`http://`, or `https://` with a
/// certificate). The mock is a synchronous handler over its own state; the host keeps it behind a lock,
/// passes it the wall-clock time, and reports every request it answers to `record` (and, whole, to `observe`).
public final class PartnerHost: Sendable {
    private let slot = LockedPartner()
    private let server: HTTPServer
    private let wallClock: @Sendable () -> Date
    private let record: @Sendable (OCPIExchange) -> Void
    private let observe: @Sendable (HTTPRequest, HTTPResponse, Date) -> Void
    /// The URL partners are given: `publicURL`, or the scheme, host and bound port.
    public let baseURL: String

    /// Listens on `host:port` (port 0: the kernel picks one), over TLS when `tls` is given, and then
    /// makes the mock with the base URL the CPO must use (`publicURL` when the host sits behind a
    /// tunnel or proxy, else this listener's own URL). Throws `TLSError.transport` when the address
    /// cannot be bound, other `TLSError`s when the certificate or key cannot be used.
    public init(
        host: String,
        port: Int,
        tls: TLSServerIdentity? = nil,
        publicURL: String? = nil,
        wallClock: @escaping @Sendable () -> Date = { Date() },
        record: @escaping @Sendable (OCPIExchange) -> Void = { _ in },
        observe: @escaping @Sendable (HTTPRequest, HTTPResponse, Date) -> Void = { _, _, _ in },
        makePartner: (_ baseURL: String) -> PartnerMock
    ) throws(TLSError) {
        let slot = self.slot
        let server = HTTPServer(host: host, port: port) { request in
            Self.answer(request, slot: slot, wallClock: wallClock, record: record, observe: observe)
        }
        if let tls {
            try server.start(tls: tls)
        } else {
            do throws(TransportError) {
                try server.start()
            } catch {
                throw .transport(error)
            }
        }
        let bound = server.port ?? port
        let baseURL = publicURL ?? "\(tls == nil ? "http" : "https")://\(host):\(bound)"
        self.server = server
        self.wallClock = wallClock
        self.record = record
        self.observe = observe
        self.baseURL = baseURL
        let made = makePartner(baseURL)
        slot.install(made)
    }

    /// The bound port.
    public var port: Int? { server.port }

    /// What the mock has received so far (locations, sessions, CDRs, tariffs, command results).
    public var store: PartnerStore { slot.withPartner(\.store) ?? PartnerStore() }

    /// Runs `body` with the mock, under the lock (to register, set tokens, read its configuration).
    public func withPartner<Result>(_ body: (PartnerMock) -> Result) -> Result? {
        slot.withPartner(body)
    }

    /// Answers one request as the mock would, and records it (also how a test delivers in process).
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        Self.answer(request, slot: slot, wallClock: wallClock, record: record, observe: observe)
    }

    /// Stops listening and finishes requests in flight.
    public func shutdown() async {
        await server.shutdown()
    }

    private static func answer(
        _ request: HTTPRequest,
        slot: LockedPartner,
        wallClock: @Sendable () -> Date,
        record: @Sendable (OCPIExchange) -> Void,
        observe: @Sendable (HTTPRequest, HTTPResponse, Date) -> Void
    ) -> HTTPResponse {
        let now = wallClock()
        let answered = slot.withPartner { $0.handle(request, now: now) }
        // Before the mock exists (the instant between binding and making it): try again shortly.
        let response = answered ?? HTTPResponse(status: 503, headers: ["Retry-After": "1"])
        observe(request, response, now)
        record(
            OCPIExchange(
                time: now,
                step: "received",
                method: request.method.rawValue,
                url: request.target,
                status: response.status,
                requestBody: json(request.body),
                responseBody: json(response.body)
            )
        )
        return response
    }

    /// A body as JSON for the evidence log; nil when empty or not JSON.
    private static func json(_ bytes: [UInt8]) -> JSONValue? {
        bytes.isEmpty ? nil : try? JSONParser().parse(bytes).value
    }
}
