public import Foundation
public import JSON

/// An amount excluding and including VAT (OCPI 2.2.1 §16.4 Price). `inclVAT` is nil where the
/// sender gave none (it is optional in 2.2.1).
public struct Price: OCPIObject, CursorCodable {
    public var exclVAT: Decimal
    public var inclVAT: Decimal?

    public init(exclVAT: Decimal, inclVAT: Decimal? = nil) {
        self.exclVAT = exclVAT
        self.inclVAT = inclVAT
    }

    public static let zero = Price(exclVAT: 0, inclVAT: 0)
    public static let schemaName = "Price"
    public static let memberNames = ["excl_vat", "incl_vat"]

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        // A bare number is a 2.1.1-style price: excl. VAT only.
        if cursor.value.numberValue != nil {
            self.init(exclVAT: try cursor.decimal())
            return
        }
        self.init(exclVAT: try cursor.decimal("excl_vat"), inclVAT: try cursor.optionalDecimal("incl_vat"))
    }

    public var json: JSONValue {
        var object: JSONObject = ["excl_vat": .number(JSONNumber(exclVAT))]
        if let inclVAT { object["incl_vat"] = .number(JSONNumber(inclVAT)) }
        return .object(object)
    }

    public static func + (lhs: Price, rhs: Price) -> Price {
        Price(
            exclVAT: lhs.exclVAT + rhs.exclVAT,
            inclVAT: (lhs.inclVAT ?? lhs.exclVAT) + (rhs.inclVAT ?? rhs.exclVAT)
        )
    }
}

extension Decimal {
    /// The value rounded to `places` decimals (`.plain` is half-up, away from zero).
    public func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, mode)
        return output
    }
}
