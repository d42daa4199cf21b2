import Foundation
public import JSON

/// Converts typed payloads to and from `JSONValue`, with OCPP timestamps and exact decimals.
public enum OCPPCoding {
    /// The typed payload as a JSON value (optional fields that are nil are omitted, as 2.0.1 requires).
    /// Members come out sorted by key, so equal payloads always give identical text (deterministic evidence).
    public static func encode<Payload: Encodable>(_ payload: Payload) throws(OCPPCodingError) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OCPPTimestamp.format(date))
        }
        do {
            let data = try encoder.encode(payload)
            return try JSONParser(limits: .default).parse([UInt8](data)).value
        } catch {
            throw OCPPCodingError(type: String(describing: Payload.self), path: "$", reason: "\(error)")
        }
    }

    /// The typed payload read from a JSON value; unknown members are ignored here (validation reports them).
    public static func decode<Payload: Decodable>(
        _ type: Payload.Type,
        from value: JSONValue
    ) throws(OCPPCodingError) -> Payload {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = OCPPTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not an RFC 3339 date-time"
                )
            }
            return date
        }
        do {
            return try decoder.decode(type, from: Data(JSONWriter.compact.bytes(value)))
        } catch let error as DecodingError {
            throw describe(error, type: String(describing: type))
        } catch {
            throw OCPPCodingError(type: String(describing: type), path: "$", reason: "\(error)")
        }
    }

    /// A CALL frame carrying `request`.
    public static func call<Request: OCPPRequest>(
        _ request: Request,
        messageId: String
    ) throws(OCPPCodingError) -> OCPPMessage.Call {
        OCPPMessage.Call(messageId: messageId, action: Request.action, payload: try encode(request))
    }

    /// A CALLRESULT frame answering `messageId` with `response`.
    public static func callResult<Response: OCPPPayload>(
        _ response: Response,
        messageId: String
    ) throws(OCPPCodingError) -> OCPPMessage.CallResult {
        OCPPMessage.CallResult(messageId: messageId, payload: try encode(response))
    }

    private static func describe(_ error: DecodingError, type: String) -> OCPPCodingError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("$") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return OCPPCodingError(
                type: type,
                path: path(context.codingPath + [key]),
                reason: "required field is missing"
            )
        case .typeMismatch(let expected, let context):
            return OCPPCodingError(type: type, path: path(context.codingPath), reason: "expected \(expected)")
        case .valueNotFound(let expected, let context):
            return OCPPCodingError(
                type: type,
                path: path(context.codingPath),
                reason: "expected \(expected), found null"
            )
        case .dataCorrupted(let context):
            return OCPPCodingError(type: type, path: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return OCPPCodingError(type: type, path: "$", reason: "\(error)")
        }
    }
}
