import Foundation
import JSON
import Settlement

/// Reads scenario files. Every mistake is reported with file:line:column, the JSON path and what
/// was expected; unknown keys are errors with a suggestion.
public enum ScenarioLoader {
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(message: "\(path): cannot read the scenario file")
        }
        return try load([UInt8](data), fileName: path)
    }

    public static func load(_ bytes: [UInt8], fileName: String) throws(ScenarioError) -> Scenario {
        let document: JSONDocument
        do {
            document = try JSONParser(recordsLocations: true, fileName: fileName).parse(bytes)
        } catch {
            throw ScenarioError(message: error.description)
        }
        do {
            return try decode(JSONCursor(document, fileName: fileName))
        } catch {
            throw ScenarioError(message: error.description)
        }
    }

    static let knownProfiles = [
        "ac-11kw", "ac-22kw-twin", "dc-50kw", "dc-150kw", "dc-350kw", "ac-22kw-201", "dc-150kw-201",
    ]
    static let commandTypes = [
        "START_SESSION", "STOP_SESSION", "UNLOCK_CONNECTOR", "RESERVE_NOW", "CANCEL_RESERVATION",
    ]

    static func decode(_ root: JSONCursor) throws(JSONDecodingError) -> Scenario {
        try root.rejectUnknownKeys([
            "$schema", "name", "description", "seed", "start", "duration_hours", "manifest", "chargers",
            "remote_start_share", "remote_stop_share", "community_chargers", "faults", "defects", "tariff_policy",
            "gate",
            "accepted_findings", "phases", "settlement",
        ])
        let startCursor = try root.member("start")
        guard let start = parseDate(try startCursor.string()) else {
            throw startCursor.error("expected an RFC 3339 date-time such as \"2026-03-02T00:00:00Z\"")
        }
        var chargers: [Scenario.ChargerGroup] = []
        for group in try root.elements("chargers") {
            try group.rejectUnknownKeys(["profile", "count", "sessions"])
            let profileCursor = try group.member("profile")
            let profile = try profileCursor.string()
            guard knownProfiles.contains(profile) else {
                throw profileCursor.error(
                    "unknown charger profile \"\(profile)\"; expected one of \(knownProfiles.joined(separator: ", "))"
                )
            }
            chargers.append(
                Scenario.ChargerGroup(
                    profile: profile,
                    count: try group.int("count", in: 1...10_000),
                    sessions: try group.int("sessions", in: 0...1_000_000)
                )
            )
        }
        if chargers.isEmpty { throw try root.member("chargers").error("expected at least one charger group") }
        var faults: [Scenario.Fault] = []
        for fault in try root.optionalElements("faults") {
            try fault.rejectUnknownKeys(["at_hours", "kind", "profile", "minutes"])
            let kindCursor = try fault.member("kind")
            let kind = try kindCursor.string()
            guard Scenario.faultKinds.contains(kind) else {
                throw kindCursor.error(
                    "unknown fault \"\(kind)\"; expected one of \(Scenario.faultKinds.joined(separator: ", "))"
                )
            }
            let profileCursor = try fault.optional("profile")
            let profile = try profileCursor?.string()
            if let profile, let profileCursor, !knownProfiles.contains(profile) {
                throw profileCursor.error("unknown charger profile \"\(profile)\"")
            }
            faults.append(
                Scenario.Fault(
                    atHours: NSDecimalNumber(decimal: try fault.decimal("at_hours")).doubleValue,
                    kind: kind,
                    profile: profile,
                    minutes: try fault.optionalInt("minutes", in: 0...100_000) ?? 0
                )
            )
        }
        var accepted: [Scenario.AcceptedFinding] = []
        for item in try root.optionalElements("accepted_findings") {
            try item.rejectUnknownKeys(["rule", "owner", "reason", "expires"])
            let expiresCursor = try item.member("expires")
            guard let expires = parseDate(try expiresCursor.string()) else {
                throw expiresCursor.error("expected a date such as \"2026-12-31\"")
            }
            accepted.append(
                Scenario.AcceptedFinding(
                    rule: try item.string("rule"),
                    owner: try item.string("owner"),
                    reason: try item.string("reason"),
                    expires: expires
                )
            )
        }
        var phases = Scenario.allPhases
        if let list = try root.optional("phases") {
            phases = []
            for phase in try list.elements() {
                let name = try phase.string()
                guard Scenario.allPhases.contains(name) else { throw phase.error("expected one of P1, P2, P3, P4") }
                phases.append(name)
            }
        }
        let defects = try root.optionalElements("defects").map { cursor throws(JSONDecodingError) in try cursor.string()
        }
        let manifest = try decodeManifest(try root.member("manifest"))
        let (settlement, corporateUsers) = try decodeSettlement(
            try root.optional("settlement"),
            collects: manifest.collects
        )
        return Scenario(
            name: try root.string("name"),
            description: try root.optionalString("description") ?? "",
            seed: UInt64(try root.optionalInt("seed", in: 0...Int.max) ?? 1),
            start: start,
            durationHours: try root.int("duration_hours", in: 1...24 * 366),
            manifest: manifest,
            chargers: chargers,
            remoteStartShare: try share(root, "remote_start_share", default: 0.5),
            remoteStopShare: try share(root, "remote_stop_share", default: 0.5),
            communityChargers: try root.optionalInt("community_chargers", in: 0...10_000) ?? 0,
            faults: faults,
            defects: defects,
            tariffPolicy: try root.optionalString("tariff_policy") ?? "2.2.1-d2",
            settlement: settlement,
            corporateUsers: corporateUsers,
            gate: try decodeGate(try root.optional("gate")),
            acceptedFindings: accepted,
            phases: phases
        )
    }

    static func share(_ cursor: JSONCursor, _ key: String, default value: Double) throws(JSONDecodingError) -> Double {
        guard let member = try cursor.optional(key) else { return value }
        let number = NSDecimalNumber(decimal: try member.decimal()).doubleValue
        guard (0...1).contains(number) else { throw member.error("expected a share from 0 to 1") }
        return number
    }

    static func decodeManifest(_ cursor: JSONCursor) throws(JSONDecodingError) -> Scenario.Manifest {
        try cursor.rejectUnknownKeys([
            "partner", "cpo", "path", "tariff_owner", "token_flow", "source_of_truth", "collects", "charger_group",
            "allowed_commands", "partner_specific_price",
        ])
        let partner = try cursor.member("partner")
        try partner.rejectUnknownKeys(["name", "country_code", "party_id"])
        let cpo = try cursor.member("cpo")
        try cpo.rejectUnknownKeys(["country_code", "party_id"])
        func oneOf(_ key: String, _ allowed: [String]) throws(JSONDecodingError) -> String {
            let member = try cursor.member(key)
            let value = try member.string()
            guard allowed.contains(value) else {
                throw member.error(
                    "expected one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")), found \"\(value)\""
                )
            }
            return value
        }
        var truth: [String: String] = [:]
        let truthCursor = try cursor.member("source_of_truth")
        try truthCursor.rejectUnknownKeys(["locations", "tariffs", "tokens", "sessions", "cdrs"])
        for key in ["locations", "tariffs", "tokens", "sessions", "cdrs"] {
            let member = try truthCursor.member(key)
            let value = try member.string()
            guard value == "cpo" || value == "emsp" else { throw member.error("expected \"cpo\" or \"emsp\"") }
            truth[key] = value
        }
        var commands = commandTypes
        if let list = try cursor.optional("allowed_commands") {
            commands = []
            for item in try list.elements() {
                let command = try item.string()
                guard commandTypes.contains(command) else {
                    throw item.error(
                        "unknown command \"\(command)\"; expected one of \(commandTypes.joined(separator: ", "))"
                    )
                }
                commands.append(command)
            }
        }
        func partyID(_ cursor: JSONCursor) throws(JSONDecodingError) -> String {
            let member = try cursor.member("party_id")
            let value = try member.string()
            guard value.count == 3 else {
                throw member.error("expected a 3-character party id (OCPI 2.2.1 CiString(3))")
            }
            return value
        }
        func country(_ cursor: JSONCursor) throws(JSONDecodingError) -> String {
            let member = try cursor.member("country_code")
            let value = try member.string()
            guard value.count == 2 else { throw member.error("expected an ISO 3166-1 alpha-2 country code") }
            return value
        }
        return Scenario.Manifest(
            partnerName: try partner.string("name"),
            partnerCountryCode: try country(partner),
            partnerPartyID: try partyID(partner),
            cpoCountryCode: try country(cpo),
            cpoPartyID: try partyID(cpo),
            path: try oneOf("path", ["direct", "hub"]),
            tariffOwner: try oneOf("tariff_owner", ["cpo", "emsp"]),
            tokenFlow: try oneOf("token_flow", ["whitelist", "real-time"]),
            sourceOfTruth: truth,
            collects: try oneOf("collects", ["cpo", "emsp"]),
            chargerGroup: try cursor.string("charger_group"),
            allowedCommands: commands,
            partnerSpecificPrice: try cursor.optionalBool("partner_specific_price") ?? false
        )
    }

    /// The `settlement` object: internal roaming terms and the optional community, site-host and
    /// corporate models.
    static func decodeSettlement(
        _ cursor: JSONCursor?,
        collects: String
    ) throws(JSONDecodingError) -> (CommercialModels, Int) {
        let collector: InternalRoaming.Collector = collects == "cpo" ? .cpo : .emsp
        guard let cursor else { return (CommercialModels(roaming: InternalRoaming(collector: collector)), 0) }
        try cursor.rejectUnknownKeys([
            "emsp_markup_percent", "dispute_window_days", "community", "site_host", "corporate",
        ])
        var models = CommercialModels(
            roaming: InternalRoaming(
                collector: collector,
                emspMarkupPercent: try cursor.optionalDecimal("emsp_markup_percent") ?? 0,
                disputeWindowDays: try cursor.optionalInt("dispute_window_days", in: 0...365) ?? 14
            )
        )
        if let community = try cursor.optional("community") {
            try community.rejectUnknownKeys(["group_price_per_kwh", "platform_markup_per_kwh", "vat_percent"])
            models.community = Community(
                groupPricePerKWh: try community.decimal("group_price_per_kwh"),
                platformMarkupPerKWh: try community.decimal("platform_markup_per_kwh"),
                vatPercent: try community.decimal("vat_percent")
            )
        }
        if let host = try cursor.optional("site_host") {
            try host.rejectUnknownKeys([
                "share_ac_percent", "share_dc_percent", "connection_fee_excluded", "electricity_cost_per_kwh",
                "deduct_electricity",
                "reimburse_electricity", "fee_per_station", "fee_per_ac_evse", "fee_per_dc_evse", "first_month",
                "last_month", "auto_renew",
            ])
            func month(_ key: String) throws(JSONDecodingError) -> String {
                let member = try host.member(key)
                let text = try member.string()
                guard text.count == 7, text.dropFirst(4).first == "-", Int(text.prefix(4)) != nil,
                    let m = Int(text.suffix(2)), (1...12).contains(m)
                else {
                    throw member.error("expected a month such as \"2026-03\"")
                }
                return text
            }
            models.siteHost = SiteHostContract(
                shareACPercent: try host.decimal("share_ac_percent"),
                shareDCPercent: try host.decimal("share_dc_percent"),
                connectionFeeExcluded: try host.optionalBool("connection_fee_excluded") ?? false,
                electricityCostPerKWh: try host.optionalDecimal("electricity_cost_per_kwh") ?? 0,
                deductElectricity: try host.optionalBool("deduct_electricity") ?? false,
                reimburseElectricity: try host.optionalBool("reimburse_electricity") ?? false,
                feePerStation: try host.optionalDecimal("fee_per_station") ?? 0,
                feePerACEVSE: try host.optionalDecimal("fee_per_ac_evse") ?? 0,
                feePerDCEVSE: try host.optionalDecimal("fee_per_dc_evse") ?? 0,
                firstMonth: try month("first_month"),
                lastMonth: try month("last_month"),
                autoRenew: try host.optionalBool("auto_renew") ?? false
            )
        }
        var users = 0
        if let corporate = try cursor.optional("corporate") {
            try corporate.rejectUnknownKeys(["discount_percent", "monthly_limit_per_user", "users"])
            models.corporate = CorporateBilling(
                discountPercent: try corporate.decimal("discount_percent"),
                monthlyLimitPerUser: try corporate.decimal("monthly_limit_per_user")
            )
            users = try corporate.optionalInt("users", in: 0...1000) ?? 1
        }
        return (models, users)
    }

    static func decodeGate(_ cursor: JSONCursor?) throws(JSONDecodingError) -> Scenario.GateThresholds {
        var gate = Scenario.GateThresholds(
            commandSuccessRate: 0.98,
            minSessionsPerProfile: 20,
            replayTolerance: Decimal(string: "0.01")!,
            energyToleranceWh: 1
        )
        guard let cursor else { return gate }
        try cursor.rejectUnknownKeys([
            "command_success_rate", "min_sessions_per_profile", "replay_tolerance", "energy_tolerance_wh",
        ])
        gate.commandSuccessRate = try share(cursor, "command_success_rate", default: gate.commandSuccessRate)
        gate.minSessionsPerProfile =
            try cursor.optionalInt("min_sessions_per_profile", in: 0...1_000_000) ?? gate.minSessionsPerProfile
        gate.replayTolerance = try cursor.optionalDecimal("replay_tolerance") ?? gate.replayTolerance
        gate.energyToleranceWh =
            try cursor.optionalInt("energy_tolerance_wh", in: 0...1_000_000) ?? gate.energyToleranceWh
        return gate
    }

    /// RFC 3339 date-time, or a plain date (midnight UTC).
    static func parseDate(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            return date
        }
        if text.count == 10, let date = try? Date(text + "T00:00:00Z", strategy: Date.ISO8601FormatStyle()) {
            return date
        }
        return nil
    }
}

/// A scenario file is unreadable or wrong; the message starts with `file:line:column`.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
