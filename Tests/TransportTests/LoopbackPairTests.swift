import Testing
import Transport

@Suite(.timeLimit(.minutes(1)))
struct LoopbackPairTests {
    @Test func bytesWrittenOnOneEndAreReadOnTheOtherInOrder() async throws {
        let (client, server) = LoopbackPair.make()
        try await client.write([1, 2, 3])
        try await client.write([4, 5])
        #expect(try await server.read(maxBytes: 4) == [1, 2, 3, 4])
        #expect(try await server.read(maxBytes: 10) == [5])
        try await server.write([9])
        #expect(try await client.read(maxBytes: 10) == [9])
    }

    @Test func aWaitingReaderIsWokenByAWrite() async throws {
        let (client, server) = LoopbackPair.make()
        async let received = server.read(maxBytes: 10)
        try await client.write(Array("late".utf8))
        #expect(try await received == Array("late".utf8))
    }

    @Test func closeLetsThePeerReadWhatWasWrittenThenEndOfStream() async throws {
        let (client, server) = LoopbackPair.make()
        try await client.write([7, 8])
        client.close()
        #expect(try await server.read(maxBytes: 10) == [7, 8])
        #expect(try await server.read(maxBytes: 10) == [])
        await #expect(throws: TransportError.connectionClosed) { try await server.write([1]) }
        await #expect(throws: TransportError.connectionClosed) { try await client.read(maxBytes: 1) }
    }

    @Test func closeWriteEndsOneDirectionOnly() async throws {
        let (client, server) = LoopbackPair.make()
        client.closeWrite()
        #expect(try await server.read(maxBytes: 10) == [])
        try await server.write([3])
        #expect(try await client.read(maxBytes: 10) == [3])
    }
}
