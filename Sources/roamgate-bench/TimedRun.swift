import Chargers
import Foundation
import Harness

/// One scenario run through the whole pipeline, timed: what `suite` and `sessions` measure.
struct TimedRun {
    var result: RunResult
    var seconds: Double

    /// Loads the scenario at `path` (profiles from the `chargers` folder beside it), lets `adjust`
    /// change it, and runs it. Errors go to standard error under the benchmark's `name`; nil then.
    static func measure(_ name: String, path: String, adjust: (inout Scenario) -> Void = { _ in }) -> TimedRun? {
        do {
            var scenario = try ScenarioLoader.load(path: path)
            adjust(&scenario)
            let profiles = try ChargerProfile.loadAll(
                in: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("chargers")
            )
            var result: RunResult?
            let seconds = try measureSeconds {
                result = try RunPipeline.run(scenario, profiles: profiles, options: RunOptions())
            }
            return result.map { TimedRun(result: $0, seconds: seconds) }
        } catch {
            FileHandle.standardError.write(Data("roamgate-bench \(name): \(error)\n".utf8))
            return nil
        }
    }

    /// Evidence entries (OCPP frames and OCPI exchanges) recorded per second of wall time.
    func printEvidenceRate(_ name: String) {
        Measurement(name: name, value: Double(result.evidence.count) / seconds, unit: "1/s").print()
    }
}
