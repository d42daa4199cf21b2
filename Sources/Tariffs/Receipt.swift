public import Foundation
public import JSON
public import OCPI

/// The priced session: one line per (period, dimension) that a tariff element priced, the totals
/// OCPI's CDR carries, and findings about anything that could not be priced cleanly.
public struct Receipt: Sendable, Hashable {
    public var currency: String
    public var lines: [ReceiptLine]
    public var totalEnergyCost: Price
    public var totalTimeCost: Price
    public var totalParkingCost: Price
    public var totalFixedCost: Price
    public var totalReservationCost: Price
    /// The sum of all lines, clamped by min_price / max_price (§3.8).
    public var totalCost: Price
    /// Set when min_price or max_price changed the total.
    public var clampedBy: String?
    public var findings: [TariffFinding]
    public var policy: String

    /// The receipt as JSON, amounts as exact decimal numbers.
    public var json: JSONValue {
        [
            "currency": .string(currency),
            "policy": .string(policy),
            "total_cost": totalCost.json,
            "total_energy_cost": totalEnergyCost.json,
            "total_time_cost": totalTimeCost.json,
            "total_parking_cost": totalParkingCost.json,
            "total_fixed_cost": totalFixedCost.json,
            "total_reservation_cost": totalReservationCost.json,
            "clamped_by": clampedBy.map { .string($0) } ?? .null,
            "lines": .array(lines.map(\.json)),
            "findings": .array(findings.map(\.json)),
        ]
    }
}

/// One priced quantity: which period, which dimension, which tariff element, how much, at what price.
public struct ReceiptLine: Sendable, Hashable {
    public var period: Int
    public var periodStart: Date
    /// FLAT, ENERGY, TIME, PARKING_TIME or RESERVATION_TIME.
    public var dimension: String
    public var tariffID: String
    public var element: Int
    /// The volume measured (kWh or hours; 1 for FLAT).
    public var quantity: Decimal
    /// The volume billed after step_size.
    public var billedQuantity: Decimal
    public var unitPrice: Decimal
    public var vat: Decimal?
    /// `1 + vat/100` of the pricing component.
    public var vatMultiplier: Decimal?
    /// The step_size of the pricing component (Wh for ENERGY, seconds for time; 0 or 1: none).
    public var stepSize: Int
    public var amount: Price
    /// Which CDR total the line adds to: energy, time, parking, fixed or reservation.
    public var bucket: String

    public var json: JSONValue {
        [
            "period": .number(JSONNumber(period)),
            "period_start": .string(OCPITimestamp.format(periodStart)),
            "dimension": .string(dimension),
            "tariff_id": .string(tariffID),
            "element": .number(JSONNumber(element)),
            "quantity": .number(JSONNumber(quantity)),
            "billed_quantity": .number(JSONNumber(billedQuantity)),
            "unit_price": .number(JSONNumber(unitPrice)),
            "vat": vat.map { .number(JSONNumber($0)) } ?? .null,
            "step_size": .number(JSONNumber(stepSize)),
            "amount": amount.json,
            "bucket": .string(bucket),
        ]
    }
}

/// Something about a replay that a person should know: an unknown tariff, a missing time zone…
public struct TariffFinding: Sendable, Hashable, CustomStringConvertible {
    /// `TARIFF-NOT-FOUND`, `TARIFF-VERSION-DRIFT`, `TARIFF-NO-TIME-ZONE`, `TARIFF-LINT-…`, `COST-MISMATCH`…
    public var code: String
    /// `error`, `warning` or `info`.
    public var severity: String
    public var message: String

    public init(code: String, severity: String, message: String) {
        self.code = code
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(severity) \(code): \(message)" }

    public var json: JSONValue {
        ["code": .string(code), "severity": .string(severity), "message": .string(message)]
    }
}
