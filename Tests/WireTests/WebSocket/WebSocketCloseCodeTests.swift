import Testing
import Wire

@Suite struct WebSocketCloseCodeTests {
    @Test("RFC 6455 §7.4: which codes may be sent in a close frame")
    func validOnTheWire() {
        let valid: [UInt16] = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4999]
        let invalid: [UInt16] = [0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535]
        #expect(valid.allSatisfy { WebSocketCloseCode($0).isValidOnTheWire })
        #expect(!invalid.contains { WebSocketCloseCode($0).isValidOnTheWire })
    }

    @Test("opcodes: control and reserved")
    func opcodes() {
        #expect(WebSocketOpcode.ping.isControl && !WebSocketOpcode.text.isControl)
        #expect(
            (0...15).compactMap { WebSocketOpcode(rawValue: UInt8($0)) }.filter(\.isReserved).map(\.rawValue)
                == [3, 4, 5, 6, 7, 11, 12, 13, 14, 15]
        )
        #expect(WebSocketOpcode(rawValue: 16) == nil)
        #expect(WebSocketOpcode(rawValue: 0xB)?.description == "reserved(0xB)")
    }
}
