import Chargers
import Foundation
import JSON
import OCPP
import Synchronization
import Testing
import Transport
import Wire

/// The emulator over a real WebSocket on 127.0.0.1 against a small central system played by the test.
@Suite(.timeLimit(.minutes(1)), .serialized)
struct NetworkChargerTests {
    /// A central system on Transport's HTTPServer: checks Basic credentials, answers every CALL as
    /// `EmulatorBench.accepting` does, validates each frame against the schemas of the negotiated
    /// version, and can send CALLs of its own.
    final class CentralSystem: Sendable {
        struct Log {
            var calls: [OCPPMessage.Call] = []
            var results: [String: JSONValue] = [:]
            var schemaIssues: [String] = []
            var connections = 0
            var connection: WebSocketConnection?
        }
        /// The log behind a lock, shared with the server's connection tasks.
        final class Shared: Sendable {
            let state = Mutex(Log())
            func withLock<T>(_ body: (inout Log) -> T) -> T { state.withLock { body(&$0) } }
        }
        let log = Shared()
        let password: String?
        let closeFirstConnectionAfterBoot: Bool
        let server: HTTPServer

        /// - Parameter upgradeDelay: how long each WebSocket handshake is held before it is answered.
        init(password: String?, closeFirstConnectionAfterBoot: Bool = false, upgradeDelay: Duration = .zero) throws {
            self.password = password
            self.closeFirstConnectionAfterBoot = closeFirstConnectionAfterBoot
            let log = self.log
            server = HTTPServer(
                webSocketRoute: { request in
                    if upgradeDelay > .zero { try? await Task.sleep(for: upgradeDelay) }
                    let segments = request.path.split(separator: "/")
                    guard segments.count == 2, segments[0] == "ocpp" else {
                        return .reject(HTTPResponse(status: 404))
                    }
                    if let password {
                        // OCPP-J 1.6 §6.2.2: Basic credentials with the charger id as user name.
                        let expected = "Basic " + Data("\(segments[1]):\(password)".utf8).base64EncodedString()
                        guard request.headers["Authorization"] == expected else {
                            return .reject(HTTPResponse(status: 401))
                        }
                    }
                    let version = request.offeredWebSocketSubprotocols.compactMap(OCPPVersion.init(rawValue:)).first
                    return .accept(subprotocol: version?.subprotocol) { connection in
                        let number = log.withLock {
                            $0.connections += 1
                            $0.connection = connection
                            return $0.connections
                        }
                        let schema = version == .v201 ? OCPP201.schema : OCPP16.schema
                        for await message in connection.messages {
                            guard case .text(let text) = message, let frame = try? OCPPMessage.decode(text) else {
                                continue
                            }
                            switch frame {
                            case .call(let call):
                                let issues = schema.validate(call).map { "\(call.action): \($0)" }
                                log.withLock {
                                    $0.calls.append(call)
                                    $0.schemaIssues += issues
                                }
                                let answer = EmulatorBench.accepting(call) ?? [:]
                                let reply = OCPPMessage.callResult(.init(messageId: call.messageId, payload: answer))
                                try? await connection.send(.text(reply.text))
                                if closeFirstConnectionAfterBoot, number == 1, call.action == "BootNotification" {
                                    await connection.close(code: .goingAway, reason: "restarting")
                                    return
                                }
                            case .callResult(let result):
                                log.withLock { $0.results[result.messageId] = result.payload }
                            case .callError:
                                break
                            }
                        }
                    }
                },
                handler: { _ in HTTPResponse(status: 426) }
            )
            try server.start()
        }

        var endpoint: String { "ws://127.0.0.1:\(server.port ?? 0)/ocpp" }

        /// Sends a CALL to the connected charger and waits for its CALLRESULT payload.
        func call(_ action: String, _ payload: JSONValue, id: String) async -> JSONValue? {
            guard let connection = log.withLock({ $0.connection }) else { return nil }
            let text = OCPPMessage.call(.init(messageId: id, action: action, payload: payload)).text
            try? await connection.send(.text(text))
            return await eventually { $0.results[id] }
        }

        /// Polls the log until `probe` finds something (at most 10 s).
        func eventually<T>(_ probe: (Log) -> T?) async -> T? {
            for _ in 0..<500 {
                if let found = log.withLock({ probe($0) }) { return found }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return nil
        }
    }

    static func fastProfile(_ name: String) throws -> ChargerProfile {
        var profile = try EmulatorBench.profile(name)
        profile.behaviour.meterIntervalSeconds = 1
        return profile
    }

    @Test func ocpp201SessionWithBasicAuthSurvivesAReconnect() async throws {
        let password = "S3cretS3cretS3cret"
        let central = try CentralSystem(password: password, closeFirstConnectionAfterBoot: true)
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CS 001", profile: try Self.fastProfile("ac-22kw-201")),
            configuration: .init(endpoint: central.endpoint, password: password, firstRetryDelay: .milliseconds(50))
        )
        #expect(charger.url.hasSuffix("/ocpp/CS%20001"))
        await charger.start()
        // The first connection is closed right after boot; the charger comes back and boots again.
        let reconnected = await central.eventually { log in
            log.calls.filter { $0.action == "BootNotification" }.count >= 2 ? true : nil
        }
        #expect(reconnected == true)
        #expect(await charger.connections == 2)
        #expect(await charger.wait(atMost: .seconds(10)) { $0.statistics.bootAccepted && $0.isIdle })

        await charger.apply(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20, maxACKW: 22)))
        await charger.apply(.presentToken(connector: 1, idTag: "CARD1"))
        #expect(await charger.wait(atMost: .seconds(10)) { $0.transactionID(ofConnector: 1) != nil })
        let transactionID = try #require(await charger.emulator.transactionID(ofConnector: 1))
        // Meter values arrive on the wall clock (1 s interval in this profile).
        let updated = await central.eventually { log in
            log.calls.first { $0.action == "TransactionEvent" && $0.payload["eventType"] == "Updated" }
        }
        #expect(updated?.payload["meterValue"]?[0]?["sampledValue"]?[0]?["value"]?.numberValue != nil)

        let answer = await central.call(
            "RequestStopTransaction",
            ["transactionId": .string(transactionID)],
            id: "stop-1"
        )
        #expect(answer?["status"]?.stringValue == "Accepted")
        let ended = await central.eventually { log in
            log.calls.first { $0.action == "TransactionEvent" && $0.payload["eventType"] == "Ended" }
        }
        #expect(ended?.payload["transactionInfo"]?["stoppedReason"]?.stringValue == "Remote")
        let actions = central.log.withLock { $0.calls.map(\.action) }
        #expect(actions.contains("Authorize") && actions.contains("StatusNotification"))
        #expect(central.log.withLock { $0.schemaIssues }.isEmpty)
        await charger.stop()
        await central.server.shutdown()
    }

    @Test func wrongPasswordIsRefusedAndRetried() async throws {
        let central = try CentralSystem(password: "right-password-16")
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CP1", profile: try EmulatorBench.profile("ac-11kw")),
            configuration: .init(endpoint: central.endpoint, password: "wrong", firstRetryDelay: .milliseconds(20))
        )
        await charger.start()
        for _ in 0..<500 where await charger.failedAttempts < 2 {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await charger.failedAttempts >= 2)
        #expect(await charger.lastError?.contains("401") == true)
        #expect(await charger.connections == 0)
        await charger.stop()
        await central.server.shutdown()
    }

    @Test func ocpp16ChargerAnswersRemoteStartOverTheSocket() async throws {
        let central = try CentralSystem(password: nil)
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CP16", profile: try Self.fastProfile("ac-11kw")),
            configuration: .init(endpoint: central.endpoint)
        )
        await charger.start()
        #expect(await charger.wait(atMost: .seconds(10)) { $0.statistics.bootAccepted && $0.isIdle })
        let answer = await central.call("RemoteStartTransaction", ["connectorId": 1, "idTag": "REMOTE1"], id: "rs-1")
        #expect(answer?["status"]?.stringValue == "Accepted")
        await charger.apply(.plugIn(connector: 1, ev: EVModel(batteryKWh: 60, startSoC: 20)))
        let start = await central.eventually { log in log.calls.first { $0.action == "StartTransaction" } }
        #expect(start?.payload["idTag"]?.stringValue == "REMOTE1")
        #expect(await charger.wait(atMost: .seconds(10)) { $0.transactionID(ofConnector: 1) == "42" })
        #expect(central.log.withLock { $0.schemaIssues }.isEmpty)
        await charger.stop()
        await central.server.shutdown()
    }

    @Test func observerSeesTheBootNotificationAndItsAnswer() async throws {
        let central = try CentralSystem(password: nil)
        let frames = Mutex<[(sent: Bool, message: OCPPMessage)]>([])
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CP-OBS", profile: try EmulatorBench.profile("ac-11kw")),
            configuration: .init(endpoint: central.endpoint) { sent, text in
                if let message = try? OCPPMessage.decode(text) { frames.withLock { $0.append((sent, message)) } }
            }
        )
        await charger.start()
        #expect(await charger.wait(atMost: .seconds(10)) { $0.statistics.bootAccepted })
        let observed = frames.withLock { $0 }
        let boot = try #require(
            observed.firstIndex {
                guard $0.sent, case .call(let call) = $0.message else { return false }
                return call.action == "BootNotification"
            }
        )
        guard case .call(let call) = observed[boot].message else { return }
        #expect(central.log.withLock { $0.calls.first?.messageId } == call.messageId)
        let answer = observed.firstIndex {
            guard !$0.sent, case .callResult(let result) = $0.message else { return false }
            return result.messageId == call.messageId
        }
        #expect(answer.map { $0 > boot } == true)
        if let answer, case .callResult(let result) = observed[answer].message {
            #expect(result.payload["status"]?.stringValue == "Accepted")
        }
        await charger.stop()
        await central.server.shutdown()
    }

    @Test func anOutageHoldsTheChargerOffUntilItGoesOnline() async throws {
        let central = try CentralSystem(password: nil)
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CP-OUT", profile: try EmulatorBench.profile("ac-11kw")),
            configuration: .init(endpoint: central.endpoint, firstRetryDelay: .milliseconds(20))
        )
        await charger.start()
        #expect(await charger.wait(atMost: .seconds(10)) { $0.statistics.bootAccepted })
        await charger.goOffline()
        for _ in 0..<250 where await charger.isConnected {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await charger.isConnected == false)
        // A lost connection is retried after 20 ms; an outage is not.
        try await Task.sleep(for: .milliseconds(500))
        #expect(await charger.connections == 1)
        #expect(central.log.withLock { $0.connections } == 1)
        await charger.goOnline()
        let reconnected = await central.eventually { $0.connections == 2 ? true : nil }
        #expect(reconnected == true)
        for _ in 0..<250 where await !charger.isConnected {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await charger.isConnected)
        await charger.stop()
        await central.server.shutdown()
    }

    @Test func anOutageDuringTheHandshakeKeepsTheChargerOff() async throws {
        let central = try CentralSystem(password: nil, upgradeDelay: .milliseconds(400))
        let charger = NetworkCharger(
            emulator: ChargerEmulator(id: "CP-SLOW", profile: try EmulatorBench.profile("ac-11kw")),
            configuration: .init(endpoint: central.endpoint, firstRetryDelay: .milliseconds(20))
        )
        await charger.start()
        try await Task.sleep(for: .milliseconds(100))
        await charger.goOffline()
        // The handshake under way completes at 400 ms; the charger must not use the connection.
        try await Task.sleep(for: .milliseconds(800))
        #expect(await charger.connections == 0)
        #expect(await charger.isConnected == false)
        #expect(central.log.withLock { $0.calls.isEmpty })
        await charger.goOnline()
        #expect(await charger.wait(atMost: .seconds(10)) { $0.statistics.bootAccepted })
        await charger.stop()
        await central.server.shutdown()
    }

    @Test(arguments: ["1.6", "2.0.1"])
    func emulationRunsEverySessionOfEveryCharger(version: String) async throws {
        let central = try CentralSystem(password: "emulation-password")
        let profile = try #require(try EmulatorBench.profile("ac-11kw").speaking(version))
        let plan = EmulationPlan(
            endpoint: central.endpoint,
            profile: profile,
            count: 3,
            sessions: 2,
            password: "emulation-password",
            chargeTime: .milliseconds(1500),
            pauseBetweenSessions: .milliseconds(100),
            timeLimit: .seconds(30)
        )
        let summaries = await Emulation.run(plan)
        #expect(summaries.map(\.id) == ["RG-EMU-001", "RG-EMU-002", "RG-EMU-003"])
        for summary in summaries {
            #expect(summary.succeeded, "\(summary)")
            #expect(summary.version == version)
            #expect(summary.sessionsCompleted == 2 && summary.transactionsStopped == 2)
            #expect(summary.energyWh > 0)
        }
        let actions = Set(central.log.withLock { $0.calls.map(\.action) })
        #expect(actions.isSuperset(of: ["BootNotification", "Authorize", "StatusNotification"]))
        #expect(actions.contains(version == "1.6" ? "MeterValues" : "TransactionEvent"))
        #expect(central.log.withLock { $0.schemaIssues }.isEmpty)
        await central.server.shutdown()
    }
}
