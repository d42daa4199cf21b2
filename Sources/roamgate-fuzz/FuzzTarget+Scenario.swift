import Harness

extension FuzzTarget {
    /// ScenarioLoader on arbitrary bytes: a scenario or a `ScenarioError`, never a crash or a hang.
    ///
    /// Property: every error message points into the file (`fuzz.json:line:column`), as the CLI's
    /// exit code 65 promises.
    static func fuzzScenario(_ data: [UInt8]) {
        do {
            let scenario = try ScenarioLoader.load(data, fileName: "fuzz.json")
            check(scenario.durationHours >= 0, "a loaded scenario has a negative duration")
        } catch {
            check(error.message.hasPrefix("fuzz.json:"), "a scenario error without a location: \(error.message)")
        }
    }
}
