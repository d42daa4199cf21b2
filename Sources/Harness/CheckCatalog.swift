import Foundation

/// The check catalog: every check RoamGate runs, by stable id (`roamgate checks`).
public enum CheckCatalog {
    public static let all: [CheckDefinition] = [
        CheckDefinition(
            id: "P1-REG-001",
            phase: "P1",
            title: "Registration handshake completes",
            verifies:
                "The eMSP registers with token A: versions, version details, credentials POST, and receives token C",
            evidence: "OCPI exchanges of the handshake",
            severity: .blocker,
            level: "MUST",
            reference: "OCPI 2.2.1 §7.4.1",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-REG-002",
            phase: "P1",
            title: "Token A is refused after registration",
            verifies: "A functional module called with token A answers HTTP 401",
            evidence: "probe request with token A",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §4.1.3 / §7.4",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-MAN-001",
            phase: "P1",
            title: "Manifest matches the registered parties",
            verifies: "The partner and CPO party ids of the launch manifest equal those exchanged in credentials",
            evidence: "scenario manifest, credentials roles",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 1: launch manifest",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-LOC-001",
            phase: "P1",
            title: "Every charger is published as a location",
            verifies: "The partner holds a Location for every charger of the charger group",
            evidence: "Location PUTs received by the partner",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §8.2.2",
            perProfile: true
        ),
        CheckDefinition(
            id: "P1-LOC-002",
            phase: "P1",
            title: "EVSE uids are stable",
            verifies: "Every EVSE uid the partner received belongs to charger master data and never changes",
            evidence: "Location PUT/PATCH URLs and bodies",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §8.3.2 uid",
            perProfile: true
        ),
        CheckDefinition(
            id: "P1-LOC-003",
            phase: "P1",
            title: "Locations match charger master data",
            verifies: "EVSE and connector counts, standards and power types equal the charger's",
            evidence: "Location bodies vs charger profiles",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 1: stable IDs matching master data",
            perProfile: true
        ),
        CheckDefinition(
            id: "P1-LOC-004",
            phase: "P1",
            title: "EVSE ids follow eMI3",
            verifies: "evse_id has the eMI3 form CC*PPP*Eid*n",
            evidence: "Location bodies",
            severity: .minor,
            level: "SHOULD",
            reference: "OCPI 2.2.1 §8.3.2 evse_id",
            perProfile: true
        ),
        CheckDefinition(
            id: "P1-TAR-001",
            phase: "P1",
            title: "Tariffs are published and referenced",
            verifies: "Every tariff_id on a connector is a tariff the partner received",
            evidence: "Tariff PUTs, connector tariff_ids",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §11.2.2, §8.3.3",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-TAR-002",
            phase: "P1",
            title: "Tariff versions are ordered",
            verifies: "Each new version of a tariff carries a later last_updated",
            evidence: "Tariff PUTs received by the partner",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §11.3.1 last_updated",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-TOK-001",
            phase: "P1",
            title: "Whitelisted tokens authorize locally",
            verifies: "Tokens pushed with whitelist ALWAYS are never sent for real-time authorization",
            evidence: "real-time authorization requests",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §12.4.4 WhitelistType",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-TOK-002",
            phase: "P1",
            title: "Community access locks out no roaming token",
            verifies: "Roaming tokens that work elsewhere also work at chargers with community access enabled",
            evidence: "authorization outcomes at community chargers",
            severity: .blocker,
            level: "GATE",
            reference: "blueprint phase 1: authorization matrix",
            perProfile: false
        ),
        CheckDefinition(
            id: "P1-TOK-003",
            phase: "P1",
            title: "Blocked tokens are refused",
            verifies: "A token the eMSP reports BLOCKED starts no session",
            evidence: "charger transactions, Session PUTs",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §12.4.1 AllowedType",
            perProfile: false
        ),
        CheckDefinition(
            id: "P2-CMD-001",
            phase: "P2",
            title: "START_SESSION is accepted",
            verifies: "Every START_SESSION for a free EVSE gets CommandResponse ACCEPTED",
            evidence: "command responses",
            severity: .major,
            level: "GATE",
            reference: "OCPI 2.2.1 §13.2.2; blueprint phase 2",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-002",
            phase: "P2",
            title: "START_SESSION result arrives in time",
            verifies: "The CommandResult arrives within the CommandResponse timeout and is ACCEPTED",
            evidence: "CommandResult POSTs",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §13.1",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-003",
            phase: "P2",
            title: "START_SESSION starts charging",
            verifies: "An accepted START_SESSION leads to a transaction on the charger",
            evidence: "charger log",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: end to end",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-004",
            phase: "P2",
            title: "STOP_SESSION result arrives in time",
            verifies: "The CommandResult for STOP_SESSION arrives within the timeout and is ACCEPTED",
            evidence: "CommandResult POSTs",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §13.1",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-005",
            phase: "P2",
            title: "STOP_SESSION stops charging",
            verifies: "The charger's transaction ends within two minutes of an accepted STOP_SESSION",
            evidence: "charger log",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: stop behaviour",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-006",
            phase: "P2",
            title: "UNLOCK_CONNECTOR works",
            verifies: "UNLOCK_CONNECTOR is accepted and its result is ACCEPTED",
            evidence: "command responses and results",
            severity: .major,
            level: "GATE",
            reference: "OCPI 2.2.1 §13.3.7",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-007",
            phase: "P2",
            title: "RESERVE_NOW works",
            verifies: "RESERVE_NOW is accepted and its result is ACCEPTED",
            evidence: "command responses and results",
            severity: .major,
            level: "GATE",
            reference: "OCPI 2.2.1 §13.3.5",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-008",
            phase: "P2",
            title: "CANCEL_RESERVATION works",
            verifies: "CANCEL_RESERVATION of a made reservation ends with result ACCEPTED",
            evidence: "command responses and results",
            severity: .major,
            level: "GATE",
            reference: "OCPI 2.2.1 §13.3.1",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-CMD-009",
            phase: "P2",
            title: "Commands outside the contract are refused",
            verifies: "A command the partner contract does not allow is answered REJECTED or NOT_SUPPORTED",
            evidence: "command responses",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: partner permissions",
            perProfile: false
        ),
        CheckDefinition(
            id: "P2-EVS-001",
            phase: "P2",
            title: "EVSE status flows to the partner",
            verifies: "For every session the partner receives the EVSE going CHARGING",
            evidence: "EVSE status PATCHes",
            severity: .major,
            level: "GATE",
            reference: "OCPI 2.2.1 §8.2.2; blueprint phase 2: EVSE status flow",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-001",
            phase: "P2",
            title: "Session PUT then PATCHes, ending COMPLETED",
            verifies: "Each session is created by one PUT, updated by PATCH, and ends COMPLETED with end_date_time",
            evidence: "Session PUT/PATCH sequence",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §9.2.2",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-002",
            phase: "P2",
            title: "Session energy never decreases",
            verifies: "kwh in successive session updates never goes down",
            evidence: "Session PUT/PATCH bodies",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: monotonic energy",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-003",
            phase: "P2",
            title: "Active sessions are updated",
            verifies: "A session longer than 15 minutes gets at least one PATCH while ACTIVE",
            evidence: "Session PATCHes",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: Session PUT/PATCH sequence",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-004",
            phase: "P2",
            title: "Sessions name the right EVSE and connector",
            verifies: "location_id, evse_uid and connector_id are those of the charger connector used",
            evidence: "Session bodies vs charger log",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §9.3.1",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-005",
            phase: "P2",
            title: "One session per charger transaction",
            verifies: "Every transaction the charger ran appears as exactly one session at the partner",
            evidence: "charger log, Session PUTs",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 2: session integrity",
            perProfile: true
        ),
        CheckDefinition(
            id: "P2-SES-006",
            phase: "P2",
            title: "Charging periods are ordered and inside the session",
            verifies: "Periods start in order, not before the session start nor after its end",
            evidence: "Session bodies",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §9.3.1, §10.4.6",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-CDR-001",
            phase: "P3",
            title: "Every completed session has a CDR",
            verifies: "Each COMPLETED session with energy has a CDR at the partner",
            evidence: "CDR POSTs, Session PATCHes",
            severity: .blocker,
            level: "GATE",
            reference: "blueprint phase 3: exactly one CDR per completed session",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-CDR-002",
            phase: "P3",
            title: "No duplicate CDRs",
            verifies: "No CDR id (or session) is posted twice",
            evidence: "CDR POSTs",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §10.2.2",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-CDR-003",
            phase: "P3",
            title: "CDR fields are complete and valid",
            verifies:
                "Required CDR fields are present with valid values (ids, times, energy, token, auth method, currency, costs)",
            evidence: "CDR bodies",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §10.3.1",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-CDR-004",
            phase: "P3",
            title: "CDR times match the charger",
            verifies: "start/end_date_time equal the charger's transaction times within a minute",
            evidence: "CDR bodies vs charger log",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 3: start/stop timestamps",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-CDR-005",
            phase: "P3",
            title: "CDR location matches the session",
            verifies: "cdr_location id, evse_uid and connector_id equal the session's",
            evidence: "CDR vs Session",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §10.4.5",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-TAR-001",
            phase: "P3",
            title: "Tariff replay equals total_cost",
            verifies:
                "Pricing the CDR's periods with the tariff in force at session start gives its total_cost within tolerance",
            evidence: "CDR, tariffs received, tariff engine",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 3: tariff replay",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-TAR-002",
            phase: "P3",
            title: "CDR tariff is the version in force",
            verifies: "The tariff snapshot in the CDR is the version in force at the session start",
            evidence: "CDR tariffs vs tariff versions received",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §10.3.1 tariffs",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-TAR-003",
            phase: "P3",
            title: "CDR carries the partner's contract price",
            verifies: "When the partner has a specific tariff, CDRs are priced with it",
            evidence: "CDR tariffs vs contract",
            severity: .major,
            level: "GATE",
            reference: "internal roaming: partner-specific price",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-NRG-001",
            phase: "P3",
            title: "CDR energy equals the charger meter",
            verifies: "total_energy equals the charger's meter difference within tolerance",
            evidence: "CDR vs charger log",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 3: energy vs charger meter",
            perProfile: true
        ),
        CheckDefinition(
            id: "P3-ROU-001",
            phase: "P3",
            title: "Routing headers name the parties",
            verifies: "OCPI-to/from headers on CPO pushes name the partner and the CPO",
            evidence: "request headers",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §4.1.9",
            perProfile: false
        ),
        CheckDefinition(
            id: "P3-SET-001",
            phase: "P3",
            title: "Settlement ties out",
            verifies: "Completed sessions, CDRs and statement lines reconcile in count and amount",
            evidence: "sessions, CDRs, statement",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 3: settlement statement",
            perProfile: false
        ),
        CheckDefinition(
            id: "P4-EXC-001",
            phase: "P4",
            title: "Every exception is classified",
            verifies: "Each injected fault ends as an exception with a reason code and an owner layer",
            evidence: "fault timeline, findings",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 4",
            perProfile: false
        ),
        CheckDefinition(
            id: "P4-EXC-002",
            phase: "P4",
            title: "Charger outages lose no session",
            verifies: "Sessions during a charger's offline period complete and are billed after it reconnects",
            evidence: "charger log, CDRs",
            severity: .major,
            level: "GATE",
            reference: "OCPP 1.6 §3.7 queueing; blueprint phase 4",
            perProfile: false
        ),
        CheckDefinition(
            id: "P4-EXC-003",
            phase: "P4",
            title: "Partner outages lose no push",
            verifies: "Session and CDR pushes refused while the partner endpoint failed arrive after it recovers",
            evidence: "Session and CDR POSTs",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 4: partner endpoint failing",
            perProfile: false
        ),
        CheckDefinition(
            id: "P4-EXC-004",
            phase: "P4",
            title: "Meter resets are classified",
            verifies: "A session with a meter jump or reset is reported as a charger exception, not as lost energy",
            evidence: "charger log, CDRs",
            severity: .major,
            level: "GATE",
            reference: "blueprint phase 4: meter reset",
            perProfile: false
        ),
    ]

    /// Mirror mode's checks (`roamgate run --mirror`): RoamGate plays the CPO against an eMSP under
    /// test, and every finding belongs to the partner.
    public static let mirror: [CheckDefinition] = [
        CheckDefinition(
            id: "M-REG-001",
            phase: "M",
            title: "A CPO can register",
            verifies:
                "RoamGate, as the CPO, registers with token A: versions, version details, credentials POST answered with the eMSP's credentials and token C",
            evidence: "OCPI exchanges of the handshake",
            severity: .blocker,
            level: "MUST",
            reference: "OCPI 2.2.1 §7.4.1",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-REG-002",
            phase: "M",
            title: "Token A is refused after registration",
            verifies: "The eMSP's tokens module called with token A answers HTTP 401",
            evidence: "probe request with token A",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §4.1.3 / §7.4",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-RCV-001",
            phase: "M",
            title: "Pushed objects are accepted",
            verifies:
                "Every Location, Tariff and Session PUT and every CDR POST is answered HTTP 2xx with status_code 1000 (a CDR POST with a Location header)",
            evidence: "pushes to the eMSP's receivers",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §8.2.2, §9.2.2, §10.2.2, §11.2.2",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-RCV-002",
            phase: "M",
            title: "Pushed objects read back unchanged",
            verifies: "A GET of each pushed object on the receiver gives back the object as pushed",
            evidence: "read-back requests",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §8.2.2.1, §9.2.2.1, §10.2.2.1, §11.2.2.1",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-TOK-001",
            phase: "M",
            title: "Tokens can be pulled and are valid",
            verifies: "The tokens sender gives every page of its list, and each Token passes the OCPI rules",
            evidence: "token pull, OCPI validation",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §12.2.1, §12.3.2, §4.1.5",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-TOK-002",
            phase: "M",
            title: "Real-time authorization answers",
            verifies: "Every pulled token gets an AuthorizationInfo whose allowed value is one of the spec's",
            evidence: "authorization requests",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §12.2.1.2, §12.4.1",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-TOK-003",
            phase: "M",
            title: "An unknown token is not authorized",
            verifies:
                "Real-time authorization of a token the eMSP cannot know is answered HTTP 404 with status_code 2004",
            evidence: "authorization request for an unknown uid",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §12.2.1.2",
            perProfile: false
        ),
        CheckDefinition(
            id: "M-CMD-001",
            phase: "M",
            title: "Command results are accepted",
            verifies:
                "A command the eMSP sends while the run waits is answered, and its CommandResult POSTed to the response_url is accepted with status_code 1000",
            evidence: "commands received, CommandResult POSTs",
            severity: .major,
            level: "MUST",
            reference: "OCPI 2.2.1 §13.2.1, §13.3",
            perProfile: false
        ),
    ]

    public static func check(_ id: String) -> CheckDefinition? {
        all.first { $0.id == id } ?? mirror.first { $0.id == id }
    }

    /// The checks of `catalog` selected by `--only` and `--skip` patterns (a pattern is an id prefix,
    /// or uses `*`).
    public static func select(only: [String], skip: [String], in catalog: [CheckDefinition] = all) -> [CheckDefinition]
    {
        catalog.filter { check in
            (only.isEmpty || only.contains { matches(check.id, $0) }) && !skip.contains { matches(check.id, $0) }
        }
    }

    static func matches(_ id: String, _ pattern: String) -> Bool {
        guard pattern.contains("*") else { return id.hasPrefix(pattern) }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(id)
        for (index, part) in parts.enumerated() {
            if part.isEmpty { continue }
            if index == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if let range = rest.range(of: part) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return parts.last == "" || rest.isEmpty
    }

    /// The catalog as a Markdown table (generated, never written by hand).
    public static var markdownTable: String { markdownTable(all + mirror) }

    /// `checks` as a Markdown table.
    public static func markdownTable(_ checks: [CheckDefinition]) -> String {
        var text = "| id | phase | title | verifies | evidence | severity | level | reference | per profile |\n"
        text += "|---|---|---|---|---|---|---|---|---|\n"
        for check in checks {
            text += "| \(check.id) | \(check.phase) | \(check.title) | \(check.verifies) | \(check.evidence) | "
            text +=
                "\(check.severity.rawValue) | \(check.level) | \(check.reference) | \(check.perProfile ? "yes" : "no") |\n"
        }
        return text
    }
}
