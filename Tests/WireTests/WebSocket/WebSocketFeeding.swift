import TestSupport
import Testing
import Wire

/// Feeds `bytes` to a fresh `WebSocketReader` in every splitting `ChunkedFeeding` gives, expects the
/// same events and error from each, and returns them.
func readEvents(
    _ bytes: [UInt8],
    role: WebSocketRole,
    limits: WebSocketLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> ParseOutcome<WebSocketEvent, WebSocketProtocolError> {
    let outcomes = ChunkedFeeding.splittings(of: bytes).map { chunks in
        var reader = WebSocketReader(role: role, limits: limits)
        var outcome = ParseOutcome<WebSocketEvent, WebSocketProtocolError>()
        do throws(WebSocketProtocolError) {
            for chunk in chunks {
                reader.append(chunk)
                while let event = try reader.next() { outcome.messages.append(event) }
            }
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

/// Feeds `bytes` to a fresh `WebSocketFrameParser` in every splitting, expecting the same frames.
func parseFrames(
    _ bytes: [UInt8],
    role: WebSocketRole,
    limits: WebSocketLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> ParseOutcome<WebSocketFrame, WebSocketProtocolError> {
    let outcomes = ChunkedFeeding.splittings(of: bytes).map { chunks in
        var parser = WebSocketFrameParser(role: role, limits: limits)
        var outcome = ParseOutcome<WebSocketFrame, WebSocketProtocolError>()
        do throws(WebSocketProtocolError) {
            for chunk in chunks {
                parser.append(chunk)
                while let frame = try parser.next() { outcome.messages.append(frame) }
            }
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

/// The RFC 6455 §5.7 masking key, 0x37 0xfa 0x21 0x3d.
let rfcMaskingKey = WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D)
