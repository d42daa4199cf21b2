/// One subcommand of `roamgate`.
///
/// Each command lives in its own file, documents itself with `summary` and `usage`, reads its
/// arguments from an `ArgumentList` and returns an exit code; nothing here calls `exit`.
public protocol Command: Sendable {
    /// The word after `roamgate`.
    static var name: String { get }
    /// One line for `roamgate --help`.
    static var summary: String { get }
    /// The usage text shown by `roamgate help NAME` and after a usage error.
    static var usage: String { get }
    /// Runs the command. Usage problems are thrown as `UsageError` (exit 64).
    static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode
}
