import Testing
import Wire

@Suite struct SHA1Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    @Test("RFC 3174 §7.3 test vectors 1, 2 and 4, and the empty message")
    func rfc3174Vectors() {
        #expect(Self.hex(SHA1.hash(Array("abc".utf8))) == "A9993E364706816ABA3E25717850C26C9CD0D89D")
        #expect(
            Self.hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "84983E441C3BD26EBAAE4AA1F95129E5E54670F1"
        )
        let test4 = String(repeating: "0123456701234567012345670123456701234567012345670123456701234567", count: 10)
        #expect(Self.hex(SHA1.hash(Array(test4.utf8))) == "DEA356A2CDDD90C7A7ECEDC5EBB563934F460452")
        #expect(Self.hex(SHA1.hash([])) == "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709")
    }

    @Test("RFC 3174 §7.3 test vector 3: one million 'a', added in pieces")
    func millionA() {
        var sha = SHA1()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { sha.update(piece) }
        #expect(Self.hex(sha.finalize()) == "34AA973CD4C4DAA4F61EEB2BDBAD27316534016F")
    }

    @Test("messages of 55, 56 and 64 bytes cross the padding boundary the same whole and in pieces")
    func paddingBoundaries() {
        for length in [55, 56, 63, 64, 65] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
            var sha = SHA1()
            for byte in message { sha.update([byte]) }
            #expect(sha.finalize() == SHA1.hash(message))
        }
        #expect(
            Self.hex(SHA1.hash(Array(String(repeating: "a", count: 56).utf8)))
                == "C2DB330F6083854C99D4B5BFB6E8F29F201BE699"
        )
    }
}
