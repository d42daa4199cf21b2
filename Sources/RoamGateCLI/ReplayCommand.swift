import Foundation
import JSON
import OCPI
import Tariffs

/// `roamgate replay`: prices CDRs from tariffs, explains every line, and compares with the CDRs' totals.
public enum ReplayCommand: Command {
    public static let name = "replay"
    public static let summary = "price a CDR from tariffs and explain every line"
    public static let usage = """
        usage: roamgate replay --tariffs FILE --cdr FILE [--json] [--tolerance X] [--tz ZONE] [--policy NAME]

          --tariffs FILE  tariffs: one object, an array, an OCPI envelope or JSON lines; every version is kept
                          and each CDR is priced with the version in force at its start
          --cdr FILE      one CDR, or many (array, envelope, JSON lines: a month's export)
          --tolerance X   allowed difference per total, in currency units (default 0.01)
          --tz ZONE       IANA time zone of the location (else cdr_location.time_zone, else the Location's
                          time_zone from --locations, else UTC with a warning)
          --locations FILE  OCPI Location objects (any of the file forms above), for their time zones
          --policy NAME   interpretation policy: \(TariffPolicy.all.map(\.name).joined(separator: ", "))
                          (default 2.2.1-d2); another policy also shows how each receipt changes against the default
          --json          one JSON object per CDR (a summary object for several)

        exit codes: 0 every CDR matches, 1 a mismatch, 64 usage, 65 bad input (file:line:column)
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        guard let tariffsPath = try arguments.value("--tariffs") else { throw UsageError("--tariffs FILE is required") }
        guard let cdrPath = try arguments.value("--cdr") else { throw UsageError("--cdr FILE is required") }
        let json = arguments.flag("--json")
        var tolerance = Decimal(string: "0.01")!
        if let text = try arguments.value("--tolerance") {
            guard let value = Decimal(string: text, locale: nil), value >= 0 else {
                throw UsageError("--tolerance needs a number ≥ 0, got '\(text)'")
            }
            tolerance = value
        }
        var zone: TimeZone?
        if let name = try arguments.value("--tz") {
            guard let value = TimeZone(identifier: name) else { throw UsageError("--tz: unknown time zone '\(name)'") }
            zone = value
        }
        let locationsPath = try arguments.value("--locations")
        var policy = TariffPolicy.d2
        if let name = try arguments.value("--policy") {
            guard let value = TariffPolicy.named(name) else {
                throw UsageError(
                    "--policy: unknown policy '\(name)'; known: \(TariffPolicy.all.map(\.name).joined(separator: ", "))"
                )
            }
            policy = value
        }
        try arguments.finish()

        var book = TariffBook()
        var locationZones: [String: TimeZone] = [:]
        let cdrs: [JSONCursor]
        do {
            for cursor in try ObjectFile.read(tariffsPath) { book.add(try Tariff(cursor)) }
            if let locationsPath {
                for location in try ObjectFile.read(locationsPath) {
                    // OCPI 2.2.1 §8.3.1: Location.time_zone is an IANA zone name.
                    if let id = try location.optionalString("id"), let name = try location.optionalString("time_zone"),
                        let zone = TimeZone(identifier: name)
                    {
                        locationZones[id] = zone
                    }
                }
            }
            cdrs = try ObjectFile.read(cdrPath)
        } catch {
            console.err("\(error)")
            return .badInput
        }
        var results: [JSONValue] = []
        var mismatches = 0
        for cdr in cdrs {
            let outcome: Replay
            do {
                outcome = try Replay(
                    cdr: cdr,
                    book: book,
                    zone: zone,
                    locationZones: locationZones,
                    policy: policy,
                    tolerance: tolerance
                )
            } catch {
                console.err(error.description)
                return .badInput
            }
            if !outcome.match { mismatches += 1 }
            if json {
                results.append(outcome.json)
            } else if cdrs.count == 1 {
                console.writeOut(outcome.text)
            } else {
                console.out(outcome.summaryLine)
            }
        }
        if json {
            let output: JSONValue =
                cdrs.count == 1
                ? results[0]
                : [
                    "cdrs": .array(results), "matched": .number(JSONNumber(cdrs.count - mismatches)),
                    "mismatched": .number(JSONNumber(mismatches)),
                ]
            console.out(JSONWriter.canonical.string(output))
        } else if cdrs.count > 1 {
            console.out(
                "\(cdrs.count) CDRs: \(cdrs.count - mismatches) match, \(mismatches) mismatch (tolerance \(tolerance), policy \(policy.name))"
            )
        }
        return mismatches == 0 ? .success : .findings
    }
}

/// One CDR replayed against the tariff book.
struct Replay {
    var cdrID: String
    var receipt: Receipt
    var findings: [TariffFinding]
    var differences: [CostDifference]
    var comparison: (policy: String, total: Price)?

    var match: Bool { differences.isEmpty && !findings.contains { $0.severity == "error" } }

    init(
        cdr: JSONCursor,
        book: TariffBook,
        zone: TimeZone?,
        locationZones: [String: TimeZone] = [:],
        policy: TariffPolicy,
        tolerance: Decimal
    ) throws(JSONDecodingError) {
        cdrID = try cdr.optionalString("id") ?? "?"
        let startCursor = try cdr.member("start_date_time")
        let endCursor = try cdr.member("end_date_time")
        guard let start = OCPITimestamp.parse(try startCursor.string()) else {
            throw startCursor.error("expected an RFC 3339 date-time")
        }
        guard let end = OCPITimestamp.parse(try endCursor.string()) else {
            throw endCursor.error("expected an RFC 3339 date-time")
        }
        let periods = try cdr.elements("charging_periods").map { cursor throws(JSONDecodingError) in
            try ChargingPeriod(cursor)
        }
        var findings: [TariffFinding] = []
        // Which tariffs: the CDR's snapshot ids, the periods' tariff_id, else every tariff of the book.
        let snapshot = try cdr.optionalElements("tariffs")
        var ids = snapshot.compactMap { $0.value["id"]?.stringValue }
        ids += periods.compactMap(\.tariffID).filter { !ids.contains($0) }
        if ids.isEmpty { ids = book.ids }
        var inForce: [Tariff] = []
        for id in ids {
            guard let tariff = book.version(id, at: start) else {
                findings.append(
                    TariffFinding(
                        code: "TARIFF-NOT-FOUND",
                        severity: "error",
                        message: "tariff \(id) is not in the tariffs file"
                    )
                )
                continue
            }
            inForce.append(tariff)
            if let copy = snapshot.first(where: { $0.value["id"]?.stringValue == id }),
                let stamp = copy.value["last_updated"]?.stringValue.flatMap(OCPITimestamp.parse),
                stamp > tariff.lastUpdated
            {
                findings.append(
                    TariffFinding(
                        code: "TARIFF-VERSION-DRIFT",
                        severity: "error",
                        message:
                            "the CDR carries tariff \(id) of \(OCPITimestamp.format(stamp)); the version in force at the session start is of \(OCPITimestamp.format(tariff.lastUpdated))"
                    )
                )
            }
        }
        var timeZone = zone
        if timeZone == nil, let name = try cdr.optional("cdr_location")?.optionalString("time_zone") {
            timeZone = TimeZone(identifier: name)
        }
        if timeZone == nil, let id = try cdr.optional("cdr_location")?.optionalString("id") {
            timeZone = locationZones[id]
        }
        if timeZone == nil {
            findings.append(
                TariffFinding(
                    code: "TARIFF-NO-TIME-ZONE",
                    severity: "warning",
                    message:
                        "no time zone (--tz, cdr_location.time_zone or --locations): local-time restrictions are read in UTC"
                )
            )
        }
        for tariff in inForce { findings += TariffLint.lint(tariff, hasTimeZone: timeZone != nil) }
        let session = TariffEngine.Session(periods: periods, end: end)
        receipt = TariffEngine(policy: policy).price(
            session,
            tariffs: inForce,
            timeZone: timeZone ?? TimeZone(identifier: "UTC")!
        )
        findings += receipt.findings
        self.findings = findings
        var totals: [String: Price] = [:]
        for field in [
            "total_cost", "total_energy_cost", "total_time_cost", "total_parking_cost", "total_fixed_cost",
            "total_reservation_cost",
        ] {
            if let cursor = try cdr.optional(field) { totals[field] = try Price(cursor) }
        }
        differences = receipt.differences(fromCDRTotals: totals, tolerance: tolerance)
        if policy != .d2 {
            comparison = (
                TariffPolicy.d2.name,
                TariffEngine(policy: .d2).price(
                    session,
                    tariffs: inForce,
                    timeZone: timeZone ?? TimeZone(identifier: "UTC")!
                ).totalCost
            )
        }
    }

    var summaryLine: String {
        let total = receipt.totalCost
        return
            "\(cdrID): \(match ? "match" : "MISMATCH") \(total.exclVAT.rounded(4)) / \((total.inclVAT ?? total.exclVAT).rounded(4)) \(receipt.currency)"
            + (differences.isEmpty ? "" : " — " + differences.map(\.description).joined(separator: "; "))
    }

    var text: String {
        var text = "CDR \(cdrID): \(match ? "matches the tariff" : "DOES NOT MATCH the tariff")\n\n"
        text += ReceiptText.partnerBreakdown(receipt) + "\ndriver's receipt:\n" + ReceiptText.driverReceipt(receipt)
        for difference in differences { text += "difference \(difference)\n" }
        for finding in findings { text += "\(finding)\n" }
        if let comparison {
            let change =
                (receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT)
                - (comparison.total.inclVAT ?? comparison.total.exclVAT)
            text +=
                "under \(receipt.policy) the total incl. VAT changes by \(change.rounded(4)) against \(comparison.policy)\n"
        }
        return text
    }

    var json: JSONValue {
        var object = receipt.json.objectValue ?? [:]
        object["cdr_id"] = .string(cdrID)
        object["match"] = .bool(match)
        object["findings"] = .array(findings.map(\.json))
        object["differences"] = .array(
            differences.map {
                [
                    "field": .string($0.field), "cdr": .number(JSONNumber($0.cdr)),
                    "replay": .number(JSONNumber($0.replay)),
                ]
            }
        )
        if let comparison {
            object["compared_with"] = ["policy": .string(comparison.policy), "total_cost": comparison.total.json]
        }
        return .object(object)
    }
}
