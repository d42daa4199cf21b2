import Foundation
import JSON
import OCPP
import Testing

@Suite struct CallCorrelatorTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func call(_ id: String, _ action: String = "Heartbeat") -> OCPPMessage.Call {
        OCPPMessage.Call(messageId: id, action: action, payload: .object(JSONObject()))
    }

    private func result(_ id: String) -> OCPPMessage {
        .callResult(OCPPMessage.CallResult(messageId: id, payload: ["currentTime": "2026-11-23T05:04:56Z"]))
    }

    @Test func sendsTheFirstCallAndArmsItsTimer() {
        var correlator = CallCorrelator(responseTimeout: .seconds(30))
        let actions = correlator.send(call("a"), now: start)
        #expect(
            actions == [
                .transmit(#"[2,"a","Heartbeat",{}]"#),
                .startTimer(messageId: "a", deadline: start.addingTimeInterval(30)),
            ]
        )
        #expect(correlator.inFlight?.call.messageId == "a")
    }

    @Test func queuesFurtherCallsUntilTheReplyArrives() {
        var correlator = CallCorrelator()
        _ = correlator.send(call("a"), now: start)
        #expect(correlator.send(call("b", "StatusNotification"), now: start).isEmpty)
        #expect(correlator.queue.map(\.messageId) == ["b"])
        let later = start.addingTimeInterval(2)
        let actions = correlator.received(result("a"), now: later)
        #expect(actions.count == 4)
        #expect(actions[0] == .cancelTimer(messageId: "a"))
        guard case .completed(let outgoing, .result(let payload)) = actions[1] else {
            Issue.record("expected completion, got \(actions[1])")
            return
        }
        #expect(outgoing.call.messageId == "a" && outgoing.sentAt == start)
        #expect(payload["currentTime"] == "2026-11-23T05:04:56Z")
        #expect(actions[2] == .transmit(#"[2,"b","StatusNotification",{}]"#))
        #expect(actions[3] == .startTimer(messageId: "b", deadline: later.addingTimeInterval(30)))
        #expect(correlator.queue.isEmpty)
    }

    @Test func callErrorsCompleteTheCall() {
        var correlator = CallCorrelator()
        _ = correlator.send(call("a"), now: start)
        let error = OCPPMessage.CallError(messageId: "a", code: .securityError, description: "not accepted")
        let actions = correlator.received(.callError(error), now: start)
        let outgoing = CallCorrelator.OutgoingCall(call: call("a"), sentAt: start)
        #expect(actions.contains(.completed(outgoing, .error(error))))
        #expect(correlator.inFlight == nil)
    }

    @Test func timeoutReleasesTheNextCallAndALateReplyIsReported() {
        var correlator = CallCorrelator(responseTimeout: .seconds(10))
        _ = correlator.send(call("a"), now: start)
        _ = correlator.send(call("b"), now: start)
        #expect(correlator.timeoutFired(messageId: "a", now: start.addingTimeInterval(9)).isEmpty)
        let fired = start.addingTimeInterval(10)
        let actions = correlator.timeoutFired(messageId: "a", now: fired)
        #expect(
            actions == [
                .timedOut(CallCorrelator.OutgoingCall(call: call("a"), sentAt: start)),
                .transmit(#"[2,"b","Heartbeat",{}]"#),
                .startTimer(messageId: "b", deadline: fired.addingTimeInterval(10)),
            ]
        )
        #expect(correlator.received(result("a"), now: fired) == [.anomaly(.lateReply(result("a")))])
        #expect(correlator.inFlight?.call.messageId == "b")
    }

    @Test func staleTimersAreIgnored() {
        var correlator = CallCorrelator(responseTimeout: .seconds(10))
        _ = correlator.send(call("a"), now: start)
        _ = correlator.received(result("a"), now: start)
        #expect(correlator.timeoutFired(messageId: "a", now: start.addingTimeInterval(60)).isEmpty)
    }

    @Test func repliesToUnknownIdsAndDuplicateRepliesAreReported() {
        var correlator = CallCorrelator()
        #expect(correlator.received(result("zzz"), now: start) == [.anomaly(.replyToUnknownId(result("zzz")))])
        _ = correlator.send(call("a"), now: start)
        _ = correlator.received(result("a"), now: start)
        #expect(correlator.received(result("a"), now: start) == [.anomaly(.replyToUnknownId(result("a")))])
    }

    @Test func incomingCallsAreDeliveredAndAnswered() {
        var correlator = CallCorrelator()
        let incoming = call("r1", "RemoteStartTransaction")
        #expect(correlator.received(.call(incoming), now: start) == [.incomingCall(incoming)])
        #expect(correlator.unansweredIncomingId == "r1")
        #expect(
            correlator.respond(to: "r1", payload: ["status": "Accepted"]) == [
                .transmit(#"[3,"r1",{"status":"Accepted"}]"#)
            ]
        )
        #expect(correlator.unansweredIncomingId == nil)
    }

    @Test func crossingCallsAreIndependent() {
        var correlator = CallCorrelator()
        _ = correlator.send(call("mine"), now: start)
        let theirs = call("theirs", "RemoteStartTransaction")
        #expect(correlator.received(.call(theirs), now: start) == [.incomingCall(theirs)])
        #expect(correlator.inFlight?.call.messageId == "mine")
    }

    @Test func duplicateAndOverlappingIncomingCallsAreReported() {
        var correlator = CallCorrelator()
        _ = correlator.received(.call(call("x")), now: start)
        let overlapping = call("y")
        #expect(
            correlator.received(.call(overlapping), now: start) == [
                .anomaly(.overlappingCall(overlapping, outstandingId: "x")), .incomingCall(overlapping),
            ]
        )
        _ = correlator.respond(to: "y", payload: [:])
        let repeated = call("x")
        #expect(
            correlator.received(.call(repeated), now: start) == [
                .anomaly(.duplicateCallId(repeated)), .incomingCall(repeated),
            ]
        )
        let error = OCPPMessage.CallError(messageId: "nope", code: .genericError)
        #expect(correlator.respondWithError(error).first == .anomaly(.answerWithoutCall(messageId: "nope")))
    }

    @Test func resetDropsOutstandingWork() {
        var correlator = CallCorrelator()
        _ = correlator.send(call("a"), now: start)
        _ = correlator.send(call("b"), now: start)
        #expect(correlator.reset().map(\.messageId) == ["a", "b"])
        #expect(correlator.inFlight == nil && correlator.queue.isEmpty)
    }
}
