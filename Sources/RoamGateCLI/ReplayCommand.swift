/// `roamgate replay`: price a CDR from tariffs and explain every line.
public enum ReplayCommand: Command {
    public static let name = "replay"
    public static let summary = "price a CDR from tariffs and explain every line"
    public static let usage = """
        usage: roamgate replay --tariffs FILE --cdr FILE [--json] [--tolerance X] [--tz ZONE] [--policy NAME]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate replay: not available in this build yet")
        return .internalError
    }
}
