import Foundation
import JSON

extension OCPIRules {
    /// Tariffs module (§11).
    static let tariffs: [CrossFieldRule] = [
        rule(.tariffs, 20, .error, "§11.3.1", "end_date_time is not before start_date_time.", on: "Tariff") {
            endNotBeforeStart($0, &$1, "start_date_time", "end_date_time")
        },
        rule(.tariffs, 21, .error, "§11.3.1", "min_price is not above max_price.", on: "Tariff") { tariff, report in
            guard let minimum = tariff.object("min_price")?.number("excl_vat"),
                let maximum = tariff.object("max_price")?.number("excl_vat"), minimum > maximum
            else { return }
            report.add("min_price \(minimum) is above max_price \(maximum)", at: .key("min_price"), .key("excl_vat"))
        },
        rule(.tariffs, 22, .error, "§16.4", "min_price and max_price have incl_vat not below excl_vat.", on: "Tariff") {
            priceIncludesVAT($0, &$1, ["min_price", "max_price"])
        },
        // ocpi.md §3.10 A13: undefined by the spec; an element with an empty window never applies.
        rule(
            .tariffs,
            23,
            .warning,
            "§11.4.6",
            "start_time and end_time differ (equal times give an element that never applies).",
            on: "TariffRestrictions"
        ) { restrictions, report in
            guard let start = restrictions.text("start_time"), start == restrictions.text("end_time") else { return }
            report.add("start_time equals end_time (\(start))", at: .key("end_time"))
        },
        rule(
            .tariffs,
            24,
            .error,
            "§11.4.6",
            "Each min_* restriction is below its max_* (min inclusive, max exclusive: otherwise never active).",
            on: "TariffRestrictions"
        ) { restrictions, report in
            for name in ["kwh", "current", "power", "duration"] {
                guard let minimum = restrictions.number("min_" + name),
                    let maximum = restrictions.number("max_" + name),
                    minimum >= maximum
                else { continue }
                report.add("min_\(name) \(minimum) is not below max_\(name) \(maximum)", at: .key("max_" + name))
            }
        },
        rule(
            .tariffs,
            25,
            .error,
            "§11.4.6",
            "start_date is before end_date (end_date is exclusive).",
            on: "TariffRestrictions"
        ) {
            restrictions,
            report in
            guard let start = restrictions.text("start_date"), let end = restrictions.text("end_date"), end <= start
            else {
                return
            }
            report.add("end_date \(end) is not after start_date \(start)", at: .key("end_date"))
        },
        rule(
            .tariffs,
            26,
            .warning,
            "§11.4.3",
            "An element restricted to reservations prices only FLAT and TIME.",
            on: "TariffElement"
        ) { element, report in
            guard element.object("restrictions")?.text("reservation") != nil else { return }
            for (index, component) in element.objects("price_components") {
                guard let type = component.text("type"), type != "FLAT", type != "TIME" else { continue }
                report.add(
                    "\(type) in a reservation element is never priced",
                    at: .key("price_components"),
                    .index(index),
                    .key("type")
                )
            }
        },
        rule(.tariffs, 27, .warning, "§11.4.6", "day_of_week names each day once.", on: "TariffRestrictions") {
            restrictions,
            report in
            var seen: Set<String> = []
            for (index, day) in (restrictions["day_of_week"]?.arrayValue ?? []).enumerated() {
                guard let name = day.stringValue, !seen.insert(name).inserted else { continue }
                report.add("\(name) appears twice", at: .key("day_of_week"), .index(index))
            }
        },
        // Issue #434: the removed example tariff_7 priced "the first hour of parking" this way.
        rule(
            .tariffs,
            28,
            .warning,
            "§11.4.6",
            "PARKING_TIME prices are not restricted by min/max_duration, which count from the session start, "
                + "not from when parking began.",
            on: "TariffElement"
        ) { element, report in
            guard let restrictions = element.object("restrictions"),
                restrictions["min_duration"] != nil || restrictions["max_duration"] != nil
            else { return }
            for (index, component) in element.objects("price_components") where component.text("type") == "PARKING_TIME"
            {
                report.add(
                    "PARKING_TIME under a duration restriction: the duration is the whole session's, not the parking time",
                    at: .key("price_components"),
                    .index(index),
                    .key("type")
                )
            }
        },
    ]
}
