public import Foundation
public import JSON
import OCPI

/// One message seen during a run: an OCPP frame or an OCPI exchange, with what it correlates to.
///
/// Findings cite evidence by `seq`. Secrets never enter an entry: tokens are redacted before.
public struct EvidenceEntry: Sendable, Hashable {
    public var seq: Int
    public var time: Date
    /// `ocpp` or `ocpi`.
    public var channel: String
    public var from: String
    public var to: String
    /// A one-line label: `StartTransaction`, `PUT /ocpi/emsp/2.2.1/sessions/DE/RGC/S1 → 200`.
    public var summary: String
    public var body: JSONValue?
    public var status: Int?
    public var sessionID: String?
    public var chargerID: String?
    /// The request's header fields (served mode; secrets are masked when the entry is written).
    public var headers: JSONValue?
    /// Milliseconds from the request to the answer (served mode).
    public var milliseconds: Int?
    /// What the OCPI rules found in the received body: `error OCPI-CDR-014 $.path: message`.
    public var findings: [String]

    public init(
        seq: Int = 0,
        time: Date,
        channel: String,
        from: String,
        to: String,
        summary: String,
        body: JSONValue? = nil,
        status: Int? = nil,
        sessionID: String? = nil,
        chargerID: String? = nil,
        headers: JSONValue? = nil,
        milliseconds: Int? = nil,
        findings: [String] = []
    ) {
        self.seq = seq
        self.time = time
        self.channel = channel
        self.from = from
        self.to = to
        self.summary = summary
        self.body = body
        self.status = status
        self.sessionID = sessionID
        self.chargerID = chargerID
        self.headers = headers
        self.milliseconds = milliseconds
        self.findings = findings
    }

    /// The entry as a JSON object (one line of `evidence.jsonl`).
    public var json: JSONValue {
        var object = JSONObject()
        object["seq"] = .number(JSONNumber(seq))
        object["time"] = .string(OCPITimestamp.format(time))
        object["channel"] = .string(channel)
        object["from"] = .string(from)
        object["to"] = .string(to)
        object["summary"] = .string(summary)
        if let status { object["status"] = .number(JSONNumber(status)) }
        if let sessionID { object["session_id"] = .string(sessionID) }
        if let chargerID { object["charger_id"] = .string(chargerID) }
        if let headers { object["headers"] = headers }
        if let milliseconds { object["milliseconds"] = .number(JSONNumber(milliseconds)) }
        if !findings.isEmpty { object["findings"] = .array(findings.map(JSONValue.string)) }
        if let body { object["body"] = body }
        return .object(object)
    }
}

/// The append-only evidence of a run. Each entry can also be streamed to a sink as it happens
/// (a JSON-lines file), so a crash leaves everything up to the last complete line.
public final class EvidenceLog {
    public private(set) var entries: [EvidenceEntry] = []
    private let sink: ((EvidenceEntry) -> Void)?

    public init(sink: ((EvidenceEntry) -> Void)? = nil) {
        self.sink = sink
    }

    /// Appends `entry`, numbering it, and returns its sequence number.
    @discardableResult
    public func append(_ entry: EvidenceEntry) -> Int {
        var numbered = entry
        numbered.seq = entries.count + 1
        entries.append(numbered)
        sink?(numbered)
        return numbered.seq
    }
}

@available(*, unavailable)
extension EvidenceLog: Sendable {}
