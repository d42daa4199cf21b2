/// How the end of a message body is found (RFC 9112 §6.3).
enum HTTPBodyFraming: Hashable, Sendable {
    /// No body: requests without Content-Length or Transfer-Encoding; HEAD, 1xx, 204 and 304 responses.
    case empty
    /// Exactly this many bytes (Content-Length).
    case length(Int)
    /// Transfer-Encoding: chunked (RFC 9112 §7.1).
    case chunked
    /// Everything until the connection closes (responses only, RFC 9112 §6.3 item 8).
    case untilClose

    /// The framing the header fields give; `isRequest` decides what a missing length means.
    static func from(
        headers: HTTPHeaders,
        version: String,
        isRequest: Bool,
        limits: HTTPParserLimits
    ) throws(HTTPParseError) -> HTTPBodyFraming {
        if headers.contains("Transfer-Encoding") {
            // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 means the framing is faulty.
            if version == "HTTP/1.0" { throw .transferEncodingInHTTP10 }
            // RFC 9112 §6.3 item 3: both framings present is a smuggling risk; refuse and close.
            if headers.contains("Content-Length") { throw .contentLengthWithTransferEncoding }
            let codings = headers.listElements(for: "Transfer-Encoding").map { $0.lowercased() }
            let description = codings.joined(separator: ", ")
            guard codings.last == "chunked" else {
                // RFC 9112 §6.3 item 4: a request without final chunked is refused with 400;
                // a response is read until the connection closes.
                if isRequest { throw .chunkedNotFinalEncoding(description) }
                return .untilClose
            }
            guard codings.count == 1 else { throw .unsupportedTransferCoding(description) }
            return .chunked
        }
        let lengths = headers.listElements(for: "Content-Length")
        if headers.contains("Content-Length") && lengths.isEmpty { throw .invalidContentLength("") }
        if let first = lengths.first {
            // RFC 9112 §6.3 item 5: several equal values may be treated as one; differing ones are an error.
            guard lengths.allSatisfy({ $0 == first }) else {
                throw .invalidContentLength(lengths.joined(separator: ", "))
            }
            guard !first.isEmpty, first.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                throw .invalidContentLength(first)
            }
            var length = 0
            for digit in first.utf8 {
                let (times10, overflow1) = length.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { throw .bodyTooLarge(limit: limits.maxBodySize) }
                length = sum
            }
            guard length <= limits.maxBodySize else { throw .bodyTooLarge(limit: limits.maxBodySize) }
            return length == 0 ? .empty : .length(length)
        }
        return isRequest ? .empty : .untilClose
    }
}
