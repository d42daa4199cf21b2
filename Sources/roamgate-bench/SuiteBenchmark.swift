import Chargers
import Foundation
import Harness
import JSON

/// `suite`: the pilot scenario's wall time, simulated span and simulated-to-wall ratio.
enum SuiteBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        let path = arguments.first ?? "Scenarios/pilot.json"
        do {
            let scenario = try ScenarioLoader.load(path: path)
            let profiles = try ChargerProfile.loadAll(
                in: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("chargers")
            )
            var result: RunResult?
            let seconds = try measureSeconds {
                result = try RunPipeline.run(scenario, profiles: profiles, options: RunOptions())
            }
            guard let result else { return 70 }
            let span = result.simulatedEnd.timeIntervalSince(result.simulatedStart)
            let sessions = result.profiles.values.reduce(0) { $0 + $1.sessions }
            Measurement(
                name: "suite.wall_time",
                value: seconds,
                unit: "s",
                extra: [("decision", .string(result.decision.rawValue)), ("sessions", .number(.init(sessions)))]
            ).print()
            Measurement(name: "suite.simulated_span", value: span / 3600, unit: "h").print()
            Measurement(name: "suite.simulated_to_wall", value: span / seconds, unit: "x").print()
            Measurement(
                name: "suite.evidence_entries_per_second",
                value: Double(result.evidence.count) / seconds,
                unit: "1/s"
            ).print()
            return 0
        } catch {
            FileHandle.standardError.write(Data("roamgate-bench suite: \(error)\n".utf8))
            return 65
        }
    }
}
