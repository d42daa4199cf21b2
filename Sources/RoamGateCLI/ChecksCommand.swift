import Harness
import JSON

/// `roamgate checks`: the check catalog, without running anything.
public enum ChecksCommand: Command {
    public static let name = "checks"
    public static let summary = "list the check catalog without running anything"
    public static let usage = """
        usage: roamgate checks [--json] [--only P]… [--skip P]…

        Prints every check, mirror mode's (M-…) too (or those a run with the same --only/--skip would run): id, phase, severity,
        requirement level, title and what it verifies. Selecting nothing is a usage error (exit 64).
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let json = arguments.flag("--json")
        let only = try arguments.values("--only")
        let skip = try arguments.values("--skip")
        try arguments.finish()
        let selected = CheckCatalog.select(only: only, skip: skip, in: CheckCatalog.all + CheckCatalog.mirror)
        if selected.isEmpty { throw UsageError("the selection leaves no check") }
        if json {
            console.out(JSONWriter.canonical.string(.array(selected.map(\.json))))
        } else {
            console.out(CheckCatalog.markdownTable(selected))
        }
        return .success
    }
}
