import Foundation
import Harness
import JSON
import OCPI
import PartnerMock

/// `report.html`: one self-contained page (inline CSS and SVG, no script, no external asset):
/// decision banner, phases, command latency per profile, session timeline per charger, charger
/// meter vs CDR energy, tariff replay differences, findings by owner and the session dossiers.
public enum ReportHTML {
    public static func render(_ result: RunResult) -> String {
        var body = banner(result)
        body += section("Phases", phaseTable(result))
        body += section("Command latency per charger profile", latencyChart(result))
        body += section("Sessions per charger", timelineChart(result))
        body += section("Charger meter vs CDR energy", energyChart(result))
        body += section("Tariff replay differences", replayChart(result))
        body += section("Findings by owner layer", findingsTable(result))
        body += section("Session dossiers", dossiers(result))
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>RoamGate — \(escape(result.scenarioName)) — \(ReportMarkdown.title(result.decision))</title>
            <style>\(css)</style></head><body><main>
            \(body)
            <footer>RoamGate report \(escape(result.runID)) · seed \(result.seed) · \(result.evidence.count) evidence entries · simulated \(OCPITimestamp.format(result.simulatedStart)) – \(OCPITimestamp.format(result.simulatedEnd))</footer>
            </main></body></html>

            """
    }

    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2430;background:#f5f6f8;margin:0}
        main{max-width:1100px;margin:0 auto;padding:24px}
        h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:0 0 12px}
        section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:18px 20px;margin:16px 0}
        .banner{border-radius:8px;padding:20px 24px;color:#fff}
        .expand{background:#1f7a4d}.stay_narrow{background:#b7791f}.pause{background:#b42318}
        .banner ul{margin:8px 0 0;padding-left:20px}.banner code{color:#fff;opacity:.85}
        table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eceff3;vertical-align:top}
        th{background:#f0f2f5}td:first-child{white-space:nowrap}.passed{color:#1f7a4d;font-weight:600}.failed{color:#b42318;font-weight:600}.na{color:#667085}
        svg{max-width:100%;height:auto}svg text{font:11px system-ui,sans-serif;fill:#475467}
        details{margin:6px 0}summary{cursor:pointer}pre{background:#f6f8fa;padding:10px;overflow:auto;font-size:12px}
        footer{color:#667085;font-size:12px;margin:24px 0}
        """

    static func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(escape(title))</h2>\n\(content)\n</section>\n"
    }

    static func banner(_ result: RunResult) -> String {
        var text =
            "<div class=\"banner \(result.decision.rawValue)\"><h1>\(ReportMarkdown.title(result.decision)) — \(escape(result.scenarioName))</h1><ul>"
        for reason in result.reasons.prefix(12) {
            text += "<li><code>\(escape(reason.rule))</code> \(escape(reason.text))</li>"
        }
        if result.reasons.count > 12 { text += "<li>… \(result.reasons.count - 12) more reasons in report.json</li>" }
        text += "</ul>"
        if !result.defects.isEmpty {
            text += "<p>Defects switched on: \(result.defects.map(escape).joined(separator: ", "))</p>"
        }
        return text + "</div>\n"
    }

    static func phaseTable(_ result: RunResult) -> String {
        var text = "<table><tr><th>check</th><th>title</th><th>status</th><th>per profile (passed/failed)</th></tr>"
        for outcome in result.checks {
            let cls = outcome.status == .passed ? "passed" : outcome.status == .failed ? "failed" : "na"
            let profiles = outcome.profiles.keys.sorted().map {
                "\($0) \(outcome.profiles[$0]!.passed)/\(outcome.profiles[$0]!.failed)"
            }.joined(separator: ", ")
            text +=
                "<tr><td>\(outcome.id)</td><td>\(escape(CheckCatalog.check(outcome.id)?.title ?? ""))</td><td class=\"\(cls)\">\(outcome.status.rawValue)</td><td>\(escape(profiles.isEmpty ? (outcome.note ?? "") : profiles))</td></tr>"
        }
        return text + "</table>"
    }

    /// A strip plot: one dot per command, by profile, on a seconds axis.
    static func latencyChart(_ result: RunResult) -> String {
        let names = result.profiles.keys.sorted()
        let all = names.flatMap { result.profiles[$0]!.commandLatencies }
        guard !all.isEmpty else { return "<p class=\"na\">No command results in this run.</p>" }
        let maxValue = max(1, all.max() ?? 1)
        let width = 900.0
        let left = 120.0
        let rowHeight = 34.0
        let height = Double(names.count) * rowHeight + 40
        var svg =
            "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"command latency per profile\">"
        for (row, name) in names.enumerated() {
            let y = 20 + Double(row) * rowHeight
            svg +=
                "<text x=\"4\" y=\"\(y + 4)\">\(escape(name))</text><line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" stroke=\"#eceff3\"/>"
            for (index, value) in result.profiles[name]!.commandLatencies.enumerated() {
                let x = left + (width - left - 20) * value / maxValue
                let jitter = Double(index % 7) * 2 - 6
                svg +=
                    "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y + jitter))\" r=\"3\" fill=\"#2e6bd3\" fill-opacity=\"0.6\"/>"
            }
        }
        let axisY = height - 12
        svg +=
            "<text x=\"\(left)\" y=\"\(axisY)\">0 s</text><text x=\"\(width - 60)\" y=\"\(axisY)\">\(fmt(maxValue)) s</text></svg>"
        return svg
    }

    /// One row per charger; one bar per session over the simulated span (red: a finding).
    static func timelineChart(_ result: RunResult) -> String {
        let chargers = Array(Set(result.timeline.map(\.chargerID))).sorted()
        guard !chargers.isEmpty else { return "<p class=\"na\">No sessions.</p>" }
        let span = max(1, result.simulatedEnd.timeIntervalSince(result.simulatedStart))
        let width = 900.0
        let left = 170.0
        let rowHeight = 16.0
        var svg =
            "<svg viewBox=\"0 0 \(Int(width)) \(Int(Double(chargers.count) * rowHeight + 30))\" role=\"img\" aria-label=\"session timeline\">"
        for (row, charger) in chargers.enumerated() {
            let y = 6 + Double(row) * rowHeight
            svg += "<text x=\"4\" y=\"\(fmt(y + 10))\">\(escape(charger))</text>"
            for entry in result.timeline where entry.chargerID == charger {
                let x = left + (width - left - 10) * entry.start.timeIntervalSince(result.simulatedStart) / span
                let end = entry.end ?? result.simulatedEnd
                let w = max(1.5, (width - left - 10) * end.timeIntervalSince(entry.start) / span)
                svg +=
                    "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(w))\" height=\"11\" fill=\"\(entry.hasFinding ? "#b42318" : "#1f7a4d")\"/>"
            }
        }
        svg +=
            "<text x=\"\(left)\" y=\"\(fmt(Double(chargers.count) * rowHeight + 24))\">\(OCPITimestamp.format(result.simulatedStart))</text>"
        return svg + "</svg>"
    }

    /// Scatter of charger meter kWh against CDR kWh; points off the diagonal are disagreements.
    static func energyChart(_ result: RunResult) -> String {
        let pairs = result.profiles.values.flatMap(\.energyPairs)
        guard !pairs.isEmpty else { return "<p class=\"na\">No CDRs to compare.</p>" }
        let values = pairs.flatMap {
            [Double($0.meterWh) / 1000, NSDecimalNumber(decimal: $0.cdrWh).doubleValue / 1000]
        }
        let maxValue = max(1, min(values.max() ?? 1, 500))
        let size = 360.0
        var svg =
            "<svg viewBox=\"0 0 \(Int(size + 60)) \(Int(size + 40))\" width=\"\(Int(size + 60))\" role=\"img\" aria-label=\"meter vs CDR energy\">"
        svg +=
            "<line x1=\"40\" y1=\"\(fmt(size))\" x2=\"\(fmt(size + 40))\" y2=\"0\" stroke=\"#98a2b3\" stroke-dasharray=\"4 4\"/>"
        for pair in pairs {
            let meter = min(Double(pair.meterWh) / 1000, maxValue)
            let cdr = min(NSDecimalNumber(decimal: pair.cdrWh).doubleValue / 1000, maxValue)
            let off = abs(Double(pair.meterWh) - NSDecimalNumber(decimal: pair.cdrWh).doubleValue) > 1
            svg +=
                "<circle cx=\"\(fmt(40 + size * meter / maxValue))\" cy=\"\(fmt(size - size * cdr / maxValue))\" r=\"3\" fill=\"\(off ? "#b42318" : "#2e6bd3")\" fill-opacity=\"0.6\"/>"
        }
        svg +=
            "<text x=\"40\" y=\"\(fmt(size + 30))\">charger meter (kWh, up to \(fmt(maxValue)))</text><text x=\"2\" y=\"12\">CDR kWh</text></svg>"
        return svg
    }

    static func replayChart(_ result: RunResult) -> String {
        guard !result.replays.isEmpty else { return "<p class=\"na\">No CDR was replayed.</p>" }
        let sorted = result.replays.sorted { $0.difference > $1.difference }
        let maxDifference = max(Decimal(string: "0.01")!, sorted.first?.difference ?? 0)
        var text =
            "<p>\(result.replays.count) CDRs replayed; largest difference \(sorted.first?.difference ?? 0) EUR.</p>"
        text +=
            "<svg viewBox=\"0 0 900 \(min(sorted.count, 25) * 18 + 10)\" role=\"img\" aria-label=\"largest replay differences\">"
        for (row, replay) in sorted.prefix(25).enumerated() {
            let w = 600 * NSDecimalNumber(decimal: replay.difference / maxDifference).doubleValue
            text += "<text x=\"4\" y=\"\(row * 18 + 14)\">\(escape(replay.sessionID))</text>"
            text +=
                "<rect x=\"160\" y=\"\(row * 18 + 4)\" width=\"\(fmt(max(1, w)))\" height=\"12\" fill=\"\(replay.difference > Decimal(string: "0.01")! ? "#b42318" : "#1f7a4d")\"/>"
            text += "<text x=\"\(fmt(166 + w))\" y=\"\(row * 18 + 14)\">\(replay.difference)</text>"
        }
        return text + "</svg>"
    }

    static func findingsTable(_ result: RunResult) -> String {
        let findings = result.findings.filter { $0.severity != .info }
        guard !findings.isEmpty else { return "<p class=\"passed\">No findings.</p>" }
        var text = ""
        for owner in OwnerLayer.allCases {
            let group = findings.filter { $0.owner == owner }
            guard !group.isEmpty else { continue }
            text +=
                "<h3>\(owner.rawValue) (\(group.count))</h3><table><tr><th>severity</th><th>check</th><th>reason</th><th>message</th></tr>"
            for finding in group.prefix(100) {
                let link = finding.sessionID.map { " <a href=\"#dossier-\(escape($0))\">dossier</a>" } ?? ""
                text +=
                    "<tr><td>\(finding.severity.rawValue)</td><td>\(finding.rule)</td><td>\(escape(finding.reasonCode))</td><td>\(escape(Redaction.redact(finding.message)))\(link)</td></tr>"
            }
            text += "</table>"
        }
        return text
    }

    static func dossiers(_ result: RunResult) -> String {
        guard !result.dossiers.isEmpty else { return "<p class=\"na\">No session has a finding.</p>" }
        var text =
            "<p>Every message of each session with a finding, across charger, CPO and partner (also in <code>dossiers/</code>).</p>"
        for dossier in result.dossiers.prefix(40) {
            text +=
                "<details id=\"dossier-\(escape(dossier.sessionID))\"><summary>\(escape(dossier.sessionID)) on \(escape(dossier.chargerID)) — \(dossier.findings.count) finding(s), \(dossier.entries.count) messages</summary><table>"
            for entry in dossier.entries.prefix(200) {
                text +=
                    "<tr><td>\(entry.seq)</td><td>\(OCPITimestamp.format(entry.time))</td><td>\(entry.channel)</td><td>\(escape(entry.from)) → \(escape(entry.to))</td><td>\(escape(entry.summary))</td></tr>"
            }
            text += "</table>"
            if let receipt = dossier.receipt { text += "<pre>\(escape(receipt))</pre>" }
            text += "</details>"
        }
        return text
    }

    /// A coordinate or value with one decimal, for SVG attributes and labels.
    static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
