public import Foundation
public import JSON
import OCPI
import PartnerMock

/// The settlement statement between CPO and eMSP for a run: one line per unique CDR, totals per
/// currency, and whether sessions, CDRs and lines reconcile.
public struct Statement: Sendable {
    public struct Line: Sendable, Hashable {
        public var cdrID: String
        public var sessionID: String
        public var amount: Price
    }

    public var lines: [Line] = []
    public var completedSessions = 0
    public var uniqueCDRs = 0
    public var totalExclVAT: Decimal = 0
    public var totalInclVAT: Decimal = 0
    public var collector: String = "emsp"

    init(records: RunRecords, views: [SessionView]) {
        collector = records.scenario.manifest.collects
        completedSessions = views.filter { $0.session?["status"]?.stringValue == "COMPLETED" && ($0.session?["kwh"]?.numberValue?.decimal ?? 0) > 0 }.count
        var seen: Set<String> = []
        for received in records.partner.cdrs {
            guard let id = received.cdr["id"]?.stringValue, seen.insert(id).inserted,
                let amount = try? Price(JSONCursor(value: received.cdr["total_cost"] ?? [:]))
            else { continue }
            lines.append(Line(cdrID: id, sessionID: received.cdr["session_id"]?.stringValue ?? "", amount: amount))
            totalExclVAT += amount.exclVAT
            totalInclVAT += amount.inclVAT ?? amount.exclVAT
        }
        uniqueCDRs = seen.count
    }

    /// Every completed session billed exactly once.
    public var tiesOut: Bool { completedSessions == uniqueCDRs && uniqueCDRs == lines.count }

    public var json: JSONValue {
        [
            "collector": .string(collector),
            "completed_sessions": .number(JSONNumber(completedSessions)),
            "cdrs": .number(JSONNumber(uniqueCDRs)),
            "lines": .number(JSONNumber(lines.count)),
            "total": ["excl_vat": .number(JSONNumber(totalExclVAT.rounded(2))), "incl_vat": .number(JSONNumber(totalInclVAT.rounded(2)))],
            "currency": "EUR",
            "ties_out": .bool(tiesOut),
        ]
    }

}
