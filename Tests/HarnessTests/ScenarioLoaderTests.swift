import Foundation
import Harness
import JSON
import Testing

@Suite struct ScenarioLoaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shipped = ["pilot", "exceptions", "stay-narrow", "pause"]

    static func pilotText() throws -> String {
        try String(contentsOf: root.appendingPathComponent("Scenarios/pilot.json"), encoding: .utf8)
    }

    @Test("shipped scenario loads", arguments: shipped)
    func shippedScenarioLoads(name: String) throws {
        let scenario = try ScenarioLoader.load(path: Self.root.appendingPathComponent("Scenarios/\(name).json").path)
        #expect(scenario.name == name)
        #expect(scenario.chargers.count == 5)
    }

    @Test func pilotCoversEveryProfileWithTwoHundredSessionsOverAWeek() throws {
        let scenario = try ScenarioLoader.load(path: Self.root.appendingPathComponent("Scenarios/pilot.json").path)
        #expect(
            Set(scenario.chargers.map(\.profile)) == ["ac-11kw", "ac-22kw-twin", "dc-50kw", "dc-150kw", "dc-350kw"]
        )
        #expect(scenario.plannedSessions >= 200)
        #expect(scenario.durationHours >= 168)
        #expect(scenario.phases == ["P1", "P2", "P3", "P4"])
    }

    /// Replaces the first occurrence of `old` in the pilot and loads it; returns the error text.
    func errorAfter(replacing old: String, with new: String) throws -> String {
        let text = try Self.pilotText()
        let range = try #require(text.range(of: old))
        do {
            _ = try ScenarioLoader.load(
                Array(text.replacingCharacters(in: range, with: new).utf8),
                fileName: "pilot.json"
            )
            return "loaded"
        } catch {
            return error.description
        }
    }

    @Test func wrongTypeNamesFileLineColumnPathAndExpectation() throws {
        let message = try errorAfter(replacing: #""count": 4"#, with: #""count": "three""#)
        #expect(message.hasPrefix("pilot.json:"))
        #expect(message.contains("$.chargers[0].count: expected a whole number from 1 to 10000, found string"))
    }

    @Test func unknownKeySuggestsTheClosestOne() throws {
        let message = try errorAfter(replacing: #""duration_hours""#, with: #""duration_hour""#)
        #expect(message.contains("unknown member \"duration_hour\" (did you mean \"duration_hours\"?)"))
    }

    @Test func unknownProfileListsTheKnownOnes() throws {
        let message = try errorAfter(replacing: #""profile": "ac-11kw""#, with: #""profile": "ac-7kw""#)
        #expect(message.contains("unknown charger profile \"ac-7kw\""))
        #expect(message.contains("dc-350kw"))
    }

    @Test func syntaxErrorGivesLineAndColumn() throws {
        let message = try errorAfter(replacing: #""seed": 1,"#, with: #""seed": 1,,"#)
        #expect(message.hasPrefix("pilot.json:5:13: unexpected character ','"))
    }

    @Test func badPartyIDIsExplained() throws {
        let message = try errorAfter(replacing: #""party_id": "RGE""#, with: #""party_id": "RG""#)
        #expect(message.contains("$.manifest.partner.party_id: expected a 3-character party id"))
    }

    /// Every key the loader accepts is in the published schema, and the schema names no other.
    @Test func schemaAgreesWithTheLoader() throws {
        let schema = try JSONParser.value(
            Array(try Data(contentsOf: Self.root.appendingPathComponent("Scenarios/scenario.schema.json")))
        )
        let properties = try #require(schema["properties"]?.objectValue)
        let pilot = try JSONParser.value(try Self.pilotText())
        let used = Set(pilot.objectValue?.keys ?? [])
        #expect(used.isSubset(of: Set(properties.keys)))
        // Each top-level schema property is accepted by the loader (an unknown one would be rejected).
        for key in properties.keys where !used.contains(key) && key != "$schema" {
            let message = try errorAfter(replacing: #""name": "pilot","#, with: #""name": "pilot", "\#(key)": null,"#)
            #expect(!message.contains("unknown member"), "\(key): \(message)")
        }
        let manifestKeys = Set(properties["manifest"]?["properties"]?.objectValue?.keys ?? [])
        #expect(manifestKeys == Set(pilot["manifest"]?.objectValue?.keys ?? []))
    }
}
