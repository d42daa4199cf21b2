/// A named, realistic bug that can be switched on in the reference CPO, so users see what a failing
/// gate looks like and the harness's detection power can be measured. Each case documents the
/// symptom it causes.
public enum CPODefect: String, Sendable, Hashable, CaseIterable, Comparable {
    /// VAT is computed and truncated to cents per line, so CDR incl. VAT totals drift from the tariff.
    case cdrVATPerLineRounding = "cdr-vat-per-line-rounding"
    /// Energy registers in Wh are read as kWh: CDR energy is 1000 times the charger's.
    case cdrEnergyWhAsKWh = "cdr-energy-wh-as-kwh"
    /// Every fifth completed session gets no CDR.
    case cdrMissing = "cdr-missing"
    /// Every fifth CDR is POSTed twice.
    case cdrDuplicate = "cdr-duplicate"
    /// CDR timestamps are local time (Europe/Berlin) written with a `Z`: an hour off.
    case cdrLocalTimestamps = "cdr-local-timestamps"
    /// CDRs are priced with the newest tariff version instead of the one in force at session start.
    case tariffVersionDrift = "tariff-version-drift"
    /// CDR pricing ignores step_size.
    case tariffStepSizeIgnored = "tariff-step-size-ignored"
    /// The partner-specific tariff is ignored: CDRs carry the public price.
    case partnerPriceIgnored = "partner-price-ignored"
    /// Sessions get a PUT at start and at the end, but no PATCH while active.
    case sessionNoActiveUpdates = "session-no-active-updates"
    /// A Session PATCH reports less energy than the one before.
    case sessionEnergyDecreases = "session-energy-decreases"
    /// CommandResult is never POSTed to the response_url.
    case commandResultNeverSent = "command-result-never-sent"
    /// CommandResult arrives after the timeout announced in the CommandResponse.
    case commandResultLate = "command-result-late"
    /// STOP_SESSION is answered ACCEPTED but never sent to the charger.
    case stopNotForwarded = "stop-not-forwarded"
    /// EVSE status changes are not pushed to the partner.
    case evseStatusNotPushed = "evse-status-not-pushed"
    /// EVSE uids change when a location is republished (after a charger reboots).
    case evseUIDUnstable = "evse-uid-unstable"
    /// OCPP connector ids are mapped to the wrong OCPI connector in sessions and CDRs.
    case connectorIDRemap = "connector-id-remap"
    /// The token whitelist is ignored: every authorization goes to the eMSP in real time.
    case tokenWhitelistIgnored = "token-whitelist-ignored"
    /// Enabling community access on a charger rejects roaming tokens that worked before.
    case communityLocksOutTokens = "community-locks-out-tokens"
    /// Commands the partner contract does not allow are accepted.
    case permissionNotEnforced = "permission-not-enforced"
    /// OCPI requests to the partner carry the wrong OCPI-to-party-id routing header.
    case routingWrongParty = "routing-wrong-party"

    /// The symptom, for `roamgate serve cpo --help` and documentation.
    public var symptom: String {
        switch self {
        case .cdrVATPerLineRounding: "CDR incl. VAT totals differ from the tariff replay (VAT truncated per line)"
        case .cdrEnergyWhAsKWh: "CDR energy is 1000 times the charger meter's"
        case .cdrMissing: "every fifth completed session has no CDR"
        case .cdrDuplicate: "every fifth CDR is posted twice"
        case .cdrLocalTimestamps: "CDR start/end times are an hour off (local time marked as UTC)"
        case .tariffVersionDrift: "CDRs priced with a tariff version newer than the session start"
        case .tariffStepSizeIgnored: "CDR totals ignore step_size and differ from the replay"
        case .partnerPriceIgnored: "CDRs carry the public tariff, not the partner's contract price"
        case .sessionNoActiveUpdates: "no Session PATCH while a session is active"
        case .sessionEnergyDecreases: "a Session PATCH reports less energy than the previous one"
        case .commandResultNeverSent: "no CommandResult arrives for accepted commands"
        case .commandResultLate: "CommandResult arrives after the announced timeout"
        case .stopNotForwarded: "STOP_SESSION accepted but the charger keeps charging"
        case .evseStatusNotPushed: "the partner never receives EVSE status changes"
        case .evseUIDUnstable: "EVSE uids change when locations are republished"
        case .connectorIDRemap: "sessions and CDRs name the wrong connector"
        case .tokenWhitelistIgnored: "whitelisted tokens are authorized in real time every time"
        case .communityLocksOutTokens: "roaming tokens are rejected at chargers with community access"
        case .permissionNotEnforced: "commands outside the partner contract are accepted"
        case .routingWrongParty: "OCPI-to-party-id on pushes names the wrong party"
        }
    }

    public static func < (lhs: CPODefect, rhs: CPODefect) -> Bool { lhs.rawValue < rhs.rawValue }
}
