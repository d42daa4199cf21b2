import Foundation

/// The `roamgate` command line as a library, so tests run every command in-process.
public enum RoamGateCLI {
    /// Every subcommand, in the order `--help` lists them.
    public static let commands: [any Command.Type] = [
        RunCommand.self,
        ChecksCommand.self,
        DiffCommand.self,
        ReplayCommand.self,
        ValidateCommand.self,
        ServeCommand.self,
        EmulateCommand.self,
    ]

    /// Runs `roamgate` with `arguments` (without the program name) and returns the exit code.
    public static func run(arguments: [String], console: Console) async -> ExitCode {
        guard let first = arguments.first else {
            return await dispatch(RunCommand.self, arguments: [], console: console)
        }
        switch first {
        case "-h", "--help", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.usage)
            } else {
                console.out(overview)
            }
            return .success
        case "--version":
            console.out("roamgate \(version)")
            return .success
        default:
            guard let command = commands.first(where: { $0.name == first }) else {
                console.err("roamgate: unknown command '\(first)'\n\n\(overview)")
                return .usage
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                console.out(command.usage)
                return .success
            }
            return await dispatch(command, arguments: rest, console: console)
        }
    }

    /// The version printed by `--version`.
    public static let version = "0.1.0"

    static var overview: String {
        var text =
            "roamgate — roaming-launch validation and conformance harness for EV charging (OCPI 2.2.1, OCPP-J)\n\n"
        text += "usage: roamgate <command> [options]    (no command: run Scenarios/pilot.json)\n\ncommands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\n'roamgate help <command>' shows a command's options."
        return text
    }

    static func dispatch(_ command: any Command.Type, arguments: [String], console: Console) async -> ExitCode {
        var list = ArgumentList(arguments)
        do {
            return try await command.run(&list, console: console)
        } catch {
            console.err("roamgate \(command.name): \(error.message)\n\n\(command.usage)")
            return .usage
        }
    }
}
