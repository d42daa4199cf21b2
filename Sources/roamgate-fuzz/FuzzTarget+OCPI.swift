import JSON
import OCPI
import Tariffs

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension FuzzTarget {
    /// OCPI decoding and tariff replay on arbitrary JSON: what `roamgate replay` does with a file.
    ///
    /// The document is read as tariffs (the root, the elements of a root array, or its `tariffs`) and
    /// a CDR's `charging_periods` (the root's or its `cdr`'s); whatever decodes is linted and priced. Properties: a decoded
    /// tariff's JSON decodes to the same tariff; pricing returns a receipt in the tariff's currency.
    static func fuzzOCPI(_ data: [UInt8]) {
        guard let document = try? JSONParser(limits: jsonLimits, recordsLocations: true).parse(data) else { return }
        let root = JSONCursor(document, fileName: "fuzz.json")
        var candidates = [root]
        if let elements = try? root.elements() { candidates += elements }
        if let snapshot = try? root.optionalElements("tariffs") { candidates += snapshot }
        var tariffs: [Tariff] = []
        for candidate in candidates {
            guard let tariff = try? Tariff(candidate) else { continue }
            check((try? Tariff(json: tariff.json)) == tariff, "a tariff changed in a JSON round trip")
            _ = TariffLint.lint(tariff, hasTimeZone: data.count % 2 == 0)
            tariffs.append(tariff)
        }
        // A CDR: the root, or the `cdr` member of a replay case (Tests/Fixtures/tariff-cases).
        let cdr = (try? root.optional("cdr")) ?? root
        guard let periodCursors = try? cdr.elements("charging_periods") else { return }
        let periods = periodCursors.compactMap { try? ChargingPeriod($0) }
        guard let start = periods.map(\.startDateTime).min() else { return }
        let end = cdr.value["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse) ?? start
        let zone = TimeZone(identifier: data.count % 2 == 0 ? "Europe/Amsterdam" : "UTC") ?? .current
        for policy in TariffPolicy.all {
            let receipt = TariffEngine(policy: policy).price(
                TariffEngine.Session(periods: periods, end: end),
                tariffs: tariffs,
                timeZone: zone
            )
            _ = receipt.json
            _ = ReceiptText.driverReceipt(receipt)
        }
    }
}
