import Foundation
import JSON
import OCPI
import Tariffs
import TestSupport
import Testing

/// Every worked tariff example of OCPI 2.2.1 (ocpi-tariff-scenarios.json, built from the spec's
/// text at v2.2.1-d2 and the bugfix branch) priced by the engine.
@Suite struct SpecScenarioTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        var id: String
        var value: JSONValue
        var testDescription: String { id }
    }

    static let scenarios: [Scenario] = {
        guard let bytes = try? Fixtures.bytes("ocpi-tariff-scenarios.json"),
            let root = try? JSONParser().parse(bytes).value
        else { return [] }
        return (root["scenarios"]?.arrayValue ?? []).map { Scenario(id: $0["id"]?.stringValue ?? "?", value: $0) }
    }()

    @Test func allThirtyScenariosAreLoaded() {
        #expect(Self.scenarios.count == 30)
    }

    @Test("spec example prices as recomputed from the spec text", arguments: scenarios)
    func pricesLikeTheSpec(_ scenario: Scenario) throws {
        let value = scenario.value
        let tariffJSON = try #require(value["tariff"])
        let periodsJSON = try #require(value["charging_periods"])
        let endText = try #require(value["session_end_date_time"]?.stringValue)
        let tariff = try Tariff(json: tariffJSON)
        let periods = try JSONCursor(value: periodsJSON).elements().map { try ChargingPeriod($0) }
        let end = try #require(OCPITimestamp.parse(endText))
        let zone = try #require(TimeZone(identifier: value["time_zone"]?.stringValue ?? "UTC"))
        let session = TariffEngine.Session(
            periods: periods,
            end: end,
            reservationExpired: value["reservation_expired"]?.boolValue ?? false
        )
        let receipt = TariffEngine().price(session, tariffs: [tariff], timeZone: zone)
        let expected = try #require(value["recomputed"])
        let expectedExcl = try #require(expected["excl_vat"]?.numberValue?.decimal)
        #expect(abs(receipt.totalCost.exclVAT - expectedExcl) < Decimal(string: "0.0001")!, "excl. VAT")
        if let expectedIncl = expected["incl_vat"]?.numberValue?.decimal {
            let incl = try #require(receipt.totalCost.inclVAT)
            #expect(abs(incl - expectedIncl) < Decimal(string: "0.0001")!, "incl. VAT")
        }
    }
}
