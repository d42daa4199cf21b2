import Chargers
import Foundation
import JSON
import OCPP

/// Drives one emulator in a test: feeds events, answers its CALLs like a central system would, and
/// keeps every frame it sent.
struct EmulatorBench {
    var emulator: ChargerEmulator
    var now = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02T00:00:00Z
    /// Every CALL the emulator sent, in order.
    var sent: [OCPPMessage.Call] = []
    /// Every CALLRESULT / CALLERROR the emulator answered a received CALL with.
    var replies: [OCPPMessage] = []
    /// Every action other than sending a frame (timers, reconnects).
    var otherActions: [ChargerAction] = []
    /// The action of each CALL the central system sent, by message id.
    var commandActions: [String: String] = [:]
    /// The central system's answer to each action; nil leaves the CALL unanswered.
    var answer: (OCPPMessage.Call) -> JSONValue?

    init(
        profile: ChargerProfile,
        id: String = "CP1",
        answer: @escaping (OCPPMessage.Call) -> JSONValue? = Self.accepting
    ) {
        self.emulator = ChargerEmulator(id: id, profile: profile)
        self.answer = answer
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func profile(_ name: String) throws -> ChargerProfile {
        let url = root.appendingPathComponent("Scenarios/chargers/\(name).json")
        return try ChargerProfile.load([UInt8](try Data(contentsOf: url)), fileName: url.path)
    }

    /// A central system that accepts everything, in the words of either version.
    static func accepting(_ call: OCPPMessage.Call) -> JSONValue? {
        switch call.action {
        case "BootNotification": ["status": "Accepted", "currentTime": "2026-03-02T00:00:00Z", "interval": 300]
        case "Heartbeat": ["currentTime": "2026-03-02T00:00:00Z"]
        case "StartTransaction": ["transactionId": 42, "idTagInfo": ["status": "Accepted"]]
        case "Authorize" where call.payload["idToken"] != nil: ["idTokenInfo": ["status": "Accepted"]]
        case "Authorize", "StopTransaction": ["idTagInfo": ["status": "Accepted"]]
        case "TransactionEvent" where call.payload["eventType"]?.stringValue == "Started":
            ["idTokenInfo": ["status": "Accepted"]]
        default: [:]
        }
    }

    /// Feeds `event` and answers the CALLs that follow until the emulator is quiet; returns those CALLs.
    @discardableResult
    mutating func feed(_ event: ChargerEvent, after seconds: TimeInterval = 0) -> [OCPPMessage.Call] {
        now = now.addingTimeInterval(seconds)
        var pending = perform(emulator.handle(event, now: now))
        var all: [OCPPMessage.Call] = []
        while !pending.isEmpty {
            let call = pending.removeFirst()
            all.append(call)
            guard let payload = answer(call) else { continue }
            let text = OCPPMessage.callResult(.init(messageId: call.messageId, payload: payload)).text
            pending += perform(emulator.handle(.received(text), now: now))
        }
        return all
    }

    /// Sends a CALL from the central system and returns the emulator's answer.
    mutating func command(_ action: String, _ payload: JSONValue) -> OCPPMessage? {
        let before = replies.count
        let id = "cs-\(commandActions.count)"
        commandActions[id] = action
        feed(.received(OCPPMessage.call(.init(messageId: id, action: action, payload: payload)).text))
        return replies.count > before ? replies[before] : nil
    }

    private mutating func perform(_ actions: [ChargerAction]) -> [OCPPMessage.Call] {
        var calls: [OCPPMessage.Call] = []
        for action in actions {
            guard case .send(let text) = action else {
                otherActions.append(action)
                continue
            }
            switch try? OCPPMessage.decode(text) {
            case .call(let call)?:
                sent.append(call)
                calls.append(call)
            case let reply?: replies.append(reply)
            case nil: break
            }
        }
        return calls
    }
}
