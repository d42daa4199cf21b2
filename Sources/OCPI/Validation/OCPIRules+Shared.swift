import Foundation
import JSON

/// Checks shared by several modules' rules (sessions and CDRs both carry charging periods and prices).
extension OCPIRules {
    static func rule(
        _ module: OCPIModule,
        _ number: Int,
        _ severity: OCPISeverity,
        _ section: String,
        _ summary: String,
        on object: String,
        _ check: @escaping @Sendable (JSONObject, inout CrossFieldReport) -> Void
    ) -> CrossFieldRule {
        CrossFieldRule(
            OCPIRule(module: module, number: number, severity: severity, section: section, summary: summary),
            on: object,
            check
        )
    }

    /// `end` is not before `start` (both optional; nothing to say when one is absent or malformed).
    static func endNotBeforeStart(
        _ object: JSONObject,
        _ report: inout CrossFieldReport,
        _ start: String,
        _ end: String
    ) {
        guard let from = object.date(start), let to = object.date(end), to < from else { return }
        report.add("\(end) \(object.text(end) ?? "") is before \(start) \(object.text(start) ?? "")", at: .key(end))
    }

    /// §10.4.6: each period lasts until the next one starts, so starts must not go backwards.
    static func periodsOrdered(_ object: JSONObject, _ report: inout CrossFieldReport) {
        var previous: Date?
        for (index, period) in object.objects("charging_periods") {
            guard let start = period.date("start_date_time") else { continue }
            if let previous, start < previous {
                report.add(
                    "period \(index) starts at \(period.text("start_date_time") ?? ""), before the period ahead of it",
                    at: .key("charging_periods"),
                    .index(index),
                    .key("start_date_time")
                )
            }
            previous = start
        }
    }

    /// Periods start inside the session: not before its start, not after its end.
    static func periodsInside(_ object: JSONObject, _ report: inout CrossFieldReport) {
        let start = object.date("start_date_time")
        let end = object.date("end_date_time")
        for (index, period) in object.objects("charging_periods") {
            guard let periodStart = period.date("start_date_time") else { continue }
            let text = period.text("start_date_time") ?? ""
            if let start, periodStart < start {
                report.add(
                    "period \(index) starts at \(text), before start_date_time",
                    at: .key("charging_periods"),
                    .index(index),
                    .key("start_date_time")
                )
            } else if let end, periodStart > end {
                report.add(
                    "period \(index) starts at \(text), after end_date_time",
                    at: .key("charging_periods"),
                    .index(index),
                    .key("start_date_time")
                )
            }
        }
    }

    /// The sum of the volumes of dimension `type` over all periods; nil when no period carries it.
    static func dimensionSum(_ object: JSONObject, _ type: String) -> ExactNumber? {
        var sum: ExactNumber?
        for (_, period) in object.objects("charging_periods") {
            for (_, dimension) in period.objects("dimensions") where dimension.text("type") == type {
                if let volume = dimension.number("volume") { sum = (sum ?? 0) + volume }
            }
        }
        return sum
    }

    /// §16.4 Price: the amount including VAT is not below the amount excluding it (compared by
    /// magnitude when `negated`, as in credit CDRs).
    static func priceIncludesVAT(
        _ object: JSONObject,
        _ report: inout CrossFieldReport,
        _ keys: [String],
        negated: Bool = false
    ) {
        for key in keys {
            guard let price = object.object(key), let excl = price.number("excl_vat"),
                let incl = price.number("incl_vat")
            else { continue }
            let wrong = negated ? incl.magnitude < excl.magnitude : incl < excl
            if wrong {
                report.add("\(key): incl_vat \(incl) is less than excl_vat \(excl)", at: .key(key), .key("incl_vat"))
            }
        }
    }

    /// Time-like volumes (hours) cannot be negative (§10.4.3).
    static func timeVolumeNotNegative(_ dimension: JSONObject, _ report: inout CrossFieldReport) {
        guard let type = dimension.text("type"), ["TIME", "PARKING_TIME", "RESERVATION_TIME"].contains(type),
            let volume = dimension.number("volume"), volume < 0
        else { return }
        report.add("\(type) volume \(volume) is negative", at: .key("volume"))
    }

    /// True when `actual` differs from `expected` by more than `tolerance`.
    static func differs(_ actual: ExactNumber, _ expected: ExactNumber, by tolerance: ExactNumber) -> Bool {
        (actual - expected).magnitude > tolerance
    }
}
