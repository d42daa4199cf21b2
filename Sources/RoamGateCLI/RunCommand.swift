/// `roamgate run`: run scenarios and decide: expand, stay narrow or pause.
public enum RunCommand: Command {
    public static let name = "run"
    public static let summary = "run scenarios and decide: expand, stay narrow or pause"
    public static let usage = """
        usage: roamgate run [SCENARIO…] [--seed N] [--report-dir DIR] [--defect NAME]… [--only P] [--skip P] [--strict]
                    [--target <versions-url> --token T --ocpp-url ws[s]://… [--mirror]]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate run: not available in this build yet")
        return .internalError
    }
}
