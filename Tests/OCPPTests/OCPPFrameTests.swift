import JSON
import OCPP
import Testing

@Suite struct OCPPFrameTests {
    @Test func framesRoundTrip() throws {
        let frames: [OCPPFrame] = [
            .call(id: "19223201", action: "BootNotification", payload: ["chargePointVendor": "VendorX", "chargePointModel": "SingleSocketCharger"]),
            .callResult(id: "19223201", payload: ["status": "Accepted", "interval": 300]),
            .callError(id: "19223201", code: "NotImplemented", description: "no", details: [:]),
        ]
        for frame in frames {
            #expect(try OCPPFrame.decode(frame.text, version: .v16).get() == frame)
        }
        #expect(frames[0].text == #"[2,"19223201","BootNotification",{"chargePointVendor":"VendorX","chargePointModel":"SingleSocketCharger"}]"#)
    }

    @Test(arguments: [
        (#"not json"#, "FormationViolation"),
        (#"{"a":1}"#, "FormationViolation"),
        (#"[2,"id","Heartbeat"]"#, "FormationViolation"),
        (#"[2,"","Heartbeat",{}]"#, "FormationViolation"),
        (#"[7,"id",{}]"#, "ProtocolError"),
        (#"[3,"id","text"]"#, "FormationViolation"),
    ])
    func malformedFramesGiveTheCallErrorCode(text: String, code: String) {
        guard case .failure(let error) = OCPPFrame.decode(text, version: .v16) else {
            Issue.record("decoded \(text)")
            return
        }
        #expect(error.code == code)
    }

    @Test func version201SpellsFormatViolation() {
        guard case .failure(let error) = OCPPFrame.decode("[2]", version: .v201) else {
            Issue.record("decoded")
            return
        }
        #expect(error.code == "FormatViolation")
    }

    @Test func messageIDOfAMalformedCallIsKeptForTheAnswer() {
        guard case .failure(let error) = OCPPFrame.decode(#"[2,"abc","Heartbeat",[]]"#, version: .v16) else {
            Issue.record("decoded")
            return
        }
        #expect(error.messageID == "abc")
    }

    @Test func versionsParseFromShortAndSubprotocolNames() {
        #expect(OCPPVersion(shortName: "1.6") == .v16)
        #expect(OCPPVersion(shortName: "ocpp2.0.1") == .v201)
        #expect(OCPPVersion(shortName: "2.1") == nil)
    }
}
