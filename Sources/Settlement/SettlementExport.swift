public import JSON

/// Statements and the exception queue as CSV (RFC 4180) and JSON.
public enum SettlementExport {
    public static func csv(_ statement: SettlementStatement) -> String {
        var text = "period,payer,payee,currency,kind,reference,description,amount_excl_vat,amount_incl_vat\r\n"
        for line in statement.lines {
            text +=
                [
                    statement.period, statement.payer, statement.payee, statement.currency, line.kind, line.reference,
                    line.description, "\(line.amountExclVAT)", "\(line.amountInclVAT)",
                ]
                .map(field).joined(separator: ",") + "\r\n"
        }
        text +=
            [
                statement.period, statement.payer, statement.payee, statement.currency, "total", "", "",
                "\(statement.totalExclVAT)", "\(statement.totalInclVAT)",
            ].map(field).joined(separator: ",") + "\r\n"
        return text
    }

    public static func csv(_ exceptions: [SettlementException]) -> String {
        "code,reference,owner,message\r\n"
            + exceptions.map {
                [$0.code, $0.reference, $0.owner, $0.message].map(field).joined(separator: ",") + "\r\n"
            }.joined()
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180 §2).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    public static func json(_ run: SettlementRun) -> JSONValue {
        [
            "statements": .array(
                run.statements.map { statement in
                    [
                        "period": .string(statement.period), "payer": .string(statement.payer),
                        "payee": .string(statement.payee),
                        "currency": .string(statement.currency), "lines": .number(JSONNumber(statement.lines.count)),
                        "total": [
                            "excl_vat": .number(JSONNumber(statement.totalExclVAT)),
                            "incl_vat": .number(JSONNumber(statement.totalInclVAT)),
                        ],
                    ]
                }
            ),
            "exceptions": .array(
                run.exceptions.map {
                    [
                        "code": .string($0.code), "reference": .string($0.reference), "owner": .string($0.owner),
                        "message": .string($0.message),
                    ]
                }
            ),
            "audit_entries": .number(JSONNumber(run.audit.count)),
            "completed_sessions": .number(JSONNumber(run.completedSessions)),
            "cdrs": .number(JSONNumber(run.settledCDRs)),
            "ties_out": .bool(run.tiesOut),
        ]
    }
}
