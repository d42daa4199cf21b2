public import Foundation

/// The commercial models a launch settles (from the source documents: internal roaming, community
/// charging, site-host partner contracts, corporate billing), as data from the scenario.
public struct CommercialModels: Sendable, Hashable {
    public var roaming: InternalRoaming
    public var community: Community?
    public var siteHost: SiteHostContract?
    public var corporate: CorporateBilling?

    public init(
        roaming: InternalRoaming,
        community: Community? = nil,
        siteHost: SiteHostContract? = nil,
        corporate: CorporateBilling? = nil
    ) {
        self.roaming = roaming
        self.community = community
        self.siteHost = siteHost
        self.corporate = corporate
    }
}

/// Internal roaming: the CPO sets its price towards the eMSP (the CDR total); the eMSP sets the
/// driver's price (here: the CPO price plus a markup); one of them collects from the driver.
public struct InternalRoaming: Sendable, Hashable {
    public enum Collector: String, Sendable, Hashable { case cpo, emsp }
    public var collector: Collector
    /// The eMSP's markup on the CPO price, in percent of the excl. VAT amount.
    public var emspMarkupPercent: Decimal
    /// Days after a session's end within which its CDR is accepted into the statement.
    public var disputeWindowDays: Int

    public init(collector: Collector, emspMarkupPercent: Decimal = 0, disputeWindowDays: Int = 14) {
        self.collector = collector
        self.emspMarkupPercent = emspMarkupPercent
        self.disputeWindowDays = disputeWindowDays
    }
}

/// Community charging: the group price is the CPO's net amount; the driver pays it plus the
/// platform's markup plus VAT, rounded to two decimals per kWh (e.g. 0.35 €/kWh).
public struct Community: Sendable, Hashable {
    public var groupPricePerKWh: Decimal
    public var platformMarkupPerKWh: Decimal
    public var vatPercent: Decimal

    public init(groupPricePerKWh: Decimal, platformMarkupPerKWh: Decimal, vatPercent: Decimal) {
        self.groupPricePerKWh = groupPricePerKWh
        self.platformMarkupPerKWh = platformMarkupPerKWh
        self.vatPercent = vatPercent
    }

    /// The driver's price per kWh incl. VAT, rounded half-up to the cent (the rounding happens here,
    /// on the unit price, before it is multiplied by the energy).
    public var driverPricePerKWh: Decimal {
        ((groupPricePerKWh + platformMarkupPerKWh) * (1 + vatPercent / 100)).roundedToCents
    }
}

/// A site host's partner contract: revenue share per power type, optional deductions, and a
/// monthly platform fee. Contracts run from the first day of a month to the last day of a month.
public struct SiteHostContract: Sendable, Hashable {
    public var shareACPercent: Decimal
    public var shareDCPercent: Decimal
    /// The connection (session) fee stays with the CPO: it is excluded from the shared revenue.
    public var connectionFeeExcluded: Bool
    /// Electricity cost per kWh, deducted from the revenue before the share when `deductElectricity`.
    public var electricityCostPerKWh: Decimal
    public var deductElectricity: Bool
    /// The site host paid the electricity: it is reimbursed in full on the statement.
    public var reimburseElectricity: Bool
    /// Monthly platform fees, excl. VAT.
    public var feePerStation: Decimal
    public var feePerACEVSE: Decimal
    public var feePerDCEVSE: Decimal
    /// First and last month of the contract (`YYYY-MM`), and whether it renews automatically.
    public var firstMonth: String
    public var lastMonth: String
    public var autoRenew: Bool

    public init(
        shareACPercent: Decimal,
        shareDCPercent: Decimal,
        connectionFeeExcluded: Bool,
        electricityCostPerKWh: Decimal,
        deductElectricity: Bool,
        reimburseElectricity: Bool,
        feePerStation: Decimal,
        feePerACEVSE: Decimal,
        feePerDCEVSE: Decimal,
        firstMonth: String,
        lastMonth: String,
        autoRenew: Bool
    ) {
        self.shareACPercent = shareACPercent
        self.shareDCPercent = shareDCPercent
        self.connectionFeeExcluded = connectionFeeExcluded
        self.electricityCostPerKWh = electricityCostPerKWh
        self.deductElectricity = deductElectricity
        self.reimburseElectricity = reimburseElectricity
        self.feePerStation = feePerStation
        self.feePerACEVSE = feePerACEVSE
        self.feePerDCEVSE = feePerDCEVSE
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.autoRenew = autoRenew
    }

    /// True when the contract covers `month` (`YYYY-MM`); automatic renewal extends it month by month.
    public func covers(_ month: String) -> Bool {
        month >= firstMonth && (autoRenew || month <= lastMonth)
    }
}

/// Corporate billing: a partner pays for its users' sessions, with a discount on service fees and a
/// monthly limit per user (amounts above it are billed to the user instead).
public struct CorporateBilling: Sendable, Hashable {
    public var discountPercent: Decimal
    public var monthlyLimitPerUser: Decimal

    public init(discountPercent: Decimal, monthlyLimitPerUser: Decimal) {
        self.discountPercent = discountPercent
        self.monthlyLimitPerUser = monthlyLimitPerUser
    }
}

extension Decimal {
    /// Half-up to two decimals: the cent.
    public var roundedToCents: Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }
}
