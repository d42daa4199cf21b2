import Foundation
import OCPP
public import Transport
import Wire

/// Runs one `ChargerEmulator` — the same state machine the simulation drives — over a real
/// WebSocket on the wall clock: it connects to `endpoint/<charger id>` offering the profile's OCPP
/// sub-protocol (OCPP-J 1.6 §3.1, 2.0.1 Part 4 §3.1), optionally with HTTP Basic credentials
/// (security profile 1, or 2 over `wss://`, ocpp.md §1.7), reconnects with doubling back-off, and runs the emulator's
/// timers (heartbeat, meter values, CALL response timeout) on real time.
public actor NetworkCharger {
    /// Where and how to connect.
    public struct Configuration: Sendable {
        /// The central system's OCPP-J endpoint (`ws://` or `wss://host:port/path`, the server certificate
        /// checked against the system trust store); the charger id is appended.
        public var endpoint: String
        /// The Basic-auth password (security profile 1); nil sends no credentials.
        public var password: String?
        /// The wait after the first failed or lost connection; it doubles up to `maximumRetryDelay`.
        public var firstRetryDelay: Duration
        public var maximumRetryDelay: Duration
        public var handshakeTimeout: Duration
        /// The CAs a `wss://` central system's certificate is checked against.
        public var tlsTrust: TLSTrust
        /// Sees every OCPP frame sent (`true`) or received (`false`), as it leaves or arrives.
        public var observe: (@Sendable (_ sent: Bool, _ text: String) -> Void)?

        public init(
            endpoint: String,
            password: String? = nil,
            firstRetryDelay: Duration = .seconds(1),
            maximumRetryDelay: Duration = .seconds(30),
            handshakeTimeout: Duration = .seconds(10),
            tlsTrust: TLSTrust = .systemStore,
            observe: (@Sendable (_ sent: Bool, _ text: String) -> Void)? = nil
        ) {
            self.endpoint = endpoint
            self.password = password
            self.firstRetryDelay = firstRetryDelay
            self.maximumRetryDelay = maximumRetryDelay
            self.handshakeTimeout = handshakeTimeout
            self.tlsTrust = tlsTrust
            self.observe = observe
        }
    }

    /// The emulator's current state (sessions, statistics, connector states).
    public private(set) var emulator: ChargerEmulator
    public let configuration: Configuration
    /// Connections opened (the WebSocket handshake succeeded with the right sub-protocol).
    public private(set) var connections = 0
    /// Connection attempts that failed, and why the last one did.
    public private(set) var failedAttempts = 0
    public private(set) var lastError: String?

    private var outbox: AsyncStream<String>.Continuation?
    private var connection: WebSocketConnection?
    private var timers: [ChargerTimer: (generation: Int, task: Task<Void, Never>)] = [:]
    private var timerGeneration = 0
    private var reconnectDelay: Duration?
    private var stopped = false
    /// Held off the network (a planned outage): no connection until `goOnline()`.
    private var offline = false
    private var runner: Task<Void, Never>?
    private var waiters: [Int: Waiter] = [:]
    private var nextWaiter = 0

    private struct Waiter {
        var condition: @Sendable (ChargerEmulator) -> Bool
        var continuation: CheckedContinuation<Bool, Never>
    }

    /// `endpoint/<id>`, the id percent-encoded as one path segment (OCPP-J 1.6 §3.1.1).
    public nonisolated let url: String

    public init(emulator: ChargerEmulator, configuration: Configuration) {
        self.emulator = emulator
        self.configuration = configuration
        var segment = CharacterSet.urlPathAllowed
        segment.remove(charactersIn: "/")
        let id = emulator.id.addingPercentEncoding(withAllowedCharacters: segment) ?? emulator.id
        let endpoint = configuration.endpoint
        self.url = endpoint.hasSuffix("/") ? endpoint + id : endpoint + "/" + id
    }

    /// True while a WebSocket to the central system is open.
    public var isConnected: Bool { connection != nil }

    /// Starts connecting, and reconnecting whenever the connection is lost, until `stop()`.
    public func start() {
        guard runner == nil, !stopped else { return }
        runner = Task { await self.run() }
    }

    /// Closes the connection and stays off the network until `goOnline()` (a planned outage).
    public func goOffline() async {
        offline = true
        if let connection { await connection.close(code: .goingAway, reason: "offline") }
    }

    /// Ends an outage: connects again at once.
    public func goOnline() {
        offline = false
    }

    /// Feeds a local event (a vehicle plugged in, a card presented, a fault) to the emulator.
    public func apply(_ event: ChargerEvent) {
        handle(event)
    }

    /// Waits until `condition` holds for the emulator, for at most `timeout`; true when it held.
    /// The condition is checked after every event the emulator handles.
    public func wait(
        atMost timeout: Duration,
        until condition: @escaping @Sendable (ChargerEmulator) -> Bool
    ) async -> Bool {
        if condition(emulator) { return true }
        guard !stopped else { return false }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task {
            try? await Task.sleep(for: timeout)
            self.resumeWaiter(id, with: false)
        }
        // The waiter is registered before this actor runs anything else, so the timer cannot miss it.
        let held = await withCheckedContinuation { continuation in
            waiters[id] = Waiter(condition: condition, continuation: continuation)
        }
        timer.cancel()
        return held
    }

    /// Closes the connection, cancels every timer and stops reconnecting.
    public func stop() async {
        stopped = true
        for (_, timer) in timers { timer.task.cancel() }
        timers.removeAll()
        for id in Array(waiters.keys) { resumeWaiter(id, with: false) }
        runner?.cancel()
        if let connection { await connection.close() }
        await runner?.value
    }

    // MARK: - Connection

    private var headers: HTTPHeaders {
        guard let password = configuration.password else { return HTTPHeaders() }
        // OCPP-J 1.6 §6.2.2 / 2.0.1 A00.FR.205: user name = charger identity.
        let credentials = Data("\(emulator.id):\(password)".utf8).base64EncodedString()
        return ["Authorization": "Basic " + credentials]
    }

    private func run() async {
        var delay = configuration.firstRetryDelay
        let subprotocol = emulator.profile.ocppVersion.subprotocol
        while !stopped {
            while offline && !stopped { try? await Task.sleep(for: .milliseconds(50)) }
            guard !stopped else { break }
            do {
                let opened = try await WebSocketClient.connect(
                    url: url,
                    subprotocols: [subprotocol],
                    headers: headers,
                    tlsTrust: configuration.tlsTrust,
                    handshakeTimeout: configuration.handshakeTimeout
                )
                if stopped || offline {
                    // Stopped or taken off the network while the handshake was under way.
                    await opened.close(code: .goingAway, reason: stopped ? "stopped" : "offline")
                } else if opened.subprotocol == subprotocol {
                    connections += 1
                    delay = configuration.firstRetryDelay
                    await serve(opened)
                } else {
                    // OCPP-J 1.6 §3.1.2: no agreed OCPP version means the connection cannot be used.
                    failedAttempts += 1
                    lastError = "\(url): the central system did not agree to sub-protocol \(subprotocol)"
                    await opened.close(code: .protocolError, reason: "no OCPP sub-protocol agreed")
                }
            } catch {
                failedAttempts += 1
                lastError = "\(url): \(error)"
            }
            guard !stopped else { break }
            if offline { continue }
            try? await Task.sleep(for: reconnectDelay ?? delay)
            reconnectDelay = nil
            delay = min(delay * 2, configuration.maximumRetryDelay)
        }
    }

    /// Runs one open connection: frames in go to the emulator; its frames out leave in order.
    private func serve(_ opened: WebSocketConnection) async {
        let (texts, continuation) = AsyncStream<String>.makeStream()
        let writer = Task {
            for await text in texts {
                do { try await opened.send(.text(text)) } catch { break }
            }
        }
        connection = opened
        outbox = continuation
        handle(.connected)
        for await message in opened.messages {
            if case .text(let text) = message {
                configuration.observe?(false, text)
                handle(.received(text))
            }
        }
        continuation.finish()
        outbox = nil
        connection = nil
        await writer.value
        if !stopped { handle(.disconnected) }
    }

    // MARK: - Actions

    private func handle(_ event: ChargerEvent) {
        for action in emulator.handle(event, now: Date()) {
            perform(action)
        }
        for (id, waiter) in waiters where waiter.condition(emulator) { resumeWaiter(id, with: true) }
    }

    private func resumeWaiter(_ id: Int, with held: Bool) {
        waiters.removeValue(forKey: id)?.continuation.resume(returning: held)
    }

    private func perform(_ action: ChargerAction) {
        switch action {
        case .send(let text):
            guard let outbox else { return }
            configuration.observe?(true, text)
            outbox.yield(text)
        case .startTimer(let timer, let delay):
            guard !stopped else { return }
            timers[timer]?.task.cancel()
            timerGeneration += 1
            let generation = timerGeneration
            let task = Task {
                try? await Task.sleep(for: delay)
                guard !Task.isCancelled else { return }
                self.fire(timer, generation: generation)
            }
            timers[timer] = (generation, task)
        case .cancelTimer(let timer):
            timers.removeValue(forKey: timer)?.task.cancel()
        case .reconnect(let delay):
            reconnectDelay = delay
            if let connection { Task { await connection.close(code: .goingAway, reason: "reboot") } }
        }
    }

    private func fire(_ timer: ChargerTimer, generation: Int) {
        guard timers[timer]?.generation == generation else { return }
        timers[timer] = nil
        handle(.timerFired(timer))
    }
}
