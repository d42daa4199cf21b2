public import Foundation
public import JSON

/// What the partner mock has received from the CPO, kept as it arrived so checks can judge it.
public struct PartnerStore: Sendable {
    /// Locations by `country/party/location_id`, with PUT/PATCH applied.
    public var locations: [String: JSONValue] = [:]
    /// Every update of every session, in arrival order, as received.
    public var sessionUpdates: [SessionUpdate] = []
    /// Sessions by `country/party/session_id`, with PUT/PATCH applied (§9.2: PATCHed periods append).
    public var sessions: [String: JSONValue] = [:]
    /// Every CDR POST, duplicates included, in arrival order.
    public var cdrs: [ReceivedCDR] = []
    /// Tariffs by `country/party/tariff_id` (DELETE removes).
    public var tariffs: [String: JSONValue] = [:]
    /// Every version of every tariff PUT, in arrival order.
    public var tariffVersions: [String: [JSONValue]] = [:]
    /// Command results by the id in their response_url.
    public var commandResults: [String: [ReceivedCommandResult]] = [:]
    /// EVSE status changes received, in order: (location id, evse uid, status, time).
    public var evseStatusChanges: [EVSEStatusChange] = []

    public init() {}
}

/// One PUT or PATCH of a Session as the partner received it.
public struct SessionUpdate: Sendable, Hashable {
    public var key: String
    public var method: String
    public var body: JSONValue
    public var time: Date
    public var evidenceSeq: Int?
}

/// A CDR as POSTed, with when it arrived.
public struct ReceivedCDR: Sendable, Hashable {
    public var cdr: JSONValue
    public var time: Date
    public var evidenceSeq: Int?

    public init(cdr: JSONValue, time: Date, evidenceSeq: Int? = nil) {
        self.cdr = cdr
        self.time = time
        self.evidenceSeq = evidenceSeq
    }
}

/// A CommandResult POSTed to one of the partner's response URLs.
public struct ReceivedCommandResult: Sendable, Hashable {
    public var result: JSONValue
    public var time: Date
}

/// An EVSE status as pushed by the CPO.
public struct EVSEStatusChange: Sendable, Hashable {
    public var locationID: String
    public var evseUID: String
    public var status: String
    public var time: Date
}
