import Chargers
import Foundation
import Harness
import Testing

@Suite struct EmbeddedRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func profiles() throws -> [ChargerProfile] {
        try ChargerProfile.loadAll(in: root.appendingPathComponent("Scenarios/chargers"))
    }

    @Test func pilotExpandsWithoutDefects() throws {
        let scenario = try ScenarioLoader.load(path: Self.root.appendingPathComponent("Scenarios/pilot.json").path)
        let result = try RunPipeline.run(scenario, profiles: try Self.profiles(), options: RunOptions())
        for finding in result.findings.prefix(15) {
            print(finding.rule, finding.severity, finding.owner, finding.message)
        }
        for reason in result.reasons { print("REASON", reason.rule, reason.text) }
        print(
            "PROFILES",
            result.profiles.mapValues {
                "\($0.sessions) sessions \($0.commandsSucceeded)/\($0.commandsSent) cmds \($0.cdrs) cdrs"
            }
        )
        #expect(result.decision == .expand)
    }
}
