import Testing
import Wire

@Suite struct WebSocketFrameParserTests {
    @Test("RFC 6455 §5.7: a single-frame unmasked text message, read by a client")
    func unmaskedText() {
        let bytes: [UInt8] = [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F]
        #expect(parseFrames(bytes, role: .client).messages == [.text("Hello")])
        #expect(WebSocketFrame.text("Hello").encoded() == bytes)
    }

    @Test("RFC 6455 §5.7: a single-frame masked text message, read by a server")
    func maskedText() {
        let bytes: [UInt8] = [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        #expect(parseFrames(bytes, role: .server).messages == [.text("Hello", maskingKey: rfcMaskingKey)])
        #expect(WebSocketFrame.text("Hello", maskingKey: rfcMaskingKey).encoded() == bytes)
    }

    @Test("RFC 6455 §5.7: a fragmented unmasked text message")
    func fragmentedText() {
        let bytes: [UInt8] = [0x01, 0x03, 0x48, 0x65, 0x6C, 0x80, 0x02, 0x6C, 0x6F]
        let frames = parseFrames(bytes, role: .client).messages
        #expect(frames.map(\.fin) == [false, true])
        #expect(frames.map(\.opcode) == [.text, .continuation])
        #expect(readEvents(bytes, role: .client).messages == [.text("Hello")])
    }

    @Test("RFC 6455 §5.7: unmasked ping and masked pong with body Hello")
    func pingAndPong() {
        let ping: [UInt8] = [0x89, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F]
        #expect(readEvents(ping, role: .client).messages == [.ping(Array("Hello".utf8))])
        let pong: [UInt8] = [0x8A, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        #expect(readEvents(pong, role: .server).messages == [.pong(Array("Hello".utf8))])
        #expect(WebSocketFrame.pong(Array("Hello".utf8), maskingKey: rfcMaskingKey).encoded() == pong)
    }

    @Test("RFC 6455 §5.7: 256 bytes use the 16-bit length, 65536 bytes the 64-bit length")
    func extendedLengths() throws {
        let small = [UInt8](repeating: 0xAB, count: 256)
        let smallBytes = WebSocketFrame.binary(small).encoded()
        #expect(Array(smallBytes.prefix(4)) == [0x82, 0x7E, 0x01, 0x00])
        #expect(parseFrames(smallBytes, role: .client).messages == [.binary(small)])
        let large = [UInt8](repeating: 0xCD, count: 65536)
        let largeBytes = WebSocketFrame.binary(large).encoded()
        #expect(Array(largeBytes.prefix(10)) == [0x82, 0x7F, 0, 0, 0, 0, 0, 1, 0, 0])
        var parser = WebSocketFrameParser(role: .client)
        parser.append(largeBytes)
        #expect(try parser.next() == .binary(large))
        #expect(WebSocketFrame.binary([UInt8](repeating: 0, count: 125)).encoded()[1] == 125)
        #expect(WebSocketFrame.binary([UInt8](repeating: 0, count: 126)).encoded()[1] == 126)
    }

    @Test("a non-minimal length encoding is still read")
    func nonMinimalLength() {
        let bytes: [UInt8] = [0x82, 0x7E, 0x00, 0x02, 0xAA, 0xBB]
        #expect(parseFrames(bytes, role: .client).messages == [.binary([0xAA, 0xBB])])
    }

    static let violations: [([UInt8], WebSocketRole, WebSocketProtocolError)] = [
        ([0xC1, 0x00], .client, .reservedBitsSet(0b100)),
        ([0xA1, 0x00], .client, .reservedBitsSet(0b010)),
        ([0x91, 0x00], .client, .reservedBitsSet(0b001)),
        ([0x83, 0x00], .client, .reservedOpcode(0x3)),
        ([0x87, 0x00], .client, .reservedOpcode(0x7)),
        ([0x8B, 0x00], .client, .reservedOpcode(0xB)),
        ([0x8F, 0x00], .client, .reservedOpcode(0xF)),
        ([0x81, 0x00], .server, .unmaskedClientFrame),
        ([0x81, 0x80, 1, 2, 3, 4], .client, .maskedServerFrame),
        ([0x09, 0x00], .client, .fragmentedControlFrame),
        ([0x08, 0x00], .client, .fragmentedControlFrame),
        ([0x89, 0x7E, 0x00, 0x7E], .client, .controlFrameTooLong(length: 126)),
        ([0x82, 0x7F, 0x80, 0, 0, 0, 0, 0, 0, 1], .client, .payloadLengthHighBitSet),
        ([0x82, 0x7F, 0, 0, 0, 1, 0, 0, 0, 0], .client, .frameTooLarge(length: 1 << 32, limit: 1024 * 1024)),
    ]

    @Test("frames breaking RFC 6455 §5 each give their error and close code", arguments: violations)
    func violation(bytes: [UInt8], role: WebSocketRole, expected: WebSocketProtocolError) {
        #expect(parseFrames(bytes, role: role).error == expected)
        let isSizeError = expected == .frameTooLarge(length: 1 << 32, limit: 1024 * 1024)
        #expect(expected.closeCode == (isSizeError ? .messageTooBig : .protocolError))
    }

    @Test("a control frame of exactly 125 bytes is fine")
    func controlFrameAtLimit() {
        let ping = WebSocketFrame.ping([UInt8](repeating: 1, count: 125))
        #expect(parseFrames(ping.encoded(), role: .client).messages == [ping])
    }

    @Test("the frame limit is checked from the header, before the payload arrives")
    func frameLimitBeforePayload() {
        var parser = WebSocketFrameParser(role: .client, limits: WebSocketLimits(maxFramePayload: 100))
        parser.append([0x82, 0x7E, 0x00, 0x65])
        #expect(throws: WebSocketProtocolError.frameTooLarge(length: 101, limit: 100)) { try parser.next() }
        #expect(throws: WebSocketProtocolError.frameTooLarge(length: 101, limit: 100)) { try parser.next() }
    }

    @Test("negotiated RSV bits are allowed")
    func allowedReservedBits() throws {
        var parser = WebSocketFrameParser(role: .client, allowedReservedBits: 0b100)
        parser.append([0xC1, 0x00])
        #expect(try parser.next()?.reservedBits == 0b100)
    }
}

extension WebSocketFrameParserTests {
    @Test("RFC 6455 §5.1: encoding by role masks client frames with a fresh key and leaves server frames bare")
    func encodingByRole() throws {
        var generator = SplitMix(state: 7)
        let frame = WebSocketFrame.text("Hello")
        let fromClient = frame.encoded(as: .client, using: &generator)
        let secondFromClient = frame.encoded(as: .client, using: &generator)
        #expect(fromClient[1] & 0x80 != 0)
        #expect(fromClient != secondFromClient)
        #expect(readEvents(fromClient, role: .server).messages == [.text("Hello")])
        let fromServer = WebSocketFrame.text("Hello", maskingKey: rfcMaskingKey).encoded(as: .server, using: &generator)
        #expect(fromServer == [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
    }

    @Test("after an error, further bytes are not buffered and the error repeats")
    func nothingBufferedAfterError() {
        var reader = WebSocketReader(role: .server)
        reader.append([0x81, 0x00])
        #expect(throws: WebSocketProtocolError.unmaskedClientFrame) { try reader.next() }
        reader.append([UInt8](repeating: 0, count: 1000))
        #expect(!reader.hasPartialMessage)
        #expect(throws: WebSocketProtocolError.unmaskedClientFrame) { try reader.next() }
    }
}
