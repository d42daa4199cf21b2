/// The process exit codes of the command-line contract (DESIGN.md, "Command line").
public enum ExitCode: Int32, Sendable, Hashable {
    /// Gate decision "expand"; for other commands, success.
    case success = 0
    /// Gate decision "stay narrow"; for `replay` a mismatch; for `validate` error findings.
    case stayNarrow = 1
    /// Gate decision "pause".
    case pause = 2
    /// Usage error (sysexits EX_USAGE), also: a run that selects no check.
    case usage = 64
    /// Bad input file (EX_DATAERR), reported as `file:line:column: message`.
    case badInput = 65
    /// Internal error (EX_SOFTWARE).
    case internalError = 70

    /// Exit 1 for commands whose non-zero result is "findings" or "mismatch".
    public static let findings = ExitCode.stayNarrow
}
