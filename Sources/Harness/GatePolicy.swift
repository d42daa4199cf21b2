public import Foundation
public import JSON

/// The launch decision (DESIGN.md "Gate policy").
public enum GateDecision: String, Sendable, Hashable {
    case expand
    case stayNarrow = "stay_narrow"
    case pause
}

/// One reason behind a decision, citing the rule or threshold it rests on.
public struct GateReason: Sendable, Hashable {
    public var rule: String
    public var text: String
    public var json: JSONValue { ["rule": .string(rule), "text": .string(text)] }
}

/// Decides expand / stay narrow / pause from findings and metrics. Pure: the run date is passed in.
public struct GatePolicy: Sendable {
    public var thresholds: Scenario.GateThresholds
    public var accepted: [Scenario.AcceptedFinding]
    public var requiredProfiles: [String]

    public init(thresholds: Scenario.GateThresholds, accepted: [Scenario.AcceptedFinding], requiredProfiles: [String]) {
        self.thresholds = thresholds
        self.accepted = accepted
        self.requiredProfiles = requiredProfiles
    }

    /// Per-profile evidence the policy weighs.
    public struct ProfileEvidence: Sendable, Hashable {
        public var sessions: Int
        public var commandsSent: Int
        public var commandsSucceeded: Int

        public init(sessions: Int, commandsSent: Int, commandsSucceeded: Int) {
            self.sessions = sessions
            self.commandsSent = commandsSent
            self.commandsSucceeded = commandsSucceeded
        }

        public var commandSuccessRate: Double? {
            commandsSent == 0 ? nil : Double(commandsSucceeded) / Double(commandsSent)
        }
    }

    /// Marks accepted findings (unexpired, same rule and owner) and returns the reasons about acceptances.
    public func applyAcceptances(to findings: inout [Finding], date: Date) -> [GateReason] {
        var reasons: [GateReason] = []
        for item in accepted {
            let matching = findings.indices.filter {
                findings[$0].rule == item.rule && findings[$0].owner.rawValue == item.owner
            }
            if item.expires < date {
                reasons.append(
                    GateReason(
                        rule: item.rule,
                        text:
                            "the acceptance of \(item.rule) (\(item.owner)) expired on \(OCPIDate.day(item.expires)); its findings count again"
                    )
                )
                continue
            }
            if matching.isEmpty {
                reasons.append(
                    GateReason(
                        rule: item.rule,
                        text:
                            "accepted finding \(item.rule) (\(item.owner)) no longer occurs; the acceptance can be removed"
                    )
                )
            }
            for index in matching { findings[index].accepted = item.reason }
        }
        return reasons
    }

    /// The decision and every reason behind it.
    public func decide(
        findings: [Finding],
        profiles: [String: ProfileEvidence],
        openExceptionsWithoutOwner: Int
    ) -> (GateDecision, [GateReason]) {
        let active = findings.filter { $0.accepted == nil && $0.severity != .info }
        var pause: [GateReason] = []
        var narrow: [GateReason] = []
        let blockers = active.filter { $0.severity == .blocker }
        for (rule, group) in Dictionary(grouping: blockers, by: \.rule).sorted(by: { $0.key < $1.key }) {
            pause.append(
                GateReason(
                    rule: rule,
                    text:
                        "\(group.count) blocker finding(s) of \(rule) (owner \(Set(group.map(\.owner.rawValue)).sorted().joined(separator: ", "))): \(group[0].message)"
                )
            )
        }
        let unattributed = active.filter { $0.owner == .unattributed }
        if !unattributed.isEmpty {
            pause.append(
                GateReason(
                    rule: unattributed[0].rule,
                    text: "\(unattributed.count) failure(s) cannot be attributed to charger, backend or partner"
                )
            )
        }
        let majors = active.filter { $0.severity == .major }
        for (rule, group) in Dictionary(grouping: majors, by: \.rule).sorted(by: { $0.key < $1.key }) {
            narrow.append(
                GateReason(
                    rule: rule,
                    text:
                        "\(group.count) major finding(s) of \(rule) (owner \(Set(group.map(\.owner.rawValue)).sorted().joined(separator: ", "))): \(group[0].message)"
                )
            )
        }
        for profile in requiredProfiles {
            let evidence = profiles[profile] ?? ProfileEvidence(sessions: 0, commandsSent: 0, commandsSucceeded: 0)
            if evidence.sessions < thresholds.minSessionsPerProfile {
                narrow.append(
                    GateReason(
                        rule: "gate.min_sessions_per_profile",
                        text:
                            "\(profile): \(evidence.sessions) completed sessions, the policy asks for \(thresholds.minSessionsPerProfile)"
                    )
                )
            }
            if let rate = evidence.commandSuccessRate, rate < thresholds.commandSuccessRate {
                narrow.append(
                    GateReason(
                        rule: "gate.command_success_rate",
                        text:
                            "\(profile): remote command success \(Self.percent(rate)), the policy asks for \(Self.percent(thresholds.commandSuccessRate))"
                    )
                )
            } else if evidence.commandSuccessRate == nil {
                narrow.append(
                    GateReason(
                        rule: "gate.command_success_rate",
                        text: "\(profile): no remote command was tried, so command success is unproven"
                    )
                )
            }
        }
        if openExceptionsWithoutOwner > 0 {
            narrow.append(
                GateReason(
                    rule: "P4-EXC-001",
                    text: "\(openExceptionsWithoutOwner) open exception(s) without owner action"
                )
            )
        }
        if !pause.isEmpty { return (.pause, pause + narrow) }
        if !narrow.isEmpty { return (.stayNarrow, narrow) }
        // Without charger profiles to weigh (mirror mode judges an eMSP), findings alone decide.
        let evidence =
            requiredProfiles.isEmpty
            ? ""
            : "; every profile met \(thresholds.minSessionsPerProfile)+ sessions and \(Self.percent(thresholds.commandSuccessRate))+ remote command success"
        var reasons = [GateReason(rule: "gate.expand", text: "no blocker or major finding" + evidence)]
        let accepted = findings.filter { $0.accepted != nil }
        if !accepted.isEmpty {
            reasons.append(
                GateReason(
                    rule: "accepted_findings",
                    text: "\(accepted.count) accepted finding(s) reported, not blocking"
                )
            )
        }
        return (.expand, reasons)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f %%", value * 100)
    }
}

/// Dates as days, for messages.
enum OCPIDate {
    static func day(_ date: Date) -> String {
        String(date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)).prefix(10))
    }
}
