import JSON
import Testing

@Suite struct JSONParserTests {
    @Test func keepsMemberOrderAndNumberText() throws {
        let value = try JSONParser.value(#"{"b": 0.10, "a": [1e3, -0, true, null], "c": "x\u00e9"}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["b", "a", "c"])
        #expect(value["b"]?.numberValue?.text == "0.10")
        #expect(value["a"]?[0]?.numberValue?.text == "1e3")
        #expect(value["c"]?.stringValue == "xé")
    }

    @Test func reportsLineAndColumnOfSyntaxError() {
        #expect {
            try JSONParser(fileName: "cdr.json").parse("{\n  \"a\": 1,\n  \"b\": tru\n}")
        } throws: { error in
            let error = error as! JSONParseError
            return error.description == "cdr.json:3:8: invalid literal (expected true, false or null) (at $.b)"
        }
    }

    @Test func rejectsDuplicateKeysByDefaultAndKeepsThemOnRequest() throws {
        #expect(throws: JSONParseError.self) { try JSONParser().parse(#"{"id": 1, "id": 2}"#) }
        let document = try JSONParser(duplicateKeys: .keep).parse(#"{"id": 1, "id": 2}"#)
        #expect(document.duplicateKeys.map(\.path.description) == ["$.id"])
        #expect(document.value["id"]?.numberValue?.text == "1")
    }

    @Test func enforcesDepthLimit() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: JSONParseError.self) { try JSONParser().parse(deep) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser().parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func canonicalWriterSortsKeysAndIsStable() throws {
        let value = try JSONParser.value(#"{"b":1,"a":{"d":[2,3],"c":"\n"}}"#)
        #expect(JSONWriter.canonicalCompact.string(value) == #"{"a":{"c":"\n","d":[2,3]},"b":1}"#)
        let again = try JSONParser.value(JSONWriter.canonical.string(value))
        #expect(JSONWriter.canonicalCompact.string(again) == JSONWriter.canonicalCompact.string(value))
    }
}
