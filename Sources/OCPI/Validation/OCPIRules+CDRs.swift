import Foundation
import JSON

extension OCPIRules {
    static let cdrPrices = [
        "total_cost", "total_fixed_cost", "total_energy_cost", "total_time_cost", "total_parking_cost",
        "total_reservation_cost",
    ]
    /// §10.4.3: dimension types the specification marks "session only".
    static let sessionOnlyDimensions: Set<String> = [
        "CURRENT", "ENERGY_EXPORT", "ENERGY_IMPORT", "POWER", "STATE_OF_CHARGE",
    ]
    static let volumeTolerance = ExactNumber(billionths: 1_000_000)

    /// CDRs module (§10).
    static let cdrs: [CrossFieldRule] = [
        rule(.cdrs, 20, .error, "§10.3.1", "end_date_time is not before start_date_time.", on: "CDR") {
            endNotBeforeStart($0, &$1, "start_date_time", "end_date_time")
        },
        rule(.cdrs, 21, .error, "§10.4.6", "Charging periods are in chronological order.", on: "CDR") {
            periodsOrdered($0, &$1)
        },
        rule(
            .cdrs,
            22,
            .error,
            "§10.4.6",
            "Charging periods start within the session (not before start_date_time, not after end_date_time).",
            on: "CDR"
        ) { periodsInside($0, &$1) },
        rule(
            .cdrs,
            23,
            .error,
            "§16.4",
            "Every total_*_cost has incl_vat not below excl_vat (by magnitude in a credit CDR).",
            on: "CDR"
        ) { cdr, report in
            priceIncludesVAT(cdr, &report, cdrPrices, negated: cdr.flag("credit") == true)
        },
        rule(
            .cdrs,
            24,
            .error,
            "§10.4.6",
            "Every tariff_id a charging period names is one of the CDR's tariffs (when tariffs are given).",
            on: "CDR"
        ) { cdr, report in
            guard let tariffs = cdr["tariffs"]?.arrayValue else { return }
            // CiString: ids compare case-insensitively (§16.1).
            let ids = Set(tariffs.compactMap { $0["id"]?.stringValue?.lowercased() })
            for (index, period) in cdr.objects("charging_periods") {
                guard let id = period.text("tariff_id"), !ids.contains(id.lowercased()) else { continue }
                report.add(
                    "tariff_id \"\(id)\" is not among the CDR's tariffs",
                    at: .key("charging_periods"),
                    .index(index),
                    .key("tariff_id")
                )
            }
        },
        rule(
            .cdrs,
            25,
            .error,
            "§10.4.3",
            "Charging periods of a CDR use no session-only dimension (CURRENT, ENERGY_EXPORT, ENERGY_IMPORT, POWER, "
                + "STATE_OF_CHARGE).",
            on: "CDR"
        ) { cdr, report in
            for (index, period) in cdr.objects("charging_periods") {
                for (position, dimension) in period.objects("dimensions") {
                    guard let type = dimension.text("type"), sessionOnlyDimensions.contains(type) else { continue }
                    report.add(
                        "\(type) is a session-only dimension, not for CDRs",
                        at: .key("charging_periods"),
                        .index(index),
                        .key("dimensions"),
                        .index(position),
                        .key("type")
                    )
                }
            }
        },
        rule(
            .cdrs,
            26,
            .error,
            "§10.3.1, §10.4.3",
            "Where periods carry ENERGY, total_energy equals the sum of their volumes (within 0.001 kWh).",
            on: "CDR"
        ) { cdr, report in
            guard let total = cdr.number("total_energy"), let sum = dimensionSum(cdr, "ENERGY"),
                differs(total, sum, by: volumeTolerance)
            else { return }
            report.add("total_energy \(total) differs from the sum of ENERGY volumes \(sum)", at: .key("total_energy"))
        },
        rule(
            .cdrs,
            27,
            .error,
            "§10.3.1",
            "total_time (the whole session) is not below the sum of TIME volumes (charging time).",
            on: "CDR"
        ) { cdr, report in
            guard let total = cdr.number("total_time"), let sum = dimensionSum(cdr, "TIME"),
                sum - total > volumeTolerance
            else { return }
            report.add(
                "total_time \(total) h is below the charging time \(sum) h of the TIME dimensions",
                at: .key("total_time")
            )
        },
        // ocpi.md §3.8: total_time is end − start; implementations that report charging time only
        // are common, so this is a warning.
        rule(
            .cdrs,
            28,
            .warning,
            "§10.3.1",
            "total_time equals end_date_time − start_date_time in hours (within one minute).",
            on: "CDR"
        ) { cdr, report in
            guard let total = cdr.number("total_time"), let start = cdr.date("start_date_time"),
                let end = cdr.date("end_date_time"), end >= start
            else { return }
            // Compared in milliseconds, so the common case needs no division.
            let span = ExactNumber(Int((end.timeIntervalSince(start) * 1000).rounded()))
            guard differs(total * 3_600_000, span, by: 60_000) else { return }
            report.add(
                "total_time \(total) h differs from the session span \((span.decimal / 3_600_000).rounded(4)) h",
                at: .key("total_time")
            )
        },
        rule(
            .cdrs,
            29,
            .warning,
            "§10.3.1",
            "Where periods carry PARKING_TIME, total_parking_time equals the sum of their volumes.",
            on: "CDR"
        ) { cdr, report in
            guard let sum = dimensionSum(cdr, "PARKING_TIME") else { return }
            let total = cdr.number("total_parking_time") ?? 0
            guard differs(total, sum, by: volumeTolerance) else { return }
            report.add(
                "total_parking_time \(total) h differs from the sum of PARKING_TIME volumes \(sum) h",
                at: .key("total_parking_time")
            )
        },
        rule(.cdrs, 30, .error, "§10.3.1", "A credit CDR (credit = true) names the CDR it credits.", on: "CDR") {
            cdr,
            report in
            guard cdr.flag("credit") == true, cdr.text("credit_reference_id") == nil else { return }
            report.add("credit is true but credit_reference_id is missing", at: .key("credit"))
        },
        rule(.cdrs, 31, .warning, "§10.3.1", "credit_reference_id appears only on a credit CDR.", on: "CDR") {
            cdr,
            report in
            guard cdr.text("credit_reference_id") != nil, cdr.flag("credit") != true else { return }
            report.add("credit_reference_id given but credit is not true", at: .key("credit_reference_id"))
        },
        rule(.cdrs, 32, .warning, "§10.3.1", "A credit CDR negates the amounts of the CDR it credits.", on: "CDR") {
            cdr,
            report in
            guard cdr.flag("credit") == true, let excl = cdr.object("total_cost")?.number("excl_vat"), excl > 0
            else { return }
            report.add(
                "credit CDR with a positive total_cost.excl_vat \(excl)",
                at: .key("total_cost"),
                .key("excl_vat")
            )
        },
        rule(
            .cdrs,
            33,
            .error,
            "§10.3.1",
            "A CDR that is not a credit CDR has an id of at most 36 characters.",
            on: "CDR"
        ) {
            cdr,
            report in
            guard cdr.flag("credit") != true, let id = cdr.text("id"), id.count > 36 else { return }
            report.add("id of \(id.count) characters; only credit CDRs may use 39", at: .key("id"))
        },
        // The spec's CDR example has last_updated before end_date_time (ocpi.md D9): a warning.
        rule(
            .cdrs,
            34,
            .warning,
            "§10.3.1",
            "last_updated is not before end_date_time (a CDR is made after the session).",
            on: "CDR"
        ) {
            cdr,
            report in
            guard let updated = cdr.date("last_updated"), let end = cdr.date("end_date_time"), updated < end else {
                return
            }
            report.add("last_updated is before end_date_time", at: .key("last_updated"))
        },
        rule(.cdrs, 35, .error, "§10.3.1", "total_parking_time is not above total_time.", on: "CDR") { cdr, report in
            guard let parking = cdr.number("total_parking_time"), let total = cdr.number("total_time"),
                parking - total > volumeTolerance
            else { return }
            report.add("total_parking_time \(parking) h exceeds total_time \(total) h", at: .key("total_parking_time"))
        },
        rule(.cdrs, 36, .error, "§10.3.1, §11.3.1", "The CDR's tariffs are in the CDR's currency.", on: "CDR") {
            cdr,
            report in
            guard let currency = cdr.text("currency") else { return }
            for (index, tariff) in cdr.objects("tariffs") {
                guard let other = tariff.text("currency"), other != currency else { continue }
                report.add(
                    "tariff in \(other), CDR in \(currency)",
                    at: .key("tariffs"),
                    .index(index),
                    .key("currency")
                )
            }
        },
        rule(
            .cdrs,
            37,
            .error,
            "§10.4.3",
            "TIME, PARKING_TIME and RESERVATION_TIME volumes are not negative.",
            on: "CdrDimension"
        ) { timeVolumeNotNegative($0, &$1) },
    ]
}
