import JSON
import OCPP
import Testing

@Suite struct OCPPMessageTests {
    // ocpp.md §1.2 examples.
    private let call =
        #"[2,"19223201","BootNotification","#
        + #"{"chargePointVendor":"VendorX","chargePointModel":"SingleSocketCharger"}]"#
    private let result =
        #"[3,"19223201","#
        + #"{"status":"Accepted","currentTime":"2013-02-01T20:53:32.486Z","interval":300}]"#
    private let error = #"[4,"162376037","NotSupported","SendLocalList.req not implemented",{}]"#

    @Test func specExamplesRoundTrip() throws {
        for text in [call, result, error] {
            let message = try OCPPMessage.decode(text)
            #expect(message.text == text)
            #expect(try OCPPMessage.decode(message.text) == message)
        }
    }

    @Test func framesDecodeIntoTheirParts() throws {
        guard case .call(let request) = try OCPPMessage.decode(call) else {
            Issue.record("expected a CALL")
            return
        }
        #expect(request.messageId == "19223201")
        #expect(request.action == "BootNotification")
        #expect(request.payload["chargePointVendor"] == "VendorX")
        guard case .callError(let failure) = try OCPPMessage.decode(error) else {
            Issue.record("expected a CALLERROR")
            return
        }
        #expect(failure.code == .notSupported)
        #expect(failure.description == "SendLocalList.req not implemented")
        #expect(try OCPPMessage.decode(result).messageId == "19223201")
    }

    /// (frame, code answered on 1.6, code answered on 2.0.1, reply id).
    static let malformed: [(String, CallErrorCode?, CallErrorCode?, String?)] = [
        ("[2,\"a\",\"Heartbeat\"", nil, .rpcFrameworkError, "-1"),
        ("{\"id\":1}", nil, .rpcFrameworkError, "-1"),
        ("[]", nil, .rpcFrameworkError, "-1"),
        ("[2,17,\"Heartbeat\",{}]", nil, .rpcFrameworkError, "-1"),
        ("[7,\"a\",{}]", nil, .messageTypeNotSupported, "a"),
        ("[2,\"a\",\"Heartbeat\"]", .protocolError, .protocolError, "a"),
        ("[2,\"a\",\"Heartbeat\",[]]", .formationViolation, .formatViolation, "a"),
        ("[2,\"a\",7,{}]", .formationViolation, .formatViolation, "a"),
        (
            "[2,\"\(String(repeating: "x", count: 37))\",\"Heartbeat\",{}]", .formationViolation, .formatViolation,
            String(repeating: "x", count: 37)
        ),
    ]

    @Test(arguments: 0..<malformed.count)
    func malformedCallsMapToTheVersionsCallErrorCode(index: Int) {
        let (text, code16, code201, replyId) = Self.malformed[index]
        #expect {
            _ = try OCPPMessage.decode(text)
        } throws: { error in
            guard let frameError = error as? OCPPFrameError else { return false }
            let reply16 = frameError.callError(in: .v16)
            let reply201 = frameError.callError(in: .v201)
            return reply16?.code == code16 && reply201?.code == code201 && reply201?.messageId == replyId
                && (reply16 == nil || reply16?.messageId == replyId)
        }
    }

    @Test func repliesWithBrokenShapeAreNotAnswered() {
        #expect {
            _ = try OCPPMessage.decode(#"[3,"a","not an object"]"#)
        } throws: { error in
            guard let frameError = error as? OCPPFrameError else { return false }
            return frameError.callError(in: .v16) == nil && frameError.callError(in: .v201) == nil
                && frameError.kind == .wrongElementType(index: 2, expected: "an object payload", found: "string")
        }
    }

    @Test func errorsDescribeTheProblem() {
        let error = OCPPFrameError(kind: .messageIdTooLong(length: 40), messageId: "x")
        #expect(error.description == "message id has 40 characters, at most 36 allowed")
    }

    @Test func callErrorCodesAreOpenAndVersioned() {
        #expect(CallErrorCode.specified(in: .v16).count == 10)
        #expect(CallErrorCode.specified(in: .v201).count == 12)
        #expect(CallErrorCode.formationViolation.isSpecified(in: .v16))
        #expect(!CallErrorCode.formationViolation.isSpecified(in: .v201))
        #expect(CallErrorCode.formatViolation.specSpelling(in: .v16) == .formationViolation)
        #expect(CallErrorCode.occurrenceConstraintViolation.specSpelling(in: .v201) == .occurenceConstraintViolation)
        #expect(CallErrorCode("Whatever").specSpelling(in: .v16) == nil)
        #expect(CallErrorCode.messageTypeNotSupported.specSpelling(in: .v16) == nil)
    }

    @Test func messageIdsAreUniqueAndShortEnough() {
        var random = SystemRandomNumberGenerator()
        var generator = MessageIDGenerator(using: &random)
        var seen = Set<String>()
        for _ in 0..<1_000 {
            let id = generator.next()
            #expect(id.count <= OCPPMessage.maxMessageIdLength)
            seen.insert(id)
        }
        #expect(seen.count == 1_000)
        var fixed = MessageIDGenerator(prefix: "cp001")
        #expect(fixed.next() == "cp001-1")
        #expect(fixed.next() == "cp001-2")
    }
}
