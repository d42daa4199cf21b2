/// Where something is in a source file: 1-based line and column (in bytes), and the byte offset.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String?
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(file: String? = nil, line: Int, column: Int, offset: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:column`, the form compilers use, so editors can jump to it.
    public var description: String {
        "\(file ?? "<input>"):\(line):\(column)"
    }
}
