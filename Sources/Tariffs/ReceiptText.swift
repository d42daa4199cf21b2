import Foundation
import OCPI

/// Receipts as text: a partner's line-by-line breakdown and a driver's short receipt.
public enum ReceiptText {
    /// One line per priced quantity: period, dimension, tariff element, quantity, billed, price, VAT, amount.
    public static func partnerBreakdown(_ receipt: Receipt) -> String {
        var text = "policy \(receipt.policy), currency \(receipt.currency)\n"
        text += "period  dimension         tariff/element  quantity    billed      unit price  VAT   excl.     incl.\n"
        for line in receipt.lines {
            let columns = [
                pad(String(line.period), 6), pad(line.dimension, 17), pad("\(line.tariffID)#\(line.element)", 15),
                pad(decimal(line.quantity, 4), 11), pad(decimal(line.billedQuantity, 4), 11),
                pad(decimal(line.unitPrice, 4), 11),
                pad(line.vat.map { decimal($0, 1) + "%" } ?? "-", 5), pad(decimal(line.amount.exclVAT, 4), 9),
                decimal(line.amount.inclVAT ?? line.amount.exclVAT, 4),
            ]
            text += columns.joined(separator: " ") + "\n"
        }
        text +=
            "total excl. VAT \(decimal(receipt.totalCost.exclVAT, 4)), incl. VAT \(decimal(receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT, 4))"
        if let clamp = receipt.clampedBy { text += " (bounded by \(clamp))" }
        return text + "\n"
    }

    /// What a driver sees: totals per kind, rounded to cents.
    public static func driverReceipt(_ receipt: Receipt) -> String {
        var text = ""
        for (label, price) in [
            ("Energy", receipt.totalEnergyCost), ("Charging time", receipt.totalTimeCost),
            ("Parking", receipt.totalParkingCost), ("Session fee", receipt.totalFixedCost),
            ("Reservation", receipt.totalReservationCost),
        ]
        where price.exclVAT != 0 {
            text += pad(label, 15) + " " + decimal(price.inclVAT ?? price.exclVAT, 2) + " " + receipt.currency + "\n"
        }
        text +=
            pad("Total", 15) + " " + decimal(receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT, 2) + " "
            + receipt.currency + " incl. VAT\n"
        return text
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A decimal rounded half-up to `places`, written with exactly that many places.
    static func decimal(_ value: Decimal, _ places: Int) -> String {
        var text = "\(value.rounded(places))"
        if places > 0 {
            if !text.contains(".") { text += "." }
            let fraction =
                text.count
                - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count) - 1
            if fraction < places { text += String(repeating: "0", count: places - fraction) }
        }
        return text
    }
}
