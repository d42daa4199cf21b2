import Synchronization

/// Two connected in-memory `ByteStream`s: what one writes, the other reads. No file descriptors and
/// no event loop, so thousands of connections can run in one process, and servers and clients are
/// tested without sockets.
public enum LoopbackPair {
    /// A new connected pair: `client` and `server` are just names for the two ends.
    public static func make() -> (client: LoopbackStream, server: LoopbackStream) {
        let toServer = LoopbackPipe()
        let toClient = LoopbackPipe()
        return (
            LoopbackStream(incoming: toClient, outgoing: toServer),
            LoopbackStream(incoming: toServer, outgoing: toClient)
        )
    }
}

/// One end of a `LoopbackPair`.
public final class LoopbackStream: ByteStream {
    private let incoming: LoopbackPipe
    private let outgoing: LoopbackPipe

    init(incoming: LoopbackPipe, outgoing: LoopbackPipe) {
        self.incoming = incoming
        self.outgoing = outgoing
    }

    public func read(maxBytes: Int) async throws(TransportError) -> [UInt8] {
        try await incoming.read(maxBytes: max(1, maxBytes))
    }

    public func write(_ bytes: [UInt8]) async throws(TransportError) {
        try outgoing.write(bytes)
    }

    public func closeWrite() {
        outgoing.end()
    }

    /// Like closing a socket: the peer still reads what was written, then end of stream; its
    /// later writes fail, and bytes it sent that were not read are dropped.
    public func close() {
        outgoing.end()
        incoming.reset()
    }
}

/// One direction of a loopback pair: a byte buffer with at most one waiting reader.
final class LoopbackPipe: Sendable {
    private enum End: Equatable {
        case open
        /// The writer finished: readers get the rest, then end of stream.
        case ended
        /// Either side closed the connection: reads and writes fail.
        case reset
    }

    private struct State {
        var buffer: [UInt8] = []
        var readOffset = 0
        var end = End.open
        var reader: CheckedContinuation<Result<[UInt8], TransportError>, Never>?
        var readerMaxBytes = 0

        /// Takes up to `maxBytes` buffered bytes, compacting the buffer once it is drained.
        mutating func take(_ maxBytes: Int) -> [UInt8] {
            let end = min(buffer.count, readOffset + maxBytes)
            let bytes = Array(buffer[readOffset..<end])
            readOffset = end
            if readOffset == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                readOffset = 0
            }
            return bytes
        }
    }

    private let state = Mutex(State())

    func read(maxBytes: Int) async throws(TransportError) -> [UInt8] {
        let result = await withCheckedContinuation { continuation in
            let ready: Result<[UInt8], TransportError>? = state.withLock { state in
                if state.readOffset < state.buffer.count { return .success(state.take(maxBytes)) }
                switch state.end {
                case .ended: return .success([])
                case .reset: return .failure(.connectionClosed)
                case .open:
                    state.reader = continuation
                    state.readerMaxBytes = maxBytes
                    return nil
                }
            }
            if let ready { continuation.resume(returning: ready) }
        }
        return try result.get()
    }

    func write(_ bytes: [UInt8]) throws(TransportError) {
        let (reader, delivered): (CheckedContinuation<Result<[UInt8], TransportError>, Never>?, [UInt8]) =
            try state.withLock { (state) throws(TransportError) in
                guard state.end == .open else { throw TransportError.connectionClosed }
                state.buffer.append(contentsOf: bytes)
                guard let reader = state.reader, state.readOffset < state.buffer.count else { return (nil, []) }
                state.reader = nil
                return (reader, state.take(state.readerMaxBytes))
            }
        reader?.resume(returning: .success(delivered))
    }

    func end() {
        finish(.ended)
    }

    func reset() {
        finish(.reset)
    }

    private func finish(_ end: End) {
        let reader = state.withLock { state in
            if state.end != .reset { state.end = end }
            if end == .reset {
                state.buffer.removeAll()
                state.readOffset = 0
            }
            defer { state.reader = nil }
            return state.reader
        }
        reader?.resume(returning: end == .ended ? .success([]) : .failure(.connectionClosed))
    }
}
