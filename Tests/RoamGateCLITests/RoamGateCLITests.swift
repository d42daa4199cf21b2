import RoamGateCLI
import Testing

@Suite struct RoamGateCLITests {
    @Test func unknownCommandIsUsageError() async {
        let captured = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["frobnicate"], console: captured.console)
        #expect(code == .usage)
        #expect(captured.standardError.contains("unknown command 'frobnicate'"))
    }

    @Test func helpListsEveryCommand() async {
        let captured = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["--help"], console: captured.console)
        #expect(code == .success)
        for command in RoamGateCLI.commands {
            #expect(captured.standardOutput.contains(command.name))
        }
    }

    @Test func argumentListReadsOptionsFlagsAndPositionals() throws {
        var list = ArgumentList(["a.json", "--seed", "7", "--defect=x", "--defect", "y", "--json", "b.json"])
        let seed = try list.integer("--seed")
        let defects = try list.values("--defect")
        let json = list.flag("--json")
        let files = try list.positionals()
        #expect(seed == 7)
        #expect(defects == ["x", "y"])
        #expect(json)
        #expect(files == ["a.json", "b.json"])
    }

    @Test func argumentListRejectsUnknownOption() {
        #expect(throws: UsageError.self) {
            var list = ArgumentList(["--bogus"])
            _ = try list.positionals()
        }
    }
}
