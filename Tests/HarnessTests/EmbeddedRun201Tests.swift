import Chargers
import Foundation
import Harness
import TestSupport
import Testing

/// OCPP 2.0.1 chargers in the embedded run: their sessions must reach the partner as correct OCPI
/// sessions with exactly one CDR each, next to 1.6 chargers, with no finding.
@Suite struct EmbeddedRun201Tests {
    @Test func ocpp201ChargersProduceSessionsAndOneCDREach() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.url("scenarios/mixed-201.json").path)
        let profiles = try ChargerProfile.loadAll(
            in: DefectDetectionTests.root.appendingPathComponent("Scenarios/chargers")
        )
        let result = try RunPipeline.run(scenario, profiles: profiles, options: RunOptions(seed: 3))
        let counted = result.findings.filter { $0.severity != .info }
        #expect(counted.isEmpty, "\(counted.prefix(5).map { "\($0.rule) \($0.profile ?? "") \($0.message)" })")
        #expect(result.decision == .expand, "\(result.reasons.map(\.text))")
        // The first charger of the fleet (the 1.6 one) also runs the harness's probe session.
        for (profile, planned) in [("ac-22kw-201", 16), ("dc-150kw-201", 12), ("ac-11kw", 13)] {
            let metrics = try #require(result.profiles[profile], "no metrics for \(profile)")
            #expect(metrics.sessions == planned, "\(profile)")
            #expect(metrics.cdrs == metrics.sessions, "\(profile)")
            #expect(metrics.commandsSent > 0 && metrics.commandsSucceeded == metrics.commandsSent, "\(profile)")
        }
        let versions = Dictionary(uniqueKeysWithValues: profiles.map { ($0.name, "\($0.ocppVersion)") })
        #expect(versions["ac-22kw-201"] == "ocpp2.0.1" && versions["dc-150kw-201"] == "ocpp2.0.1")
    }
}
