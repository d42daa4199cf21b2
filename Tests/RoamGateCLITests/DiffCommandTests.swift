import Foundation
import RoamGateCLI
import Testing

@Suite struct DiffCommandTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "roamgate-diff-" + UUID().uuidString + ".json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func report(decision: String, status: String, findings: String, sessions: Int) -> String {
        """
        {"decision": "\(decision)", "phases": [{"id": "P3", "checks": [{"id": "P3-CDR-001", "status": "\(status)"}]}],
         "metrics": {"profiles": {"ac-11kw": {"sessions": \(sessions), "cdrs": \(sessions)}}}, "findings": [\(findings)]}
        """
    }

    @Test func showsDecisionChecksMetricsAndFindings() async throws {
        let old = try write(report(decision: "expand", status: "passed", findings: "", sessions: 40))
        let finding =
            #"{"rule": "P3-CDR-001", "reason_code": "SESSION-WITHOUT-CDR", "owner": "cpo-backend", "severity": "blocker"}"#
        let new = try write(report(decision: "pause", status: "failed", findings: finding, sessions: 38))
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["diff", old, new], console: console.console)
        #expect(code == .success)
        let text = console.standardOutput
        #expect(text.contains("decision: expand → pause"))
        #expect(text.contains("check P3-CDR-001: passed → failed"))
        #expect(text.contains("ac-11kw sessions: 40 → 38"))
        #expect(text.contains("+ 1 × P3-CDR-001 SESSION-WITHOUT-CDR cpo-backend"))
        #expect(text.contains("regressed: yes"))
    }

    @Test func brokenReportIsExit65WithLocation() async throws {
        let old = try write("{\n  \"decision\": \n}")
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["diff", old, old], console: console.console)
        #expect(code == .badInput)
        #expect(console.standardError.contains("\(old):3:1"))
    }

    @Test func needsTwoFiles() async {
        #expect(await RoamGateCLI.run(arguments: ["diff", "one.json"], console: CapturedConsole().console) == .usage)
    }
}
