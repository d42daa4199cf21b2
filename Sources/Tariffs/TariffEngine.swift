public import Foundation
public import OCPI

/// Prices a session from OCPI 2.2.1 tariffs and charging periods (ocpi.md §3, mod_tariffs and
/// mod_cdrs of 2.2.1-d2). Pure and exact: Decimal arithmetic, time zone passed in, no clock.
///
/// Choices where the specification is silent or ambiguous (ocpi.md §3.10), each applied below:
/// - A1: restrictions are evaluated once per period, at the period's start instant.
/// - A2: an `end_time` of `00:00` means the end of the day.
/// - A3: `day_of_week` is the weekday of the instant itself, also inside windows past midnight.
/// - A4: min/max_duration count from the first non-reservation period, parking included.
/// - A5: a current/power restriction with no such dimension in the period holds (with a finding).
/// - A6: FLAT is billed once per phase (reservation, session): the first active FLAT.
/// - A7: step_size per `TariffPolicy.StepSizeRule` (d2 by default).
/// - A8: elements with a `reservation` restriction price reservation periods only, others never do.
/// - A9: a component without `vat` has incl. VAT = excl. VAT.
/// - A11: min_price/max_price come from the tariff in force at the session start.
/// - A12: FLAT goes to total_fixed_cost (a parking FLAT is not recognisable).
/// - A13: `start_time == end_time` never holds (with a finding).
public struct TariffEngine: Sendable {
    public var policy: TariffPolicy

    public init(policy: TariffPolicy = .d2) {
        self.policy = policy
    }

    /// What the engine needs about a session.
    public struct Session: Sendable {
        public var periods: [ChargingPeriod]
        public var end: Date
        /// True when a reservation ended without a charging session (RESERVATION_EXPIRES applies).
        public var reservationExpired: Bool

        /// `reservationExpired` defaults to what the periods show: only reservation time, no charging
        /// (OCPI 2.2.1 §11.4.6 RESERVATION_EXPIRES; ocpi.md §3.7).
        public init(periods: [ChargingPeriod], end: Date, reservationExpired: Bool? = nil) {
            self.periods = periods.sorted { $0.startDateTime < $1.startDateTime }
            self.end = end
            self.reservationExpired =
                reservationExpired ?? (!periods.isEmpty && periods.allSatisfy { $0.volume("RESERVATION_TIME") != nil })
        }
    }

    /// Prices `session` with `tariffs` (the CDR's snapshot or the tariffs in force) in `timeZone`.
    public func price(_ session: Session, tariffs: [Tariff], timeZone: TimeZone) -> Receipt {
        var findings: [TariffFinding] = []
        let sessionStart =
            session.periods.first { $0.volume("RESERVATION_TIME") == nil }?.startDateTime
            ?? session.periods.first?.startDateTime ?? session.end
        let defaultTariff = selectTariff(tariffs, at: sessionStart, findings: &findings)
        var lines: [ReceiptLine] = []
        var flatBilled: Set<Bool> = []  // keyed by "is reservation phase"
        var energySoFar: Decimal = 0
        var warnedMissingTariff: Set<String> = []

        for (index, period) in session.periods.enumerated() {
            let isReservation = period.volume("RESERVATION_TIME") != nil
            let tariff: Tariff?
            if let id = period.tariffID {
                tariff = tariffs.first { $0.id == id }
                if tariff == nil, warnedMissingTariff.insert(id).inserted {
                    findings.append(
                        TariffFinding(
                            code: "TARIFF-NOT-FOUND",
                            severity: "error",
                            message: "period \(index) references tariff \(id), which is not given"
                        )
                    )
                }
            } else {
                tariff = defaultTariff
            }
            guard let tariff else { continue }
            // Local time is needed only by time, date and weekday restrictions.
            let usesLocalTime = tariff.elements.contains { $0.restrictions?.usesLocalTime == true }
            let context = RestrictionContext(
                local: usesLocalTime ? LocalTime(period.startDateTime, in: timeZone) : LocalTime(),
                energySoFar: energySoFar,
                elapsedSeconds: period.startDateTime.timeIntervalSince(sessionStart),
                period: period,
                isReservation: isReservation,
                reservationExpired: session.reservationExpired
            )
            for dimension in ["FLAT", "ENERGY", "TIME", "PARKING_TIME"] {
                guard
                    let (elementIndex, component) = activeComponent(
                        dimension,
                        in: tariff,
                        context: context,
                        findings: &findings
                    )
                else { continue }
                let line: (quantity: Decimal, dimension: String, bucket: String)?
                switch dimension {
                case "FLAT":
                    line =
                        flatBilled.insert(isReservation).inserted
                        ? (1, "FLAT", isReservation ? "reservation" : "fixed") : nil
                case "TIME" where isReservation:
                    line = period.volume("RESERVATION_TIME").map { ($0, "RESERVATION_TIME", "reservation") }
                case "ENERGY" where !isReservation:
                    line = period.volume("ENERGY").map { ($0, "ENERGY", "energy") }
                case "TIME" where !isReservation:
                    line = period.volume("TIME").map { ($0, "TIME", "time") }
                case "PARKING_TIME" where !isReservation:
                    line = period.volume("PARKING_TIME").map { ($0, "PARKING_TIME", "parking") }
                default:
                    line = nil
                }
                guard let line, line.quantity > 0 || line.dimension == "FLAT" else { continue }
                lines.append(
                    ReceiptLine(
                        period: index,
                        periodStart: period.startDateTime,
                        dimension: line.dimension,
                        tariffID: tariff.id,
                        element: elementIndex,
                        quantity: line.quantity,
                        billedQuantity: line.quantity,
                        unitPrice: component.price,
                        vat: component.vat,
                        vatMultiplier: component.vatMultiplier,
                        stepSize: component.stepSize,
                        amount: .zero,
                        bucket: line.bucket
                    )
                )
            }
            energySoFar += period.volume("ENERGY") ?? 0
        }
        applyStepSizes(&lines)
        for index in lines.indices { lines[index].amount = amount(of: lines[index]) }
        return totals(
            lines: lines,
            tariff: defaultTariff,
            currency: defaultTariff?.currency ?? tariffs.first?.currency ?? "",
            findings: findings
        )
    }

}
