public import Foundation

/// A settlement statement for one period between two parties in one currency.
public struct SettlementStatement: Sendable, Hashable {
    /// `YYYY-MM`, the calendar month of the period.
    public var period: String
    /// Who pays whom: `emsp → cpo`, `cpo → site-host`, …
    public var payer: String
    public var payee: String
    public var currency: String
    public var lines: [StatementLine]

    public var totalExclVAT: Decimal { lines.reduce(0) { $0 + $1.amountExclVAT } }
    public var totalInclVAT: Decimal { lines.reduce(0) { $0 + $1.amountInclVAT } }
}

/// One line of a statement: a CDR's amount, a share, a fee, a reimbursement or a correction.
public struct StatementLine: Sendable, Hashable {
    /// `cdr`, `revenue-share`, `electricity-reimbursement`, `platform-fee`, `corporate-discount`,
    /// `credit-note`, `markup`…
    public var kind: String
    public var reference: String
    public var description: String
    public var amountExclVAT: Decimal
    public var amountInclVAT: Decimal

    public init(kind: String, reference: String, description: String, amountExclVAT: Decimal, amountInclVAT: Decimal) {
        self.kind = kind
        self.reference = reference
        self.description = description
        self.amountExclVAT = amountExclVAT
        self.amountInclVAT = amountInclVAT
    }
}

/// Something that kept a session or a CDR out of the statement, with a reason code and an owner.
public struct SettlementException: Sendable, Hashable {
    /// `SESSION-WITHOUT-CDR`, `CDR-DUPLICATE`, `CDR-LATE`, `CDR-INVALID`, `CDR-WITHOUT-SESSION`,
    /// `AMOUNT-MISMATCH`, `CORPORATE-LIMIT-EXCEEDED`.
    public var code: String
    public var reference: String
    public var message: String
    /// The layer that must act: `cpo-backend`, `partner`, `charger`.
    public var owner: String
}

/// One entry of the append-only audit trail: what settlement did and why.
public struct AuditEntry: Sendable, Hashable {
    public var seq: Int
    public var time: Date
    /// `line-added`, `excluded`, `credit-note`, `resubmission`.
    public var action: String
    public var reference: String
    public var note: String
}

/// The calendar month (`YYYY-MM`) of an instant in a time zone: the settlement period.
public func settlementPeriod(of date: Date, in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month], from: date)
    let month = parts.month ?? 1
    return "\(parts.year ?? 1970)-\(month < 10 ? "0" : "")\(month)"
}
