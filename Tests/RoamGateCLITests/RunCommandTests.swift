import Foundation
import RoamGateCLI
import TestSupport
import Testing

/// `roamgate run` in process: exit codes of the command-line contract.
@Suite(.serialized) struct RunCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func run(_ arguments: [String]) async -> (ExitCode, CapturedConsole) {
        let captured = CapturedConsole()
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(Self.root.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        return (await RoamGateCLI.run(arguments: ["run"] + arguments, console: captured.console), captured)
    }

    func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "roamgate-test-" + UUID().uuidString
    }

    @Test func selectingNoCheckIsAUsageError() async {
        let (code, console) = await run(["--only", "P9-NOPE"])
        #expect(code == .usage)
        #expect(console.standardError.contains("leaves no check to run"))
    }

    @Test func unknownDefectIsAUsageError() async {
        let (code, console) = await run([
            "Tests/Fixtures/scenarios/detection.json", "--defect", "no-such-defect", "--report-dir",
            temporaryDirectory(),
        ])
        #expect(code == .usage)
        #expect(console.standardError.contains("unknown defect \"no-such-defect\""))
    }

    @Test func brokenScenarioFileIsExit65WithItsLocation() async throws {
        let file = temporaryDirectory() + ".json"
        try Data("{\n  \"name\": \"x\",\n  \"start\": 12\n}".utf8).write(to: URL(fileURLWithPath: file))
        let (code, console) = await run([file])
        #expect(code == .badInput)
        #expect(console.standardError.contains("\(file):"))
    }

    @Test func missingScenarioFileIsExit65() async {
        let (code, console) = await run(["Scenarios/does-not-exist.json"])
        #expect(code == .badInput)
        #expect(console.standardError.contains("cannot read"))
    }

    @Test func badSeedIsAUsageError() async {
        let (code, _) = await run(["--seed", "minus-one"])
        #expect(code == .usage)
    }

    @Test func pauseScenarioExitsTwoAndWritesEveryReport() async throws {
        let directory = temporaryDirectory()
        let (code, console) = await run(["Scenarios/pause.json", "--report-dir", directory])
        #expect(code == .pause)
        #expect(console.standardOutput.contains("decision: PAUSE"))
        for file in ["report.json", "report.md", "report.html", "junit.xml", "evidence.jsonl"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + file), "\(file)")
        }
        let dossiers = try FileManager.default.contentsOfDirectory(atPath: directory + "/dossiers")
        #expect(!dossiers.isEmpty)
        let evidence = try String(contentsOfFile: directory + "/evidence.jsonl", encoding: .utf8)
        #expect(!evidence.contains("token-c-"), "credentials tokens are redacted")
        #expect(!evidence.contains("token-b-"))
    }

    @Test func stayNarrowScenarioExitsOne() async {
        let (code, _) = await run(["Scenarios/stay-narrow.json", "--report-dir", temporaryDirectory()])
        #expect(code == .stayNarrow)
    }

    /// `--target` and its companions, each wrong in one way (with `--speed 10000`, so that a check that
    /// let one through would end a run against nobody in seconds).
    static let badTargets: [([String], String)] = [
        (["--token", "token-a"], "--token needs --target (a CPO or, with --mirror, an eMSP)"),
        (
            ["--target", "ftp://x", "--token", "token-a", "--ocpp-url", "ws://127.0.0.1:9/ocpp"],
            "--target needs the CPO's OCPI versions URL (http:// or https://), got 'ftp://x'"
        ),
        (
            ["--target", "http://127.0.0.1:9/ocpi/versions", "--ocpp-url", "ws://127.0.0.1:9/ocpp"],
            "--target needs --token (token A of the CPO)"
        ),
        (
            ["--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a"],
            "--target needs --ocpp-url, the central system's ws:// or wss:// endpoint"
        ),
        (
            ["--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--ocpp-url", "http://x/ocpp"],
            "--target needs --ocpp-url, the central system's ws:// or wss:// endpoint"
        ),
        (
            [
                "--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--ocpp-url",
                "ws://127.0.0.1:9/ocpp", "--listen", "nonsense",
            ],
            "--listen needs HOST:PORT (e.g. 127.0.0.1:9090), got 'nonsense'"
        ),
        (
            [
                "--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--ocpp-url",
                "ws://127.0.0.1:9/ocpp", "--ca-file", "/nonexistent/ca.pem",
            ],
            "--ca-file /nonexistent/ca.pem: no such readable file"
        ),
        (
            ["--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--command-wait", "5"],
            "--command-wait is an option of --mirror"
        ),
    ]

    /// Mirror mode's options, each wrong in one way.
    static let badMirrorTargets: [([String], String)] = [
        (["--mirror"], "--mirror needs --target (a CPO or, with --mirror, an eMSP)"),
        (
            ["--mirror", "--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--speed", "10"],
            "--speed is for runs against a CPO; --mirror plays the CPO itself"
        ),
        (
            ["--mirror", "--target", "http://127.0.0.1:9/ocpi/versions"],
            "--target needs --token (token A of the eMSP)"
        ),
        (
            ["--mirror", "--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a", "--command-wait", "x"],
            "--command-wait needs whole seconds from 0 to 3600, got 'x'"
        ),
    ]

    @Test("a wrong --mirror option is a usage error naming it", arguments: badMirrorTargets)
    func badMirrorOptionIsAUsageError(options: [String], message: String) async {
        let (code, console) = await run(["Scenarios/smoke.json"] + options + ["--report-dir", temporaryDirectory()])
        #expect(code == .usage)
        #expect(console.standardError.hasPrefix("roamgate run: \(message)\n"), "\(console.standardError.prefix(200))")
    }

    @Test func mirrorModeAgainstNobodyPausesOnRegistration() async throws {
        let refusing = RefusingPort()
        let directory = temporaryDirectory()
        let (code, _) = await run([
            "Scenarios/smoke.json", "--mirror", "--target", "http://127.0.0.1:\(refusing.port)/ocpi/versions",
            "--token", "token-a", "--report-dir", directory,
        ])
        #expect(code == .pause)
        let report = try String(contentsOfFile: directory + "/report.md", encoding: .utf8)
        #expect(report.contains("M-REG-001"))
        #expect(report.contains("Connection refused"))
        withExtendedLifetime(refusing) {}
    }

    @Test("a wrong --target option is a usage error naming it", arguments: badTargets)
    func badTargetOptionIsAUsageError(options: [String], message: String) async {
        let speed = options.contains("--target") ? ["--speed", "10000"] : []
        let (code, console) = await run(
            ["Scenarios/smoke.json"] + options + speed + ["--report-dir", temporaryDirectory()]
        )
        #expect(code == .usage)
        #expect(console.standardError.hasPrefix("roamgate run: \(message)\n"), "\(console.standardError.prefix(200))")
    }

    @Test(arguments: ["0", "0.5", "10001", "fast"])
    func speedOutOfRangeIsAUsageError(speed: String) async {
        let (code, console) = await run([
            "Scenarios/smoke.json", "--target", "http://127.0.0.1:9/ocpi/versions", "--token", "token-a",
            "--ocpp-url", "ws://127.0.0.1:9/ocpp", "--speed", speed, "--report-dir", temporaryDirectory(),
        ])
        #expect(code == .usage)
        #expect(console.standardError.hasPrefix("roamgate run: --speed needs a number from 1 to 10000, got '\(speed)'"))
    }

    @Test func checksListsTheCatalog() async {
        let captured = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["checks"], console: captured.console)
        #expect(code == .success)
        #expect(captured.standardOutput.contains("P3-TAR-001"))
        let json = CapturedConsole()
        _ = await RoamGateCLI.run(arguments: ["checks", "--json"], console: json.console)
        #expect(json.standardOutput.hasPrefix("["))
        let some = CapturedConsole()
        _ = await RoamGateCLI.run(arguments: ["checks", "--only", "P3-TAR"], console: some.console)
        #expect(some.standardOutput.contains("P3-TAR-002") && !some.standardOutput.contains("P1-REG-001"))
        #expect(
            await RoamGateCLI.run(arguments: ["checks", "--only", "P9"], console: CapturedConsole().console) == .usage
        )
    }
}
