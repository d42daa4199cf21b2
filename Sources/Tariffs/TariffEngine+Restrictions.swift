import Foundation
import OCPI

/// Local wall-clock fields of an instant in a time zone, computed from the zone's UTC offset at that
/// instant and civil-date arithmetic (no Calendar: this runs once per period of every replay).
struct LocalTime {
    var year = 1970
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    /// 1 = Sunday … 7 = Saturday, as Foundation's Calendar numbers weekdays.
    var weekday = 5

    init() {}

    init(_ instant: Date, in zone: TimeZone) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        weekday = ((days % 7 + 7) % 7 + 4) % 7 + 1  // 1970-01-01 was a Thursday
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

/// What restrictions are evaluated against: the state at a period's start (ocpi.md §3.4, choice A1).
struct RestrictionContext {
    var local: LocalTime
    var energySoFar: Decimal
    var elapsedSeconds: TimeInterval
    var period: ChargingPeriod
    var isReservation: Bool
    var reservationExpired: Bool

    var minuteOfDay: Int { local.hour * 60 + local.minute }

    /// `YYYY-MM-DD` of the local date.
    var localDate: String {
        "\(local.year)-\(local.month < 10 ? "0" : "")\(local.month)-\(local.day < 10 ? "0" : "")\(local.day)"
    }

    /// OCPI DayOfWeek of the local date (§11.4.7).
    var weekday: String {
        ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"][(local.weekday - 1 + 7) % 7]
    }
}

extension TariffEngine {
    /// The tariff in force at `instant`: validity window first, then REGULAR (or untyped) ones,
    /// then list order (ocpi.md §3.2).
    func selectTariff(_ tariffs: [Tariff], at instant: Date, findings: inout [TariffFinding]) -> Tariff? {
        let valid = tariffs.filter { tariff in
            (tariff.startDateTime.map { $0 <= instant } ?? true) && (tariff.endDateTime.map { instant < $0 } ?? true)
        }
        let regular = valid.filter { $0.type == nil || $0.type == "REGULAR" }
        let candidates = regular.isEmpty ? valid : regular
        if candidates.count > 1 {
            findings.append(
                TariffFinding(
                    code: "TARIFF-AMBIGUOUS",
                    severity: "warning",
                    message:
                        "\(candidates.count) tariffs are in force at the session start; the first (\(candidates[0].id)) is used"
                )
            )
        }
        if candidates.isEmpty, let first = tariffs.first {
            findings.append(
                TariffFinding(
                    code: "TARIFF-NOT-IN-FORCE",
                    severity: "warning",
                    message: "no tariff is valid at the session start; \(first.id) is used"
                )
            )
            return first
        }
        return candidates.first
    }

    /// The first element (in list order) with a component of `dimension` whose restrictions all hold (§3.4).
    func activeComponent(
        _ dimension: String,
        in tariff: Tariff,
        context: RestrictionContext,
        findings: inout [TariffFinding]
    ) -> (Int, PriceComponent)? {
        for (index, element) in tariff.elements.enumerated() {
            guard let component = element.priceComponents.first(where: { $0.type == dimension }) else { continue }
            if holds(element.restrictions, context, findings: &findings) { return (index, component) }
        }
        return nil
    }

    func holds(
        _ restrictions: TariffRestrictions?,
        _ context: RestrictionContext,
        findings: inout [TariffFinding]
    ) -> Bool {
        // A8: reservation elements price the reservation phase only, and only they do.
        switch restrictions?.reservation {
        case nil: if context.isReservation { return false }
        case "RESERVATION": if !context.isReservation { return false }
        case "RESERVATION_EXPIRES": if !context.isReservation || !context.reservationExpired { return false }
        default: return false
        }
        guard let r = restrictions else { return true }
        let minute = context.minuteOfDay
        let start = r.startMinute
        // A2: 00:00 as an end time is the end of the day.
        let end = r.endMinute.map { $0 == 0 ? 24 * 60 : $0 }
        switch (start, end) {
        case (let s?, let e?) where s == e || (e == 24 * 60 && s == 0 && r.endTime != "00:00"):
            return false  // A13
        case (let s?, let e?) where e > s:
            if !(s <= minute && minute < e) { return false }
        case (let s?, let e?):
            if !(minute >= s || minute < e) { return false }  // window past midnight
        case (let s?, nil):
            if minute < s { return false }
        case (nil, let e?):
            if minute >= e { return false }
        case (nil, nil):
            break
        }
        if let startDate = r.startDate, context.localDate < startDate { return false }
        if let endDate = r.endDate, context.localDate >= endDate { return false }
        if let days = r.dayOfWeek, !days.contains(context.weekday) { return false }
        if let min = r.minKWh, context.energySoFar < min { return false }
        if let max = r.maxKWh, context.energySoFar >= max { return false }
        if let min = r.minDuration, context.elapsedSeconds < TimeInterval(min) { return false }
        if let max = r.maxDuration, context.elapsedSeconds >= TimeInterval(max) { return false }
        let current = context.period.volume("CURRENT")
        if let min = r.minCurrent, let value = context.period.volume("MIN_CURRENT") ?? current, value < min {
            return false
        }
        if let max = r.maxCurrent, let value = context.period.volume("MAX_CURRENT") ?? current, value >= max {
            return false
        }
        let power = context.period.volume("POWER")
        if let min = r.minPower, let value = context.period.volume("MIN_POWER") ?? power, value < min { return false }
        if let max = r.maxPower, let value = context.period.volume("MAX_POWER") ?? power, value >= max { return false }
        return true
    }
}
