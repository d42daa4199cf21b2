import Foundation
import JSON
import RoamGateCLI
import TestSupport
import Testing

@Suite struct ReplayCommandTests {
    func temporary(_ value: JSONValue) throws -> String {
        try temporaryText(JSONWriter.canonical.string(value))
    }

    func temporaryText(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "roamgate-replay-" + UUID().uuidString + ".json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func replay(_ arguments: [String]) async -> (ExitCode, String, String) {
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["replay"] + arguments, console: console.console)
        return (code, console.standardOutput, console.standardError)
    }

    static let cases = Fixtures.files(in: "tariff-cases", ext: "json")

    @Test("spec tariff case replays to its expected totals", arguments: cases)
    func specCase(file: String) async throws {
        let value = try JSONParser.value(try Fixtures.bytes(file))
        let tariffs = try temporary(try #require(value["tariffs"]))
        let cdr = try temporary(try #require(value["cdr"]))
        let (code, output, _) = await replay(["--tariffs", tariffs, "--cdr", cdr, "--json", "--tz", "Europe/Amsterdam"])
        let result = try JSONParser.value(output)
        let expected = try #require(value["expected"])
        for field in ["total_cost", "total_energy_cost", "total_fixed_cost", "total_time_cost", "total_parking_cost"] {
            let want = try #require(expected[field]?["excl_vat"]?.stringValue.flatMap { Decimal(string: $0) })
            let got = try #require(result[field]?["excl_vat"]?.numberValue?.decimal)
            #expect(abs(want - got) < Decimal(string: "0.0001")!, "\(field)")
        }
        #expect(result["match"]?.boolValue == expected["match"]?.boolValue)
        #expect((code == .success) == (expected["match"]?.boolValue == true))
    }

    func caseFiles() throws -> (tariffs: JSONValue, cdr: JSONValue) {
        let value = try JSONParser.value(try Fixtures.bytes("tariff-cases/02_spec_energy_plus_start_fee.json"))
        return (try #require(value["tariffs"]), try #require(value["cdr"]))
    }

    @Test func wrongTotalIsAMismatchNamingTheField() async throws {
        let (tariffs, cdr) = try caseFiles()
        var object = try #require(cdr.objectValue)
        object["total_cost"] = [
            "excl_vat": .number(JSONNumber(text: "5.80")), "incl_vat": .number(JSONNumber(text: "6.40")),
        ]
        let (code, output, _) = await replay([
            "--tariffs", try temporary(tariffs), "--cdr", try temporary(.object(object)), "--tz", "UTC",
        ])
        #expect(code == .findings)
        #expect(output.contains("DOES NOT MATCH"))
        #expect(output.contains("total_cost.excl_vat: CDR 5.8, replay 5.5"))
        #expect(output.contains("driver's receipt"))
    }

    @Test func newerSnapshotIsVersionDrift() async throws {
        let (tariffs, cdr) = try caseFiles()
        var object = try #require(cdr.objectValue)
        var snapshot = try #require(tariffs[0]?.objectValue)
        snapshot["last_updated"] = "2030-01-01T00:00:00Z"
        object["tariffs"] = [.object(snapshot)]
        let (code, output, _) = await replay([
            "--tariffs", try temporary(tariffs), "--cdr", try temporary(.object(object)), "--json", "--tz", "UTC",
        ])
        #expect(code == .findings)
        #expect(output.contains("TARIFF-VERSION-DRIFT"))
    }

    @Test func unknownTariffIsNotFound() async throws {
        let (tariffs, cdr) = try caseFiles()
        var object = try #require(cdr.objectValue)
        object["tariffs"] = [["id": "NOPE", "last_updated": "2019-01-01T00:00:00Z"]]
        var location = try #require(object["cdr_location"]?.objectValue)
        location["time_zone"] = nil
        object["cdr_location"] = .object(location)
        let (code, output, _) = await replay([
            "--tariffs", try temporary(tariffs), "--cdr", try temporary(.object(object)), "--json",
        ])
        #expect(code == .findings)
        #expect(output.contains("TARIFF-NOT-FOUND"))
        #expect(output.contains("TARIFF-NO-TIME-ZONE"))
    }

    @Test func jsonLinesReplayEveryCDRWithASummary() async throws {
        let (tariffs, cdr) = try caseFiles()
        let line = JSONWriter.compact.string(cdr)
        let file = try temporaryText(line + "\n" + line + "\n")
        let (code, output, _) = await replay(["--tariffs", try temporary(tariffs), "--cdr", file, "--tz", "UTC"])
        #expect(code == .success)
        #expect(output.contains("2 CDRs: 2 match, 0 mismatch"))
    }

    @Test func brokenCDRFileIsExit65WithLocation() async throws {
        let (tariffs, _) = try caseFiles()
        let file = try temporaryText(
            "{\n  \"id\": \"x\",\n  \"start_date_time\": 5,\n  \"end_date_time\": \"2026-01-01T00:00:00Z\"\n}"
        )
        let (code, _, error) = await replay(["--tariffs", try temporary(tariffs), "--cdr", file])
        #expect(code == .badInput)
        #expect(error.contains("\(file):3:22: $.start_date_time: expected a string"))
        let (syntaxCode, _, syntaxError) = await replay([
            "--tariffs", try temporary(tariffs), "--cdr", try temporaryText("{\"id\": }"),
        ])
        #expect(syntaxCode == .badInput)
        #expect(syntaxError.contains(":1:8:"))
    }

    @Test func otherPolicyShowsTheChangeAgainstTheDefault() async throws {
        let value = try JSONParser.value(try Fixtures.bytes("tariff-cases/02_spec_energy_plus_start_fee.json"))
        let (code, output, _) = await replay([
            "--tariffs", try temporary(try #require(value["tariffs"])), "--cdr",
            try temporary(try #require(value["cdr"])), "--tz", "UTC", "--policy", "2.2.1",
        ])
        #expect(code == .success)
        #expect(output.contains("against 2.2.1-d2"))
    }

    @Test func timeZoneComesFromTheLocationWhenTheCDRHasNone() async throws {
        let (tariffs, cdr) = try caseFiles()
        var object = try #require(cdr.objectValue)
        var location = try #require(object["cdr_location"]?.objectValue)
        location["time_zone"] = nil
        object["cdr_location"] = .object(location)
        let id = try #require(location["id"]?.stringValue)
        let locations = try temporary([["id": .string(id), "time_zone": "Europe/Berlin"]])
        let (code, output, _) = await replay([
            "--tariffs", try temporary(tariffs), "--cdr", try temporary(.object(object)), "--locations", locations,
            "--json",
        ])
        #expect(code == .success)
        #expect(!output.contains("TARIFF-NO-TIME-ZONE"))
    }

    @Test func unknownPolicyIsAUsageError() async {
        let (code, _, error) = await replay(["--tariffs", "a", "--cdr", "b", "--policy", "mine"])
        #expect(code == .usage)
        #expect(error.contains("unknown policy 'mine'"))
    }
}
