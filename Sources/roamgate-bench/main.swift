// roamgate-bench: one subcommand per figure, each printing JSON lines (Benchmarks/README.md).
// Build and run in release: `swift run -c release roamgate-bench <name> [options]`.
import Foundation

/// Every benchmark, by subcommand name. Each one lives in its own `<Name>Benchmark.swift`.
let benchmarks: [String: @Sendable ([String]) async -> Int32] = [
    "suite": SuiteBenchmark.run,
    "replay": ReplayBenchmark.run,
    "http": HTTPBenchmark.run,
    "sessions": SessionsBenchmark.run,
    "fleet": FleetBenchmark.run,
    "chargers": ChargersBenchmark.run,
    "validate": ValidateBenchmark.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: roamgate-bench <\(names)> [options]\n".utf8))
    exit(64)
}
exit(await benchmark(Array(arguments.dropFirst())))
