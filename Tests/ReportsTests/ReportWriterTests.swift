import Foundation
import Harness
import JSON
import Reports
import TestSupport
import Testing

/// The report writers on a fixed result, against golden files
/// (regenerate: `ROAMGATE_RECORD=1 swift test --filter ReportWriterTests`).
@Suite struct ReportWriterTests {
    let result = ReportFixture.result

    @Test func reportJSONMatchesGolden() { expectGolden(ReportJSON.render(result), named: "report.json") }
    @Test func reportMarkdownMatchesGolden() { expectGolden(ReportMarkdown.render(result), named: "report.md") }
    @Test func reportHTMLMatchesGolden() { expectGolden(ReportHTML.render(result), named: "report.html") }
    @Test func junitMatchesGolden() { expectGolden(ReportJUnit.render(result), named: "junit.xml") }
    @Test func dossierMatchesGolden() { expectGolden(ReportMarkdown.dossier(result.dossiers[0]), named: "dossier.md") }

    @Test func reportJSONIsCanonicalAndHasTheContractFields() throws {
        let text = ReportJSON.render(result)
        let value = try JSONParser.value(text)
        #expect(value["decision"]?.stringValue == "pause")
        #expect(value["reasons"]?.arrayValue?.isEmpty == false)
        #expect(value["phases"]?.arrayValue?.count == 4)
        let finding = try #require(value["findings"]?[0])
        for field in ["rule", "severity", "reason_code", "owner"] { #expect(finding[field] != nil, "\(field)") }
        #expect(JSONWriter.canonical.string(value) + "\n" == text)
    }

    @Test func secretsAreRedactedEverywhere() {
        for text in [
            ReportJSON.render(result), ReportJSON.evidenceLines(result), ReportHTML.render(result),
            ReportJUnit.render(result), ReportMarkdown.render(result),
        ] {
            #expect(!text.contains("secret-token-c"))
            #expect(!text.contains("abc123"))
        }
    }

    @Test func htmlIsSelfContained() {
        let html = ReportHTML.render(result)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("href=\"http"))
        #expect(html.contains("<svg"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func junitHasOneSuitePerPhaseAndEscapesText() {
        let xml = ReportJUnit.render(result)
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 4)
        #expect(xml.contains("&lt;script&gt; &amp;"))
        #expect(xml.contains("P3-CDR-001 [ac-11kw]"))
    }

    @Test func terminalSummaryUsesColourOnlyWhenAsked() {
        #expect(!TerminalSummary.render(result, reportDirectory: "R", color: false).contains("\u{1B}["))
        #expect(TerminalSummary.render(result, reportDirectory: "R", color: true).contains("\u{1B}[1;31mPAUSE"))
    }

    @Test func directoryWriterWritesEveryFileAtomically() throws {
        let path = NSTemporaryDirectory() + "roamgate-reports-" + UUID().uuidString
        try ReportDirectory(path: path).write(result)
        let files = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        #expect(
            files == [
                "dossiers", "junit.xml", "report.html", "report.json", "report.md", "settlement-exceptions.csv",
                "statement-2026-03-emsp-to-cpo.csv",
            ]
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: path + "/dossiers") == ["RGC-S00005.md"])
    }
}

@Suite struct RedactionTests {
    @Test func tokenMembersAndTokenWordsAreMasked() {
        let value: JSONValue = [
            "token": "abc", "nested": [["token": "def", "uid": "CARD"]], "cdr_token": ["uid": "X"],
        ]
        let redacted = Redaction.redact(value)
        #expect(redacted["token"]?.stringValue == "***")
        #expect(redacted["nested"]?[0]?["token"]?.stringValue == "***")
        #expect(redacted["nested"]?[0]?["uid"]?.stringValue == "CARD")
        #expect(redacted["cdr_token"]?["uid"]?.stringValue == "X")
        #expect(Redaction.redact("Authorization: Token abc123 next") == "Authorization: Token *** next")
    }
}
