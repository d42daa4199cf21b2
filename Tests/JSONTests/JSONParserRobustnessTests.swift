import JSON
import Testing

/// Hostile input gives a located, readable error: never a crash, never a hang.
@Suite struct JSONParserRobustnessTests {
    func failure(_ bytes: [UInt8], _ parser: JSONParser = JSONParser(fileName: "in.json")) -> JSONParseError? {
        do {
            _ = try parser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "invalid UTF-8 is reported at the offending byte",
        arguments: [
            [0xC3, 0x28],  // bad continuation
            [0xC0, 0xAF],  // overlong
            [0xED, 0xA0, 0x80],  // UTF-16 surrogate
            [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
            [0xFF],  // never valid
            [0xE2, 0x82],  // truncated before the closing quote
        ] as [[UInt8]]
    )
    func invalidUTF8(sequence: [UInt8]) throws {
        let bytes = Array("{\n  \"name\": \"ab".utf8) + sequence + Array("\"}".utf8)
        let error = try #require(failure(bytes))
        #expect(error.kind == .invalidUTF8)
        #expect(error.description == "in.json:2:14: invalid UTF-8 (at $.name)")
    }

    @Test func invalidUTF8OutsideStringsIsAnUnexpectedByte() throws {
        let error = try #require(failure([0x7B, 0x0A, 0xFF, 0x7D]))
        #expect(error.description == "in.json:2:1: unexpected byte 0xFF")
    }

    @Test("200 levels of nesting stop at the depth limit with the position of the first level too deep")
    func deepNesting() throws {
        let deep = Array(String(repeating: "[", count: 200).utf8) + Array(String(repeating: "]", count: 200).utf8)
        let error = try #require(failure(deep))
        #expect(error.kind == .depthLimitExceeded(limit: 64))
        #expect(error.location.line == 1 && error.location.column == 65)
        // A million levels cost no more: the limit is checked on the way down, before recursing.
        let extreme = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(failure(extreme)?.kind == .depthLimitExceeded(limit: 64))
        // With a higher limit 200 levels parse.
        let generous = JSONParser(limits: .init(maxDepth: 256))
        #expect(failure(deep, generous) == nil)
    }

    @Test("a 100 MB document is refused by the size limit before any parsing")
    func hundredMegabytes() throws {
        // The default limit is 64 MiB; a real 100 MB buffer is refused at 1:1 without being read.
        var big = [UInt8](repeating: UInt8(ascii: " "), count: 100 << 20)
        big[0] = UInt8(ascii: "[")
        big[big.count - 1] = UInt8(ascii: "]")
        let error = try #require(failure(big))
        #expect(error.description == "in.json:1:1: document larger than 67108864 bytes")
    }

    @Test func numberWithFourHundredDigits() throws {
        let digits = String(repeating: "9", count: 400)
        let error = try #require(failure(Array("{\"total_energy\":\n \(digits)}".utf8)))
        #expect(error.description == "in.json:2:2: number of 400 characters (limit 100) (at $.total_energy)")
        // Within the limit a long number keeps its exact text.
        let long = try JSONParser.value(String(repeating: "1", count: 60))
        #expect(long.numberValue?.text == String(repeating: "1", count: 60))
    }

    @Test func duplicateKeysAreLocatedAtTheSecondOccurrence() throws {
        let text = Array("{\"id\": \"1\",\n \"id\": \"2\"}".utf8)
        let error = try #require(failure(text))
        #expect(error.description == "in.json:2:2: duplicate key \"id\"")
        let kept = try JSONParser(duplicateKeys: .keep, fileName: "in.json").parse(text)
        #expect(kept.duplicateKeys.map { "\($0.path) \($0.location)" } == ["$.id in.json:2:2"])
    }

    @Test func truncatedDocumentsSayWhereTheyEnd() throws {
        for cut in [1, 5, 10, 15] {
            let text = Array(#"{"a": [1, "x"], "b": true}"#.utf8.prefix(cut))
            let error = try #require(failure(text))
            #expect(error.location.offset <= cut)
        }
    }
}
