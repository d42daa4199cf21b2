/// Writes the parts shared by requests and responses (RFC 9112 §2.1): field lines, the empty line, the body.
enum HTTPMessageWriter {
    static func write(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    static func writeLineEnd(to output: inout [UInt8]) {
        output.append(HTTPSyntax.carriageReturn)
        output.append(HTTPSyntax.lineFeed)
    }

    /// `name: value` lines for every field. Values are written as given, so a caller can build
    /// deliberately malformed messages; values from the parsers never hold CR or LF.
    static func writeFields(_ fields: HTTPHeaders, to output: inout [UInt8]) {
        for field in fields {
            write(field.name, to: &output)
            write(": ", to: &output)
            write(field.value, to: &output)
            writeLineEnd(to: &output)
        }
    }

    /// The header section, then the body: as one chunk, the last chunk and the trailers when
    /// chunked is the final transfer coding (RFC 9112 §7.1), otherwise as it is.
    static func writeFieldsAndBody(
        headers: HTTPHeaders,
        body: [UInt8],
        trailers: HTTPHeaders,
        addContentLength: Bool,
        includeBody: Bool,
        to output: inout [UInt8]
    ) {
        writeFields(headers, to: &output)
        // RFC 9112 §6.3 item 4: the body is chunked only when chunked is the final transfer coding.
        let chunked = headers.listElements(for: "Transfer-Encoding").last?.lowercased() == "chunked"
        // RFC 9112 §6.2: no Content-Length beside any Transfer-Encoding.
        if addContentLength && !headers.contains("Transfer-Encoding") && !headers.contains("Content-Length") {
            write("Content-Length: \(body.count)", to: &output)
            writeLineEnd(to: &output)
        }
        writeLineEnd(to: &output)
        guard includeBody else { return }
        guard chunked else {
            output.append(contentsOf: body)
            return
        }
        if !body.isEmpty {
            write(String(body.count, radix: 16), to: &output)
            writeLineEnd(to: &output)
            output.append(contentsOf: body)
            writeLineEnd(to: &output)
        }
        write("0", to: &output)
        writeLineEnd(to: &output)
        writeFields(trailers, to: &output)
        writeLineEnd(to: &output)
    }
}
