public import Foundation
public import JSON

/// Foundation coders set up for OCPI 2.2.1: DateTime read with or without fraction and zone,
/// always written in UTC with `Z` (§16.2); numbers through `Decimal`, never `Double`.
public enum OCPICoding {
    /// A decoder for OCPI JSON; unknown members are ignored (the validator reports them).
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = OCPITimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "expected an OCPI DateTime (RFC 3339), found \"\(text)\""
                )
            }
            return date
        }
        return decoder
    }

    /// An encoder for OCPI JSON: member order as declared, DateTime as `2026-01-15T10:00:00Z`.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OCPITimestamp.format(date))
        }
        return encoder
    }

    /// Decodes `type` from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decoder().decode(type, from: Data(bytes))
    }

    /// Decodes `type` from a parsed value.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decode(type, from: JSONWriter.compact.bytes(value))
    }

    /// Encodes `value` to a `JSONValue` (member order as the model declares it).
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let data = try encoder().encode(value)
        return try JSONParser(limits: .init(maxDepth: 256, maxBytes: Int.max)).parse([UInt8](data)).value
    }
}
