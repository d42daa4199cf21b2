import Foundation
import JSON
import OCPI

/// `validate`: CDRs per second through `roamgate validate`'s path (read a JSON-lines file, parse
/// each line, apply every OCPI rule), on one core. Goal (issue 3): at least 50,000 CDRs/s.
enum ValidateBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        let count = Int(arguments.first ?? "") ?? 100_000
        let path = NSTemporaryDirectory() + "roamgate-bench-validate-\(UUID().uuidString).jsonl"
        var text = ""
        text.reserveCapacity(count * 1500)
        for index in 0..<count { text += JSONWriter.compact.string(cdr(index)) + "\n" }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { return 70 }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let megabytes = Double(text.utf8.count) / 1_048_576
        text = ""

        var reports: [OCPIObjectReport] = []
        let cpuStart = processCPUSeconds()
        let seconds = measureSeconds {
            guard let data = FileManager.default.contents(atPath: path) else { return }
            reports = (try? OCPIFileValidator().validate([UInt8](data), fileName: path)) ?? []
        }
        // The process is single-threaded here, so its CPU time is time on one core; the machine
        // may be shared, so wall time is reported beside it.
        let cpuSeconds = processCPUSeconds() - cpuStart
        let errors = reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
        Measurement(
            name: "validate.cdr_json_lines",
            value: Double(reports.count) / cpuSeconds,
            unit: "cdrs/s (one core, CPU time)",
            extra: [
                ("cdrs", .number(JSONNumber(reports.count))), ("errors", .number(JSONNumber(errors))),
                ("megabytes", .number(JSONNumber(text: Measurement.format(megabytes)))),
                ("cpu_seconds", .number(JSONNumber(text: Measurement.format(cpuSeconds)))),
                ("wall_seconds", .number(JSONNumber(text: Measurement.format(seconds)))),
                ("wall_cdrs_per_s", .number(JSONNumber(text: Measurement.format(Double(reports.count) / seconds)))),
            ]
        ).print()
        return reports.count == count && errors == 0 ? 0 : 70
    }

    /// CPU time used by this process so far (all threads), in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// A valid OCPI 2.2.1 CDR: three periods (charging, charging, parking) with its tariff embedded.
    static func cdr(_ index: Int) -> JSONValue {
        let start = Date(timeIntervalSince1970: 1_772_409_600 + Double(index * 613 % 2_592_000))
        func time(_ offset: Double) -> JSONValue { .string(OCPITimestamp.format(start.addingTimeInterval(offset))) }
        func number(_ text: String) -> JSONValue { .number(JSONNumber(text: text)) }
        let energy = Decimal(index % 50) + 2
        return [
            "country_code": "DE", "party_id": "RGC", "id": .string("CDR-\(index)"),
            "start_date_time": time(0), "end_date_time": time(5400), "session_id": .string("S-\(index)"),
            "cdr_token": [
                "country_code": "NL", "party_id": "TNM", "uid": .string("TOKEN\(index % 977)"), "type": "RFID",
                "contract_id": "NL-TNM-C12345678-X",
            ],
            "auth_method": "WHITELIST",
            "cdr_location": [
                "id": "LOC1", "name": "Gent Zuid", "address": "F.Rooseveltlaan 3A", "city": "Gent",
                "postal_code": "9000", "country": "BEL",
                "coordinates": ["latitude": "51.047599", "longitude": "3.729944"], "evse_uid": "3256",
                "evse_id": "BE*BEC*E041503001", "connector_id": "1", "connector_standard": "IEC_62196_T2",
                "connector_format": "SOCKET", "connector_power_type": "AC_3_PHASE",
            ],
            "currency": "EUR",
            "tariffs": [
                [
                    "country_code": "DE", "party_id": "RGC", "id": "AC", "currency": "EUR",
                    "elements": [
                        [
                            "price_components": [
                                ["type": "ENERGY", "price": number("0.39"), "vat": 19, "step_size": 1],
                                ["type": "PARKING_TIME", "price": 6, "vat": 19, "step_size": 1],
                            ]
                        ]
                    ],
                    "last_updated": "2026-01-01T00:00:00Z",
                ]
            ],
            "charging_periods": [
                [
                    "start_date_time": time(0), "tariff_id": "AC",
                    "dimensions": [
                        ["type": "ENERGY", "volume": .number(JSONNumber(energy))], ["type": "TIME", "volume": 1],
                    ],
                ],
                [
                    "start_date_time": time(3600), "tariff_id": "AC",
                    "dimensions": [["type": "ENERGY", "volume": 3], ["type": "TIME", "volume": number("0.25")]],
                ],
                [
                    "start_date_time": time(4500), "tariff_id": "AC",
                    "dimensions": [["type": "PARKING_TIME", "volume": number("0.25")]],
                ],
            ],
            "total_cost": [
                "excl_vat": .number(JSONNumber((energy + 3) * Decimal(39) / 100 + Decimal(15) / 10)),
                "incl_vat": 99,
            ],
            "total_energy": .number(JSONNumber(energy + 3)), "total_time": number("1.5"),
            "total_parking_time": number("0.25"), "last_updated": time(5460),
        ]
    }
}
