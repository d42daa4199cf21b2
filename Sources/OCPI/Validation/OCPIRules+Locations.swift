import Foundation
import JSON

extension OCPIRules {
    /// Locations module (§8).
    static let locations: [CrossFieldRule] = [
        rule(
            .locations,
            20,
            .error,
            "§8.3.1",
            "publish_allowed_to is only given when publish is false.",
            on: "Location"
        ) {
            location,
            report in
            guard location.flag("publish") == true, let list = location["publish_allowed_to"]?.arrayValue, !list.isEmpty
            else { return }
            report.add("publish_allowed_to given while publish is true", at: .key("publish_allowed_to"))
        },
        rule(
            .locations,
            21,
            .error,
            "§8.4.20",
            "PublishTokenType names uid, visual_number or group_id; uid comes with type, visual_number with issuer.",
            on: "PublishTokenType"
        ) { token, report in
            if token.text("uid") == nil && token.text("visual_number") == nil && token.text("group_id") == nil {
                report.add("none of uid, visual_number, group_id is given")
            }
            if token.text("uid") != nil && token.text("type") == nil { report.add("uid without type", at: .key("uid")) }
            if token.text("visual_number") != nil && token.text("issuer") == nil {
                report.add("visual_number without issuer", at: .key("visual_number"))
            }
        },
        rule(.locations, 22, .error, "§8.4.14", "Hours that are not twentyfourseven list regular_hours.", on: "Hours") {
            hours,
            report in
            guard hours.flag("twentyfourseven") == false, (hours["regular_hours"]?.arrayValue ?? []).isEmpty else {
                return
            }
            report.add("twentyfourseven is false and regular_hours is empty", at: .key("regular_hours"))
        },
        // ocpi.md §5.2: periods past midnight are undefined for opening hours (issues #413, #498).
        rule(.locations, 23, .warning, "§8.4.21", "period_end is later than period_begin.", on: "RegularHours") {
            hours,
            report in
            guard let begin = hours.text("period_begin"), let end = hours.text("period_end"), end <= begin else {
                return
            }
            report.add("period_end \(end) is not after period_begin \(begin)", at: .key("period_end"))
        },
        rule(
            .locations,
            24,
            .error,
            "§8.4.11",
            "An exceptional period ends after it begins.",
            on: "ExceptionalPeriod"
        ) { period, report in
            guard let begin = period.date("period_begin"), let end = period.date("period_end"), end <= begin else {
                return
            }
            report.add("period_end is not after period_begin", at: .key("period_end"))
        },
        rule(.locations, 25, .warning, "§8.4.7", "Energy source percentages add up to 100.", on: "EnergyMix") {
            mix,
            report in
            let sources = Array(mix.objects("energy_sources"))
            guard !sources.isEmpty else { return }
            let sum = sources.reduce(ExactNumber(0)) { $0 + ($1.object.number("percentage") ?? 0) }
            guard sum != 100 else { return }
            report.add("energy_sources percentages add up to \(sum)", at: .key("energy_sources"))
        },
        rule(
            .locations,
            26,
            .warning,
            "§8.3.1",
            "A Location's last_updated is not before any of its EVSEs', an EVSE's not before its connectors'.",
            on: "Location"
        ) { location, report in
            let updated = location.date("last_updated")
            for (index, evse) in location.objects("evses") {
                let evseUpdated = evse.date("last_updated")
                if let updated, let evseUpdated, evseUpdated > updated {
                    report.add(
                        "EVSE \(index) changed after its Location's last_updated",
                        at: .key("evses"),
                        .index(index),
                        .key("last_updated")
                    )
                }
                for (position, connector) in evse.objects("connectors") {
                    guard let evseUpdated, let connectorUpdated = connector.date("last_updated"),
                        connectorUpdated > evseUpdated
                    else { continue }
                    report.add(
                        "connector \(position) changed after its EVSE's last_updated",
                        at: .key("evses"),
                        .index(index),
                        .key("connectors"),
                        .index(position),
                        .key("last_updated")
                    )
                }
            }
        },
        rule(
            .locations,
            27,
            .error,
            "§8.3.1, §8.3.2",
            "EVSE uids are unique in a Location (compared case-insensitively).",
            on: "Location"
        ) {
            location,
            report in
            var seen: Set<String> = []
            for (index, evse) in location.objects("evses") {
                guard let uid = evse.text("uid"), !seen.insert(uid.lowercased()).inserted else { continue }
                report.add("EVSE uid \"\(uid)\" repeats", at: .key("evses"), .index(index), .key("uid"))
            }
        },
        rule(.locations, 28, .error, "§8.3.3", "Connector ids are unique within their EVSE.", on: "EVSE") {
            evse,
            report in
            var seen: Set<String> = []
            for (index, connector) in evse.objects("connectors") {
                guard let id = connector.text("id"), !seen.insert(id.lowercased()).inserted else { continue }
                report.add("connector id \"\(id)\" repeats", at: .key("connectors"), .index(index), .key("id"))
            }
        },
        rule(
            .locations,
            29,
            .warning,
            "§8.3.3",
            "max_electric_power (W) does not exceed what max_voltage × max_amperage × phases allows.",
            on: "Connector"
        ) { connector, report in
            guard let power = connector.number("max_electric_power"), let volts = connector.number("max_voltage"),
                let amps = connector.number("max_amperage")
            else { return }
            let phases: Decimal =
                switch connector.text("power_type") {
                case "AC_3_PHASE": 3
                case "AC_2_PHASE", "AC_2_PHASE_SPLIT": 2
                default: 1
                }
            let limit = volts.decimal * amps.decimal * phases
            guard power.decimal > limit else { return }
            report.add(
                "max_electric_power \(power) W exceeds \(limit) W (V × A × phases)",
                at: .key("max_electric_power")
            )
        },
    ]
}
