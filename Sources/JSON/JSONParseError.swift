/// Why a document is not acceptable JSON, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unexpectedEndOfInput
        case unexpectedByte(UInt8)
        case invalidLiteral
        case invalidNumber
        case invalidEscape
        case invalidUnicodeEscape
        case controlCharacterInString(UInt8)
        case invalidUTF8
        case trailingContent
        case duplicateKey(String)
        case depthLimitExceeded(limit: Int)
        case sizeLimitExceeded(limit: Int)
        case stringLengthLimitExceeded(limit: Int)
        case numberLengthLimitExceeded(length: Int, limit: Int)
    }

    public var kind: Kind
    public var location: SourceLocation
    /// The path of the value being read when the error was found.
    public var path: JSONPath

    public init(kind: Kind, location: SourceLocation, path: JSONPath) {
        self.kind = kind
        self.location = location
        self.path = path
    }

    public var message: String {
        switch kind {
        case .unexpectedEndOfInput: "unexpected end of input"
        case .unexpectedByte(let byte): "unexpected \(Self.describe(byte))"
        case .invalidLiteral: "invalid literal (expected true, false or null)"
        case .invalidNumber: "invalid number"
        case .invalidEscape: "invalid escape sequence in string"
        case .invalidUnicodeEscape: "invalid \\u escape (bad hex digits or unpaired surrogate)"
        case .controlCharacterInString(let byte): "unescaped control character 0x\(String(byte, radix: 16)) in string"
        case .invalidUTF8: "invalid UTF-8"
        case .trailingContent: "unexpected content after the JSON value"
        case .duplicateKey(let key): "duplicate key \"\(key)\""
        case .depthLimitExceeded(let limit): "nesting deeper than \(limit) levels"
        case .sizeLimitExceeded(let limit): "document larger than \(limit) bytes"
        case .stringLengthLimitExceeded(let limit): "string longer than \(limit) bytes"
        case .numberLengthLimitExceeded(let length, let limit): "number of \(length) characters (limit \(limit))"
        }
    }

    /// `file:line:column: message (at $.path)`.
    public var description: String {
        path.components.isEmpty ? "\(location): \(message)" : "\(location): \(message) (at \(path))"
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
