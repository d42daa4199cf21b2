import Foundation
import Settlement
import Testing

/// Each commercial model on hand-computed examples; the arithmetic is in the comments.
@Suite struct SettlementRunTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    let march = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02T00:00:00Z

    func cdr(
        _ id: String,
        kWh: String,
        excl: String,
        incl: String,
        fixed: String = "0",
        dc: Bool = false,
        charger: String = "CP1",
        user: String = "U1",
        end: Date? = nil,
        received: Date? = nil
    ) -> SettledCDR {
        let end = end ?? march.addingTimeInterval(3600)
        return SettledCDR(
            id: id,
            sessionID: "S-" + id,
            chargerID: charger,
            userID: user,
            isDC: dc,
            end: end,
            receivedAt: received ?? end.addingTimeInterval(60),
            currency: "EUR",
            energyKWh: Decimal(string: kWh)!,
            totalExclVAT: Decimal(string: excl)!,
            totalInclVAT: Decimal(string: incl)!,
            fixedExclVAT: Decimal(string: fixed)!
        )
    }

    func context(
        _ cdrs: [SettledCDR],
        extraSessions: [String] = [],
        expected: [String: Decimal] = [:]
    ) -> SettlementRun.Context {
        var sessions = Dictionary(cdrs.map { ($0.sessionID, $0.end) }, uniquingKeysWith: { a, _ in a })
        for session in extraSessions { sessions[session] = march }
        return SettlementRun.Context(
            completedSessions: sessions,
            expectedTotals: expected,
            zone: berlin,
            cpo: "cpo",
            emsp: "emsp",
            communityChargers: ["CP1"],
            siteHostStations: ["CP1": (ac: 2, dc: 0), "CP2": (ac: 0, dc: 1)],
            corporateUsers: ["U1"]
        )
    }

    @Test func emspCollectsAndPaysTheCPOPricePerCDR() {
        // 4.29 + 10.50 = 14.79 excl.; 5.11 + 12.50 = 17.61 incl.
        let cdrs = [cdr("A", kWh: "11", excl: "4.29", incl: "5.11"), cdr("B", kWh: "20", excl: "10.50", incl: "12.50")]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp)),
            context: context(cdrs)
        )
        #expect(run.statements.count == 1)
        let statement = run.statements[0]
        #expect(statement.payer == "emsp" && statement.payee == "cpo" && statement.period == "2026-03")
        #expect(statement.totalExclVAT == Decimal(string: "14.79"))
        #expect(statement.totalInclVAT == Decimal(string: "17.61"))
        #expect(run.tiesOut)
    }

    @Test func cpoCollectsAndPaysTheEMSPMarkup() {
        // Markup 10 %: 4.29 × 0.10 = 0.429 → 0.43 excl.; 5.11 × 0.10 = 0.511 → 0.51 incl. (rounded per line).
        let cdrs = [cdr("A", kWh: "11", excl: "4.29", incl: "5.11")]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .cpo, emspMarkupPercent: 10)),
            context: context(cdrs)
        )
        #expect(run.statements[0].payer == "cpo")
        #expect(run.statements[0].lines[0].amountExclVAT == Decimal(string: "0.43"))
        #expect(run.statements[0].lines[0].amountInclVAT == Decimal(string: "0.51"))
    }

    @Test func communityDriverPriceIsRoundedPerKWhBeforeMultiplying() {
        // (0.27 group + 0.02 markup) × 1.19 = 0.3451 → 0.35 €/kWh (the source's own example).
        let model = Community(
            groupPricePerKWh: Decimal(string: "0.27")!,
            platformMarkupPerKWh: Decimal(string: "0.02")!,
            vatPercent: 19
        )
        #expect(model.driverPricePerKWh == Decimal(string: "0.35"))
        // 13.3 kWh: CPO net 13.3 × 0.27 = 3.591 → 3.59; the driver pays 13.3 × 0.35 = 4.655 → 4.66
        // (rounding the total instead, 13.3 × 0.3451 = 4.58983 → 4.59, would differ by 7 cents).
        let cdrs = [cdr("A", kWh: "13.3", excl: "3.59", incl: "4.27")]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp), community: model),
            context: context(cdrs)
        )
        let line = run.statements.first { $0.payer == "community-platform" }!.lines[0]
        #expect(line.amountExclVAT == Decimal(string: "3.59"))
        #expect(line.description.contains("driver paid 4.66"))
    }

    @Test func siteHostShareWithExclusionsReimbursementAndFees() {
        let contract = SiteHostContract(
            shareACPercent: 30,
            shareDCPercent: 20,
            connectionFeeExcluded: true,
            electricityCostPerKWh: Decimal(string: "0.20")!,
            deductElectricity: true,
            reimburseElectricity: true,
            feePerStation: 10,
            feePerACEVSE: 2,
            feePerDCEVSE: 5,
            firstMonth: "2026-01",
            lastMonth: "2026-12",
            autoRenew: false
        )
        // AC: 10 kWh, 5.50 excl. with a 0.50 session fee: base 5.50 − 0.50 − 10 × 0.20 = 3.00; 30 % = 0.90.
        // DC: 30 kWh, 17.70 excl.: base 17.70 − 30 × 0.20 = 11.70; 20 % = 2.34.
        // Reimbursed electricity: 40 kWh × 0.20 = 8.00. Fees: 2 stations × 10 + 2 AC EVSEs × 2 + 1 DC EVSE × 5 = 29.00.
        // Total: 0.90 + 2.34 + 8.00 − 29.00 = −17.76 (the host owes the CPO this month).
        let cdrs = [
            cdr("A", kWh: "10", excl: "5.50", incl: "6.55", fixed: "0.50", charger: "CP1"),
            cdr("B", kWh: "30", excl: "17.70", incl: "21.06", dc: true, charger: "CP2"),
        ]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp), siteHost: contract),
            context: context(cdrs)
        )
        let statement = run.statements.first { $0.payee == "site-host" }!
        #expect(statement.lines.map(\.amountExclVAT) == [Decimal(string: "0.9")!, Decimal(string: "2.34")!, 8, -29])
        #expect(statement.totalExclVAT == Decimal(string: "-17.76"))
    }

    @Test func contractsRunWholeMonthsAndRenew() {
        let base = SiteHostContract(
            shareACPercent: 30,
            shareDCPercent: 20,
            connectionFeeExcluded: false,
            electricityCostPerKWh: 0,
            deductElectricity: false,
            reimburseElectricity: false,
            feePerStation: 0,
            feePerACEVSE: 0,
            feePerDCEVSE: 0,
            firstMonth: "2026-01",
            lastMonth: "2026-02",
            autoRenew: false
        )
        #expect(base.covers("2026-02") && !base.covers("2026-03") && !base.covers("2025-12"))
        var renewing = base
        renewing.autoRenew = true
        #expect(renewing.covers("2027-06"))
    }

    @Test func corporateLimitAndDiscount() {
        // Limit 50 per user per month: 30.00 + 30.00 → 30.00 + 20.00 billed, 10.00 back to the user.
        // Discount 5 % on 50.00 = 2.50 → the partner pays 47.50.
        let cdrs = [
            cdr("A", kWh: "40", excl: "25.21", incl: "30.00"),
            cdr("B", kWh: "40", excl: "25.21", incl: "30.00", end: march.addingTimeInterval(7200)),
        ]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(
                roaming: InternalRoaming(collector: .emsp),
                corporate: CorporateBilling(discountPercent: 5, monthlyLimitPerUser: 50)
            ),
            context: context(cdrs)
        )
        let statement = run.statements.first { $0.payer == "corporate-partner" }!
        #expect(statement.totalInclVAT == Decimal(string: "47.50"))
        #expect(run.exceptions.map(\.code) == ["CORPORATE-LIMIT-EXCEEDED"])
    }

    @Test func aSessionAcrossMonthEndIsSettledInTheMonthItEnds() {
        // Starts 2026-03-31 23:30 Berlin, ends 2026-04-01 00:30 Berlin (22:30 UTC): April.
        // 1_774_996_200 is 2026-03-31T22:30:00Z, 00:30 on 1 April in Berlin (UTC+2 since 29 March).
        let end = Date(timeIntervalSince1970: 1_774_996_200)
        let cdrs = [cdr("A", kWh: "11", excl: "4.29", incl: "5.11", end: end)]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp)),
            context: context(cdrs)
        )
        #expect(run.statements.map(\.period) == ["2026-04"])
        // In UTC the same CDR still belongs to March.
        #expect(settlementPeriod(of: end, in: .gmt) == "2026-03")
    }

    @Test func exceptionQueueHasEveryReasonCode() {
        let late = cdr("LATE", kWh: "5", excl: "2", incl: "2.38", received: march.addingTimeInterval(30 * 86_400))
        let good = cdr("A", kWh: "11", excl: "4.29", incl: "5.11")
        let invalid = cdr("BAD", kWh: "-1", excl: "1", incl: "1.19")
        var stranger = cdr("X", kWh: "5", excl: "2", incl: "2.38")
        stranger.sessionID = "UNKNOWN"
        let mismatch = cdr("M", kWh: "11", excl: "4.29", incl: "5.50")
        let cdrs = [good, good, late, invalid, stranger, mismatch]
        var ctx = context(
            [good, late, invalid, mismatch],
            extraSessions: ["S-NOCDR"],
            expected: ["S-M": Decimal(string: "5.11")!]
        )
        ctx.tolerance = Decimal(string: "0.01")!
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp, disputeWindowDays: 14)),
            context: ctx
        )
        #expect(
            Set(run.exceptions.map(\.code)) == [
                "CDR-DUPLICATE", "CDR-LATE", "CDR-INVALID", "CDR-WITHOUT-SESSION", "AMOUNT-MISMATCH",
                "SESSION-WITHOUT-CDR",
            ]
        )
        #expect(!run.tiesOut)
        // The audit trail is append-only and numbered in order.
        #expect(run.audit.map(\.seq) == Array(1...run.audit.count))
    }

    @Test func resubmissionWithOtherAmountsIsACreditNote() {
        let first = cdr("A", kWh: "11", excl: "4.29", incl: "5.11")
        var second = first
        second.totalExclVAT = Decimal(string: "4.00")!
        second.totalInclVAT = Decimal(string: "4.76")!
        second.receivedAt = first.receivedAt.addingTimeInterval(86_400)
        let run = SettlementRun(
            cdrs: [first, second],
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp)),
            context: context([first])
        )
        #expect(run.statements[0].totalExclVAT == 4)
        #expect(run.audit.contains { $0.action == "credit-note" })
        #expect(run.tiesOut)
    }

    @Test func csvExportQuotesAndTotals() {
        let cdrs = [cdr("A,1", kWh: "11", excl: "4.29", incl: "5.11")]
        let run = SettlementRun(
            cdrs: cdrs,
            models: CommercialModels(roaming: InternalRoaming(collector: .emsp)),
            context: context(cdrs)
        )
        let csv = SettlementExport.csv(run.statements[0])
        #expect(
            csv.hasPrefix("period,payer,payee,currency,kind,reference,description,amount_excl_vat,amount_incl_vat\r\n")
        )
        #expect(csv.contains("\"A,1\""))
        #expect(csv.contains("total,,,4.29,5.11"))
    }
}
