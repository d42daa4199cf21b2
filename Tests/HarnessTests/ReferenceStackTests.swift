import Chargers
import Foundation
import Harness
import ReferenceCPO
import TestSupport
import Testing

/// The fleet a scenario makes for the embedded run and `roamgate serve cpo`.
@Suite struct ReferenceStackTests {
    static func stack(chargers count: Int) throws -> ReferenceStack {
        // The detection scenario with its fleet replaced by `count` AC chargers.
        let text = try String(contentsOf: Fixtures.url("scenarios/detection.json"), encoding: .utf8)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        json["chargers"] = [["profile": "ac-11kw", "count": count, "sessions": count]]
        let bytes = try JSONSerialization.data(withJSONObject: json)
        let scenario = try ScenarioLoader.load([UInt8](bytes), fileName: "fleet.json")
        let profiles = try ChargerProfile.loadAll(
            in: DefectDetectionTests.root.appendingPathComponent("Scenarios/chargers")
        )
        return ReferenceStack(
            scenario: scenario,
            profiles: Dictionary(profiles.map { ($0.name, $0) }) { first, _ in first },
            defects: [],
            cpoBaseURL: "",
            emspBaseURL: "",
            registrationToken: nil
        )
    }

    // Found by the 1,000-charger load test (Tests/Interop/robustness-load-interop.sh): from the 100th
    // charger on, ids repeated (`-00`, `-01`, …), so two chargers shared one OCPP connection slot.
    @Test("a fleet of 1,000 chargers has 1,000 distinct charge point ids")
    func thousandChargersHaveDistinctIDs() throws {
        let fleet = try Self.stack(chargers: 1000).fleet.map(\.chargerID)
        #expect(fleet.count == 1000)
        #expect(Set(fleet).count == 1000)
        #expect(fleet.first == "RG-AC-11KW-0001")
        #expect(fleet[99] == "RG-AC-11KW-0100")
        #expect(fleet.last == "RG-AC-11KW-1000")
    }

    @Test("groups of up to 99 chargers keep two-digit ids, so golden reports stay byte-identical")
    func smallGroupsKeepTwoDigits() throws {
        let fleet = try Self.stack(chargers: 99).fleet.map(\.chargerID)
        #expect(Set(fleet).count == 99)
        #expect(fleet.first == "RG-AC-11KW-01")
        #expect(fleet.last == "RG-AC-11KW-99")
    }

    @Test("master data follows the fleet, one entry per charge point id")
    func masterDataMatchesFleet() throws {
        let stack = try Self.stack(chargers: 150)
        #expect(stack.masterData.map(\.chargerID) == stack.fleet.map(\.chargerID))
        #expect(Set(stack.masterData.map(\.chargerID)).count == 150)
    }
}
