public import Foundation

/// What settlement needs of a CDR (OCPI 2.2.1 §10.3.1), plus when it arrived.
public struct SettledCDR: Sendable, Hashable {
    public var id: String
    public var sessionID: String
    public var chargerID: String
    public var userID: String
    public var isDC: Bool
    public var end: Date
    public var receivedAt: Date
    public var currency: String
    public var energyKWh: Decimal
    public var totalExclVAT: Decimal
    public var totalInclVAT: Decimal
    /// The session (connection) fee within the total, excl. VAT (total_fixed_cost).
    public var fixedExclVAT: Decimal

    public init(
        id: String,
        sessionID: String,
        chargerID: String,
        userID: String,
        isDC: Bool,
        end: Date,
        receivedAt: Date,
        currency: String,
        energyKWh: Decimal,
        totalExclVAT: Decimal,
        totalInclVAT: Decimal,
        fixedExclVAT: Decimal = 0
    ) {
        self.id = id
        self.sessionID = sessionID
        self.chargerID = chargerID
        self.userID = userID
        self.isDC = isDC
        self.end = end
        self.receivedAt = receivedAt
        self.currency = currency
        self.energyKWh = energyKWh
        self.totalExclVAT = totalExclVAT
        self.totalInclVAT = totalInclVAT
        self.fixedExclVAT = fixedExclVAT
    }
}
