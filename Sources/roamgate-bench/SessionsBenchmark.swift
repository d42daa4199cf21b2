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
        var chargers = 0
        let run = TimedRun.measure("sessions", path: path) { scenario in
            scenario.faults = []
            for index in scenario.chargers.indices {
                scenario.chargers[index].count *= scale
                scenario.chargers[index].sessions *= scale
            }
            chargers = scenario.chargers.reduce(0) { $0 + $1.count }
        }
        guard let run else { return 65 }
        let sessions = run.result.profiles.values.reduce(0) { $0 + $1.sessions }
        Measurement(
            name: "sessions.end_to_end",
            value: Double(sessions) / run.seconds,
            unit: "sessions/s",
            extra: [
                ("sessions", .number(.init(sessions))),
                ("chargers", .number(.init(chargers))),
                ("wall_seconds", .number(JSONNumber(text: Measurement.format(run.seconds)))),
                ("decision", .string(run.result.decision.rawValue)),
            ]
        ).print()
        run.printEvidenceRate("sessions.evidence_entries_per_second")
        return 0
    }
}
