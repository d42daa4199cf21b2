import Synchronization

/// Where a command writes: standard output and standard error, injected so tests can capture them.
public struct Console: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    /// True when standard output is a terminal (progress lines and colours are for terminals only).
    public var isTerminal: Bool
    /// Environment variables the commands read (NO_COLOR, ROAMGATE_*).
    public var environment: [String: String]

    public init(
        isTerminal: Bool = false,
        environment: [String: String] = [:],
        writeOut: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.isTerminal = isTerminal
        self.environment = environment
    }

    /// Writes `line` and a newline to standard output.
    public func out(_ line: String) { writeOut(line + "\n") }
    /// Writes `line` and a newline to standard error.
    public func err(_ line: String) { writeError(line + "\n") }

    /// Colours only on a terminal and never with NO_COLOR (https://no-color.org).
    public var usesColor: Bool { isTerminal && environment["NO_COLOR"] == nil }
}

/// A console that keeps everything written, for tests and in-process callers.
public final class CapturedConsole: Sendable {
    private let state = Mutex<(out: String, err: String)>(("", ""))

    public init() {}

    public var console: Console {
        Console(
            writeOut: { text in self.state.withLock { $0.out += text } },
            writeError: { text in self.state.withLock { $0.err += text } }
        )
    }

    public var standardOutput: String { state.withLock { $0.out } }
    public var standardError: String { state.withLock { $0.err } }
}
