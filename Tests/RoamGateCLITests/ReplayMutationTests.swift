import Foundation
import JSON
import RoamGateCLI
import Simulation
import TestSupport
import Testing

/// Corrupted CDR files never crash `replay`: each run ends 0, 1 or 65, and 65 comes with a location.
@Suite struct ReplayMutationTests {
    @Test func corruptedCDRsEndCleanly() async throws {
        let value = try JSONParser.value(try Fixtures.bytes("tariff-cases/02_spec_energy_plus_start_fee.json"))
        let directory = NSTemporaryDirectory() + "roamgate-mutation-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tariffs = directory + "/tariffs.json"
        try Data(JSONWriter.compact.bytes(try #require(value["tariffs"]))).write(to: URL(fileURLWithPath: tariffs))
        let original = JSONWriter.canonical.bytes(try #require(value["cdr"]))
        var random = SeededRandom(seed: 77)
        for round in 0..<150 {
            var bytes = original
            for _ in 0..<random.int(in: 1...3) {
                let index = random.int(in: 0...(bytes.count - 1))
                if random.bool(probability: 0.5) {
                    bytes[index] = UInt8(random.int(in: 32...126))
                } else {
                    bytes.remove(at: index)
                }
            }
            let cdr = directory + "/cdr-\(round).json"
            try Data(bytes).write(to: URL(fileURLWithPath: cdr))
            let console = CapturedConsole()
            let code = await RoamGateCLI.run(
                arguments: ["replay", "--tariffs", tariffs, "--cdr", cdr],
                console: console.console
            )
            #expect([ExitCode.success, .findings, .badInput].contains(code), "round \(round): exit \(code)")
            if code == .badInput {
                #expect(console.standardError.contains("\(cdr):"), "round \(round): \(console.standardError)")
            }
        }
    }
}
