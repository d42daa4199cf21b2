import Foundation
import JSON
import OCPI
import Simulation
import Tariffs
import Testing

/// Properties of the engine on seeded random inputs (no timing, same cases every run).
@Suite struct TariffPropertyTests {
    let start = OCPITimestamp.parse("2026-03-02T10:00:00Z")!

    func tariff(_ elements: JSONValue) throws -> Tariff {
        try Tariff(json: [
            "country_code": "DE", "party_id": "RGC", "id": "P", "currency": "EUR", "elements": elements,
            "last_updated": "2026-01-01T00:00:00Z",
        ])
    }

    @Test func energyOnlyTariffIsMonotonicInEnergy() throws {
        var random = SeededRandom(seed: 2026)
        for _ in 0..<200 {
            let price = Decimal(random.int(in: 1...99)) / 100
            let step = [1, 100, 500, 1000][random.int(in: 0...3)]
            let flat = Decimal(random.int(in: 0...100)) / 100
            let tariff = try tariff([
                [
                    "price_components": [
                        ["type": "FLAT", "price": .number(JSONNumber(flat)), "vat": 19],
                        [
                            "type": "ENERGY", "price": .number(JSONNumber(price)), "vat": 19,
                            "step_size": .number(JSONNumber(step)),
                        ],
                    ]
                ]
            ])
            var previous = Decimal(-1)
            var energy = Decimal(0)
            for _ in 0..<20 {
                energy += Decimal(random.int(in: 0...5000)) / 1000
                let period = ChargingPeriod(startDateTime: start, dimensions: [(type: "ENERGY", volume: energy)])
                let total = TariffEngine().price(
                    .init(periods: [period], end: start.addingTimeInterval(3600)),
                    tariffs: [tariff],
                    timeZone: .gmt
                ).totalCost.exclVAT
                #expect(total >= previous, "price \(price), step \(step): \(energy) kWh costs \(total) < \(previous)")
                previous = total
            }
        }
    }

    @Test func splittingAPeriodLeavesThePriceUnchangedWithoutStepSize() throws {
        var random = SeededRandom(seed: 7)
        let tariff = try tariff([
            [
                "price_components": [
                    ["type": "FLAT", "price": .number(JSONNumber(text: "0.5")), "vat": 19],
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.37")), "vat": 19],
                    ["type": "TIME", "price": .number(JSONNumber(text: "1.2")), "vat": 7],
                ]
            ]
        ])
        for _ in 0..<200 {
            let energy = Decimal(random.int(in: 1...80_000)) / 1000
            let seconds = random.int(in: 60...36_000)
            let hours = Decimal(seconds) / 3600
            let cut = Decimal(random.int(in: 1...99)) / 100
            let whole = [
                ChargingPeriod(
                    startDateTime: start,
                    dimensions: [(type: "ENERGY", volume: energy), (type: "TIME", volume: hours)]
                )
            ]
            let split = [
                ChargingPeriod(
                    startDateTime: start,
                    dimensions: [(type: "ENERGY", volume: energy * cut), (type: "TIME", volume: hours * cut)]
                ),
                ChargingPeriod(
                    startDateTime: start.addingTimeInterval(
                        Double(seconds) * NSDecimalNumber(decimal: cut).doubleValue
                    ),
                    dimensions: [
                        (type: "ENERGY", volume: energy - energy * cut), (type: "TIME", volume: hours - hours * cut),
                    ]
                ),
            ]
            let end = start.addingTimeInterval(Double(seconds))
            let engine = TariffEngine(policy: .noSteps)
            let a = engine.price(.init(periods: whole, end: end), tariffs: [tariff], timeZone: .gmt).totalCost
            let b = engine.price(.init(periods: split, end: end), tariffs: [tariff], timeZone: .gmt).totalCost
            #expect(a.exclVAT.rounded(10) == b.exclVAT.rounded(10))
            #expect(a.inclVAT?.rounded(10) == b.inclVAT?.rounded(10))
        }
    }
}
