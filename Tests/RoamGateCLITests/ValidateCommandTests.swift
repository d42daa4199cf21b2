import Foundation
import JSON
import RoamGateCLI
import TestSupport
import Testing

@Suite struct ValidateCommandTests {
    func temporary(_ text: String, ext: String = "json") throws -> String {
        let path = NSTemporaryDirectory() + "roamgate-validate-" + UUID().uuidString + "." + ext
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func validate(_ arguments: [String]) async -> (ExitCode, String, String) {
        let console = CapturedConsole()
        let code = await RoamGateCLI.run(arguments: ["validate"] + arguments, console: console.console)
        return (code, console.standardOutput, console.standardError)
    }

    static var cdr: String { Fixtures.url("ocpi/cdr_example.json").path }

    @Test func validExamplesExitZeroWithASummary() async {
        let files = [
            "ocpi/location_example.json", "ocpi/tariff_1_simple_2hour.json", "ocpi/token_example_1_app_user.json",
        ]
        let (code, output, _) = await validate(files.map { Fixtures.url($0).path })
        #expect(code == .success)
        #expect(output.hasSuffix("3 files, 3 objects: 0 errors, 1 warning, 1 info\n"), "\(output)")
    }

    @Test func errorFindingsExitOneWithRulePathAndLocation() async {
        let (code, output, _) = await validate([Fixtures.url("ocpi/flawed/location_put_example_add_evse.json").path])
        #expect(code == .findings)
        #expect(output.contains("15:25 error OCPI-LOC-002 $.physical_reference: expected a string, found number"))
        #expect(output.contains("EVSE \"3256\""))
    }

    @Test func warningsFailOnlyWithStrict() async {
        let (lenient, _, _) = await validate([Self.cdr])
        let (strict, _, _) = await validate([Self.cdr, "--strict"])
        #expect(lenient == .success)
        #expect(strict == .findings)
    }

    @Test func jsonOutputListsFindingsAndSummary() async throws {
        let (code, output, _) = await validate([Fixtures.url("ocpi/flawed/tariff_put_example.json").path, "--json"])
        #expect(code == .findings)
        let value = try JSONParser.value(output)
        #expect(value["summary"]?["errors"] == 1)
        let finding = value["files"]?[0]?["flagged"]?[0]?["findings"]?[0]
        #expect(finding?["rule"] == "OCPI-TAR-001")
        #expect(finding?["path"] == "$.last_updated")
    }

    @Test func envelopeIsCheckedAndItsDataToo() async throws {
        let envelope =
            #"{"data": [{"version": "2.2.1", "url": "https://x.example/2.2.1"}, {"version": "9"}], "#
            + #""status_code": 1000, "timestamp": "yesterday"}"#
        let (code, output, _) = await validate([try temporary(envelope)])
        #expect(code == .findings)
        #expect(output.contains("error OCPI-ENV-007 $.timestamp"))
        #expect(output.contains("error OCPI-VER-004 $.data[1].version"))
        #expect(output.contains("error OCPI-VER-001 $.data[1].url"))
    }

    @Test func jsonLinesAreValidatedLineByLineWithLineNumbers() async throws {
        let cdr = try Fixtures.text("ocpi/cdr_example.json")
        let compact = JSONWriter.compact.string(try JSONParser.value(cdr))
        let broken = compact.replacingOccurrences(of: #""tariff_id":"12""#, with: #""tariff_id":"99""#)
        let file = try temporary([compact, compact, broken].joined(separator: "\n") + "\n", ext: "jsonl")
        let (code, output, _) = await validate([file])
        #expect(code == .findings)
        #expect(output.contains("\(file):3 $ CDR \"12345\""))
        #expect(output.contains("error OCPI-CDR-024 $.charging_periods[0].tariff_id"))
        #expect(output.contains("1 file, 3 objects: 1 error"))
    }

    @Test func moduleCanBeForced() async throws {
        let (code, output, _) = await validate(["--module", "tariffs", try temporary(#"{"id": "T1"}"#)])
        #expect(code == .findings)
        #expect(output.contains("OCPI-TAR-001 $.currency"))
    }

    @Test func malformedJSONExits65WithFileLineColumn() async throws {
        let file = try temporary("{\"a\": 1,\n \"b\": [1, 2,]}\n")
        let (code, _, errors) = await validate([file])
        #expect(code == .badInput)
        #expect(errors.hasPrefix("\(file):2:13: unexpected character ']'"), "\(errors)")
    }

    @Test func malformedLineOfJSONLinesNamesItsLine() async throws {
        let file = try temporary(
            "{\"language\": \"en\", \"text\": \"a\"}\n{\"language\": \"en\", \"text\": \n",
            ext: "jsonl"
        )
        let (code, _, errors) = await validate([file])
        #expect(code == .badInput)
        #expect(errors.hasPrefix("\(file):2:"), "\(errors)")
    }

    @Test func duplicateKeysAreFindingsWithTheirLocation() async throws {
        let file = try temporary("{\"language\": \"en\",\n \"text\": \"a\", \"text\": \"b\"}")
        let (code, output, _) = await validate([file])
        #expect(code == .findings)
        #expect(output.contains("2:15 error OCPI-GEN-002 $.text"), "\(output)")
    }

    @Test func usageErrors() async {
        let (noFile, _, _) = await validate([])
        let (badModule, _, errors) = await validate(["--module", "parking", "x.json"])
        let (missing, _, _) = await validate(["/nonexistent/roamgate.json"])
        #expect(noFile == .usage)
        #expect(badModule == .usage)
        #expect(errors.contains("unknown module 'parking'"))
        #expect(missing == .badInput)
    }
}
