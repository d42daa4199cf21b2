import Synchronization
import Testing
import Transport
import Wire

/// How a test reaches a server: over a real TCP socket on 127.0.0.1 or over an in-process LoopbackPair.
enum TestTransport: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case socket
    case loopback

    var testDescription: String { rawValue }

    /// Starts `server` if needed and returns a new client stream to it.
    func connect(to server: HTTPServer) async throws -> any ByteStream {
        switch self {
        case .socket:
            if server.port == nil { try server.start() }
            return try await SocketStream.connect(host: "127.0.0.1", port: try #require(server.port))
        case .loopback:
            return server.connectInProcess()
        }
    }
}

/// The port a started server listens on.
func boundPort(_ server: HTTPServer) throws -> Int {
    try #require(server.port)
}

/// Reads HTTP responses from a raw stream.
struct ResponseReader {
    let stream: any ByteStream
    var parser = HTTPResponseParser()

    init(_ stream: any ByteStream) {
        self.stream = stream
    }

    /// The next response, or nil if the stream ends first. Reads at most 1,000 times.
    mutating func next(respondingTo method: HTTPMethod = .get) async throws -> HTTPResponse? {
        for _ in 0..<1_000 {
            if let response = try parser.next(respondingTo: method) { return response }
            let bytes = try await stream.read(maxBytes: 64 * 1024)
            if bytes.isEmpty { return try parser.finish() }
            parser.append(bytes)
        }
        return nil
    }
}

/// Reads until the stream ends (or fails); true when it ended within 1,000 reads.
func readsToEnd(_ stream: any ByteStream) async -> Bool {
    for _ in 0..<1_000 {
        guard let bytes = try? await stream.read(maxBytes: 64 * 1024), !bytes.isEmpty else { return true }
    }
    return false
}

/// A one-shot signal one task waits for and another gives.
final class Signal: Sendable {
    private let state = Mutex<(fired: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func fire() {
        let waiters = state.withLock { state in
            state.fired = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let fired = state.withLock { state in
                if !state.fired { state.waiters.append(continuation) }
                return state.fired
            }
            if fired { continuation.resume() }
        }
    }
}

func request(
    _ method: HTTPMethod = .get,
    _ target: String,
    body: [UInt8] = [],
    headers: HTTPHeaders = [:]
)
    -> HTTPRequest
{
    var all: HTTPHeaders = ["Host": "127.0.0.1"]
    for field in headers { all.add(field.name, field.value) }
    return HTTPRequest(method: method, target: target, headers: all, body: body)
}

/// Answers with the request's method, target and body size, and echoes the body.
let echoHandler: HTTPServer.Handler = { request in
    HTTPResponse(
        status: 200,
        headers: ["X-Method": request.method.rawValue, "X-Target": request.target],
        body: request.body
    )
}
