import Foundation
import JSON

extension OCPIRules {
    static let kilowattHourTolerance = ExactNumber(billionths: 10_000_000)

    /// Sessions module (§9).
    static let sessions: [CrossFieldRule] = [
        rule(.sessions, 20, .error, "§9.3.1", "end_date_time is not before start_date_time.", on: "Session") {
            endNotBeforeStart($0, &$1, "start_date_time", "end_date_time")
        },
        rule(.sessions, 21, .error, "§10.4.6", "Charging periods are in chronological order.", on: "Session") {
            periodsOrdered($0, &$1)
        },
        rule(
            .sessions,
            22,
            .error,
            "§10.4.6",
            "Charging periods start within the session (not before its start, not after its end).",
            on: "Session"
        ) { periodsInside($0, &$1) },
        rule(.sessions, 23, .error, "§16.4", "total_cost.incl_vat is not below total_cost.excl_vat.", on: "Session") {
            priceIncludesVAT($0, &$1, ["total_cost"])
        },
        // The spec's own session examples carry Wh-like ENERGY volumes (ocpi.md D10): a warning.
        rule(
            .sessions,
            24,
            .warning,
            "§9.3.1, §10.4.3",
            "kwh equals the sum of the ENERGY volumes of the charging periods (within 0.01 kWh).",
            on: "Session"
        ) { session, report in
            guard let kwh = session.number("kwh"), let sum = dimensionSum(session, "ENERGY"),
                differs(kwh, sum, by: kilowattHourTolerance)
            else { return }
            report.add(
                "kwh \(kwh) differs from the sum of ENERGY volumes \(sum) (volumes are kWh, not Wh)",
                at: .key("kwh")
            )
        },
        rule(
            .sessions,
            25,
            .warning,
            "§9.4.3",
            "A COMPLETED session has an end_date_time.",
            on: "Session"
        ) { session, report in
            guard session.text("status") == "COMPLETED",
                session["end_date_time"] == nil || session["end_date_time"] == .null
            else { return }
            report.add("status COMPLETED without end_date_time", at: .key("status"))
        },
        rule(
            .sessions,
            26,
            .error,
            "§10.4.3",
            "STATE_OF_CHARGE volumes are percentages from 0 to 100.",
            on: "CdrDimension"
        ) { dimension, report in
            guard dimension.text("type") == "STATE_OF_CHARGE", let volume = dimension.number("volume"),
                volume < 0 || volume > 100
            else { return }
            report.add("STATE_OF_CHARGE \(volume) is outside 0–100", at: .key("volume"))
        },
        rule(
            .sessions,
            27,
            .error,
            "§10.4.3",
            "TIME, PARKING_TIME and RESERVATION_TIME volumes are not negative.",
            on: "CdrDimension"
        ) { timeVolumeNotNegative($0, &$1) },
    ]
}
