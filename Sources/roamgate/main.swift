import Foundation
import RoamGateCLI

let console = Console(
    isTerminal: isatty(STDOUT_FILENO) == 1,
    environment: ProcessInfo.processInfo.environment,
    writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
    writeError: { FileHandle.standardError.write(Data($0.utf8)) }
)
let code = await RoamGateCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: console)
exit(code.rawValue)
