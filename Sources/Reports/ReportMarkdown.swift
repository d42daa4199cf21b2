import Foundation
import Harness
import JSON
import OCPI
import PartnerMock

/// `report.md`: the decision and its reasons first, then phases, checks, findings by owner,
/// metrics per charger profile, exceptions and the settlement summary.
public enum ReportMarkdown {
    public static func render(_ result: RunResult) -> String {
        var text = "# RoamGate gate report — \(result.scenarioName)\n\n"
        text += "**Decision: \(title(result.decision))**\n\n"
        for reason in result.reasons { text += "- `\(reason.rule)` \(reason.text)\n" }
        text +=
            "\nRun `\(result.runID)`, seed \(result.seed), simulated \(OCPITimestamp.format(result.simulatedStart)) → \(OCPITimestamp.format(result.simulatedEnd))"
        if !result.defects.isEmpty {
            text += ", defects switched on: \(result.defects.map { "`\($0)`" }.joined(separator: ", "))"
        }
        text += ".\n\n## Phases\n\n| phase | status | passed | failed | not applicable |\n|---|---|---|---|---|\n"
        for phase in result.phaseIDs {
            let outcomes = result.checks.filter { CheckCatalog.check($0.id)?.phase == phase }
            let failed = outcomes.filter { $0.status == .failed }.count
            text +=
                "| \(phase) | \(failed > 0 ? "failed" : "passed") | \(outcomes.filter { $0.status == .passed }.count) | \(failed) | \(outcomes.filter { $0.status == .notApplicable }.count) |\n"
        }
        text += "\n## Checks\n\n| check | title | status | findings |\n|---|---|---|---|\n"
        for outcome in result.checks {
            let title = CheckCatalog.check(outcome.id)?.title ?? ""
            text +=
                "| \(outcome.id) | \(title) | \(outcome.status.rawValue)\(outcome.note.map { " (\($0))" } ?? "") | \(outcome.findings.count) |\n"
        }
        text += "\n## Findings by owner layer\n\n"
        let counted = result.findings.filter { $0.severity != .info }
        if counted.isEmpty { text += "No findings.\n" }
        for owner in OwnerLayer.allCases {
            let findings = counted.filter { $0.owner == owner }
            guard !findings.isEmpty else { continue }
            text += "### \(owner.rawValue) (\(findings.count))\n\n"
            for finding in findings.prefix(50) {
                text +=
                    "- **\(finding.severity.rawValue)** `\(finding.rule)` \(finding.reasonCode): \(escape(finding.message))"
                if let session = finding.sessionID { text += " — [dossier](dossiers/\(session).md)" }
                if let accepted = finding.accepted { text += " _(accepted: \(accepted))_" }
                text += "\n"
            }
            if findings.count > 50 { text += "- … and \(findings.count - 50) more in report.json\n" }
            text += "\n"
        }
        let info = result.findings.filter { $0.severity == .info }
        if !info.isEmpty {
            text += "### classified exceptions (info, \(info.count))\n\n"
            for finding in info.prefix(20) {
                text +=
                    "- `\(finding.rule)` \(finding.reasonCode) (\(finding.owner.rawValue)): \(escape(finding.message))\n"
            }
            text += "\n"
        }
        text +=
            "## Metrics per charger profile\n\n| profile | chargers | sessions | CDRs | commands | success | replay mismatches |\n|---|---|---|---|---|---|---|\n"
        for name in result.profiles.keys.sorted() {
            let m = result.profiles[name]!
            let rate =
                m.commandsSent == 0
                ? "–" : String(format: "%.1f %%", 100 * Double(m.commandsSucceeded) / Double(m.commandsSent))
            text +=
                "| \(name) | \(m.chargers) | \(m.sessions) | \(m.cdrs) | \(m.commandsSent) | \(rate) | \(m.replayMismatches) |\n"
        }
        text += "\n## Exceptions\n\n"
        if result.exceptions.isEmpty { text += "No fault was injected.\n" }
        for exception in result.exceptions {
            text +=
                "- \(exception["reason_code"]?.stringValue ?? "?") — owner \(exception["owner"]?.stringValue ?? "?"), \(exception["status"]?.stringValue ?? "?"): \(exception["note"]?.stringValue ?? "")\n"
        }
        text += settlementSection(result.settlement)
        return text
    }

    /// Statements per period and pair of parties, the exception queue, and whether it ties out.
    static func settlementSection(_ settlement: JSONValue) -> String {
        var text = "\n## Settlement\n\n"
        text +=
            "Collected by \(settlement["collector"]?.stringValue ?? "?"): \(settlement["completed_sessions"]?.numberValue?.text ?? "0") completed sessions, "
        text += "\(settlement["cdrs"]?.numberValue?.text ?? "0") settled CDRs; "
        text += settlement["ties_out"]?.boolValue == true ? "ties out.\n\n" : "**does not tie out**.\n\n"
        let statements = settlement["statements"]?.arrayValue ?? []
        if !statements.isEmpty {
            text +=
                "| period | payer | payee | lines | total excl. VAT | total incl. VAT |\n|---|---|---|---|---|---|\n"
            for statement in statements {
                let total = statement["total"]
                text +=
                    "| \(statement["period"]?.stringValue ?? "") | \(statement["payer"]?.stringValue ?? "") | \(statement["payee"]?.stringValue ?? "") | "
                text +=
                    "\(statement["lines"]?.numberValue?.text ?? "0") | \(total?["excl_vat"]?.numberValue?.text ?? "0") \(statement["currency"]?.stringValue ?? "") | "
                text +=
                    "\(total?["incl_vat"]?.numberValue?.text ?? "0") \(statement["currency"]?.stringValue ?? "") |\n"
            }
            text += "\nStatements and the exception queue are exported as CSV beside this report.\n"
        }
        let exceptions = settlement["exceptions"]?.arrayValue ?? []
        if !exceptions.isEmpty {
            text += "\nException queue:\n\n"
            for exception in exceptions.prefix(30) {
                text +=
                    "- `\(exception["code"]?.stringValue ?? "")` (\(exception["owner"]?.stringValue ?? "")): \(escape(exception["message"]?.stringValue ?? ""))\n"
            }
        }
        return text
    }

    static func title(_ decision: GateDecision) -> String {
        switch decision {
        case .expand: "EXPAND"
        case .stayNarrow: "STAY NARROW"
        case .pause: "PAUSE"
        }
    }

    static func escape(_ text: String) -> String {
        Redaction.redact(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// `dossiers/<session>.md`: every message of a session in order, with its findings and receipt.
    public static func dossier(_ dossier: RunResult.Dossier) -> String {
        var text = "# Session \(dossier.sessionID) on \(dossier.chargerID)\n\n## Findings\n\n"
        for finding in dossier.findings {
            text +=
                "- **\(finding.severity.rawValue)** `\(finding.rule)` \(finding.reasonCode) (\(finding.owner.rawValue)): \(escape(finding.message))\n"
            if let expected = finding.expected { text += "  - expected: \(escape(expected))\n" }
            if let actual = finding.actual { text += "  - actual: \(escape(actual))\n" }
        }
        if let receipt = dossier.receipt { text += "\n## Tariff replay\n\n```\n\(receipt)```\n" }
        text +=
            "\n## Messages (charger, CPO, partner)\n\n| # | time | channel | from → to | message |\n|---|---|---|---|---|\n"
        for entry in dossier.entries {
            text +=
                "| \(entry.seq) | \(OCPITimestamp.format(entry.time)) | \(entry.channel) | \(entry.from) → \(entry.to) | \(escape(entry.summary)) |\n"
        }
        return text
    }
}
