import Foundation
import JSON
import OCPI
import Tariffs
import Testing

/// Hand-computed cases beyond the spec's examples. Each states its arithmetic; amounts are exact.
/// Dates: 2026-03-02 is a Monday; 2026-03-07 a Saturday; Europe/Berlin is UTC+1 in winter and
/// switches to UTC+2 at 2026-03-29 01:00 UTC.
@Suite struct TariffCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var elements: JSONValue
        var periods: [(start: String, dimensions: [(String, String)])]
        var end: String
        var excl: String
        var incl: String
        var zone = "UTC"
        var extra: JSONObject = [:]
        var policy = TariffPolicy.d2
        var testDescription: String { name }
    }

    static func component(_ type: String, _ price: String, vat: String? = nil, step: Int = 1) -> JSONValue {
        var object: JSONObject = [
            "type": .string(type), "price": .number(JSONNumber(text: price)), "step_size": .number(JSONNumber(step)),
        ]
        if let vat { object["vat"] = .number(JSONNumber(text: vat)) }
        return .object(object)
    }

    static func element(_ components: JSONValue..., restrictions: JSONValue? = nil) -> JSONValue {
        var object: JSONObject = ["price_components": .array(components)]
        if let restrictions { object["restrictions"] = restrictions }
        return .object(object)
    }

    static let energy25 = element(component("ENERGY", "0.25", vat: "10"))

    static let cases: [Case] = [
        // 1. Energy alone: 20 kWh × 0.25 = 5.00; VAT 10 % → 5.50.
        Case(
            name: "energy only",
            elements: [energy25],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "20")])],
            end: "2026-03-02T12:00:00Z",
            excl: "5",
            incl: "5.5"
        ),
        // 2. Time alone: 1.5 h × 2.00 = 3.00; VAT 20 % → 3.60.
        Case(
            name: "time only",
            elements: [element(component("TIME", "2.00", vat: "20"))],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "1.5")])],
            end: "2026-03-02T11:30:00Z",
            excl: "3",
            incl: "3.6"
        ),
        // 3. Parking alone: 0.5 h × 5.00 = 2.50; no VAT → incl = excl.
        Case(
            name: "parking only without vat",
            elements: [element(component("PARKING_TIME", "5.00"))],
            periods: [("2026-03-02T10:00:00Z", [("PARKING_TIME", "0.5")])],
            end: "2026-03-02T10:30:00Z",
            excl: "2.5",
            incl: "2.5"
        ),
        // 4. Flat alone: 1.50, VAT 19 % → 1.785.
        Case(
            name: "flat only",
            elements: [element(component("FLAT", "1.50", vat: "19"))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "3")])],
            end: "2026-03-02T10:30:00Z",
            excl: "1.5",
            incl: "1.785"
        ),
        // 5. Flat + energy + time + parking: 1 + 10×0.30 + 1×1.20 + 0.5×4 = 1+3+1.2+2 = 7.20; all VAT 0 → 7.20.
        Case(
            name: "every component combined",
            elements: [
                element(
                    component("FLAT", "1"),
                    component("ENERGY", "0.30"),
                    component("TIME", "1.20"),
                    component("PARKING_TIME", "4")
                )
            ],
            periods: [
                ("2026-03-02T10:00:00Z", [("ENERGY", "10"), ("TIME", "1")]),
                ("2026-03-02T11:00:00Z", [("PARKING_TIME", "0.5")]),
            ],
            end: "2026-03-02T11:30:00Z",
            excl: "7.2",
            incl: "7.2"
        ),
        // 6. Flat charged once although two periods: 0.50 + (5+5) kWh × 0.20 = 2.50.
        Case(
            name: "flat charged once per session",
            elements: [element(component("FLAT", "0.50"), component("ENERGY", "0.20"))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "5")]), ("2026-03-02T11:00:00Z", [("ENERGY", "5")])],
            end: "2026-03-02T12:00:00Z",
            excl: "2.5",
            incl: "2.5"
        ),
        // 7. Several VAT rates: energy 10 kWh × 0.30 = 3.00 at 19 % → 3.57; time 1 h × 1 = 1.00 at 7 % → 1.07; total 4.00 / 4.64.
        Case(
            name: "vat per component",
            elements: [element(component("ENERGY", "0.30", vat: "19"), component("TIME", "1", vat: "7"))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10"), ("TIME", "1")])],
            end: "2026-03-02T11:00:00Z",
            excl: "4",
            incl: "4.64"
        ),
        // 8. Free tariff: price 0 → 0.
        Case(
            name: "free of charge",
            elements: [element(component("ENERGY", "0", step: 0))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "40")])],
            end: "2026-03-02T12:00:00Z",
            excl: "0",
            incl: "0"
        ),
        // 9. Daytime window 08:00–20:00 at 0.40, else 0.25: a 10:00 UTC period is in the window → 10 × 0.40 = 4.00.
        Case(
            name: "start and end time window holds",
            elements: [
                element(component("ENERGY", "0.40"), restrictions: ["start_time": "08:00", "end_time": "20:00"]),
                element(component("ENERGY", "0.25")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T11:00:00Z",
            excl: "4",
            incl: "4"
        ),
        // 10. Same tariff at 21:00 → fallback 0.25: 10 × 0.25 = 2.50.
        Case(
            name: "outside the time window the fallback applies",
            elements: [
                element(component("ENERGY", "0.40"), restrictions: ["start_time": "08:00", "end_time": "20:00"]),
                element(component("ENERGY", "0.25")),
            ],
            periods: [("2026-03-02T21:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T22:00:00Z",
            excl: "2.5",
            incl: "2.5"
        ),
        // 11. Night window past midnight 22:00–06:00 at 0.20: 02:00 is inside → 10 × 0.20 = 2.00.
        Case(
            name: "window past midnight holds at 02:00",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-03T02:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-03T03:00:00Z",
            excl: "2",
            incl: "2"
        ),
        // 12. Same window at 23:30 (after start) → 0.20: 4 × 0.20 = 0.80.
        Case(
            name: "window past midnight holds at 23:30",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-02T23:30:00Z", [("ENERGY", "4")])],
            end: "2026-03-03T00:30:00Z",
            excl: "0.8",
            incl: "0.8"
        ),
        // 13. Same window at 06:00 exactly (end is exclusive) → 0.35: 4 × 0.35 = 1.40.
        Case(
            name: "window end is exclusive",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-03T06:00:00Z", [("ENERGY", "4")])],
            end: "2026-03-03T07:00:00Z",
            excl: "1.4",
            incl: "1.4"
        ),
        // 14. end_time 00:00 means end of day (A2): start 18:00, 23:00 inside → 3 × 0.50 = 1.50.
        Case(
            name: "end time 00:00 is the end of the day",
            elements: [
                element(component("ENERGY", "0.50"), restrictions: ["start_time": "18:00", "end_time": "00:00"]),
                element(component("ENERGY", "0.30")),
            ],
            periods: [("2026-03-02T23:00:00Z", [("ENERGY", "3")])],
            end: "2026-03-02T23:30:00Z",
            excl: "1.5",
            incl: "1.5"
        ),
        // 15. Weekend price: Saturday 2026-03-07 → 10 × 0.45 = 4.50.
        Case(
            name: "weekend day of week",
            elements: [
                element(component("ENERGY", "0.45"), restrictions: ["day_of_week": ["SATURDAY", "SUNDAY"]]),
                element(component("ENERGY", "0.30")),
            ],
            periods: [("2026-03-07T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-07T11:00:00Z",
            excl: "4.5",
            incl: "4.5"
        ),
        // 16. Weekday switch: Friday 23:00 → weekday price 0.30 ×10 = 3.00; Saturday 00:00 period → 0.45 × 10 = 4.50; total 7.50.
        Case(
            name: "weekday to weekend switch at midnight",
            elements: [
                element(component("ENERGY", "0.45"), restrictions: ["day_of_week": ["SATURDAY", "SUNDAY"]]),
                element(component("ENERGY", "0.30")),
            ],
            periods: [("2026-03-06T23:00:00Z", [("ENERGY", "10")]), ("2026-03-07T00:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-07T01:00:00Z",
            excl: "7.5",
            incl: "7.5"
        ),
        // 17. start_date: from 2026-03-01 a new price 0.33 → 10 × 0.33 = 3.30.
        Case(
            name: "start date holds",
            elements: [
                element(component("ENERGY", "0.33"), restrictions: ["start_date": "2026-03-01"]),
                element(component("ENERGY", "0.29")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T11:00:00Z",
            excl: "3.3",
            incl: "3.3"
        ),
        // 18. end_date exclusive: until 2026-03-02 → on 03-02 the fallback 0.29 applies: 10 × 0.29 = 2.90.
        Case(
            name: "end date is exclusive",
            elements: [
                element(component("ENERGY", "0.33"), restrictions: ["end_date": "2026-03-02"]),
                element(component("ENERGY", "0.29")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T11:00:00Z",
            excl: "2.9",
            incl: "2.9"
        ),
        // 19. min_kwh: first 10 kWh at 0.30, from 10 kWh on at 0.25 (periods split at 10): 10×0.30 + 5×0.25 = 3 + 1.25 = 4.25.
        Case(
            name: "min kwh switches price after 10 kWh",
            elements: [
                element(component("ENERGY", "0.25"), restrictions: ["min_kwh": 10]),
                element(component("ENERGY", "0.30")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")]), ("2026-03-02T10:30:00Z", [("ENERGY", "5")])],
            end: "2026-03-02T11:00:00Z",
            excl: "4.25",
            incl: "4.25"
        ),
        // 20. max_kwh: first 10 kWh free, then 0.30: 10×0 + 6×0.30 = 1.80.
        Case(
            name: "max kwh first ten free",
            elements: [
                element(component("ENERGY", "0"), restrictions: ["max_kwh": 10]), element(component("ENERGY", "0.30")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")]), ("2026-03-02T10:30:00Z", [("ENERGY", "6")])],
            end: "2026-03-02T11:00:00Z",
            excl: "1.8",
            incl: "1.8"
        ),
        // 21. min_duration: time after 1 h at 3/h: first hour 1 h × 0 (no element) + 0.5 h × 3 = 1.50.
        Case(
            name: "min duration prices time after the first hour",
            elements: [element(component("TIME", "3"), restrictions: ["min_duration": 3600])],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "1")]), ("2026-03-02T11:00:00Z", [("TIME", "0.5")])],
            end: "2026-03-02T11:30:00Z",
            excl: "1.5",
            incl: "1.5"
        ),
        // 22. max_duration: time is 1/h for the first 30 minutes only: 0.5 × 1 = 0.50, then no time price.
        Case(
            name: "max duration limits time price",
            elements: [element(component("TIME", "1"), restrictions: ["max_duration": 1800])],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "0.5")]), ("2026-03-02T10:30:00Z", [("TIME", "1")])],
            end: "2026-03-02T11:30:00Z",
            excl: "0.5",
            incl: "0.5"
        ),
        // 23. max_power: below 22 kW 0.30, else 0.45: period at 11 kW → 8 × 0.30 = 2.40.
        Case(
            name: "max power slow charging price",
            elements: [
                element(component("ENERGY", "0.30"), restrictions: ["max_power": 22]),
                element(component("ENERGY", "0.45")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "8"), ("MAX_POWER", "11")])],
            end: "2026-03-02T11:00:00Z",
            excl: "2.4",
            incl: "2.4"
        ),
        // 24. min_power: 50 kW and more at 0.59: period at 120 kW → 30 × 0.59 = 17.70.
        Case(
            name: "min power fast charging price",
            elements: [
                element(component("ENERGY", "0.59"), restrictions: ["min_power": 50]),
                element(component("ENERGY", "0.39")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "30"), ("MIN_POWER", "120")])],
            end: "2026-03-02T10:30:00Z",
            excl: "17.7",
            incl: "17.7"
        ),
        // 25. max_current: under 16 A 0.28, else 0.35: period CURRENT 32 A → 10 × 0.35 = 3.50.
        Case(
            name: "max current falls back above the limit",
            elements: [
                element(component("ENERGY", "0.28"), restrictions: ["max_current": 16]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10"), ("CURRENT", "32")])],
            end: "2026-03-02T11:00:00Z",
            excl: "3.5",
            incl: "3.5"
        ),
        // 26. min_current: 32 A and more 0.40: MIN_CURRENT 32 → 10 × 0.40 = 4.00.
        Case(
            name: "min current holds at the limit",
            elements: [
                element(component("ENERGY", "0.40"), restrictions: ["min_current": 32]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10"), ("MIN_CURRENT", "32")])],
            end: "2026-03-02T11:00:00Z",
            excl: "4",
            incl: "4"
        ),
        // 27. Energy step 500 Wh: 10.1 kWh → 10.5 kWh × 0.30 = 3.15.
        Case(
            name: "energy step size 500 Wh",
            elements: [element(component("ENERGY", "0.30", step: 500))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10.1")])],
            end: "2026-03-02T11:00:00Z",
            excl: "3.15",
            incl: "3.15"
        ),
        // 28. Time step 900 s: 1 h 5 min (1.083333 h) → 1 h 15 min = 1.25 h × 2 = 2.50.
        Case(
            name: "time step size 15 minutes",
            elements: [element(component("TIME", "2", step: 900))],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "1.083333")])],
            end: "2026-03-02T11:05:00Z",
            excl: "2.5",
            incl: "2.5"
        ),
        // 29. Parking step 600 s: 7 min (0.116667 h) → 10 min = 1/6 h × 6 = 1.00.
        Case(
            name: "parking step size 10 minutes",
            elements: [element(component("PARKING_TIME", "6", step: 600))],
            periods: [("2026-03-02T10:00:00Z", [("PARKING_TIME", "0.116667")])],
            end: "2026-03-02T10:07:00Z",
            excl: "1",
            incl: "1"
        ),
        // 30. The same 10.1 kWh under the no-step policy: 10.1 × 0.30 = 3.03.
        Case(
            name: "no step size policy bills exactly",
            elements: [element(component("ENERGY", "0.30", step: 500))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10.1")])],
            end: "2026-03-02T11:00:00Z",
            excl: "3.03",
            incl: "3.03",
            policy: .noSteps
        ),
        // 31. min_price: 2 kWh × 0.25 = 0.50 < min 3.00 → 3.00 (incl. min 3.30).
        Case(
            name: "min price raises the total",
            elements: [energy25],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "2")])],
            end: "2026-03-02T10:15:00Z",
            excl: "3",
            incl: "3.3",
            extra: ["min_price": ["excl_vat": 3, "incl_vat": .number(JSONNumber(text: "3.30"))]]
        ),
        // 32. max_price: 80 kWh × 0.25 = 20.00 > max 15 → 15.00 (incl. 22.00 > 16.50 → 16.50).
        Case(
            name: "max price caps the total",
            elements: [energy25],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "80")])],
            end: "2026-03-02T12:00:00Z",
            excl: "15",
            incl: "16.5",
            extra: ["max_price": ["excl_vat": 15, "incl_vat": .number(JSONNumber(text: "16.50"))]]
        ),
        // 33. A 30-hour session at 0.50/h: 30 × 0.50 = 15.00.
        Case(
            name: "thirty hour session",
            elements: [element(component("TIME", "0.50"))],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "30")])],
            end: "2026-03-03T16:00:00Z",
            excl: "15",
            incl: "15"
        ),
        // 34. A 1-second session: 1/3600 h × 3.60 = 0.001; flat 0.10 → 0.101.
        Case(
            name: "one second session",
            elements: [element(component("FLAT", "0.10"), component("TIME", "3.60"))],
            periods: [("2026-03-02T10:00:00Z", [("TIME", "0.000278")])],
            end: "2026-03-02T10:00:01Z",
            excl: "0.101",
            incl: "0.101"
        ),
        // 35. Europe/Berlin: 21:30 UTC is 22:30 local (UTC+1) → night price 0.20: 5 × 0.20 = 1.00.
        Case(
            name: "local time in Berlin winter",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-02T21:30:00Z", [("ENERGY", "5")])],
            end: "2026-03-02T22:00:00Z",
            excl: "1",
            incl: "1",
            zone: "Europe/Berlin"
        ),
        // 36. Across the DST change (2026-03-29 01:00 UTC: 02:00 → 03:00 local). Period 1 at 00:30 UTC = 01:30 local (night 0.20);
        //     period 2 at 04:30 UTC = 06:30 local after the change (day 0.35): 5×0.20 + 5×0.35 = 1.00 + 1.75 = 2.75.
        Case(
            name: "Europe/Berlin across the DST change",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-29T00:30:00Z", [("ENERGY", "5")]), ("2026-03-29T04:30:00Z", [("ENERGY", "5")])],
            end: "2026-03-29T05:00:00Z",
            excl: "2.75",
            incl: "2.75",
            zone: "Europe/Berlin"
        ),
        // 37. Same instant 04:30 UTC read in UTC would still be night (04:30 < 06:00): 10 × 0.20 = 2.00 — the zone matters.
        Case(
            name: "the same session read in UTC",
            elements: [
                element(component("ENERGY", "0.20"), restrictions: ["start_time": "22:00", "end_time": "06:00"]),
                element(component("ENERGY", "0.35")),
            ],
            periods: [("2026-03-29T00:30:00Z", [("ENERGY", "5")]), ("2026-03-29T04:30:00Z", [("ENERGY", "5")])],
            end: "2026-03-29T05:00:00Z",
            excl: "2",
            incl: "2"
        ),
        // 38. Dimensions from different elements: ENERGY from element 1 (weekday), TIME from element 2: 10×0.30 + 1×1 = 4.00.
        Case(
            name: "dimensions are looked up independently",
            elements: [
                element(component("ENERGY", "0.30"), restrictions: ["day_of_week": ["MONDAY"]]),
                element(component("ENERGY", "0.50"), component("TIME", "1")),
            ],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10"), ("TIME", "1")])],
            end: "2026-03-02T11:00:00Z",
            excl: "4",
            incl: "4"
        ),
        // 39. Element order decides overlaps: two unrestricted ENERGY elements → the first (0.30) wins: 10 × 0.30 = 3.00.
        Case(
            name: "first matching element wins",
            elements: [element(component("ENERGY", "0.30")), element(component("ENERGY", "0.90"))],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T11:00:00Z",
            excl: "3",
            incl: "3"
        ),
        // 40. No matching element: energy priced only before 08:00; a 10:00 period is free → 0.
        Case(
            name: "no fallback element leaves a period free",
            elements: [element(component("ENERGY", "0.30"), restrictions: ["end_time": "08:00"])],
            periods: [("2026-03-02T10:00:00Z", [("ENERGY", "10")])],
            end: "2026-03-02T11:00:00Z",
            excl: "0",
            incl: "0"
        ),
        // 41. Reservation: 15 min reserved at 4/h = 1.00 (reservation element), then 10 kWh × 0.25 = 2.50; total 3.50.
        Case(
            name: "reservation time then charging",
            elements: [
                element(component("TIME", "4"), restrictions: ["reservation": "RESERVATION"]),
                element(component("ENERGY", "0.25")),
            ],
            periods: [
                ("2026-03-02T09:45:00Z", [("RESERVATION_TIME", "0.25")]), ("2026-03-02T10:00:00Z", [("ENERGY", "10")]),
            ],
            end: "2026-03-02T11:00:00Z",
            excl: "3.5",
            incl: "3.5"
        ),
        // 42. Step size with two prices (d2: surplus priced in the last period): 4.3 kWh at 0.20 + 1.1 kWh at 0.27, step 500 Wh:
        //     5.4 → 5.5 kWh, surplus 0.1 to the second: 4.3×0.20 + 1.2×0.27 = 0.86 + 0.324 = 1.184.
        Case(
            name: "energy step surplus goes to the last period",
            elements: [
                element(component("ENERGY", "0.20", step: 500), restrictions: ["end_time": "17:00"]),
                element(component("ENERGY", "0.27", step: 500)),
            ],
            periods: [("2026-03-02T16:00:00Z", [("ENERGY", "4.3")]), ("2026-03-02T17:00:00Z", [("ENERGY", "1.1")])],
            end: "2026-03-02T18:00:00Z",
            excl: "1.184",
            incl: "1.184"
        ),
    ]

    @Test("hand-computed case", arguments: cases)
    func prices(_ item: Case) throws {
        var object: JSONObject = [
            "country_code": "DE", "party_id": "RGC", "id": "T", "currency": "EUR", "elements": item.elements,
            "last_updated": "2026-01-01T00:00:00Z",
        ]
        for member in item.extra.members { object[member.key] = member.value }
        let tariff = try Tariff(json: .object(object))
        let periods = item.periods.map { period in
            ChargingPeriod(
                startDateTime: OCPITimestamp.parse(period.start)!,
                dimensions: period.dimensions.map { (type: $0.0, volume: Decimal(string: $0.1)!) }
            )
        }
        let zone = try #require(TimeZone(identifier: item.zone))
        let receipt = TariffEngine(policy: item.policy).price(
            .init(periods: periods, end: OCPITimestamp.parse(item.end)!),
            tariffs: [tariff],
            timeZone: zone
        )
        #expect(receipt.totalCost.exclVAT.rounded(6) == Decimal(string: item.excl)!, "excl. VAT")
        #expect(
            (receipt.totalCost.inclVAT ?? receipt.totalCost.exclVAT).rounded(6) == Decimal(string: item.incl)!,
            "incl. VAT"
        )
    }

    @Test func atLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }
}
