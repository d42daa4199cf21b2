/// Reads JSON text (RFC 8259) into a `JSONValue`, with hard limits and a location on every error.
///
/// The parser works on bytes, checks UTF-8, keeps member order and number literals, and reports
/// duplicate keys. Limits are checked the moment they are known: depth on `[` and `{`, size before
/// reading, string and number length while scanning.
public struct JSONParser: Sendable {
    /// Hard limits. The defaults suit OCPI and OCPP messages and scenario files.
    public struct Limits: Sendable, Hashable {
        public var maxDepth: Int
        public var maxBytes: Int
        public var maxStringBytes: Int
        public var maxNumberLength: Int

        public init(
            maxDepth: Int = 64,
            maxBytes: Int = 64 << 20,
            maxStringBytes: Int = 1 << 20,
            maxNumberLength: Int = 100
        ) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
            self.maxStringBytes = maxStringBytes
            self.maxNumberLength = maxNumberLength
        }

        public static let `default` = Limits()
    }

    /// What to do when an object repeats a key.
    public enum DuplicateKeyPolicy: Sendable, Hashable {
        /// Fail with `.duplicateKey` at the second occurrence.
        case reject
        /// Keep every member (lookups see the first); `JSONDocument.duplicateKeys` lists them.
        case keep
    }

    public var limits: Limits
    public var duplicateKeys: DuplicateKeyPolicy
    /// Record the location of every value (for messages that point into the file).
    public var recordsLocations: Bool
    /// File name used in locations.
    public var fileName: String?
    /// Added to every line number (for documents that start further down a file, e.g. JSON lines).
    public var lineOffset: Int = 0

    public init(
        limits: Limits = .default,
        duplicateKeys: DuplicateKeyPolicy = .reject,
        recordsLocations: Bool = false,
        fileName: String? = nil
    ) {
        self.limits = limits
        self.duplicateKeys = duplicateKeys
        self.recordsLocations = recordsLocations
        self.fileName = fileName
    }

    /// Parses one complete document.
    public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONDocument {
        let array = Array(bytes)
        var reader = JSONReader(bytes: array, parser: self)
        return try reader.readDocument()
    }

    /// Parses a complete document from a string.
    public func parse(_ text: String) throws(JSONParseError) -> JSONDocument {
        try parse(Array(text.utf8))
    }

    /// Convenience: the value of a document parsed with default settings.
    public static func value(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONParser().parse(text).value
    }

    /// Convenience: the value of a document parsed with default settings.
    public static func value(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        try JSONParser().parse(bytes).value
    }
}

/// A parsed document: its value, where each value started (when recorded), and repeated keys.
public struct JSONDocument: Sendable {
    public var value: JSONValue
    public var locations: [JSONPath: SourceLocation]
    public var duplicateKeys: [(path: JSONPath, location: SourceLocation)]

    /// The location of the value at `path`, or of its nearest recorded ancestor.
    public func location(of path: JSONPath) -> SourceLocation? {
        var components = path.components
        while true {
            if let location = locations[JSONPath(components)] { return location }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}

/// The byte-level reader behind `JSONParser`.
struct JSONReader {
    let bytes: [UInt8]
    let parser: JSONParser
    var index = 0
    var line = 1
    var lineStart = 0
    var path: [JSONPath.Component] = []
    var locations: [JSONPath: SourceLocation] = [:]
    var duplicates: [(path: JSONPath, location: SourceLocation)] = []

    init(bytes: [UInt8], parser: JSONParser) {
        self.bytes = bytes
        self.parser = parser
        self.line = 1 + parser.lineOffset
    }

    var location: SourceLocation {
        SourceLocation(file: parser.fileName, line: line, column: index - lineStart + 1, offset: index)
    }

    func fail(_ kind: JSONParseError.Kind) -> JSONParseError {
        JSONParseError(kind: kind, location: location, path: JSONPath(path))
    }

    mutating func readDocument() throws(JSONParseError) -> JSONDocument {
        if bytes.count > parser.limits.maxBytes {
            throw JSONParseError(
                kind: .sizeLimitExceeded(limit: parser.limits.maxBytes),
                location: SourceLocation(file: parser.fileName, line: 1, column: 1, offset: 0),
                path: .root
            )
        }
        // A UTF-8 byte order mark is tolerated (RFC 8259 §8.1 allows parsers to ignore it).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        skipWhitespace()
        let value = try readValue(depth: 0)
        skipWhitespace()
        if index < bytes.count { throw fail(.trailingContent) }
        return JSONDocument(value: value, locations: locations, duplicateKeys: duplicates)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func readValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
        if parser.recordsLocations { locations[JSONPath(path)] = location }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        case let byte: throw fail(.unexpectedByte(byte))
        }
    }

    mutating func readLiteral(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for offset in 0..<count {
            guard index + offset < bytes.count else {
                index += offset
                throw fail(.unexpectedEndOfInput)
            }
            // Reported at the literal's first byte, where a reader looks for the typo.
            if bytes[index + offset] != start[offset] { throw fail(.invalidLiteral) }
        }
        index += count
        return value
    }

    mutating func readObject(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > parser.limits.maxDepth { throw fail(.depthLimitExceeded(limit: parser.limits.maxDepth)) }
        index += 1  // {
        var members: [(key: String, value: JSONValue)] = []
        // Small objects are searched for a repeated key directly; a set pays off only for big ones.
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(members))
        }
        // Most objects have a handful of members: one allocation instead of growing from one.
        members.reserveCapacity(8)
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw fail(.unexpectedByte(bytes[index])) }
            let keyLocation = location
            let key = try readString()
            let repeated: Bool
            if members.count < 24 {
                repeated = members.contains { $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                repeated = !seen.insert(key).inserted
            }
            if repeated {
                switch parser.duplicateKeys {
                case .reject:
                    throw JSONParseError(kind: .duplicateKey(key), location: keyLocation, path: JSONPath(path))
                case .keep:
                    duplicates.append((path: JSONPath(path + [.key(key)]), location: keyLocation))
                }
            }
            skipWhitespace()
            guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
            guard bytes[index] == UInt8(ascii: ":") else { throw fail(.unexpectedByte(bytes[index])) }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let value = try readValue(depth: depth)
            path.removeLast()
            members.append((key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(JSONObject(members))
            case let byte:
                throw fail(.unexpectedByte(byte))
            }
        }
    }

    mutating func readArray(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > parser.limits.maxDepth { throw fail(.depthLimitExceeded(limit: parser.limits.maxDepth)) }
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        elements.reserveCapacity(4)
        while true {
            skipWhitespace()
            path.append(.index(elements.count))
            let value = try readValue(depth: depth)
            path.removeLast()
            elements.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            case let byte:
                throw fail(.unexpectedByte(byte))
            }
        }
    }

    mutating func readNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        let startLocation = location
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { throw fail(.invalidNumber) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if digit(index) { throw fail(.invalidNumber) }
        } else {
            while digit(index) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { throw fail(.invalidNumber) }
            while digit(index) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard digit(index) else { throw fail(.invalidNumber) }
            while digit(index) { index += 1 }
        }
        let length = index - start
        if length > parser.limits.maxNumberLength {
            throw JSONParseError(
                kind: .numberLengthLimitExceeded(length: length, limit: parser.limits.maxNumberLength),
                location: startLocation,
                path: JSONPath(path)
            )
        }
        return JSONNumber(text: String(decoding: bytes[start..<index], as: UTF8.self))
    }

    mutating func readString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        var scalars: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                // No escape seen: the string is the bytes between the quotes, copied once.
                if scalars.isEmpty && runStart == start {
                    index += 1
                    return bytes.withUnsafeBufferPointer {
                        String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(index - 1)]), as: UTF8.self)
                    }
                }
                scalars.append(contentsOf: bytes[runStart..<index])
                index += 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: bytes[runStart..<index])
                try readEscape(into: &scalars)
                runStart = index
                continue
            }
            if byte < 0x20 { throw fail(.controlCharacterInString(byte)) }
            if byte >= 0x80 {
                let length = try utf8SequenceLength(at: index)
                index += length
            } else {
                index += 1
            }
            if scalars.count + (index - runStart) > parser.limits.maxStringBytes {
                throw fail(.stringLengthLimitExceeded(limit: parser.limits.maxStringBytes))
            }
        }
        return String(decoding: scalars, as: UTF8.self)
    }

    /// Validates one UTF-8 sequence (RFC 3629 §4, no overlongs, no surrogates) and returns its length.
    func utf8SequenceLength(at position: Int) throws(JSONParseError) -> Int {
        let lead = bytes[position]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            minimum = 0x80
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            minimum = 0x800
            scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            minimum = 0x10000
            scalar = UInt32(lead & 0x07)
        default:
            throw JSONParseError(kind: .invalidUTF8, location: locationAt(position), path: JSONPath(path))
        }
        guard position + length <= bytes.count else {
            throw JSONParseError(kind: .invalidUTF8, location: locationAt(position), path: JSONPath(path))
        }
        for offset in 1..<length {
            let continuation = bytes[position + offset]
            guard continuation & 0xC0 == 0x80 else {
                throw JSONParseError(kind: .invalidUTF8, location: locationAt(position), path: JSONPath(path))
            }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
            throw JSONParseError(kind: .invalidUTF8, location: locationAt(position), path: JSONPath(path))
        }
        return length
    }

    func locationAt(_ position: Int) -> SourceLocation {
        SourceLocation(file: parser.fileName, line: line, column: position - lineStart + 1, offset: position)
    }

    mutating func readEscape(into output: inout [UInt8]) throws(JSONParseError) {
        index += 1  // backslash
        guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"): output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw fail(.invalidUnicodeEscape) }
                index += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw fail(.invalidUnicodeEscape) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw fail(.invalidUnicodeEscape)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw fail(.invalidUnicodeEscape) }
            output.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            index -= 1
            throw fail(.invalidEscape)
        }
    }

    mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail(.unexpectedEndOfInput) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let nibble: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = UInt32(byte - 0x41 + 10)
            default: throw fail(.invalidUnicodeEscape)
            }
            value = value << 4 | nibble
            index += 1
        }
        return value
    }
}
