import Foundation
import Harness
import JSON

/// `suite`: the pilot scenario's wall time, simulated span and simulated-to-wall ratio.
enum SuiteBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        guard let run = TimedRun.measure("suite", path: arguments.first ?? "Scenarios/pilot.json") else { return 65 }
        let span = run.result.simulatedEnd.timeIntervalSince(run.result.simulatedStart)
        let sessions = run.result.profiles.values.reduce(0) { $0 + $1.sessions }
        Measurement(
            name: "suite.wall_time",
            value: run.seconds,
            unit: "s",
            extra: [("decision", .string(run.result.decision.rawValue)), ("sessions", .number(.init(sessions)))]
        ).print()
        Measurement(name: "suite.simulated_span", value: span / 3600, unit: "h").print()
        Measurement(name: "suite.simulated_to_wall", value: span / run.seconds, unit: "x").print()
        run.printEvidenceRate("suite.evidence_entries_per_second")
        return 0
    }
}
