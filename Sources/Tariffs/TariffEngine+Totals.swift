import Foundation
import OCPI

extension TariffEngine {
    /// Applies step_size (OCPI 2.2.1-d2 mod_cdrs "step_size"; ocpi.md §3.6): the surplus of rounding a
    /// group's billable total up to whole steps is priced in the group's last line.
    func applyStepSizes(_ lines: inout [ReceiptLine]) {
        guard policy.stepSize != .ignored else { return }
        for group in [["ENERGY"], ["TIME", "PARKING_TIME"], ["RESERVATION_TIME"]] {
            let indices = lines.indices.filter { group.contains(lines[$0].dimension) }
            guard let last = indices.last else { continue }
            let dimension = lines[last].dimension
            // d2 rule 4: only the last time-based dimension is rounded; the original text rounds the sum.
            let counted = policy.stepSize == .d2 ? indices.filter { lines[$0].dimension == dimension } : indices
            let total = counted.reduce(Decimal(0)) { $0 + lines[$1].quantity }
            let step = lines[last].stepSize
            // step_size 0 means no rounding; 1 still bills a started Wh or second as a whole one.
            guard step > 0 else { continue }
            let unit: Decimal = dimension == "ENERGY" ? 1000 : 3600  // kWh → Wh, h → s
            // Fast path: a quantity that snaps (see below) to a whole number of steps needs no surplus.
            // The Double only decides whether exact work is needed; it never enters an amount.
            let approximate =
                NSDecimalNumber(decimal: total).doubleValue * (dimension == "ENERGY" ? 1000 : 3600) / Double(step)
            let offStep = abs(approximate - approximate.rounded()) * Double(step)
            if offStep < 1e-7 { continue }  // already a whole number of steps
            if offStep < 0.004 {
                // Snapped, the quantity is exactly that many steps: bill it as such.
                lines[last].billedQuantity += Decimal(Int(approximate.rounded()) * step) / unit - total
                continue
            }
            // CDR volumes carry limited decimals (one second is 0.000278 h = 1.0008 s): snap to 1/100 of
            // a Wh or second before rounding up to whole steps.
            let inUnits = (total * unit).rounded(2)
            let steps = (inUnits / Decimal(step)).rounded(0, .up)
            let billed = steps * Decimal(step) / unit
            lines[last].billedQuantity += billed - total
        }
    }

    /// excl = billed × price (FLAT: price); incl = excl × (1 + vat/100) (§3.8).
    func amount(of line: ReceiptLine) -> Price {
        var excl = line.billedQuantity * line.unitPrice
        var incl = line.vatMultiplier.map { excl * $0 } ?? excl
        if case .perLine(let decimals) = policy.rounding {
            excl = excl.rounded(decimals)
            incl = incl.rounded(decimals)
        }
        return Price(exclVAT: excl, inclVAT: incl)
    }

    func totals(lines: [ReceiptLine], tariff: Tariff?, currency: String, findings: [TariffFinding]) -> Receipt {
        func sum(_ bucket: String) -> Price {
            lines.filter { $0.bucket == bucket }.reduce(Price.zero) { $0 + $1.amount }
        }
        var total = lines.reduce(Price.zero) { $0 + $1.amount }
        var clampedBy: String?
        // §3.8: min_price and max_price bound excl. and incl. VAT independently.
        if let min = tariff?.minPrice {
            if total.exclVAT < min.exclVAT {
                total.exclVAT = min.exclVAT
                clampedBy = "min_price"
            }
            if let minIncl = min.inclVAT, let incl = total.inclVAT, incl < minIncl {
                total.inclVAT = minIncl
                clampedBy = "min_price"
            }
        }
        if let max = tariff?.maxPrice {
            if total.exclVAT > max.exclVAT {
                total.exclVAT = max.exclVAT
                clampedBy = "max_price"
            }
            if let maxIncl = max.inclVAT, let incl = total.inclVAT, incl > maxIncl {
                total.inclVAT = maxIncl
                clampedBy = "max_price"
            }
        }
        var receipt = Receipt(
            currency: currency,
            lines: lines,
            totalEnergyCost: sum("energy"),
            totalTimeCost: sum("time"),
            totalParkingCost: sum("parking"),
            totalFixedCost: sum("fixed"),
            totalReservationCost: sum("reservation"),
            totalCost: total,
            clampedBy: clampedBy,
            findings: findings,
            policy: policy.name
        )
        if case .totals(let decimals) = policy.rounding {
            func round(_ price: Price) -> Price {
                Price(exclVAT: price.exclVAT.rounded(decimals), inclVAT: price.inclVAT.map { $0.rounded(decimals) })
            }
            receipt.totalEnergyCost = round(receipt.totalEnergyCost)
            receipt.totalTimeCost = round(receipt.totalTimeCost)
            receipt.totalParkingCost = round(receipt.totalParkingCost)
            receipt.totalFixedCost = round(receipt.totalFixedCost)
            receipt.totalReservationCost = round(receipt.totalReservationCost)
            receipt.totalCost = round(receipt.totalCost)
        }
        return receipt
    }

}
