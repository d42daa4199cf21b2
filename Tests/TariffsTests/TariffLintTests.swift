import JSON
import OCPI
import Tariffs
import Testing

@Suite struct TariffLintTests {
    func lint(_ elements: JSONValue, extra: JSONObject = [:], hasTimeZone: Bool = true) throws -> [String] {
        var object: JSONObject = [
            "country_code": "DE", "party_id": "X", "id": "L", "currency": "EUR", "elements": elements,
            "last_updated": "2026-01-01T00:00:00Z",
        ]
        for member in extra.members { object[member.key] = member.value }
        return TariffLint.lint(try Tariff(json: .object(object)), hasTimeZone: hasTimeZone).map(\.code)
    }

    @Test func cleanTariffHasNoWarning() throws {
        #expect(try lint([["price_components": [["type": "ENERGY", "price": 1, "step_size": 1]]]]).isEmpty)
    }

    @Test func missingFallbackIsReported() throws {
        #expect(
            try lint([
                [
                    "price_components": [["type": "ENERGY", "price": 1, "step_size": 1]],
                    "restrictions": ["start_time": "08:00", "end_time": "18:00"],
                ]
            ]) == ["TARIFF-LINT-001"]
        )
    }

    @Test func elementShadowedByAnEarlierUnrestrictedOneIsReported() throws {
        let codes = try lint([
            ["price_components": [["type": "ENERGY", "price": 1, "step_size": 1]]],
            [
                "price_components": [["type": "ENERGY", "price": 2, "step_size": 1]],
                "restrictions": ["day_of_week": ["MONDAY"]],
            ],
        ])
        #expect(codes == ["TARIFF-LINT-002"])
    }

    @Test func stepSizeAboveOneIsReported() throws {
        #expect(
            try lint([["price_components": [["type": "TIME", "price": 1, "step_size": 300]]]]) == ["TARIFF-LINT-003"]
        )
    }

    @Test func localTimeWithoutTimeZoneIsReported() throws {
        let elements: JSONValue = [
            [
                "price_components": [["type": "ENERGY", "price": 1, "step_size": 1]],
                "restrictions": ["start_time": "22:00", "end_time": "06:00"],
            ],
            ["price_components": [["type": "ENERGY", "price": 2, "step_size": 1]]],
        ]
        #expect(try lint(elements, hasTimeZone: false) == ["TARIFF-LINT-004"])
        #expect(try lint(elements, hasTimeZone: true).isEmpty)
    }

    @Test func minAboveMaxAndEmptyWindowAreReported() throws {
        let codes = try lint(
            [
                [
                    "price_components": [["type": "ENERGY", "price": 1, "step_size": 1]],
                    "restrictions": ["start_time": "10:00", "end_time": "10:00"],
                ],
                ["price_components": [["type": "ENERGY", "price": 2, "step_size": 1]]],
            ],
            extra: ["min_price": ["excl_vat": 10], "max_price": ["excl_vat": 5]]
        )
        #expect(Set(codes) == ["TARIFF-LINT-005", "TARIFF-LINT-006"])
    }
}
