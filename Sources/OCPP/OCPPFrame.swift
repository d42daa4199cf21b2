public import JSON

/// An OCPP-J RPC message (OCPP-J 1.6 §4, OCPP 2.0.1 Part 4 §4): CALL, CALLRESULT or CALLERROR.
///
///     [2, "<id>", "<Action>", {payload}]
///     [3, "<id>", {payload}]
///     [4, "<id>", "<errorCode>", "<description>", {details}]
public enum OCPPFrame: Sendable, Hashable {
    case call(id: String, action: String, payload: JSONValue)
    case callResult(id: String, payload: JSONValue)
    case callError(id: String, code: String, description: String, details: JSONValue)

    /// The message id that correlates a CALL with its answer.
    public var id: String {
        switch self {
        case .call(let id, _, _), .callResult(let id, _), .callError(let id, _, _, _): id
        }
    }

    /// The frame as OCPP-J text (compact JSON, member order kept).
    public var text: String {
        switch self {
        case .call(let id, let action, let payload):
            JSONWriter.compact.string([2, .string(id), .string(action), payload])
        case .callResult(let id, let payload):
            JSONWriter.compact.string([3, .string(id), payload])
        case .callError(let id, let code, let description, let details):
            JSONWriter.compact.string([4, .string(id), .string(code), .string(description), details])
        }
    }

    /// Reads a frame. Failures carry the CALLERROR code the receiver must answer with.
    public static func decode(_ text: String, version: OCPPVersion) -> Result<OCPPFrame, OCPPFrameError> {
        let value: JSONValue
        do {
            value = try JSONParser(limits: .init(maxDepth: 32, maxBytes: 1 << 20)).parse(text).value
        } catch {
            return .failure(OCPPFrameError(code: version.formationViolation, messageID: nil, reason: "\(error)"))
        }
        guard let array = value.arrayValue, let type = array.first?.numberValue?.int else {
            return .failure(OCPPFrameError(code: version.formationViolation, messageID: nil, reason: "not an RPC array"))
        }
        let id = array.count > 1 ? array[1].stringValue : nil
        guard let id, !id.isEmpty, id.count <= 36 else {
            return .failure(
                OCPPFrameError(code: version.formationViolation, messageID: id, reason: "missing or invalid message id")
            )
        }
        switch type {
        case 2:
            guard array.count == 4, let action = array[2].stringValue, array[3].objectValue != nil else {
                return .failure(OCPPFrameError(code: version.formationViolation, messageID: id, reason: "malformed CALL"))
            }
            return .success(.call(id: id, action: action, payload: array[3]))
        case 3:
            guard array.count == 3, array[2].objectValue != nil else {
                return .failure(
                    OCPPFrameError(code: version.formationViolation, messageID: id, reason: "malformed CALLRESULT")
                )
            }
            return .success(.callResult(id: id, payload: array[2]))
        case 4:
            guard array.count == 5, let code = array[2].stringValue, let description = array[3].stringValue else {
                return .failure(
                    OCPPFrameError(code: version.formationViolation, messageID: id, reason: "malformed CALLERROR")
                )
            }
            return .success(.callError(id: id, code: code, description: description, details: array[4]))
        default:
            return .failure(
                OCPPFrameError(code: "ProtocolError", messageID: id, reason: "unknown message type \(type)")
            )
        }
    }
}

/// Why a text is not a valid OCPP-J frame, with the CALLERROR code to answer.
public struct OCPPFrameError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var messageID: String?
    public var reason: String

    public var description: String { "\(code): \(reason)" }
}

/// The OCPP version a connection speaks, negotiated as the WebSocket subprotocol.
public enum OCPPVersion: String, Sendable, Hashable, CaseIterable {
    case v16 = "ocpp1.6"
    case v201 = "ocpp2.0.1"

    /// The CALLERROR code for a malformed message: 1.6 spells it `FormationViolation`
    /// (OCPP-J 1.6 §4.2.3), 2.0.1 `FormatViolation` (Part 4 §4.3).
    public var formationViolation: String {
        self == .v16 ? "FormationViolation" : "FormatViolation"
    }

    /// `1.6` or `2.0.1`, as users write it.
    public var shortName: String { self == .v16 ? "1.6" : "2.0.1" }

    public init?(shortName: String) {
        switch shortName {
        case "1.6", "ocpp1.6": self = .v16
        case "2.0.1", "ocpp2.0.1": self = .v201
        default: return nil
        }
    }
}
