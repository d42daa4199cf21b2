public import Foundation
public import OCPI

/// Every version of every tariff, by id; answers which version was in force at an instant
/// (the one with the latest `last_updated` not after it).
public struct TariffBook: Sendable {
    private var versions: [String: [Tariff]] = [:]

    public init(_ tariffs: [Tariff] = []) {
        for tariff in tariffs { add(tariff) }
    }

    public mutating func add(_ tariff: Tariff) {
        versions[tariff.id, default: []].append(tariff)
        versions[tariff.id]?.sort { $0.lastUpdated < $1.lastUpdated }
    }

    public var ids: [String] { versions.keys.sorted() }

    /// The version of `id` in force at `instant`; the oldest when every version is newer.
    public func version(_ id: String, at instant: Date) -> Tariff? {
        guard let all = versions[id] else { return nil }
        return all.last { $0.lastUpdated <= instant } ?? all.first
    }

    public func versions(of id: String) -> [Tariff] { versions[id] ?? [] }
}

/// A CDR total that differs from the replay by more than the tolerance.
public struct CostDifference: Sendable, Hashable, CustomStringConvertible {
    /// `total_cost`, `total_energy_cost`, … with `.excl_vat` or `.incl_vat`.
    public var field: String
    public var cdr: Decimal
    public var replay: Decimal

    public var description: String { "\(field): CDR \(cdr), replay \(replay), difference \(cdr - replay)" }
}

extension Receipt {
    /// Compares the receipt with the totals a CDR carries (OCPI 2.2.1 §10.3.1); absent CDR totals are
    /// compared as zero except `total_cost`, which is required.
    public func differences(fromCDRTotals totals: [String: Price], tolerance: Decimal) -> [CostDifference] {
        let mine: [(String, Price)] = [
            ("total_cost", totalCost), ("total_energy_cost", totalEnergyCost), ("total_time_cost", totalTimeCost),
            ("total_parking_cost", totalParkingCost), ("total_fixed_cost", totalFixedCost),
            ("total_reservation_cost", totalReservationCost),
        ]
        var differences: [CostDifference] = []
        for (field, replay) in mine {
            // Component totals no longer add up once min/max price clamps the total (§3.8): only total_cost counts then.
            if clampedBy != nil && field != "total_cost" { continue }
            let cdr = totals[field] ?? (field == "total_cost" ? nil : .zero)
            guard let cdr else { continue }
            if abs(cdr.exclVAT - replay.exclVAT) > tolerance {
                differences.append(CostDifference(field: field + ".excl_vat", cdr: cdr.exclVAT, replay: replay.exclVAT))
            }
            if let cdrIncl = cdr.inclVAT, let replayIncl = replay.inclVAT, abs(cdrIncl - replayIncl) > tolerance {
                differences.append(CostDifference(field: field + ".incl_vat", cdr: cdrIncl, replay: replayIncl))
            }
        }
        return differences
    }
}
