import Foundation
import JSON
import OCPI
import Tariffs

/// `replay`: tariff replays per second, in memory and end to end from a JSON-lines file of CDRs.
enum ReplayBenchmark {
    static let tariffJSON: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "DC", "currency": "EUR", "last_updated": "2026-01-01T00:00:00Z",
        "elements": [
            [
                "price_components": [
                    ["type": "FLAT", "price": .number(JSONNumber(text: "0.50")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.49")), "vat": 19, "step_size": 1]
                ],
                "restrictions": ["start_time": "22:00", "end_time": "06:00"],
            ],
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.59")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [["type": "PARKING_TIME", "price": 6, "vat": 19, "step_size": 60]],
                "restrictions": ["min_duration": 2700],
            ],
        ],
    ]

    static func run(_ arguments: [String]) async -> Int32 {
        let count = Int(arguments.first ?? "") ?? 100_000
        guard let tariff = try? Tariff(json: tariffJSON), let zone = TimeZone(identifier: "Europe/Berlin") else {
            return 70
        }
        let engine = TariffEngine()
        let start = Date(timeIntervalSince1970: 1_772_409_600)
        // In memory: sessions of three periods (charging, charging, parking) at varying times.
        let sessions = (0..<1000).map { index -> TariffEngine.Session in
            let begin = start.addingTimeInterval(Double(index * 3571 % 86_400))
            return TariffEngine.Session(
                periods: [
                    ChargingPeriod(
                        startDateTime: begin,
                        dimensions: [(type: "ENERGY", volume: Decimal(index % 40) + 1), (type: "TIME", volume: 0.5)]
                    ),
                    ChargingPeriod(
                        startDateTime: begin.addingTimeInterval(1800),
                        dimensions: [(type: "ENERGY", volume: 5), (type: "TIME", volume: 0.25)]
                    ),
                    ChargingPeriod(
                        startDateTime: begin.addingTimeInterval(2700),
                        dimensions: [(type: "PARKING_TIME", volume: 0.4)]
                    ),
                ],
                end: begin.addingTimeInterval(4140)
            )
        }
        var checksum = Decimal(0)
        let memory = measureSeconds {
            for index in 0..<count {
                checksum +=
                    engine.price(sessions[index % sessions.count], tariffs: [tariff], timeZone: zone).totalCost.exclVAT
            }
        }
        Measurement(
            name: "replay.in_memory",
            value: Double(count) / memory,
            unit: "replays/s",
            extra: [("replays", .number(.init(count)))]
        ).print()

        // End to end, as `roamgate replay` does it: tariffs decoded once into a book; each CDR line parsed,
        // its periods decoded, priced with the version in force.
        let lines = min(count, 20_000)
        let path = NSTemporaryDirectory() + "roamgate-bench-cdrs-\(UUID().uuidString).jsonl"
        var text = ""
        for index in 0..<lines {
            let session = sessions[index % sessions.count]
            let cdr: JSONValue = [
                "id": .string("CDR-\(index)"),
                "start_date_time": .string(OCPITimestamp.format(session.periods[0].startDateTime)),
                "end_date_time": .string(OCPITimestamp.format(session.end)),
                "cdr_location": ["id": "LOC", "time_zone": "Europe/Berlin"],
                "currency": "EUR",
                "tariffs": [tariffJSON],
                "charging_periods": .array(session.periods.map(\.json)),
                "total_cost": ["excl_vat": 10, "incl_vat": 11],
            ]
            text += JSONWriter.compact.string(cdr) + "\n"
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var priced = 0
        let book = TariffBook([tariff])
        let endToEnd = measureSeconds {
            guard let data = FileManager.default.contents(atPath: path) else { return }
            for line in [UInt8](data).split(separator: UInt8(ascii: "\n")) {
                guard let cdr = try? JSONParser().parse(line).value,
                    let id = cdr["tariffs"]?[0]?["id"]?.stringValue,
                    let start = cdr["start_date_time"]?.stringValue.flatMap(OCPITimestamp.parse),
                    let tariff = book.version(id, at: start),
                    let periods = try? JSONCursor(value: cdr["charging_periods"] ?? []).elements().map({
                        try ChargingPeriod($0)
                    }),
                    let end = cdr["end_date_time"]?.stringValue.flatMap(OCPITimestamp.parse)
                else { continue }
                checksum +=
                    engine.price(.init(periods: periods, end: end), tariffs: [tariff], timeZone: zone).totalCost.exclVAT
                priced += 1
            }
        }
        Measurement(
            name: "replay.json_lines",
            value: Double(priced) / endToEnd,
            unit: "cdrs/s",
            extra: [("cdrs", .number(.init(priced)))]
        ).print()
        return checksum == 0 ? 70 : 0
    }
}
