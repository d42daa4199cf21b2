import Foundation
import OCPI

/// What restrictions are evaluated against: the state at a period's start (ocpi.md §3.4, choice A1).
struct RestrictionContext {
    var local: DateComponents
    var energySoFar: Decimal
    var elapsedSeconds: TimeInterval
    var period: ChargingPeriod
    var isReservation: Bool
    var reservationExpired: Bool

    var minuteOfDay: Int { (local.hour ?? 0) * 60 + (local.minute ?? 0) }

    /// `YYYY-MM-DD` of the local date.
    var localDate: String {
        let y = local.year ?? 1970
        let m = local.month ?? 1
        let d = local.day ?? 1
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// OCPI DayOfWeek of the local date (§11.4.7).
    var weekday: String {
        ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"][((local.weekday ?? 1) - 1 + 7) % 7]
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
                    message: "\(candidates.count) tariffs are in force at the session start; the first (\(candidates[0].id)) is used"
                )
            )
        }
        if candidates.isEmpty, let first = tariffs.first {
            findings.append(
                TariffFinding(code: "TARIFF-NOT-IN-FORCE", severity: "warning", message: "no tariff is valid at the session start; \(first.id) is used")
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

    func holds(_ restrictions: TariffRestrictions?, _ context: RestrictionContext, findings: inout [TariffFinding]) -> Bool {
        // A8: reservation elements price the reservation phase only, and only they do.
        switch restrictions?.reservation {
        case nil: if context.isReservation { return false }
        case "RESERVATION": if !context.isReservation { return false }
        case "RESERVATION_EXPIRES": if !context.isReservation || !context.reservationExpired { return false }
        default: return false
        }
        guard let r = restrictions else { return true }
        let minute = context.minuteOfDay
        let start = r.startTime.flatMap(Self.minutes)
        // A2: 00:00 as an end time is the end of the day.
        let end = r.endTime.flatMap(Self.minutes).map { $0 == 0 ? 24 * 60 : $0 }
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
        if let min = r.minCurrent, let value = context.period.volume("MIN_CURRENT") ?? current, value < min { return false }
        if let max = r.maxCurrent, let value = context.period.volume("MAX_CURRENT") ?? current, value >= max { return false }
        let power = context.period.volume("POWER")
        if let min = r.minPower, let value = context.period.volume("MIN_POWER") ?? power, value < min { return false }
        if let max = r.maxPower, let value = context.period.volume("MAX_POWER") ?? power, value >= max { return false }
        return true
    }

    /// `HH:MM` as minutes of the day.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }
}
