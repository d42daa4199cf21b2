import Foundation
import Harness
import Simulation
import Testing

/// Broken scenario files never crash the loader: each corruption of the pilot either still loads or
/// gives an error that starts with the file name and a line and column.
@Suite struct ScenarioMutationTests {
    @Test func corruptedPilotsGiveLocatedErrors() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Scenarios/pilot.json")
        let original = [UInt8](try Data(contentsOf: url))
        var random = SeededRandom(seed: 4242)
        var errors = 0
        for round in 0..<400 {
            var bytes = original
            for _ in 0..<random.int(in: 1...4) {
                let index = random.int(in: 0...(bytes.count - 1))
                switch random.int(in: 0...4) {
                case 0: bytes.remove(at: index)
                case 1:
                    bytes.insert(
                        [UInt8(ascii: "{"), UInt8(ascii: "]"), UInt8(ascii: "\""), 0xFF, UInt8(ascii: "7")][
                            random.int(in: 0...4)
                        ],
                        at: index
                    )
                case 2: bytes[index] = UInt8(random.int(in: 0...255))
                case 3: bytes = Array(bytes.prefix(index))
                default: bytes.swapAt(index, random.int(in: 0...(bytes.count - 1)))
                }
                if bytes.isEmpty { bytes = [UInt8(ascii: "{")] }
            }
            do {
                _ = try ScenarioLoader.load(bytes, fileName: "pilot.json")
            } catch {
                errors += 1
                #expect(
                    error.message.wholeMatch(of: /pilot\.json:\d+:\d+: .+/.dotMatchesNewlines()) != nil,
                    "round \(round): \(error.message)"
                )
            }
        }
        #expect(errors > 300)
    }
}
