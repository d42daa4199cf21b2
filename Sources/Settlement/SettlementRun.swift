public import Foundation

/// Settles a run: statements per month and per pair of parties, the exception queue, and the
/// append-only audit trail. Pure: times come from the CDRs, the zone is passed in.
///
/// Choices (the sources leave them open):
/// - A session is settled in the month its CDR ends (`end_date_time`), also when it started in the
///   month before: the CDR is final only then.
/// - A CDR arriving after `end + disputeWindowDays` is excluded (`CDR-LATE`) and left to the next
///   dispute round; a second CDR with the same id and the same amounts is a duplicate (`CDR-DUPLICATE`);
///   with other amounts inside the window it is a resubmission: a credit note cancels the first line.
/// - Amounts are rounded to the cent per statement line, never on totals.
public struct SettlementRun: Sendable {
    public var statements: [SettlementStatement] = []
    public var exceptions: [SettlementException] = []
    public var audit: [AuditEntry] = []
    public var completedSessions = 0
    public var settledCDRs = 0

    /// Every completed session is settled by exactly one CDR line and no line lacks its session.
    public var tiesOut: Bool {
        completedSessions == settledCDRs
            && !exceptions.contains { ["SESSION-WITHOUT-CDR", "CDR-WITHOUT-SESSION"].contains($0.code) }
    }

    /// Inputs beyond the CDRs: which sessions completed, what the replay expects, the party names.
    public struct Context: Sendable {
        public var completedSessions: [String: Date]
        public var expectedTotals: [String: Decimal]
        public var tolerance: Decimal
        public var zone: TimeZone
        public var cpo: String
        public var emsp: String
        public var communityChargers: Set<String>
        public var siteHostStations: [String: (ac: Int, dc: Int)]
        public var corporateUsers: Set<String>

        public init(
            completedSessions: [String: Date],
            expectedTotals: [String: Decimal] = [:],
            tolerance: Decimal = 0.01,
            zone: TimeZone,
            cpo: String,
            emsp: String,
            communityChargers: Set<String> = [],
            siteHostStations: [String: (ac: Int, dc: Int)] = [:],
            corporateUsers: Set<String> = []
        ) {
            self.completedSessions = completedSessions
            self.expectedTotals = expectedTotals
            self.tolerance = tolerance
            self.zone = zone
            self.cpo = cpo
            self.emsp = emsp
            self.communityChargers = communityChargers
            self.siteHostStations = siteHostStations
            self.corporateUsers = corporateUsers
        }
    }

    public init(cdrs: [SettledCDR], models: CommercialModels, context: Context) {
        completedSessions = context.completedSessions.count
        let accepted = reconcile(cdrs.sorted { $0.receivedAt < $1.receivedAt }, models: models, context: context)
        settledCDRs = accepted.count
        statements += roamingStatements(accepted, models.roaming, context)
        if let community = models.community { statements += communityStatements(accepted, community, context) }
        if let host = models.siteHost { statements += siteHostStatements(accepted, host, context) }
        if let corporate = models.corporate { statements += corporateStatements(accepted, corporate, context) }
    }

    private mutating func log(_ time: Date, _ action: String, _ reference: String, _ note: String) {
        audit.append(AuditEntry(seq: audit.count + 1, time: time, action: action, reference: reference, note: note))
    }

    /// Sessions → CDRs: what enters the statement, and the exception queue for the rest.
    private mutating func reconcile(_ cdrs: [SettledCDR], models: CommercialModels, context: Context) -> [SettledCDR] {
        var accepted: [String: SettledCDR] = [:]
        var order: [String] = []
        let window = TimeInterval(models.roaming.disputeWindowDays) * 86_400
        for cdr in cdrs {
            if cdr.totalExclVAT < 0 || cdr.energyKWh < 0 || cdr.totalInclVAT < cdr.totalExclVAT {
                exceptions.append(
                    SettlementException(
                        code: "CDR-INVALID",
                        reference: cdr.id,
                        message: "CDR \(cdr.id) has negative amounts or energy, or incl. VAT below excl. VAT",
                        owner: "cpo-backend"
                    )
                )
                log(cdr.receivedAt, "excluded", cdr.id, "CDR-INVALID")
                continue
            }
            if cdr.receivedAt > cdr.end.addingTimeInterval(window) {
                exceptions.append(
                    SettlementException(
                        code: "CDR-LATE",
                        reference: cdr.id,
                        message:
                            "CDR \(cdr.id) arrived after the \(models.roaming.disputeWindowDays)-day dispute window",
                        owner: "cpo-backend"
                    )
                )
                log(cdr.receivedAt, "excluded", cdr.id, "CDR-LATE")
                continue
            }
            if context.completedSessions[cdr.sessionID] == nil {
                exceptions.append(
                    SettlementException(
                        code: "CDR-WITHOUT-SESSION",
                        reference: cdr.id,
                        message: "CDR \(cdr.id) names session \(cdr.sessionID), which the partner never saw complete",
                        owner: "cpo-backend"
                    )
                )
                log(cdr.receivedAt, "excluded", cdr.id, "CDR-WITHOUT-SESSION")
                continue
            }
            if let previous = accepted[cdr.id] {
                if previous.totalExclVAT == cdr.totalExclVAT && previous.totalInclVAT == cdr.totalInclVAT {
                    exceptions.append(
                        SettlementException(
                            code: "CDR-DUPLICATE",
                            reference: cdr.id,
                            message: "CDR \(cdr.id) was received again",
                            owner: "cpo-backend"
                        )
                    )
                    log(cdr.receivedAt, "excluded", cdr.id, "CDR-DUPLICATE")
                } else {
                    log(
                        cdr.receivedAt,
                        "credit-note",
                        cdr.id,
                        "resubmission replaces \(previous.totalExclVAT) with \(cdr.totalExclVAT) excl. VAT"
                    )
                    accepted[cdr.id] = cdr
                }
                continue
            }
            if let expected = context.expectedTotals[cdr.sessionID],
                abs(expected - cdr.totalInclVAT) > context.tolerance
            {
                exceptions.append(
                    SettlementException(
                        code: "AMOUNT-MISMATCH",
                        reference: cdr.id,
                        message: "CDR \(cdr.id) bills \(cdr.totalInclVAT), the tariff gives \(expected)",
                        owner: "cpo-backend"
                    )
                )
                log(cdr.receivedAt, "line-added", cdr.id, "billed as received, disputed (AMOUNT-MISMATCH)")
            } else {
                log(cdr.receivedAt, "line-added", cdr.id, "session \(cdr.sessionID)")
            }
            accepted[cdr.id] = cdr
            order.append(cdr.id)
        }
        let billed = Set(accepted.values.map(\.sessionID))
        for (session, end) in context.completedSessions.sorted(by: { $0.key < $1.key }) where !billed.contains(session)
        {
            exceptions.append(
                SettlementException(
                    code: "SESSION-WITHOUT-CDR",
                    reference: session,
                    message: "completed session \(session) has no CDR",
                    owner: "cpo-backend"
                )
            )
            log(end, "excluded", session, "SESSION-WITHOUT-CDR")
        }
        return order.compactMap { accepted[$0] }
    }

    private func group(
        _ cdrs: [SettledCDR],
        _ zone: TimeZone
    ) -> [(period: String, currency: String, cdrs: [SettledCDR])] {
        let grouped = Dictionary(grouping: cdrs) { "\(settlementPeriod(of: $0.end, in: zone))|\($0.currency)" }
        return grouped.keys.sorted().map { key in
            let parts = key.split(separator: "|")
            return (String(parts[0]), String(parts[1]), grouped[key]!)
        }
    }

    /// Internal roaming: the eMSP pays the CPO its price per CDR, or the CPO (collecting) pays the
    /// eMSP its markup.
    private func roamingStatements(
        _ cdrs: [SettledCDR],
        _ model: InternalRoaming,
        _ context: Context
    ) -> [SettlementStatement] {
        group(cdrs, context.zone).map { period, currency, cdrs in
            let lines = cdrs.map { cdr -> StatementLine in
                switch model.collector {
                case .emsp:
                    return StatementLine(
                        kind: "cdr",
                        reference: cdr.id,
                        description: "session \(cdr.sessionID), \(cdr.energyKWh) kWh",
                        amountExclVAT: cdr.totalExclVAT.roundedToCents,
                        amountInclVAT: cdr.totalInclVAT.roundedToCents
                    )
                case .cpo:
                    let factor = model.emspMarkupPercent / 100
                    return StatementLine(
                        kind: "markup",
                        reference: cdr.id,
                        description: "eMSP markup \(model.emspMarkupPercent) % on session \(cdr.sessionID)",
                        amountExclVAT: (cdr.totalExclVAT * factor).roundedToCents,
                        amountInclVAT: (cdr.totalInclVAT * factor).roundedToCents
                    )
                }
            }
            let (payer, payee) = model.collector == .emsp ? (context.emsp, context.cpo) : (context.cpo, context.emsp)
            return SettlementStatement(period: period, payer: payer, payee: payee, currency: currency, lines: lines)
        }
    }

    /// Community charging: the platform pays the CPO its group price (net) per kWh.
    private func communityStatements(
        _ cdrs: [SettledCDR],
        _ model: Community,
        _ context: Context
    ) -> [SettlementStatement] {
        group(cdrs.filter { context.communityChargers.contains($0.chargerID) }, context.zone).map {
            period,
            currency,
            cdrs in
            let lines = cdrs.map { cdr in
                let net = (cdr.energyKWh * model.groupPricePerKWh).roundedToCents
                let driver = (cdr.energyKWh * model.driverPricePerKWh).roundedToCents
                return StatementLine(
                    kind: "community-net",
                    reference: cdr.id,
                    description:
                        "\(cdr.energyKWh) kWh × \(model.groupPricePerKWh); driver paid \(driver) at \(model.driverPricePerKWh)/kWh incl. VAT",
                    amountExclVAT: net,
                    amountInclVAT: net
                )
            }
            return SettlementStatement(
                period: period,
                payer: "community-platform",
                payee: context.cpo,
                currency: currency,
                lines: lines
            )
        }
    }

    /// Site host: the CPO pays the host its share per power type (after the exclusions), reimburses
    /// electricity if agreed, and charges the monthly platform fee.
    private func siteHostStatements(
        _ cdrs: [SettledCDR],
        _ contract: SiteHostContract,
        _ context: Context
    ) -> [SettlementStatement] {
        group(cdrs.filter { context.siteHostStations[$0.chargerID] != nil }, context.zone).compactMap {
            period,
            currency,
            cdrs in
            guard contract.covers(period) else { return nil }
            var lines: [StatementLine] = []
            for cdr in cdrs {
                var base = cdr.totalExclVAT
                if contract.connectionFeeExcluded { base -= cdr.fixedExclVAT }
                if contract.deductElectricity { base -= cdr.energyKWh * contract.electricityCostPerKWh }
                let percent = cdr.isDC ? contract.shareDCPercent : contract.shareACPercent
                let share = (max(0, base) * percent / 100).roundedToCents
                lines.append(
                    StatementLine(
                        kind: "revenue-share",
                        reference: cdr.id,
                        description: "\(percent) % of \(base.roundedToCents) (\(cdr.isDC ? "DC" : "AC"))",
                        amountExclVAT: share,
                        amountInclVAT: share
                    )
                )
            }
            if contract.reimburseElectricity {
                let energy = cdrs.reduce(Decimal(0)) { $0 + $1.energyKWh }
                let amount = (energy * contract.electricityCostPerKWh).roundedToCents
                lines.append(
                    StatementLine(
                        kind: "electricity-reimbursement",
                        reference: period,
                        description: "\(energy) kWh × \(contract.electricityCostPerKWh)",
                        amountExclVAT: amount,
                        amountInclVAT: amount
                    )
                )
            }
            let stations = context.siteHostStations.values
            let fee =
                Decimal(stations.count) * contract.feePerStation + Decimal(stations.reduce(0) { $0 + $1.ac })
                * contract.feePerACEVSE
                + Decimal(stations.reduce(0) { $0 + $1.dc }) * contract.feePerDCEVSE
            lines.append(
                StatementLine(
                    kind: "platform-fee",
                    reference: period,
                    description: "\(stations.count) stations, monthly fee excl. VAT",
                    amountExclVAT: -fee.roundedToCents,
                    amountInclVAT: -fee.roundedToCents
                )
            )
            return SettlementStatement(
                period: period,
                payer: context.cpo,
                payee: "site-host",
                currency: currency,
                lines: lines
            )
        }
    }

    /// Corporate billing: the partner pays its users' sessions up to the monthly limit per user, less
    /// its discount; what exceeds the limit goes back to the user.
    private mutating func corporateStatements(
        _ cdrs: [SettledCDR],
        _ model: CorporateBilling,
        _ context: Context
    ) -> [SettlementStatement] {
        var statements: [SettlementStatement] = []
        for (period, currency, cdrs) in group(cdrs.filter { context.corporateUsers.contains($0.userID) }, context.zone)
        {
            var lines: [StatementLine] = []
            var spent: [String: Decimal] = [:]
            for cdr in cdrs.sorted(by: { $0.end < $1.end }) {
                let used = spent[cdr.userID, default: 0]
                let remaining = max(0, model.monthlyLimitPerUser - used)
                let billed = min(cdr.totalInclVAT.roundedToCents, remaining)
                if billed < cdr.totalInclVAT.roundedToCents {
                    exceptions.append(
                        SettlementException(
                            code: "CORPORATE-LIMIT-EXCEEDED",
                            reference: cdr.id,
                            message:
                                "user \(cdr.userID) passed the monthly limit \(model.monthlyLimitPerUser); \((cdr.totalInclVAT.roundedToCents - billed)) billed to the user",
                            owner: "partner"
                        )
                    )
                }
                spent[cdr.userID] = used + billed
                guard billed > 0 else { continue }
                lines.append(
                    StatementLine(
                        kind: "corporate-session",
                        reference: cdr.id,
                        description: "user \(cdr.userID)",
                        amountExclVAT: billed,
                        amountInclVAT: billed
                    )
                )
            }
            let total = lines.reduce(Decimal(0)) { $0 + $1.amountInclVAT }
            let discount = (total * model.discountPercent / 100).roundedToCents
            lines.append(
                StatementLine(
                    kind: "corporate-discount",
                    reference: period,
                    description: "\(model.discountPercent) % on service fees",
                    amountExclVAT: -discount,
                    amountInclVAT: -discount
                )
            )
            statements.append(
                SettlementStatement(
                    period: period,
                    payer: "corporate-partner",
                    payee: context.emsp,
                    currency: currency,
                    lines: lines
                )
            )
        }
        return statements
    }
}
