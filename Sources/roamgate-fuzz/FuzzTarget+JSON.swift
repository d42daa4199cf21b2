import JSON

extension FuzzTarget {
    /// Small limits, so the fuzzer reaches the depth, string and number limits quickly.
    static let jsonLimits = JSONParser.Limits(maxDepth: 16, maxBytes: 4096, maxStringBytes: 512, maxNumberLength: 40)

    /// JSONParser on arbitrary bytes: never a crash; a parsed value survives a write/parse round trip.
    ///
    /// Properties: the compact writer's output parses back to the same value (member order, number
    /// literals and strings kept), and the canonical output is a fixed point (writing what it parses
    /// to gives the same bytes). Both policies for repeated keys and location recording are exercised.
    static func fuzzJSON(_ data: [UInt8]) {
        let keeping = JSONParser(limits: jsonLimits, duplicateKeys: .keep, recordsLocations: true, fileName: "fuzz")
        let rejecting = JSONParser(limits: jsonLimits)
        let kept = try? keeping.parse(data)
        let strict = try? rejecting.parse(data)
        if let strict {
            check(kept?.value == strict.value, "the duplicate-key policy changed a document without duplicates")
        }
        guard let document = kept else { return }
        // With repeated keys a lookup sees the first member, so only a document without them is checked.
        for path in document.locations.keys where document.duplicateKeys.isEmpty {
            check(document.value[path] != nil, "a recorded location has no value at \(path)")
        }
        // The round trips may need more room than the input had (escapes grow strings), so default limits.
        let roomy = JSONParser(duplicateKeys: .keep)
        let compact = JSONWriter.compact.bytes(document.value)
        let again = try? roomy.parse(compact).value
        check(again == document.value, "compact output does not parse back to the same value")
        let canonical = JSONWriter.canonical.bytes(document.value)
        guard let reparsed = try? roomy.parse(canonical).value else {
            check(false, "canonical output does not parse")
            return
        }
        check(JSONWriter.canonical.bytes(reparsed) == canonical, "canonical output is not a fixed point")
    }
}
