#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A position in a parsed document, for decoding by hand with errors that say where and what.
///
/// Every accessor names the path it reads; a wrong type or a missing member throws a
/// `JSONDecodingError` carrying the path, the file location (when the document recorded locations)
/// and what was expected.
public struct JSONCursor: Sendable {
    public let value: JSONValue
    public let path: JSONPath
    let locations: [JSONPath: SourceLocation]
    let fileName: String?

    public init(_ document: JSONDocument, fileName: String? = nil) {
        self.value = document.value
        self.path = .root
        self.locations = document.locations
        self.fileName = fileName
    }

    public init(value: JSONValue, path: JSONPath = .root, fileName: String? = nil) {
        self.value = value
        self.path = path
        self.locations = [:]
        self.fileName = fileName
    }

    init(value: JSONValue, path: JSONPath, locations: [JSONPath: SourceLocation], fileName: String?) {
        self.value = value
        self.path = path
        self.locations = locations
        self.fileName = fileName
    }

    /// An error at this cursor's position.
    public func error(_ message: String) -> JSONDecodingError {
        JSONDecodingError(path: path, location: location(of: path), message: message)
    }

    func location(of path: JSONPath) -> SourceLocation? {
        var components = path.components
        while true {
            if let location = locations[JSONPath(components)] { return location }
            if components.isEmpty { return fileName.map { SourceLocation(file: $0, line: 1, column: 1, offset: 0) } }
            components.removeLast()
        }
    }

    /// The member `key`, or nil when absent or null.
    public func optional(_ key: String) throws(JSONDecodingError) -> JSONCursor? {
        guard let object = value.objectValue else { throw error("expected an object, found \(value.typeName)") }
        guard let member = object[key], !member.isNull else { return nil }
        return JSONCursor(value: member, path: path / key, locations: locations, fileName: fileName)
    }

    /// The member `key`; throws when absent.
    public func member(_ key: String) throws(JSONDecodingError) -> JSONCursor {
        guard let cursor = try optional(key) else { throw error("missing required member \"\(key)\"") }
        return cursor
    }

    public func string() throws(JSONDecodingError) -> String {
        guard let text = value.stringValue else { throw error("expected a string, found \(value.typeName)") }
        return text
    }

    public func bool() throws(JSONDecodingError) -> Bool {
        guard let flag = value.boolValue else { throw error("expected true or false, found \(value.typeName)") }
        return flag
    }

    /// A whole number within `range`.
    public func int(in range: ClosedRange<Int> = Int.min...Int.max) throws(JSONDecodingError) -> Int {
        guard let number = value.numberValue?.int, range.contains(number) else {
            let found = value.numberValue.map { "number \($0.text)" } ?? value.typeName
            let bounds =
                range.lowerBound == Int.min
                ? ""
                : range.upperBound == Int.max
                    ? " ≥ \(range.lowerBound)" : " from \(range.lowerBound) to \(range.upperBound)"
            throw error("expected a whole number\(bounds), found \(found)")
        }
        return number
    }

    /// An exact decimal number (money, energy).
    public func decimal() throws(JSONDecodingError) -> Decimal {
        guard let number = value.numberValue?.decimal else {
            throw error("expected a number, found \(value.typeName)")
        }
        return number
    }

    public func elements() throws(JSONDecodingError) -> [JSONCursor] {
        guard let array = value.arrayValue else { throw error("expected an array, found \(value.typeName)") }
        return array.enumerated().map {
            JSONCursor(value: $0.element, path: path / $0.offset, locations: locations, fileName: fileName)
        }
    }

    // Convenience accessors for members.
    public func string(_ key: String) throws(JSONDecodingError) -> String { try member(key).string() }
    public func optionalString(_ key: String) throws(JSONDecodingError) -> String? { try optional(key)?.string() }
    public func int(_ key: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(JSONDecodingError) -> Int {
        try member(key).int(in: range)
    }
    public func optionalInt(
        _ key: String,
        in range: ClosedRange<Int> = Int.min...Int.max
    ) throws(JSONDecodingError)
        -> Int?
    {
        try optional(key)?.int(in: range)
    }
    public func decimal(_ key: String) throws(JSONDecodingError) -> Decimal { try member(key).decimal() }
    public func optionalDecimal(_ key: String) throws(JSONDecodingError) -> Decimal? { try optional(key)?.decimal() }
    public func bool(_ key: String) throws(JSONDecodingError) -> Bool { try member(key).bool() }
    public func optionalBool(_ key: String) throws(JSONDecodingError) -> Bool? { try optional(key)?.bool() }
    public func elements(_ key: String) throws(JSONDecodingError) -> [JSONCursor] { try member(key).elements() }
    public func optionalElements(_ key: String) throws(JSONDecodingError) -> [JSONCursor] {
        try optional(key)?.elements() ?? []
    }

    /// Throws for the first member whose key is not in `known`, suggesting the closest known key.
    public func rejectUnknownKeys(_ known: Set<String>) throws(JSONDecodingError) {
        guard let object = value.objectValue else { return }
        for key in object.keys where !known.contains(key) {
            let cursor = JSONCursor(
                value: object[key] ?? .null,
                path: path / key,
                locations: locations,
                fileName: fileName
            )
            var message = "unknown member \"\(key)\""
            if let suggestion = known.min(by: { editDistance($0, key) < editDistance($1, key) }),
                editDistance(suggestion, key) <= max(2, key.count / 3)
            {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            throw cursor.error(message)
        }
    }
}

/// A value in a JSON document is not what the reader expected.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: JSONPath
    public var location: SourceLocation?
    public var message: String

    public init(path: JSONPath, location: SourceLocation?, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }

    /// `file:line:column: $.path: message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(path): \(message)"
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    for i in 1...x.count {
        var current = [i] + Array(repeating: 0, count: y.count)
        for j in 1...y.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[y.count]
}
