/// Hard limits of the HTTP/1.1 parsers; input beyond one is refused with its typed `HTTPParseError`.
public struct HTTPParserLimits: Sendable, Hashable {
    /// Longest request or status line, without CRLF (request line → 414).
    public var maxStartLineLength: Int
    /// Most header (or trailer) fields in one message (→ 431).
    public var maxHeaderCount: Int
    /// Most bytes in the header section, or the trailer section, counting line ends (→ 431).
    public var maxHeaderBytes: Int
    /// Largest body after de-chunking (→ 413).
    public var maxBodySize: Int
    /// Longest chunk-size line including chunk extensions (→ 400).
    public var maxChunkLineLength: Int

    public init(
        maxStartLineLength: Int = 8 * 1024,
        maxHeaderCount: Int = 100,
        maxHeaderBytes: Int = 64 * 1024,
        maxBodySize: Int = 16 * 1024 * 1024,
        maxChunkLineLength: Int = 4 * 1024
    ) {
        self.maxStartLineLength = maxStartLineLength
        self.maxHeaderCount = maxHeaderCount
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodySize = maxBodySize
        self.maxChunkLineLength = maxChunkLineLength
    }

    public static let `default` = HTTPParserLimits()
}
