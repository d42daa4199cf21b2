/// `roamgate checks`: list the check catalog without running anything.
public enum ChecksCommand: Command {
    public static let name = "checks"
    public static let summary = "list the check catalog without running anything"
    public static let usage = """
        usage: roamgate checks [--json]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate checks: not available in this build yet")
        return .internalError
    }
}
