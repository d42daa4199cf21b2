import JSON
import OCPI
import Tariffs

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension FuzzTarget {
    /// The top-level OCPI objects a partner sends (OCPI 2.2.1 §8–§13, §7).
    static let ocpiModels: [any OCPIObject.Type] = [
        Location.self, EVSE.self, Connector.self, Session.self, CDR.self, Tariff.self, Token.self,
        Credentials.self, VersionDetails.self, Version.self, StartSession.self, StopSession.self,
        ReserveNow.self, UnlockConnector.self, CancelReservation.self, CommandResponse.self, CommandResult.self,
        ChargingPreferences.self, ClientInfo.self,
    ]

    /// OCPI on arbitrary JSON: what `roamgate validate` and `roamgate replay` do with a file.
    ///
    /// The document goes through `OCPIValidator` (findings, never a trap) and is decoded as every
    /// top-level model; a model that decodes must encode to JSON that decodes and encodes to the
    /// same JSON. It is also read as tariffs (the root, the elements of a root array, or its
    /// `tariffs`) and a CDR's `charging_periods` (the root's or its `cdr`'s), which are linted and
    /// priced under every tariff policy.
    static func fuzzOCPI(_ data: [UInt8]) {
        let parser = JSONParser(limits: jsonLimits, duplicateKeys: .keep, recordsLocations: true)
        guard let document = try? parser.parse(data) else { return }
        _ = OCPIValidator().validate(document)
        for model in ocpiModels { checkModelRoundTrip(model, document.value) }
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

    /// Decode, encode, decode, encode: the two encodings are equal (the first round trip may normalise).
    static func checkModelRoundTrip<Model: OCPIObject>(_ model: Model.Type, _ value: JSONValue) {
        guard let decoded = try? OCPICoding.decode(model, from: value) else { return }
        guard let encoded = try? OCPICoding.encode(decoded) else {
            check(false, "a decoded \(model.schemaName) does not encode")
            return
        }
        guard let again = try? OCPICoding.decode(model, from: encoded) else {
            check(false, "an encoded \(model.schemaName) does not decode: \(JSONWriter.compact.string(encoded))")
            return
        }
        // Compared in canonical form: Foundation's JSONEncoder on Linux does not keep member order.
        let first = JSONWriter.canonicalCompact.string(encoded)
        let second = (try? OCPICoding.encode(again)).map { JSONWriter.canonicalCompact.string($0) }
        check(second == first, "\(model.schemaName) changed in a round trip: \(first) became \(second ?? "nothing")")
    }
}
