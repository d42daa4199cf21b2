import Harness

/// The lines printed at the end of `roamgate run`: decision, reasons, counts, report path.
public enum TerminalSummary {
    public static func render(_ result: RunResult, reportDirectory: String, color: Bool) -> String {
        let paint: (String, String) -> String = { text, code in color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let code = result.decision == .expand ? "1;32" : result.decision == .stayNarrow ? "1;33" : "1;31"
        var text = "decision: " + paint(ReportMarkdown.title(result.decision), code) + "\n"
        for reason in result.reasons.prefix(8) { text += "  - [\(reason.rule)] \(Redaction.redact(reason.text))\n" }
        if result.reasons.count > 8 { text += "  - … \(result.reasons.count - 8) more in report.md\n" }
        let counted = result.findings.filter { $0.severity != .info }
        let sessions = result.profiles.values.reduce(0) { $0 + $1.sessions }
        let failed = result.checks.filter { $0.status == .failed }.count
        let passed = result.checks.filter { $0.status == .passed }.count
        text += "checks: \(passed) passed, \(failed) failed; findings: \(counted.count)"
        let byOwner = OwnerLayer.allCases.compactMap { owner -> String? in
            let count = counted.filter { $0.owner == owner }.count
            return count == 0 ? nil : "\(owner.rawValue) \(count)"
        }
        if !byOwner.isEmpty { text += " (" + byOwner.joined(separator: ", ") + ")" }
        text += "; sessions: \(sessions)\nreport: \(reportDirectory)/report.html\n"
        return text
    }
}
