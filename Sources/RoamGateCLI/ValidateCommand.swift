/// `roamgate validate`: check OCPI objects against the 2.2.1 rules.
public enum ValidateCommand: Command {
    public static let name = "validate"
    public static let summary = "check OCPI objects against the 2.2.1 rules"
    public static let usage = """
        usage: roamgate validate FILE… [--module locations|sessions|cdrs|tariffs|tokens|credentials] [--json]
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate validate: not available in this build yet")
        return .internalError
    }
}
