import Foundation
import Testing

@testable import RoamGateCLI

@Suite(.timeLimit(.minutes(1)))
struct ServeCommandTests {
    @Test(
        arguments: [
            ["serve"],
            ["serve", "hub"],
            ["serve", "cpo", "emsp"],
            ["serve", "cpo", "--defect", "no-such-defect"],
            ["serve", "emsp", "--defect", "cdr-missing"],
            ["serve", "cpo", "--evidence", "/tmp/x.jsonl"],
            ["serve", "cpo", "--port", "70000"],
            ["serve", "emsp", "--token", "has space"],
            ["serve", "emsp", "--public-url", "ftp://example.org"],
            ["serve", "emsp", "--bogus"],
        ]
    )
    func badArgumentsAreUsageErrors(arguments: [String]) async {
        let console = CapturedConsole()
        #expect(await RoamGateCLI.run(arguments: arguments, console: console.console) == .usage)
        #expect(!console.standardError.isEmpty)
    }

    @Test func listsEveryDefectWithItsSymptom() async {
        let console = CapturedConsole()
        #expect(
            await RoamGateCLI.run(arguments: ["serve", "cpo", "--list-defects"], console: console.console) == .success
        )
        let lines = console.standardOutput.split(separator: "\n")
        #expect(lines.count >= 20)
        #expect(lines.contains { $0.hasPrefix("cdr-missing\t") })
    }

    @Test func aBrokenScenarioIsABadInputWithItsLocation() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("serve-broken-\(UUID()).json")
        try Data(#"{"name": "broken", "chargers": [}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(
            arguments: ["serve", "cpo", "--scenario", file.path],
            console: console.console
        )
        #expect(code == .badInput)
        #expect(console.standardError.contains(file.lastPathComponent + ":1:"))
    }

    @Test func servedCPOPrintsItsURLsAndChargersAndMakesUpATokenA() throws {
        var arguments = ArgumentList(["cpo", "--defect", "cdr-missing"])
        let plan = try ServeCommand.parse(&arguments)
        #expect(plan.registrationToken?.isEmpty == false)
        let server = try ServeCommand.start(plan)
        #expect(server.banner[0] == "versions: http://127.0.0.1:\(server.port)/ocpi/versions")
        #expect(server.banner[1] == "ocpp: ws://127.0.0.1:\(server.port)/ocpp")
        #expect(server.banner[2].hasPrefix("chargers: RG-AC-11KW-01 "))
        #expect(server.banner.contains("registration token (A): \(plan.registrationToken ?? "")"))
        #expect(server.banner.contains("defects: cdr-missing"))
        Task { await server.shutdown() }
    }

    @Test func servedPartnerNamesItsPublicURLAndDoesNotPrintAGivenToken() throws {
        var arguments = ArgumentList(["emsp", "--token", "given-secret", "--public-url", "https://emsp.example.org/"])
        let server = try ServeCommand.start(try ServeCommand.parse(&arguments))
        #expect(server.banner[0] == "versions: https://emsp.example.org/ocpi/versions")
        #expect(!server.banner.joined().contains("given-secret"))
        Task { await server.shutdown() }
    }
}
