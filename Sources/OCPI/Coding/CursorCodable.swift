public import JSON

/// A model read with a `JSONCursor` (exact numbers, located errors) and written as a `JSONValue`;
/// its Codable conformance goes through those two, so both paths give the same result.
public protocol CursorCodable: Codable {
    init(_ cursor: JSONCursor) throws(JSONDecodingError)
    var json: JSONValue { get }
}

extension CursorCodable {
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(JSONCursor(value: value))
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

extension JSONCursor {
    /// Decodes a Codable OCPI model from the value under this cursor; failures point here.
    public func decodeModel<T: Decodable>(_ type: T.Type) throws(JSONDecodingError) -> T {
        do {
            return try OCPICoding.decode(type, from: value)
        } catch {
            throw self.error("not a valid \(type): \(error)")
        }
    }
}
