public import OCPI

/// Warnings about tariffs that are legal OCPI 2.2.1 but dangerous in practice.
public enum TariffLint {
    /// Lints `tariff`; `hasTimeZone` says whether the location's time zone is known.
    public static func lint(_ tariff: Tariff, hasTimeZone: Bool = true) -> [TariffFinding] {
        var findings: [TariffFinding] = []
        func warn(_ code: String, _ message: String) {
            findings.append(TariffFinding(code: code, severity: "warning", message: "tariff \(tariff.id): \(message)"))
        }
        let charging = tariff.elements.enumerated().filter { $0.element.restrictions?.reservation == nil }
        let dimensions = Set(charging.flatMap { $0.element.priceComponents.map(\.type) })
        for dimension in dimensions.sorted() {
            let pricing = charging.filter { $0.element.priceComponents.contains { $0.type == dimension } }
            // §11.4.4: the first element whose restrictions hold prices a dimension; without an
            // unrestricted one some periods may be priced by nothing.
            guard let fallback = pricing.first(where: { Self.isUnrestricted($0.element.restrictions) }) else {
                warn(
                    "TARIFF-LINT-001",
                    "no element prices \(dimension) without restrictions: periods outside every restriction are free"
                )
                continue
            }
            for later in pricing where later.offset > fallback.offset {
                warn(
                    "TARIFF-LINT-002",
                    "element \(later.offset) is never used for \(dimension): the unrestricted element \(fallback.offset) comes first"
                )
            }
        }
        for (index, element) in tariff.elements.enumerated() {
            for component in element.priceComponents where component.stepSize > 1 {
                // 2.2.1-d2 and 2.3.0 advise step_size 1 (ocpi.md §3.6): partners read larger steps differently.
                warn(
                    "TARIFF-LINT-003",
                    "element \(index) \(component.type) has step_size \(component.stepSize); the specification now advises 1"
                )
            }
            if let restrictions = element.restrictions {
                if restrictions.usesLocalTime && !hasTimeZone {
                    warn(
                        "TARIFF-LINT-004",
                        "element \(index) restricts by local time but the location's time zone is unknown"
                    )
                }
                if let start = restrictions.startTime, start == restrictions.endTime {
                    warn("TARIFF-LINT-006", "element \(index) has start_time = end_time (\(start)) and never applies")
                }
            }
        }
        if let min = tariff.minPrice, let max = tariff.maxPrice, min.exclVAT > max.exclVAT {
            warn("TARIFF-LINT-005", "min_price \(min.exclVAT) is above max_price \(max.exclVAT)")
        }
        return findings
    }

    static func isUnrestricted(_ restrictions: TariffRestrictions?) -> Bool {
        guard let restrictions else { return true }
        return restrictions == TariffRestrictions()
    }
}
