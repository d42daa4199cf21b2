import Foundation
import JSON

/// An exact number for the arithmetic of the validation rules: a count of billionths in an Int64
/// when the value fits (the usual case, and many times faster than Decimal), a `Decimal` when it
/// does not. Never a floating-point value: totals and volumes compare exactly.
struct ExactNumber: Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    private enum Storage: Sendable {
        case billionths(Int64)
        case decimal(Decimal)
    }

    private var storage: Storage
    private static let unit: Int64 = 1_000_000_000

    init(integerLiteral value: Int) {
        self.init(value)
    }

    init(_ value: Int) {
        let (scaled, overflow) = Int64(value).multipliedReportingOverflow(by: Self.unit)
        storage = overflow ? .decimal(Decimal(value)) : .billionths(scaled)
    }

    init(billionths: Int64) {
        storage = .billionths(billionths)
    }

    init(_ decimal: Decimal) {
        storage = .decimal(decimal)
    }

    /// The number a JSON literal denotes; nil when even a Decimal cannot hold it.
    init?(_ number: JSONNumber) {
        if let scaled = Self.billionths(of: number.text) {
            storage = .billionths(scaled)
        } else if let decimal = number.decimal {
            storage = .decimal(decimal)
        } else {
            return nil
        }
    }

    /// `-?digits[.digits]` with at most 9 decimals, as billionths; nil for any other shape or size.
    static func billionths(of text: String) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        var decimals: Int?
        var negative = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where digits == 0 && !negative && decimals == nil:
                negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return nil }
                if let places = decimals {
                    guard places < 9 else { return nil }
                    decimals = places + 1
                }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ".") where decimals == nil && digits > 0:
                decimals = 0
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        for _ in (decimals ?? 0)..<9 {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = scaled
        }
        return negative ? -value : value
    }

    var decimal: Decimal {
        switch storage {
        case .billionths(let value): Decimal(value) / Decimal(Self.unit)
        case .decimal(let value): value
        }
    }

    var magnitude: ExactNumber { self < 0 ? ExactNumber(billionths: 0) - self : self }

    var description: String {
        guard case .billionths(let value) = storage else { return decimal.description }
        let whole = value / Self.unit
        var fraction = String((value % Self.unit).magnitude)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func + (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
        if case .billionths(let a) = lhs.storage, case .billionths(let b) = rhs.storage {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return ExactNumber(billionths: sum) }
        }
        return ExactNumber(lhs.decimal + rhs.decimal)
    }

    static func - (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
        if case .billionths(let a) = lhs.storage, case .billionths(let b) = rhs.storage {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if !overflow { return ExactNumber(billionths: difference) }
        }
        return ExactNumber(lhs.decimal - rhs.decimal)
    }

    static func * (lhs: ExactNumber, rhs: Int) -> ExactNumber {
        if case .billionths(let a) = lhs.storage {
            let (product, overflow) = a.multipliedReportingOverflow(by: Int64(rhs))
            if !overflow { return ExactNumber(billionths: product) }
        }
        return ExactNumber(lhs.decimal * Decimal(rhs))
    }

    static func == (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        if case .billionths(let a) = lhs.storage, case .billionths(let b) = rhs.storage { return a == b }
        return lhs.decimal == rhs.decimal
    }

    static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        if case .billionths(let a) = lhs.storage, case .billionths(let b) = rhs.storage { return a < b }
        return lhs.decimal < rhs.decimal
    }
}
