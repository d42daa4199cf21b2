/// `roamgate emulate`: run emulated chargers against a central system.
public enum EmulateCommand: Command {
    public static let name = "emulate"
    public static let summary = "run emulated chargers against a central system"
    public static let usage = """
        usage: roamgate emulate --ocpp-url URL [--version 1.6|2.0.1] [--profile P] [--count N] [--sessions K] [--id-tag TAG] [--json]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate emulate: not available in this build yet")
        return .internalError
    }
}
