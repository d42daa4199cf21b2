#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A JSON number kept as its literal text, so that amounts are exact and nothing is rounded.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as it appeared in the document (RFC 8259 §6 grammar).
    public let text: String

    /// Wraps a literal that is already known to follow the JSON number grammar.
    public init(text: String) {
        self.text = text
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Writes a decimal in plain notation (no exponent), e.g. `0.35`, `-12`, `1000000`.
    public init(_ value: Decimal) {
        self.text = value.plainText
    }

    public var description: String { text }

    /// The exact value, or nil when it does not fit a `Decimal` (38 significant digits).
    public var decimal: Decimal? { Self.plainDecimal(text) ?? Decimal(string: text, locale: nil) }

    /// Reads the common shape `-?digits[.digits]` with at most 18 digits without a string scanner.
    static func plainDecimal(_ text: String) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var negative = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where digits == 0 && !negative && !seenPoint:
                negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            case UInt8(ascii: ".") where !seenPoint && digits > 0:
                seenPoint = true
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        // A negative zero Decimal would be NaN; zero has no sign.
        guard significand != 0 else { return Decimal(0) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    /// The value as an integer when the literal is one (no fraction, no exponent) and fits.
    public var int: Int? { Int(text) }

    /// The value as a Double: for display and charts only, never for money or energy.
    public var double: Double? { Double(text) }

    /// True when the two literals denote the same number (`1.0` and `1` compare equal).
    public func isNumericallyEqual(to other: JSONNumber) -> Bool {
        if text == other.text { return true }
        guard let a = decimal, let b = other.decimal else { return false }
        return a == b
    }
}

extension Decimal {
    /// Plain decimal notation without exponent and without trailing zeros after the point.
    public var plainText: String {
        var text = "\(self)"
        if text.contains("e") || text.contains("E") {
            text = NSDecimalNumberFreeFormatter.plain(self)
        }
        return text
    }
}

/// Formats a Decimal digit by digit when its default description uses an exponent.
enum NSDecimalNumberFreeFormatter {
    static func plain(_ value: Decimal) -> String {
        var mantissa = value.significand
        var exponent = Int(value.exponent)
        let negative = value.sign == .minus
        if negative { mantissa = -mantissa }
        var digits = "\(mantissa)"
        if digits.hasPrefix("-") { digits.removeFirst() }
        if exponent >= 0 {
            digits += String(repeating: "0", count: exponent)
            exponent = 0
        } else {
            let fraction = -exponent
            if digits.count <= fraction {
                digits = String(repeating: "0", count: fraction - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -fraction))
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        return (negative && digits != "0" ? "-" : "") + digits
    }
}
