/// Writes `JSONValue`s as text.
///
/// `canonical` sorts object keys by their UTF-8 bytes, writes numbers as their literal, and emits
/// no insignificant whitespace unless `pretty` is set, so the same value always gives the same bytes
/// (reports are compared byte for byte).
public struct JSONWriter: Sendable {
    public var sortsKeys: Bool
    public var pretty: Bool
    public var indent: String

    public init(sortsKeys: Bool = false, pretty: Bool = false, indent: String = "  ") {
        self.sortsKeys = sortsKeys
        self.pretty = pretty
        self.indent = indent
    }

    /// Sorted keys, two-space indentation: the form of every report RoamGate writes.
    public static let canonical = JSONWriter(sortsKeys: true, pretty: true)
    /// Sorted keys, no whitespace: one line, for JSON lines.
    public static let canonicalCompact = JSONWriter(sortsKeys: true, pretty: false)
    /// Member order kept, no whitespace: the form sent on the wire.
    public static let compact = JSONWriter()

    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output, level: 0)
        return output
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        Array(string(value).utf8)
    }

    func write(_ value: JSONValue, into output: inout String, level: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += number.text
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                newline(&output, level: level + 1)
                write(element, into: &output, level: level + 1)
            }
            newline(&output, level: level)
            output += "]"
        case .object(let object):
            if object.isEmpty {
                output += "{}"
                return
            }
            let members =
                sortsKeys
                ? object.members.enumerated().sorted {
                    $0.element.key.utf8.lexicographicallyPrecedes($1.element.key.utf8)
                        || ($0.element.key == $1.element.key && $0.offset < $1.offset)
                }.map(\.element)
                : object.members
            output += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { output += "," }
                newline(&output, level: level + 1)
                Self.writeString(member.key, into: &output)
                output += pretty ? ": " : ":"
                write(member.value, into: &output, level: level + 1)
            }
            newline(&output, level: level)
            output += "}"
        }
    }

    func newline(_ output: inout String, level: Int) {
        guard pretty else { return }
        output += "\n"
        for _ in 0..<level { output += indent }
    }

    /// RFC 8259 §7: escapes quote, backslash and control characters; everything else verbatim.
    public static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
