import JSON
import RoamGateCLI
import Testing

@Suite(.timeLimit(.minutes(1)))
struct EmulateCommandTests {
    @Test(
        arguments: [
            ["emulate"],
            ["emulate", "--ocpp-url", "http://127.0.0.1:1/ocpp"],
            ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--version", "1.5"],
            ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--profile", "no-such-profile"],
            ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--count", "0"],
            ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--id-prefix", "A:B"],
            ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--bogus"],
        ]
    )
    func badArgumentsAreUsageErrors(arguments: [String]) async {
        let console = CapturedConsole()
        #expect(await RoamGateCLI.run(arguments: arguments, console: console.console) == .usage)
        #expect(!console.standardError.isEmpty)
    }

    @Test func unreachableCentralSystemFailsWithinTheDuration() async {
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(
            arguments: ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--version", "2.0.1", "--duration", "2"],
            console: console.console
        )
        #expect(code == .findings)
        #expect(console.standardOutput.contains("RG-EMU-001 ocpp2.0.1: not booted, 0/1 sessions completed"))
        #expect(console.standardOutput.contains("FAILED"))
    }

    @Test func jsonSummaryIsOneObject() async throws {
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(
            arguments: ["emulate", "--ocpp-url", "ws://127.0.0.1:1/ocpp", "--count", "2", "--duration", "1", "--json"],
            console: console.console
        )
        #expect(code == .findings)
        let summary = try JSONParser().parse(Array(console.standardOutput.utf8)).value
        #expect(summary["succeeded"]?.boolValue == false)
        #expect(summary["chargers"]?.arrayValue?.count == 2)
        #expect(summary["chargers"]?[0]?["connection_error"]?.stringValue?.isEmpty == false)
    }
}
