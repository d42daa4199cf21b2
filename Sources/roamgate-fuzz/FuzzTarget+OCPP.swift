import JSON
import OCPP

extension FuzzTarget {
    /// The schemas a received frame is validated against, one per OCPP version.
    static let ocppSchemas: [OCPPSchema] = [OCPP16.schema, OCPP201.schema]

    /// OCPP-J frame decoding and schema validation on arbitrary text, both versions.
    ///
    /// Properties: a decoded frame written back as text decodes to the same frame; every decode
    /// error that expects a reply yields a CALLERROR that is itself a valid frame; validation
    /// of any payload against any action, request or response side, returns issues, never traps.
    static func fuzzOCPPFrame(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        let message: OCPPMessage
        do {
            message = try OCPPMessage.decode(text, limits: JSONParser.Limits(maxDepth: 16, maxBytes: 8192))
        } catch {
            for schema in ocppSchemas {
                guard let reply = error.callError(in: schema.version) else { continue }
                checkReply(reply, answering: "a bad frame")
            }
            return
        }
        check((try? OCPPMessage.decode(message.text)) == message, "a frame changed in a text round trip")
        // One action per input (chosen by its length) for the response side, so every schema is reached.
        for schema in ocppSchemas where !schema.actions.isEmpty {
            let action = schema.actions[data.count % schema.actions.count].action
            switch message {
            case .call(let call):
                if let reply = schema.callError(validating: call) { checkReply(reply, answering: "an invalid CALL") }
                _ = schema.validate(action: action, role: .request, payload: call.payload)
            case .callResult(let result):
                _ = schema.validate(action: action, role: .response, payload: result.payload)
            case .callError(let error):
                _ = schema.validate(action: action, role: .response, payload: error.details)
            }
        }
    }

    /// A CALLERROR we would send decodes to itself; the one exception is an over-long id, which the reply
    /// must echo (OCPP-J 1.6 §4.2.3: the id of the CALL it answers) even though our decoder refuses it.
    static func checkReply(_ reply: OCPPMessage.CallError, answering what: String) {
        do {
            let decoded = try OCPPMessage.decode(OCPPMessage.callError(reply).text)
            check(decoded == .callError(reply), "the CALLERROR for \(what) changed in a text round trip")
        } catch {
            guard case .messageIdTooLong = error.kind else {
                check(false, "the CALLERROR for \(what) is not a valid frame: \(error)")
                return
            }
        }
    }
}
