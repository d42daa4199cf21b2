/// The byte-level part shared by the request and response parsers: lines, field sections and bodies
/// (RFC 9112 §2, §5, §6, §7). Each read returns nil until enough bytes have arrived, keeping its
/// progress, so any chunking of the input gives the same result.
struct HTTPMessageReader: Sendable {
    let limits: HTTPParserLimits
    private var buffer = ByteQueue()
    /// How far the current line has been searched for LF already.
    private var scanned = 0
    private var section = FieldSection()
    private var bodyStage = BodyStage.start
    private var body: [UInt8] = []
    private var trailers = HTTPHeaders()

    private struct FieldSection: Sendable {
        var fields = HTTPHeaders()
        var bytes = 0
        var lines = 0
    }

    private enum BodyStage: Sendable {
        case start
        case length(remaining: Int)
        case chunkSizeLine
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailerSection
        case untilClose
    }

    init(limits: HTTPParserLimits) {
        self.limits = limits
    }

    var bufferedByteCount: Int { buffer.count }

    mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    mutating func takeBufferedBytes() -> [UInt8] {
        scanned = 0
        return buffer.readAll()
    }

    mutating func discardBufferedBytes() {
        _ = takeBufferedBytes()
    }

    /// One line without its line end. RFC 9112 §2.2: a bare LF ends a line too; a CR elsewhere is refused.
    /// A line longer than `maxLength` throws `tooLong`, as soon as that is certain.
    mutating func readLine(maxLength: Int, tooLong: HTTPParseError) throws(HTTPParseError) -> [UInt8]? {
        guard let lineFeed = buffer.firstIndex(of: HTTPSyntax.lineFeed, from: scanned) else {
            scanned = buffer.count
            // One byte of slack for a CR whose LF has not arrived yet.
            if buffer.count > maxLength + 1 { throw tooLong }
            return nil
        }
        var line = buffer.peek(0..<lineFeed)
        if line.last == HTTPSyntax.carriageReturn { line.removeLast() }
        if line.count > maxLength { throw tooLong }
        if line.contains(HTTPSyntax.carriageReturn) { throw .bareCarriageReturn }
        let result = Array(line)
        buffer.skip(lineFeed + 1)
        scanned = 0
        return result
    }

    /// The field lines up to the empty line that ends a header or trailer section (RFC 9112 §5).
    mutating func readFieldSection() throws(HTTPParseError) -> HTTPHeaders? {
        while true {
            let budget = limits.maxHeaderBytes - section.bytes
            let tooLarge = HTTPParseError.headerSectionTooLarge(limit: limits.maxHeaderBytes)
            guard let line = try readLine(maxLength: max(0, budget - 2), tooLong: tooLarge) else { return nil }
            section.bytes += line.count + 2
            if line.isEmpty {
                let fields = section.fields
                section = FieldSection()
                return fields
            }
            section.lines += 1
            let field = try Self.parseFieldLine(line[...], number: section.lines)
            guard section.fields.count < limits.maxHeaderCount else {
                throw .tooManyHeaderFields(limit: limits.maxHeaderCount)
            }
            section.fields.add(field.name, field.value)
        }
    }

    /// RFC 9112 §5.1: field-line = field-name ":" OWS field-value OWS.
    private static func parseFieldLine(
        _ line: ArraySlice<UInt8>,
        number: Int
    ) throws(HTTPParseError) -> (name: String, value: String) {
        // RFC 9112 §5.2: obs-fold is refused (a server MAY reject it with 400).
        if let first = line.first, HTTPSyntax.isWhitespace(first) { throw .obsoleteLineFolding(line: number) }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else { throw .malformedFieldLine(line: number) }
        let name = line[line.startIndex..<colon]
        // RFC 9112 §5.1: no whitespace is allowed between the field name and colon; MUST be rejected (400).
        if let last = name.last, HTTPSyntax.isWhitespace(last) { throw .whitespaceBeforeColon(line: number) }
        guard HTTPSyntax.isToken(name) else { throw .malformedFieldLine(line: number) }
        let value = HTTPSyntax.trimmingWhitespace(line[(colon + 1)...])
        guard value.allSatisfy(HTTPSyntax.isFieldValueCharacter) else { throw .invalidFieldValue(line: number) }
        return (HTTPSyntax.string(name), HTTPSyntax.string(value))
    }

    /// The whole body and any trailers, or nil while more bytes are needed.
    mutating func readBody(_ framing: HTTPBodyFraming) throws(HTTPParseError) -> (body: [UInt8], trailers: HTTPHeaders)?
    {
        while true {
            switch bodyStage {
            case .start:
                switch framing {
                case .empty: return finishBody()
                case .length(let length): bodyStage = .length(remaining: length)
                case .chunked: bodyStage = .chunkSizeLine
                case .untilClose: bodyStage = .untilClose
                }
            case .length(let remaining):
                let taken = min(remaining, buffer.count)
                body.append(contentsOf: buffer.read(taken))
                guard remaining == taken else {
                    bodyStage = .length(remaining: remaining - taken)
                    return nil
                }
                return finishBody()
            case .chunkSizeLine:
                let tooLong = HTTPParseError.chunkLineTooLong(limit: limits.maxChunkLineLength)
                guard let line = try readLine(maxLength: limits.maxChunkLineLength, tooLong: tooLong) else {
                    return nil
                }
                let size = try Self.parseChunkSizeLine(line, limit: limits.maxBodySize)
                guard size <= limits.maxBodySize - body.count else { throw .bodyTooLarge(limit: limits.maxBodySize) }
                bodyStage = size == 0 ? .trailerSection : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let taken = min(remaining, buffer.count)
                body.append(contentsOf: buffer.read(taken))
                guard remaining == taken else {
                    bodyStage = .chunkData(remaining: remaining - taken)
                    return nil
                }
                bodyStage = .chunkDataEnd
            case .chunkDataEnd:
                // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF.
                guard try readLine(maxLength: 0, tooLong: .missingChunkDataTerminator) != nil else { return nil }
                bodyStage = .chunkSizeLine
            case .trailerSection:
                // RFC 9112 §7.1.2: trailer-section = *( field-line CRLF ), then the final CRLF.
                guard let fields = try readFieldSection() else { return nil }
                trailers = fields
                return finishBody()
            case .untilClose:
                guard buffer.count <= limits.maxBodySize - body.count else {
                    throw .bodyTooLarge(limit: limits.maxBodySize)
                }
                body.append(contentsOf: buffer.readAll())
                return nil
            }
        }
    }

    /// The body read so far when the connection closes, if it was being read until close.
    mutating func finishBodyAtEndOfInput() -> (body: [UInt8], trailers: HTTPHeaders)? {
        guard case .untilClose = bodyStage else { return nil }
        return finishBody()
    }

    private mutating func finishBody() -> (body: [UInt8], trailers: HTTPHeaders) {
        let result = (body: body, trailers: trailers)
        body = []
        trailers = HTTPHeaders()
        bodyStage = .start
        return result
    }

    /// RFC 9112 §7.1 and §7.1.1: chunk-size = 1*HEXDIG, then chunk-ext = *( BWS ";" BWS ext-name
    /// [ BWS "=" BWS ext-val ] ) with ext-val = token / quoted-string. Extensions are checked and ignored.
    private static func parseChunkSizeLine(_ line: [UInt8], limit: Int) throws(HTTPParseError) -> Int {
        let invalid = HTTPParseError.invalidChunkSize(HTTPSyntax.string(line))
        var index = 0
        var size = 0
        while index < line.count, let digit = hexValue(line[index]) {
            let (shifted, overflow1) = size.multipliedReportingOverflow(by: 16)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw .bodyTooLarge(limit: limit) }
            size = sum
            index += 1
        }
        guard index > 0 else { throw invalid }
        var cursor = ChunkExtensionCursor(bytes: line, index: index)
        guard cursor.consumeExtensions() else { throw invalid }
        return size
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}

/// Walks the chunk extensions after a chunk size (RFC 9112 §7.1.1).
private struct ChunkExtensionCursor {
    let bytes: [UInt8]
    var index: Int

    /// True when the rest of the line is a well-formed list of extensions.
    mutating func consumeExtensions() -> Bool {
        while true {
            skipWhitespace()
            guard index < bytes.count else { return true }
            guard bytes[index] == UInt8(ascii: ";") else { return false }
            index += 1
            skipWhitespace()
            guard consumeToken() else { return false }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipWhitespace()
                guard consumeToken() || consumeQuotedString() else { return false }
            }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, HTTPSyntax.isWhitespace(bytes[index]) { index += 1 }
    }

    private mutating func consumeToken() -> Bool {
        let start = index
        while index < bytes.count, HTTPSyntax.isTokenCharacter(bytes[index]) { index += 1 }
        return index > start
    }

    /// RFC 9110 §5.6.4: quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE.
    private mutating func consumeQuotedString() -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return true
            }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count, HTTPSyntax.isFieldValueCharacter(bytes[index]) else { return false }
            } else if !HTTPSyntax.isFieldValueCharacter(byte) {
                return false
            }
            index += 1
        }
        return false
    }
}
