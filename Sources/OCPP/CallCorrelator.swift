public import Foundation
public import JSON

/// The RPC bookkeeping of one OCPP-J connection end, as a pure state machine (ocpp.md §1.3):
/// at most one outstanding outgoing CALL (further ones queue), a response deadline per CALL,
/// and reports of late replies, replies to unknown ids, duplicate CALL ids and overlapping incoming CALLs.
/// Time comes from the caller (`now`); timers are actions the driver executes.
public struct CallCorrelator: Sendable {
    /// A CALL this side sent (or queued), with the time it went out.
    public struct OutgoingCall: Sendable, Hashable {
        public var call: OCPPMessage.Call
        public var sentAt: Date?

        public init(call: OCPPMessage.Call, sentAt: Date?) {
            self.call = call
            self.sentAt = sentAt
        }
    }

    /// The answer to an outgoing CALL.
    public enum Reply: Sendable, Hashable {
        case result(JSONValue)
        case error(OCPPMessage.CallError)
    }

    /// Something the peer did that breaks the RPC rules; reported, never fatal.
    public enum Anomaly: Sendable, Hashable {
        /// A reply for a CALL that already timed out.
        case lateReply(OCPPMessage)
        /// A reply whose id matches no CALL this side sent.
        case replyToUnknownId(OCPPMessage)
        /// A CALL reusing the id of an earlier CALL from the peer.
        case duplicateCallId(OCPPMessage.Call)
        /// A CALL arriving while the peer's previous CALL is still unanswered (one outstanding CALL per direction).
        case overlappingCall(OCPPMessage.Call, outstandingId: String)
        /// A local attempt to answer an id that is not the peer's outstanding CALL.
        case answerWithoutCall(messageId: String)
    }

    /// What the driver must do.
    public enum Action: Sendable, Hashable {
        /// Send this text frame.
        case transmit(String)
        /// Call `timeoutFired(messageId:now:)` at `deadline` unless cancelled.
        case startTimer(messageId: String, deadline: Date)
        case cancelTimer(messageId: String)
        /// An outgoing CALL was answered.
        case completed(OutgoingCall, Reply)
        /// An outgoing CALL got no answer before its deadline; the next queued CALL is sent.
        case timedOut(OutgoingCall)
        /// The peer sent a CALL; the owner answers it with `respond` or `respondWithError`.
        case incomingCall(OCPPMessage.Call)
        case anomaly(Anomaly)
    }

    /// How long to wait for a reply (ocpp.md §1.3 suggests about 30 s).
    public var responseTimeout: Duration
    /// How many ids of timed-out and received CALLs to remember for late/duplicate detection.
    public var memoryLimit: Int

    public private(set) var inFlight: OutgoingCall?
    public private(set) var queue: [OCPPMessage.Call] = []
    /// The id of the peer's CALL this side has not answered yet.
    public private(set) var unansweredIncomingId: String?
    private var timedOutIds: [String] = []
    private var seenIncomingIds: [String] = []
    private var seenIncomingIdSet: Set<String> = []

    public init(responseTimeout: Duration = .seconds(30), memoryLimit: Int = 1_024) {
        self.responseTimeout = responseTimeout
        self.memoryLimit = max(1, memoryLimit)
    }

    /// Sends `call` now if nothing is outstanding, else queues it behind the others.
    public mutating func send(_ call: OCPPMessage.Call, now: Date) -> [Action] {
        if inFlight == nil {
            return transmit(call, now: now)
        }
        queue.append(call)
        return []
    }

    /// Handles a frame that arrived from the peer.
    public mutating func received(_ message: OCPPMessage, now: Date) -> [Action] {
        switch message {
        case .call(let call):
            var actions: [Action] = []
            if seenIncomingIdSet.contains(call.messageId) {
                actions.append(.anomaly(.duplicateCallId(call)))
            }
            if let outstanding = unansweredIncomingId {
                actions.append(.anomaly(.overlappingCall(call, outstandingId: outstanding)))
            }
            remember(incoming: call.messageId)
            unansweredIncomingId = call.messageId
            actions.append(.incomingCall(call))
            return actions
        case .callResult(let result):
            return reply(message, id: result.messageId, .result(result.payload), now: now)
        case .callError(let error):
            return reply(message, id: error.messageId, .error(error), now: now)
        }
    }

    /// Answers the peer's outstanding CALL with a CALLRESULT.
    public mutating func respond(to messageId: String, payload: JSONValue) -> [Action] {
        answer(OCPPMessage.callResult(OCPPMessage.CallResult(messageId: messageId, payload: payload)))
    }

    /// Answers the peer's outstanding CALL with a CALLERROR.
    public mutating func respondWithError(_ error: OCPPMessage.CallError) -> [Action] {
        answer(OCPPMessage.callError(error))
    }

    /// The response timer of `messageId` fired at `now`.
    public mutating func timeoutFired(messageId: String, now: Date) -> [Action] {
        guard let current = inFlight, current.call.messageId == messageId else { return [] }
        let sentAt = current.sentAt ?? now
        guard now >= sentAt.addingTimeInterval(responseTimeout.seconds) else { return [] }
        inFlight = nil
        timedOutIds.append(messageId)
        if timedOutIds.count > memoryLimit { timedOutIds.removeFirst(timedOutIds.count - memoryLimit) }
        return [.timedOut(current)] + sendNext(now: now)
    }

    /// Forgets the in-flight and queued CALLs (the connection closed); returns the calls that were dropped.
    public mutating func reset() -> [OCPPMessage.Call] {
        let dropped = (inFlight.map { [$0.call] } ?? []) + queue
        inFlight = nil
        queue = []
        unansweredIncomingId = nil
        return dropped
    }

    private mutating func answer(_ message: OCPPMessage) -> [Action] {
        guard unansweredIncomingId == message.messageId else {
            return [.anomaly(.answerWithoutCall(messageId: message.messageId)), .transmit(message.text)]
        }
        unansweredIncomingId = nil
        return [.transmit(message.text)]
    }

    private mutating func reply(_ message: OCPPMessage, id: String, _ reply: Reply, now: Date) -> [Action] {
        guard let current = inFlight, current.call.messageId == id else {
            if timedOutIds.contains(id) { return [.anomaly(.lateReply(message))] }
            return [.anomaly(.replyToUnknownId(message))]
        }
        inFlight = nil
        return [.cancelTimer(messageId: id), .completed(current, reply)] + sendNext(now: now)
    }

    private mutating func sendNext(now: Date) -> [Action] {
        guard !queue.isEmpty else { return [] }
        return transmit(queue.removeFirst(), now: now)
    }

    private mutating func transmit(_ call: OCPPMessage.Call, now: Date) -> [Action] {
        inFlight = OutgoingCall(call: call, sentAt: now)
        return [
            .transmit(OCPPMessage.call(call).text),
            .startTimer(messageId: call.messageId, deadline: now.addingTimeInterval(responseTimeout.seconds)),
        ]
    }

    private mutating func remember(incoming id: String) {
        guard seenIncomingIdSet.insert(id).inserted else { return }
        seenIncomingIds.append(id)
        if seenIncomingIds.count > memoryLimit {
            seenIncomingIdSet.remove(seenIncomingIds.removeFirst())
        }
    }
}

extension Duration {
    /// Seconds as a `TimeInterval`.
    var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
