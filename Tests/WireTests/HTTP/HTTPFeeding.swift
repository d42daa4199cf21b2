import TestSupport
import Testing
import Wire

/// What a parser produced from one way of feeding its input.
struct ParseOutcome<Message: Equatable, Failure: Error & Equatable>: Equatable {
    var messages: [Message] = []
    var error: Failure?
}

/// Feeds `bytes` to a fresh request parser in every splitting `ChunkedFeeding` gives, expects the same
/// outcome from each, and returns it.
func parseRequests(
    _ bytes: [UInt8],
    limits: HTTPParserLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> ParseOutcome<HTTPRequest, HTTPParseError> {
    let outcomes = ChunkedFeeding.splittings(of: bytes).map { chunks in
        var parser = HTTPRequestParser(limits: limits)
        var outcome = ParseOutcome<HTTPRequest, HTTPParseError>()
        do throws(HTTPParseError) {
            for chunk in chunks {
                parser.append(chunk)
                while let request = try parser.next() { outcome.messages.append(request) }
            }
            try parser.finish()
        } catch {
            outcome.error = error
        }
        return outcome
    }
    for outcome in outcomes.dropFirst() {
        #expect(outcome == outcomes[0], "chunking changed the result", sourceLocation: sourceLocation)
    }
    return outcomes[0]
}

/// Like `parseRequests`, for responses answering requests with `methods` (the last one repeats).
func parseResponses(
    _ bytes: [UInt8],
    methods: [HTTPMethod] = [.get],
    limits: HTTPParserLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> ParseOutcome<HTTPResponse, HTTPParseError> {
    let outcomes = ChunkedFeeding.splittings(of: bytes).map { chunks in
        var parser = HTTPResponseParser(limits: limits)
        var outcome = ParseOutcome<HTTPResponse, HTTPParseError>()
        func method() -> HTTPMethod { methods[min(outcome.messages.count, methods.count - 1)] }
        do throws(HTTPParseError) {
            for chunk in chunks {
                parser.append(chunk)
                while let response = try parser.next(respondingTo: method()) { outcome.messages.append(response) }
            }
            if let last = try parser.finish() { outcome.messages.append(last) }
        } catch {
            outcome.error = error
        }
        return outcome
    }
    for outcome in outcomes.dropFirst() {
        #expect(outcome == outcomes[0], "chunking changed the result", sourceLocation: sourceLocation)
    }
    return outcomes[0]
}

extension Array where Element == UInt8 {
    /// The UTF-8 bytes of `text`, for readable test input.
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
}
