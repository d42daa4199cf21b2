import Harness
import JSON

/// `roamgate checks`: the check catalog, without running anything.
public enum ChecksCommand: Command {
    public static let name = "checks"
    public static let summary = "list the check catalog without running anything"
    public static let usage = """
        usage: roamgate checks [--json]

        Prints every check: id, phase, severity, requirement level, title and what it verifies.
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let json = arguments.flag("--json")
        try arguments.finish()
        if json {
            console.out(JSONWriter.canonical.string(.array(CheckCatalog.all.map(\.json))))
        } else {
            console.out(CheckCatalog.markdownTable)
        }
        return .success
    }
}
