import Harness
import JSON
import PartnerMock

/// `report.json`: the canonical result (schema `Reports/report.schema.json`), sorted keys, stable numbers.
public enum ReportJSON {
    public static func render(_ result: RunResult) -> String {
        JSONWriter.canonical.string(Redaction.redact(result.json)) + "\n"
    }

    /// `evidence.jsonl`: one redacted entry per line.
    public static func evidenceLines(_ result: RunResult) -> String {
        result.evidence.map { JSONWriter.canonicalCompact.string(Redaction.redact($0.json)) + "\n" }.joined()
    }
}
