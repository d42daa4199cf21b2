/// `roamgate serve`: serve the reference CPO or the partner mock on 127.0.0.1.
public enum ServeCommand: Command {
    public static let name = "serve"
    public static let summary = "serve the reference CPO or the partner mock on 127.0.0.1"
    public static let usage = """
        usage: roamgate serve cpo|emsp [--port N] [--token T] [--registration-token A] [--defect NAME]…
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        console.err("roamgate serve: not available in this build yet")
        return .internalError
    }
}
