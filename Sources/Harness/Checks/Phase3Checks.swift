import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Settlement
import Tariffs

/// A CDR replayed against the tariff in force: what the harness computed and how it compares.
struct ReplayResult {
    var sessionID: String
    var profile: String
    var cdrTotal: Price
    var replayTotal: Price
    var difference: Decimal
    var receiptText: String
}

/// Phase 3 — CDR and tariff accuracy, energy, routing, settlement.
enum Phase3Checks {
    static func run(_ records: RunRecords, _ views: [SessionView], _ recorder: inout CheckRecorder) -> [ReplayResult] {
        var replays: [ReplayResult] = []
        let tolerance = records.scenario.gate.replayTolerance
        let policy = TariffPolicy.named(records.scenario.tariffPolicy) ?? .d2
        var cdrCounts: [String: Int] = [:]
        for cdr in records.partner.cdrs { cdrCounts[cdr.cdr["id"]?.stringValue ?? "?", default: 0] += 1 }

        let evidenceBySession = records.evidenceBySession()
        for view in views where !view.rejected {
            guard let session = view.session, let sessionID = view.sessionID else { continue }
            let evidence = evidenceBySession[sessionID] ?? []
            let completed = session["status"]?.stringValue == "COMPLETED"
            let energy = session["kwh"]?.numberValue?.decimal ?? 0
            // P3-CDR-001: every completed session with energy has a CDR.
            guard let received = view.cdrs.first else {
                if completed && energy > 0 {
                    recorder.fail(
                        "P3-CDR-001",
                        profile: view.profile,
                        reason: "SESSION-WITHOUT-CDR",
                        owner: .cpoBackend,
                        message: "completed session \(sessionID) (\(energy) kWh) has no CDR",
                        sessionID: sessionID,
                        chargerID: view.record.chargerID,
                        evidence: evidence
                    )
                }
                continue
            }
            recorder.pass("P3-CDR-001", profile: view.profile)
            let cdr = received.cdr
            let cdrID = cdr["id"]?.stringValue ?? "?"
            // P3-CDR-002: posted once.
            if (cdrCounts[cdrID] ?? 0) > 1 || view.cdrs.count > 1 {
                recorder.fail(
                    "P3-CDR-002",
                    profile: view.profile,
                    reason: "CDR-DUPLICATE",
                    owner: .cpoBackend,
                    message:
                        "CDR \(cdrID) for session \(sessionID) was posted \(max(cdrCounts[cdrID] ?? 0, view.cdrs.count)) times",
                    expected: "1",
                    actual: String(max(cdrCounts[cdrID] ?? 0, view.cdrs.count)),
                    sessionID: sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            } else {
                recorder.pass("P3-CDR-002", profile: view.profile)
            }
            // P3-CDR-003: required fields (OCPI 2.2.1 §10.3.1).
            let problems = fieldProblems(cdr)
            if problems.isEmpty {
                recorder.pass("P3-CDR-003", profile: view.profile)
            } else {
                recorder.fail(
                    "P3-CDR-003",
                    profile: view.profile,
                    reason: "CDR-INVALID",
                    owner: .cpoBackend,
                    message: "CDR \(cdrID): \(problems.joined(separator: "; "))",
                    sessionID: sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
            // P3-CDR-004: times equal the charger's.
            let start = cdr["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            let end = cdr["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
            if let start, let end, let stopped = view.record.stopped,
                abs(start.timeIntervalSince(view.record.started)) <= 60, abs(end.timeIntervalSince(stopped)) <= 60
            {
                recorder.pass("P3-CDR-004", profile: view.profile)
            } else if view.record.stopped != nil {
                recorder.fail(
                    "P3-CDR-004",
                    profile: view.profile,
                    reason: "CDR-TIMES-MISMATCH",
                    owner: .cpoBackend,
                    message:
                        "CDR \(cdrID) runs \(cdr["start_date_time"]?.stringValue ?? "?")–\(cdr["end_date_time"]?.stringValue ?? "?"); the charger charged \(OCPITimestamp.format(view.record.started))–\(view.record.stopped.map(OCPITimestamp.format) ?? "?")",
                    expected: OCPITimestamp.format(view.record.started),
                    actual: cdr["start_date_time"]?.stringValue,
                    sessionID: sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
            // P3-CDR-005: the CDR's location equals the session's.
            let location = cdr["cdr_location"]
            if location?["id"] == session["location_id"] && location?["evse_uid"] == session["evse_uid"]
                && location?["connector_id"] == session["connector_id"]
            {
                recorder.pass("P3-CDR-005", profile: view.profile)
            } else {
                recorder.fail(
                    "P3-CDR-005",
                    profile: view.profile,
                    reason: "CDR-LOCATION-MISMATCH",
                    owner: .cpoBackend,
                    message: "CDR \(cdrID) names another EVSE or connector than session \(sessionID)",
                    sessionID: sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
            // P3-NRG-001: CDR energy vs the charger's meter.
            let cdrWh = (cdr["total_energy"]?.numberValue?.decimal ?? 0) * 1000
            if let meterWh = view.record.energyWh {
                let difference = abs(cdrWh - Decimal(meterWh))
                if difference <= Decimal(records.scenario.gate.energyToleranceWh) {
                    recorder.pass("P3-NRG-001", profile: view.profile)
                } else {
                    recorder.fail(
                        "P3-NRG-001",
                        profile: view.profile,
                        reason: view.record.meterDisturbed ? "METER-RESET" : "ENERGY-MISMATCH",
                        owner: view.record.meterDisturbed ? .charger : .cpoBackend,
                        message: "CDR \(cdrID) bills \(cdrWh) Wh; the charger's meter moved \(meterWh) Wh",
                        expected: "\(meterWh) Wh",
                        actual: "\(cdrWh) Wh",
                        sessionID: sessionID,
                        chargerID: view.record.chargerID,
                        evidence: evidence,
                        severity: view.record.meterDisturbed ? .info : nil
                    )
                }
            }
            if let replay = replay(
                cdr,
                view: view,
                records: records,
                policy: policy,
                tolerance: tolerance,
                recorder: &recorder,
                evidence: evidence
            ) {
                replays.append(replay)
            }
        }
        routingCheck(records, &recorder)
        return replays
    }

    /// Required CDR fields and value rules (OCPI 2.2.1 §10.3.1, §10.4).
    static func fieldProblems(_ cdr: JSONValue) -> [String] {
        var problems: [String] = []
        for field in [
            "country_code", "party_id", "id", "start_date_time", "end_date_time", "cdr_token", "auth_method",
            "cdr_location", "currency", "charging_periods", "total_cost", "total_energy", "total_time", "last_updated",
        ]
        where cdr[field] == nil {
            problems.append("\(field) is missing")
        }
        if let currency = cdr["currency"]?.stringValue, currency.count != 3 {
            problems.append("currency \"\(currency)\" is not ISO 4217")
        }
        for field in ["uid", "type", "contract_id"] where cdr["cdr_token"]?[field] == nil {
            problems.append("cdr_token.\(field) is missing")
        }
        for field in ["id", "evse_uid", "evse_id", "connector_id"] where cdr["cdr_location"]?[field] == nil {
            problems.append("cdr_location.\(field) is missing")
        }
        if let start = cdr["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse),
            let end = cdr["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse), end < start
        {
            problems.append("end_date_time is before start_date_time")
        }
        if let excl = cdr["total_cost"]?["excl_vat"]?.numberValue?.decimal,
            let incl = cdr["total_cost"]?["incl_vat"]?.numberValue?.decimal, incl < excl
        {
            problems.append("total_cost.incl_vat is below excl_vat")
        }
        if (cdr["charging_periods"]?.arrayValue ?? []).isEmpty { problems.append("charging_periods is empty") }
        return problems
    }

    /// P3-TAR-001/002/003: replay the CDR with the tariff version the partner held at session start.
    static func replay(
        _ cdr: JSONValue,
        view: SessionView,
        records: RunRecords,
        policy: TariffPolicy,
        tolerance: Decimal,
        recorder: inout CheckRecorder,
        evidence: [Int]
    ) -> ReplayResult? {
        let sessionID = view.sessionID ?? "?"
        guard let snapshot = cdr["tariffs"]?[0], let tariffID = snapshot["id"]?.stringValue,
            let start = cdr["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse),
            let end = cdr["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
        else { return nil }
        let sessionStart = view.session?["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse) ?? start
        let key = "\(cdr["country_code"]?.stringValue ?? "")/\(cdr["party_id"]?.stringValue ?? "")/\(tariffID)"
        let versions = records.partner.tariffVersions[key] ?? []
        func stamp(_ tariff: JSONValue) -> Date {
            tariff["last_updated"]?.stringValue.flatMap(OCPITimestamp.parse) ?? .distantPast
        }
        guard let inForce = versions.last(where: { stamp($0) <= sessionStart }) ?? versions.first else {
            recorder.fail(
                "P3-TAR-001",
                profile: view.profile,
                reason: "TARIFF-NOT-FOUND",
                owner: .cpoBackend,
                message: "CDR of \(sessionID) uses tariff \(tariffID), which was never published to the partner",
                sessionID: sessionID,
                chargerID: view.record.chargerID,
                evidence: evidence
            )
            return nil
        }
        // P3-TAR-002: the snapshot is the version in force at the session start.
        if stamp(snapshot) <= sessionStart {
            recorder.pass("P3-TAR-002", profile: view.profile)
        } else {
            recorder.fail(
                "P3-TAR-002",
                profile: view.profile,
                reason: "TARIFF-VERSION-DRIFT",
                owner: .cpoBackend,
                message:
                    "CDR of \(sessionID) carries tariff \(tariffID) of \(snapshot["last_updated"]?.stringValue ?? "?"), newer than the session start \(OCPITimestamp.format(sessionStart))",
                expected: inForce["last_updated"]?.stringValue,
                actual: snapshot["last_updated"]?.stringValue,
                sessionID: sessionID,
                chargerID: view.record.chargerID,
                evidence: evidence
            )
        }
        // P3-TAR-003: the partner's contract price where there is one (AC connectors in the default contract).
        let isDC = cdr["cdr_location"]?["connector_power_type"]?.stringValue == "DC"
        if !records.contractTariffs.isEmpty && !isDC {
            if records.contractTariffs.contains(tariffID) {
                recorder.pass("P3-TAR-003", profile: view.profile)
            } else {
                recorder.fail(
                    "P3-TAR-003",
                    profile: view.profile,
                    reason: "PARTNER-PRICE-IGNORED",
                    owner: .cpoBackend,
                    message:
                        "CDR of \(sessionID) is priced with \(tariffID), not the partner's contract tariff \(records.contractTariffs.joined(separator: ", "))",
                    expected: records.contractTariffs.joined(separator: ", "),
                    actual: tariffID,
                    sessionID: sessionID,
                    chargerID: view.record.chargerID,
                    evidence: evidence
                )
            }
        }
        guard let tariff = try? Tariff(json: inForce),
            let periods = try? JSONCursor(value: cdr["charging_periods"] ?? []).elements().map({
                try ChargingPeriod($0)
            }),
            let cdrTotal = try? Price(JSONCursor(value: cdr["total_cost"] ?? [:]))
        else { return nil }
        let zone =
            TimeZone(identifier: cdr["cdr_location"]?["time_zone"]?.stringValue ?? "UTC") ?? TimeZone(
                identifier: "UTC"
            )!
        let receipt = TariffEngine(policy: policy).price(
            .init(periods: periods, end: end),
            tariffs: [tariff],
            timeZone: zone
        )
        let exclDifference = abs(receipt.totalCost.exclVAT - cdrTotal.exclVAT)
        let inclDifference = abs(
            (receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT) - (cdrTotal.inclVAT ?? cdrTotal.exclVAT)
        )
        let difference = max(exclDifference, inclDifference)
        if difference <= tolerance {
            recorder.pass("P3-TAR-001", profile: view.profile)
        } else {
            recorder.fail(
                "P3-TAR-001",
                profile: view.profile,
                reason: "REPLAY-MISMATCH",
                owner: view.record.meterDisturbed ? .charger : .cpoBackend,
                message:
                    "CDR of \(sessionID) totals \(cdrTotal.exclVAT)/\(cdrTotal.inclVAT ?? cdrTotal.exclVAT); the tariff in force gives \(receipt.totalCost.exclVAT)/\(receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT) (excl./incl. VAT)",
                expected: "\(receipt.totalCost.exclVAT) / \(receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT)",
                actual: "\(cdrTotal.exclVAT) / \(cdrTotal.inclVAT ?? cdrTotal.exclVAT)",
                sessionID: sessionID,
                chargerID: view.record.chargerID,
                evidence: evidence
            )
        }
        return ReplayResult(
            sessionID: sessionID,
            profile: view.profile,
            cdrTotal: cdrTotal,
            replayTotal: receipt.totalCost,
            difference: difference,
            receiptText: ReceiptText.partnerBreakdown(receipt)
        )
    }

    static func routingCheck(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        let partnerParty = records.scenario.manifest.partnerPartyID
        let cpoParty = records.registration.cpoPartyID
        var wrong: [RoutingObservation] = []
        for observation in records.routing {
            if observation.toPartyID == partnerParty && observation.fromPartyID == cpoParty {
                recorder.pass("P3-ROU-001")
            } else {
                wrong.append(observation)
            }
        }
        if let first = wrong.first {
            recorder.fail(
                "P3-ROU-001",
                reason: "ROUTING-WRONG-PARTY",
                owner: .cpoBackend,
                message:
                    "\(wrong.count) pushes carried OCPI-to-party-id \(first.toPartyID ?? "none") / from \(first.fromPartyID ?? "none")",
                expected: "to \(partnerParty), from \(cpoParty)",
                actual: "to \(first.toPartyID ?? "none"), from \(first.fromPartyID ?? "none")",
                evidence: wrong.prefix(5).map(\.evidence)
            )
        }
    }

    /// P3-SET-001: sessions → CDRs → statement lines reconcile, and every exception has an owner.
    static func settlementCheck(_ run: SettlementRun, _ recorder: inout CheckRecorder) {
        if run.tiesOut {
            recorder.pass("P3-SET-001")
            return
        }
        let codes = Dictionary(grouping: run.exceptions, by: \.code).map { "\($0.value.count) \($0.key)" }.sorted()
        recorder.fail(
            "P3-SET-001",
            reason: "SETTLEMENT-DOES-NOT-TIE-OUT",
            owner: .cpoBackend,
            message:
                "\(run.completedSessions) completed sessions, \(run.settledCDRs) settled CDRs; exceptions: \(codes.joined(separator: ", "))",
            expected: "every completed session settled by one CDR",
            actual: "\(run.completedSessions)/\(run.settledCDRs)"
        )
    }
}
