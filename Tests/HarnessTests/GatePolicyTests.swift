import Foundation
import Harness
import Testing

@Suite struct GatePolicyTests {
    let thresholds = Scenario.GateThresholds(
        commandSuccessRate: 0.98,
        minSessionsPerProfile: 20,
        replayTolerance: 0.01,
        energyToleranceWh: 1
    )
    let healthy = ["ac-11kw": GatePolicy.ProfileEvidence(sessions: 30, commandsSent: 50, commandsSucceeded: 50)]

    func policy(_ accepted: [Scenario.AcceptedFinding] = []) -> GatePolicy {
        GatePolicy(thresholds: thresholds, accepted: accepted, requiredProfiles: ["ac-11kw"])
    }

    func finding(_ severity: Severity, _ owner: OwnerLayer = .cpoBackend, rule: String = "P3-CDR-002") -> Finding {
        Finding(rule: rule, severity: severity, reasonCode: "X", owner: owner, message: "m")
    }

    @Test func cleanEvidenceExpands() {
        let (decision, reasons) = policy().decide(findings: [], profiles: healthy, openExceptionsWithoutOwner: 0)
        #expect(decision == .expand)
        #expect(reasons.first?.rule == "gate.expand")
    }

    @Test func blockerPauses() {
        #expect(
            policy().decide(findings: [finding(.blocker)], profiles: healthy, openExceptionsWithoutOwner: 0).0 == .pause
        )
    }

    @Test func unattributedFailurePauses() {
        #expect(
            policy().decide(
                findings: [finding(.major, .unattributed)],
                profiles: healthy,
                openExceptionsWithoutOwner: 0
            ).0 == .pause
        )
    }

    @Test func attributedMajorStaysNarrow() {
        #expect(
            policy().decide(findings: [finding(.major)], profiles: healthy, openExceptionsWithoutOwner: 0).0
                == .stayNarrow
        )
    }

    @Test func minorAndInfoDoNotBlock() {
        #expect(
            policy().decide(
                findings: [finding(.minor), finding(.info)],
                profiles: healthy,
                openExceptionsWithoutOwner: 0
            ).0 == .expand
        )
    }

    @Test func thinEvidenceStaysNarrow() {
        let thin = ["ac-11kw": GatePolicy.ProfileEvidence(sessions: 5, commandsSent: 50, commandsSucceeded: 50)]
        let (decision, reasons) = policy().decide(findings: [], profiles: thin, openExceptionsWithoutOwner: 0)
        #expect(decision == .stayNarrow)
        #expect(reasons.contains { $0.rule == "gate.min_sessions_per_profile" })
    }

    @Test func lowCommandSuccessStaysNarrow() {
        let flaky = ["ac-11kw": GatePolicy.ProfileEvidence(sessions: 30, commandsSent: 100, commandsSucceeded: 97)]
        #expect(policy().decide(findings: [], profiles: flaky, openExceptionsWithoutOwner: 0).0 == .stayNarrow)
    }

    @Test func openExceptionWithoutOwnerStaysNarrow() {
        #expect(policy().decide(findings: [], profiles: healthy, openExceptionsWithoutOwner: 1).0 == .stayNarrow)
    }

    @Test func acceptedFindingDoesNotBlockUntilItExpires() {
        let accepted = Scenario.AcceptedFinding(
            rule: "P3-CDR-002",
            owner: "cpo-backend",
            reason: "fix in release 4.2",
            expires: Date(timeIntervalSince1970: 2_000_000_000)
        )
        var findings = [finding(.major)]
        _ = policy([accepted]).applyAcceptances(to: &findings, date: Date(timeIntervalSince1970: 1_900_000_000))
        #expect(findings[0].accepted == "fix in release 4.2")
        #expect(policy().decide(findings: findings, profiles: healthy, openExceptionsWithoutOwner: 0).0 == .expand)

        var later = [finding(.major)]
        let reasons = policy([accepted]).applyAcceptances(to: &later, date: Date(timeIntervalSince1970: 2_100_000_000))
        #expect(later[0].accepted == nil)
        #expect(reasons.contains { $0.text.contains("expired") })
    }

    @Test func acceptedFindingThatNoLongerOccursIsReported() {
        let accepted = Scenario.AcceptedFinding(
            rule: "P1-LOC-004",
            owner: "cpo-backend",
            reason: "r",
            expires: Date(timeIntervalSince1970: 2_000_000_000)
        )
        var findings: [Finding] = []
        let reasons = policy([accepted]).applyAcceptances(
            to: &findings,
            date: Date(timeIntervalSince1970: 1_900_000_000)
        )
        #expect(reasons.contains { $0.text.contains("no longer occurs") })
    }
}
