/// The receiving side of a WebSocket connection as one pure state machine: bytes in, events out.
///
/// It is a `WebSocketFrameParser` followed by a `WebSocketMessageAssembler`:
/// ```swift
/// var reader = WebSocketReader(role: .server)
/// reader.append(bytesFromSocket)
/// while let event = try reader.next() { … }   // on error: send close with error.closeCode, then close
/// ```
public struct WebSocketReader: Sendable {
    private var parser: WebSocketFrameParser
    private var assembler: WebSocketMessageAssembler
    private var failure: WebSocketProtocolError?

    public init(role: WebSocketRole, limits: WebSocketLimits = .default) {
        parser = WebSocketFrameParser(role: role, limits: limits)
        assembler = WebSocketMessageAssembler(maxMessageSize: limits.maxMessageSize)
    }

    /// Whether bytes of an unfinished frame or fragments of an unfinished message are held.
    public var hasPartialMessage: Bool { parser.hasPartialFrame || assembler.isInsideFragmentedMessage }

    /// Adds received bytes; they are dropped after an error.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        parser.append(bytes)
    }

    /// The next event, or nil when more bytes are needed. Errors are final.
    public mutating func next() throws(WebSocketProtocolError) -> WebSocketEvent? {
        if let failure { throw failure }
        do {
            while let frame = try parser.next() {
                if let event = try assembler.receive(frame) { return event }
            }
            return nil
        } catch {
            failure = error
            throw error
        }
    }
}
