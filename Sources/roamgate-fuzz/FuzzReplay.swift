#if !ROAMGATE_FUZZING
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Without libFuzzer: runs the files given as arguments through the target named by
/// `ROAMGATE_FUZZ_TARGET` (or `--target NAME`), to replay a corpus or a crash input.
///
///     roamgate-fuzz --target http-request Tests/Fixtures/fuzz/http-request/*
@main
struct FuzzReplay {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var name = getenv("ROAMGATE_FUZZ_TARGET").map { String(cString: $0) }
        if arguments.first == "--target", arguments.count >= 2 {
            name = arguments[1]
            arguments.removeFirst(2)
        }
        guard let name, let target = FuzzTarget(rawValue: name), !arguments.isEmpty else {
            let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            print("usage: roamgate-fuzz [--target \(known)] FILE…  (or set ROAMGATE_FUZZ_TARGET)")
            exit(64)
        }
        for path in arguments {
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
                print("cannot read \(path)")
                exit(66)
            }
            target.run([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
