import Chargers
import Foundation
import Harness
import ReferenceCPO
import TestSupport
import Testing

/// Every defect switch of the reference CPO must keep the gate from expanding, and the finding that
/// reveals it must name the layer that owns the bug (all of them are CPO backend bugs).
@Suite struct DefectDetectionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func run(defects: [String], seed: UInt64 = 7) throws -> RunResult {
        let scenario = try ScenarioLoader.load(path: Fixtures.url("scenarios/detection.json").path)
        let profiles = try ChargerProfile.loadAll(in: root.appendingPathComponent("Scenarios/chargers"))
        return try RunPipeline.run(scenario, profiles: profiles, options: RunOptions(seed: seed, defects: defects))
    }

    @Test func noDefectMeansExpand() throws {
        let result = try Self.run(defects: [])
        #expect(result.decision == .expand, "\(result.findings.prefix(3).map(\.message))")
        #expect(result.findings.filter { $0.severity != .info }.isEmpty)
    }

    @Test("defect is detected and attributed to the CPO backend", arguments: CPODefect.allCases)
    func detects(_ defect: CPODefect) throws {
        let result = try Self.run(defects: [defect.rawValue])
        #expect(result.decision != .expand, "\(defect.rawValue) went undetected")
        let counted = result.findings.filter { $0.severity != .info }
        #expect(
            counted.contains { $0.owner == .cpoBackend },
            "\(defect.rawValue): \(Set(counted.map(\.rule)).sorted())"
        )
        print(
            "DETECTION",
            defect.rawValue,
            result.decision.rawValue,
            Set(counted.map(\.rule)).sorted().joined(separator: ","),
            Set(counted.map(\.owner.rawValue)).sorted().joined(separator: ",")
        )
    }
}

/// No defect ⇒ no false finding, whatever the seed (issue: "no false findings over 20 seeds").
@Suite struct FalseFindingTests {
    @Test("a clean run raises no finding", arguments: Array(UInt64(1)...20))
    func cleanRunHasNoFinding(seed: UInt64) throws {
        let result = try DefectDetectionTests.run(defects: [], seed: seed)
        let counted = result.findings.filter { $0.severity != .info }
        #expect(counted.isEmpty, "seed \(seed): \(counted.prefix(3).map { "\($0.rule) \($0.message)" })")
        #expect(result.decision == .expand)
    }

    @Test func sameSeedGivesTheSameReport() throws {
        let first = try DefectDetectionTests.run(defects: ["cdr-missing"], seed: 11)
        let second = try DefectDetectionTests.run(defects: ["cdr-missing"], seed: 11)
        #expect(first.json == second.json)
    }
}
