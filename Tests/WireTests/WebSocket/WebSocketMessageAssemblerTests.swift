import Testing
import Wire

@Suite struct WebSocketMessageAssemblerTests {
    static func bytes(_ frames: [WebSocketFrame]) -> [UInt8] {
        frames.flatMap { $0.encoded() }
    }

    @Test("a text message split inside a character joins into one valid message; pings may come between")
    func utf8AcrossFragments() {
        let text = Array("κόσμε €𝄞".utf8)
        let frames = [
            WebSocketFrame(fin: false, opcode: .text, payload: Array(text[0..<3])),
            .ping([7]),
            WebSocketFrame(fin: false, opcode: .continuation, payload: Array(text[3..<11])),
            WebSocketFrame(fin: false, opcode: .continuation, payload: []),
            WebSocketFrame(fin: true, opcode: .continuation, payload: Array(text[11...])),
        ]
        #expect(readEvents(Self.bytes(frames), role: .client).messages == [.ping([7]), .text("κόσμε €𝄞")])
    }

    @Test("invalid UTF-8 fails at the fragment that holds it, before the message ends")
    func failFastUTF8() throws {
        var assembler = WebSocketMessageAssembler()
        #expect(try assembler.receive(WebSocketFrame(fin: false, opcode: .text, payload: [0x61, 0xCE])) == nil)
        #expect(throws: WebSocketProtocolError.invalidUTF8InTextMessage) {
            try assembler.receive(WebSocketFrame(fin: false, opcode: .continuation, payload: [0x41]))
        }
    }

    static let invalidText: [[UInt8]] = [
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0x80],
        [0xCE], [0xF0, 0x9D, 0x84],
    ]

    @Test("overlong forms, surrogates, values above U+10FFFF and cut-off characters are 1007", arguments: invalidText)
    func invalidUTF8(payload: [UInt8]) {
        let outcome = readEvents(WebSocketFrame(opcode: .text, payload: payload).encoded(), role: .client)
        #expect(outcome.error == .invalidUTF8InTextMessage)
        #expect(outcome.error?.closeCode == .invalidPayloadData)
    }

    @Test("binary messages are not checked for UTF-8")
    func binaryIsOpaque() {
        #expect(
            readEvents(WebSocketFrame.binary([0xFF, 0xC0]).encoded(), role: .client).messages == [
                .binary([0xFF, 0xC0])
            ]
        )
    }

    @Test("a continuation without a message, and a new message inside one, are protocol errors")
    func continuationOrder() {
        let stray = WebSocketFrame(opcode: .continuation, payload: [1]).encoded()
        #expect(readEvents(stray, role: .client).error == .unexpectedContinuation)
        let interleaved = Self.bytes([
            WebSocketFrame(fin: false, opcode: .text, payload: [0x61]), .binary([1]),
        ])
        #expect(readEvents(interleaved, role: .client).error == .expectedContinuation(received: .binary))
    }

    @Test("the message limit counts every fragment and answers 1009")
    func messageLimit() {
        let limits = WebSocketLimits(maxFramePayload: 10, maxMessageSize: 12)
        let fits = Self.bytes([
            WebSocketFrame(fin: false, opcode: .binary, payload: [UInt8](repeating: 1, count: 10)),
            WebSocketFrame(fin: true, opcode: .continuation, payload: [2, 3]),
        ])
        #expect(readEvents(fits, role: .client, limits: limits).messages.count == 1)
        let over = Self.bytes([
            WebSocketFrame(fin: false, opcode: .binary, payload: [UInt8](repeating: 1, count: 10)),
            WebSocketFrame(fin: true, opcode: .continuation, payload: [2, 3, 4]),
        ])
        let outcome = readEvents(over, role: .client, limits: limits)
        #expect(outcome.error == .messageTooLarge(limit: 12))
        #expect(outcome.error?.closeCode == .messageTooBig)
    }

    @Test("close frames: empty, with a code, with a reason")
    func closeFrames() {
        let frames = Self.bytes([.close(code: nil)])
        #expect(readEvents(frames, role: .client).messages == [.close(code: nil, reason: "")])
        #expect(
            readEvents(WebSocketFrame.close(code: .goingAway, reason: "bye ✓").encoded(), role: .client).messages
                == [.close(code: .goingAway, reason: "bye ✓")]
        )
        #expect(
            readEvents(WebSocketFrame.close(code: WebSocketCloseCode(4000)).encoded(), role: .client).messages
                == [.close(code: WebSocketCloseCode(4000), reason: "")]
        )
    }

    static let badCloses: [([UInt8], WebSocketProtocolError)] = [
        ([0x03], .closePayloadTooShort),
        ([0x03, 0xED], .invalidCloseCode(1005)),
        ([0x03, 0xEE], .invalidCloseCode(1006)),
        ([0x03, 0xEC], .invalidCloseCode(1004)),
        ([0x03, 0xF7], .invalidCloseCode(1015)),
        ([0x03, 0xE7], .invalidCloseCode(999)),
        ([0x07, 0xD0], .invalidCloseCode(2000)),
        ([0x13, 0x88], .invalidCloseCode(5000)),
        ([0x03, 0xE8, 0xFF], .invalidUTF8InCloseReason),
    ]

    @Test("malformed close payloads give 1002, or 1007 for a bad reason", arguments: badCloses)
    func badClose(payload: [UInt8], expected: WebSocketProtocolError) {
        let outcome = readEvents(WebSocketFrame(opcode: .close, payload: payload).encoded(), role: .client)
        #expect(outcome.error == expected)
        #expect(
            outcome.error?.closeCode == (expected == .invalidUTF8InCloseReason ? .invalidPayloadData : .protocolError)
        )
    }
}

extension WebSocketMessageAssemblerTests {
    @Test("a text message sent as one-byte fragments is validated across every fragment boundary")
    func oneByteFragments() {
        let text = "Grüße, 世界 🚗⚡"
        let bytes = Array(text.utf8)
        let frames = bytes.enumerated().map { index, byte in
            WebSocketFrame(fin: index == bytes.count - 1, opcode: index == 0 ? .text : .continuation, payload: [byte])
        }
        #expect(readEvents(Self.bytes(frames), role: .client).messages == [.text(text)])
    }
}
