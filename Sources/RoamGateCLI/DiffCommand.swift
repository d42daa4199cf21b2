/// `roamgate diff`: what changed between two runs.
public enum DiffCommand: Command {
    public static let name = "diff"
    public static let summary = "what changed between two runs"
    public static let usage = """
        usage: roamgate diff OLD/report.json NEW/report.json [--json]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate diff: not available in this build yet")
        return .internalError
    }
}
