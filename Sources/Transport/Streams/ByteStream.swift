/// A connected, ordered, reliable byte stream: a TCP socket (`SocketStream`) or one end of an
/// in-memory `LoopbackPair`. HTTP and WebSocket code is written against this protocol only, so the
/// same server and client run over sockets or in process (aesthetics.md P8).
///
/// One task may read while others write; writes are delivered whole and in call order.
public protocol ByteStream: Sendable {
    /// Up to `maxBytes` bytes, waiting until at least one is available. Empty: the peer ended the stream.
    func read(maxBytes: Int) async throws(TransportError) -> [UInt8]
    /// Sends all of `bytes`, waiting while the peer is slow to take them.
    func write(_ bytes: [UInt8]) async throws(TransportError)
    /// Ends the sending direction; the peer reads end of stream after what was written.
    func closeWrite()
    /// Closes both directions at once; pending and later reads and writes fail with `.connectionClosed`.
    func close()
}
