import Chargers
import Foundation
import Harness
import JSON

/// `sessions`: end-to-end sessions per second in process. The pilot scenario is scaled up (more
/// chargers of every profile, more sessions each, faults left out) and run through the whole
/// pipeline: charger emulators → reference CPO → partner mock → CDR → tariff replay → checks.
///
/// `roamgate-bench sessions [--scale N] [SCENARIO]` (default scale 10, `Scenarios/pilot.json`).
enum SessionsBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        var scale = 10
        var path = "Scenarios/pilot.json"
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--scale", let value = remaining.popFirst().flatMap({ Int($0) }), value > 0 {
                scale = value
            } else {
                path = argument
            }
        }
        do {
            var scenario = try ScenarioLoader.load(path: path)
            scenario.faults = []
            scenario.chargers = scenario.chargers.map { group in
                var group = group
                group.count *= scale
                group.sessions *= scale
                return group
            }
            let profiles = try ChargerProfile.loadAll(
                in: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("chargers")
            )
            var result: RunResult?
            let seconds = try measureSeconds {
                result = try RunPipeline.run(scenario, profiles: profiles, options: RunOptions())
            }
            guard let result else { return 70 }
            let sessions = result.profiles.values.reduce(0) { $0 + $1.sessions }
            let chargers = scenario.chargers.reduce(0) { $0 + $1.count }
            Measurement(
                name: "sessions.end_to_end",
                value: Double(sessions) / seconds,
                unit: "sessions/s",
                extra: [
                    ("sessions", .number(.init(sessions))),
                    ("chargers", .number(.init(chargers))),
                    ("wall_seconds", .number(JSONNumber(text: Measurement.format(seconds)))),
                    ("decision", .string(result.decision.rawValue)),
                ]
            ).print()
            Measurement(
                name: "sessions.evidence_entries_per_second",
                value: Double(result.evidence.count) / seconds,
                unit: "1/s"
            ).print()
            return 0
        } catch {
            FileHandle.standardError.write(Data("roamgate-bench sessions: \(error)\n".utf8))
            return 65
        }
    }
}
