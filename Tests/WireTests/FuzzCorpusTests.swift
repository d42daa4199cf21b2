import TestSupport
import Testing

@testable import roamgate_fuzz

/// Replays every seed and former crash input under `Tests/Fixtures/fuzz/<target>/` through the same
/// fuzz target libFuzzer runs (Tests/Fuzz/run-fuzzers.sh): each must pass the target's checks.
@Suite struct FuzzCorpusTests {
    static let inputs: [(String, String)] = FuzzTarget.allCases.flatMap { target in
        let folder = "fuzz/" + target.rawValue
        let names = Fixtures.files(in: folder, ext: "bin")
        return names.isEmpty ? [] : names.map { (target.rawValue, $0) }
    }

    @Test("every fuzz target has seeds")
    func everyTargetHasSeeds() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.0 == target.rawValue }, "no seeds for \(target.rawValue)")
        }
    }

    @Test("corpus inputs pass their fuzz target", arguments: inputs)
    func replay(target: String, path: String) throws {
        let fuzzTarget = try #require(FuzzTarget(rawValue: target))
        fuzzTarget.run(try Fixtures.bytes(path))
    }
}
