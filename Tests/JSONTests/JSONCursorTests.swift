import JSON
import Testing

@Suite struct JSONCursorTests {
    func cursor(_ text: String) throws -> JSONCursor {
        JSONCursor(try JSONParser(recordsLocations: true, fileName: "f.json").parse(text), fileName: "f.json")
    }

    @Test func errorsCarryFileLineColumnAndPath() throws {
        let root = try cursor("{\n  \"items\": [\n    {\"n\": \"x\"}\n  ]\n}")
        #expect {
            try root.elements("items")[0].int("n")
        } throws: { error in
            (error as? JSONDecodingError)?.description
                == "f.json:3:11: $.items[0].n: expected a whole number, found string"
        }
    }

    @Test func missingMemberIsNamed() throws {
        #expect(throws: JSONDecodingError.self) { try cursor("{}").string("name") }
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        #expect {
            try cursor(#"{"nmae": 1}"#).rejectUnknownKeys(["name", "seed"])
        } throws: { error in
            (error as? JSONDecodingError)?.message == "unknown member \"nmae\" (did you mean \"name\"?)"
        }
    }

    @Test func rangeIsEnforced() throws {
        #expect(throws: JSONDecodingError.self) { try cursor(#"{"n": 0}"#).int("n", in: 1...5) }
        #expect(try cursor(#"{"n": 5}"#).int("n", in: 1...5) == 5)
    }

    @Test func nullCountsAsAbsentForOptionals() throws {
        #expect(try cursor(#"{"a": null}"#).optionalString("a") == nil)
    }

    @Test func decimalsStayExact() throws {
        #expect(try cursor(#"{"p": 0.1}"#).decimal("p") == JSONNumber(text: "0.1").decimal)
    }
}
