public import Chargers
public import Foundation
import JSON
import OCPI
public import PartnerMock
import ReferenceCPO
import Settlement

/// Where a run is, for progress lines: the stage, the simulated day, sessions done, findings so far.
public struct RunProgress: Sendable, Hashable {
    /// `P1 registration and publication`, `P2–P4 sessions, commands and faults`, or `checks`.
    public var stage: String
    public var day: Int
    public var days: Int
    public var sessionsDone: Int
    public var sessionsTotal: Int
    /// Findings so far: known once the checks have run.
    public var findings: Int?

    /// One line: `P2–P4 sessions, commands and faults · day 3/7 · sessions 108/216 · findings 0`.
    public var line: String {
        var text = "\(stage) · day \(min(day, days))/\(days) · sessions \(sessionsDone)/\(sessionsTotal)"
        if let findings { text += " · findings \(findings)" }
        return text
    }
}

/// How to run: selection, strictness, defects, and the run's surroundings (injected so the
/// pipeline stays pure: wall clock, evidence sink, progress).
public struct RunOptions: Sendable {
    public var seed: UInt64?
    public var defects: [String]
    public var only: [String]
    public var skip: [String]
    public var strict: Bool
    public var runID: String
    public var wallClock: @Sendable () -> Date
    public var evidenceSink: (@Sendable (EvidenceEntry) -> Void)?
    public var progress: (@Sendable (RunProgress) -> Void)?

    public init(
        seed: UInt64? = nil,
        defects: [String] = [],
        only: [String] = [],
        skip: [String] = [],
        strict: Bool = false,
        runID: String = "run",
        wallClock: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 0) },
        evidenceSink: (@Sendable (EvidenceEntry) -> Void)? = nil,
        progress: (@Sendable (RunProgress) -> Void)? = nil
    ) {
        self.seed = seed
        self.defects = defects
        self.only = only
        self.skip = skip
        self.strict = strict
        self.runID = runID
        self.wallClock = wallClock
        self.evidenceSink = evidenceSink
        self.progress = progress
    }
}

/// Why a run could not start.
public enum RunError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--only`/`--skip` selected no check (exit 64: never a vacuous pass).
    case noCheckSelected
    case unknownDefect(String)
    case unknownProfile(String)
    /// Defects are switches of the embedded CPO; a CPO under test has its own.
    case defectNeedsEmbeddedCPO(String)
    /// The external run could not start (the partner mock's listener).
    case external(ExternalRunError)

    public var description: String {
        switch self {
        case .noCheckSelected: "the selection (--only/--skip) leaves no check to run"
        case .unknownDefect(let name):
            "unknown defect \"\(name)\"; known: \(CPODefect.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownProfile(let name): "no charger profile \"\(name)\" in Scenarios/chargers/"
        case .defectNeedsEmbeddedCPO(let name):
            "defect \"\(name)\" is a switch of the embedded CPO; against a CPO under test, run `roamgate serve cpo --defect \(name)` as that CPO"
        case .external(let error): error.description
        }
    }
}

/// The runner as a pipeline of typed stages: plan → execute on the embedded stack → evaluate
/// checks → gate policy → result.
public enum RunPipeline {
    public static func run(
        _ scenario: Scenario,
        profiles: [ChargerProfile],
        options: RunOptions
    ) throws(RunError) -> RunResult {
        let plan = try Plan(scenario, profiles: profiles, options: options)
        let startedAt = options.wallClock()
        let world = EmbeddedWorld(
            scenario: plan.scenario,
            profiles: plan.profiles,
            defects: plan.defects,
            evidenceSink: options.evidenceSink
        )
        return play(plan, on: world, options: options, startedAt: startedAt)
    }

    /// The same scenario against a CPO under test over the network, on the wall clock: RoamGate is
    /// its eMSP (partner mock served per `target`) and its chargers. Blocks the calling thread for the
    /// run's length, so call it from a thread of its own, never from a Swift concurrency thread.
    public static func runExternal(
        _ scenario: Scenario,
        profiles: [ChargerProfile],
        target: ExternalTarget,
        options: RunOptions
    ) throws(RunError) -> RunResult {
        let plan = try Plan(scenario, profiles: profiles, options: options)
        if let defect = plan.defects.first { throw .defectNeedsEmbeddedCPO(defect.rawValue) }
        let startedAt = options.wallClock()
        let world: NetworkWorld
        do throws(ExternalRunError) {
            world = try NetworkWorld(
                scenario: plan.scenario,
                profiles: plan.profiles,
                target: target,
                evidenceSink: options.evidenceSink
            )
        } catch {
            throw .external(error)
        }
        return play(plan, on: world, options: options, startedAt: startedAt)
    }

    /// Mirror mode: RoamGate plays the CPO against an eMSP under test, pushing what the reference CPO
    /// published in the embedded run of the same scenario (`MirrorRun`), judged by `CheckCatalog.mirror`.
    public static func runMirror(
        _ scenario: Scenario,
        profiles: [ChargerProfile],
        target: MirrorTarget,
        options: RunOptions
    ) async throws(RunError) -> RunResult {
        let plan = try Plan(scenario, profiles: profiles, options: options, catalog: CheckCatalog.mirror)
        if let defect = plan.defects.first { throw .defectNeedsEmbeddedCPO(defect.rawValue) }
        let startedAt = options.wallClock()
        let embedded = ScenarioRun(
            scenario: plan.scenario,
            profiles: plan.profiles,
            world: EmbeddedWorld(scenario: plan.scenario, profiles: plan.profiles, defects: [], evidenceSink: nil),
            progress: nil
        ).execute()
        let mirror = MirrorRun(
            scenario: plan.scenario,
            target: target,
            published: MirrorRun.published(from: embedded.partner),
            evidenceSink: options.evidenceSink
        )
        let observed: MirrorRun.Observations
        do throws(ExternalRunError) {
            observed = try await mirror.execute()
        } catch {
            throw .external(error)
        }
        var recorder = CheckRecorder(selected: plan.selected, strict: options.strict, catalog: CheckCatalog.mirror)
        MirrorChecks.run(observed, &recorder)
        let outcomes = recorder.all
        var findings = outcomes.flatMap(\.findings)
        let policy = GatePolicy(thresholds: scenario.gate, accepted: scenario.acceptedFindings, requiredProfiles: [])
        let acceptanceReasons = policy.applyAcceptances(to: &findings, date: options.wallClock())
        let (decision, reasons) = policy.decide(findings: findings, profiles: [:], openExceptionsWithoutOwner: 0)
        let finishedAt = options.wallClock()
        return RunResult(
            runID: options.runID,
            scenarioName: scenario.name,
            seed: plan.scenario.seed,
            defects: [],
            strict: options.strict,
            startedAt: startedAt,
            finishedAt: finishedAt,
            simulatedStart: startedAt,
            simulatedEnd: finishedAt,
            decision: decision,
            reasons: reasons + acceptanceReasons,
            checks: outcomes,
            findings: findings,
            profiles: [:],
            exceptions: [],
            // Mirror mode settles nothing: an empty settlement keeps the report's shape.
            settlement: settlementJSON(
                SettlementRun(
                    cdrs: [],
                    models: plan.scenario.settlement,
                    context: .init(completedSessions: [:], zone: .gmt, cpo: "", emsp: "")
                ),
                collector: plan.scenario.manifest.collects
            ),
            settlementFiles: [],
            replays: [],
            timeline: [],
            dossiers: [],
            evidence: observed.evidence
        )
    }

    /// The plan on `world`, then checks, gate policy and result.
    static func play(_ plan: Plan, on world: any RunWorld, options: RunOptions, startedAt: Date) -> RunResult {
        let records = ScenarioRun(
            scenario: plan.scenario,
            profiles: plan.profiles,
            world: world,
            progress: options.progress
        ).execute()
        return conclude(records, plan: plan, options: options, startedAt: startedAt)
    }

    /// A validated run: the checks selected, the defects named, the profiles by name, the seed applied.
    struct Plan {
        var scenario: Scenario
        var selected: [CheckDefinition]
        var defects: Set<CPODefect>
        var profiles: [String: ChargerProfile]

        init(
            _ scenario: Scenario,
            profiles: [ChargerProfile],
            options: RunOptions,
            catalog: [CheckDefinition] = CheckCatalog.all
        ) throws(RunError) {
            selected = CheckCatalog.select(only: options.only, skip: options.skip, in: catalog)
            if selected.isEmpty { throw .noCheckSelected }
            defects = []
            for name in scenario.defects + options.defects {
                guard let defect = CPODefect(rawValue: name) else { throw .unknownDefect(name) }
                defects.insert(defect)
            }
            self.profiles = Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            for group in scenario.chargers where self.profiles[group.profile] == nil {
                throw .unknownProfile(group.profile)
            }
            self.scenario = scenario
            if let seed = options.seed { self.scenario.seed = seed }
        }
    }

    /// Checks, gate policy and result from what a run observed. The embedded run and the external run
    /// both end here, so the same observations give the same findings and decision however they were
    /// gathered.
    static func conclude(_ records: RunRecords, plan: Plan, options: RunOptions, startedAt: Date) -> RunResult {
        let scenario = plan.scenario
        let selected = plan.selected
        let defects = plan.defects
        let evaluation = evaluate(records, selected: selected, strict: options.strict)
        var findings = evaluation.outcomes.flatMap(\.findings)
        let days = Int((Double(scenario.durationHours) / 24).rounded(.up))
        let sessions = evaluation.metrics.values.reduce(0) { $0 + $1.sessions }
        options.progress?(
            RunProgress(
                stage: "checks",
                day: days,
                days: days,
                sessionsDone: sessions,
                sessionsTotal: max(sessions, scenario.plannedSessions),
                findings: findings.filter { $0.severity != .info }.count
            )
        )
        let policy = GatePolicy(
            thresholds: scenario.gate,
            accepted: scenario.acceptedFindings,
            requiredProfiles: scenario.chargers.map(\.profile)
        )
        let acceptanceReasons = policy.applyAcceptances(to: &findings, date: options.wallClock())
        let evidence = Dictionary(
            evaluation.metrics.map {
                (
                    $0.key,
                    GatePolicy.ProfileEvidence(
                        sessions: $0.value.sessions,
                        commandsSent: $0.value.commandsSent,
                        commandsSucceeded: $0.value.commandsSucceeded
                    )
                )
            },
            uniquingKeysWith: { a, _ in a }
        )
        let open = evaluation.exceptions.filter { $0.status == "open" && $0.owner == .unattributed }.count
        let (decision, reasons) = policy.decide(
            findings: findings,
            profiles: evidence,
            openExceptionsWithoutOwner: open
        )
        return RunResult(
            runID: options.runID,
            scenarioName: scenario.name,
            seed: scenario.seed,
            defects: defects.map(\.rawValue).sorted(),
            strict: options.strict,
            startedAt: startedAt,
            finishedAt: options.wallClock(),
            simulatedStart: scenario.start,
            simulatedEnd: records.end,
            decision: decision,
            reasons: reasons + acceptanceReasons,
            checks: evaluation.outcomes,
            findings: findings,
            profiles: evaluation.metrics,
            exceptions: evaluation.exceptions.map(\.json),
            settlement: settlementJSON(evaluation.settlement, collector: scenario.manifest.collects),
            settlementFiles: evaluation.settlement.statements.map {
                (
                    "statement-\($0.period)-\(Self.fileName($0.payer))-to-\(Self.fileName($0.payee)).csv",
                    SettlementExport.csv($0)
                )
            }
                + [("settlement-exceptions.csv", SettlementExport.csv(evaluation.settlement.exceptions))],
            replays: evaluation.replays.map {
                RunResult.ReplayLine(
                    sessionID: $0.sessionID,
                    profile: $0.profile,
                    cdrTotal: ($0.cdrTotal.inclVAT ?? $0.cdrTotal.exclVAT).rounded(4),
                    replayTotal: ($0.replayTotal.inclVAT ?? $0.replayTotal.exclVAT).rounded(4),
                    difference: $0.difference.rounded(4)
                )
            },
            timeline: evaluation.timeline(findings),
            dossiers: evaluation.dossiers(findings, records: records),
            evidence: records.evidence
        )
    }

    struct Evaluation {
        var outcomes: [CheckOutcome]
        var exceptions: [ExceptionRecord]
        var replays: [ReplayResult]
        var settlement: SettlementRun
        var metrics: [String: RunResult.ProfileMetrics]
        var views: [SessionView]

        func timeline(_ findings: [Finding]) -> [RunResult.TimelineEntry] {
            let flagged = Set(findings.compactMap(\.sessionID))
            return views.map {
                RunResult.TimelineEntry(
                    chargerID: $0.record.chargerID,
                    profile: $0.profile,
                    start: $0.record.started,
                    end: $0.record.stopped,
                    hasFinding: $0.sessionID.map(flagged.contains) ?? false
                )
            }
        }

        func dossiers(_ findings: [Finding], records: RunRecords) -> [RunResult.Dossier] {
            let bySession = Dictionary(
                grouping: findings.filter { $0.sessionID != nil && $0.severity != .info },
                by: { $0.sessionID! }
            )
            return bySession.keys.sorted().compactMap { id in
                guard let view = views.first(where: { $0.sessionID == id }) else { return nil }
                let charger = view.record.chargerID
                let from = view.record.started.addingTimeInterval(-120)
                let to = (view.record.stopped ?? records.end).addingTimeInterval(600)
                let entries = records.evidence.filter { entry in
                    entry.sessionID == id || (entry.chargerID == charger && entry.time >= from && entry.time <= to)
                }
                return RunResult.Dossier(
                    sessionID: id,
                    chargerID: charger,
                    findings: bySession[id] ?? [],
                    entries: entries,
                    receipt: replays.first { $0.sessionID == id }?.receiptText
                )
            }
        }
    }

    static func settlementJSON(_ run: SettlementRun, collector: String) -> JSONValue {
        var object = SettlementExport.json(run).objectValue ?? [:]
        object["collector"] = .string(collector)
        return .object(object)
    }

    static func fileName(_ party: String) -> String {
        String(party.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func evaluate(_ records: RunRecords, selected: [CheckDefinition], strict: Bool) -> Evaluation {
        var recorder = CheckRecorder(selected: selected, strict: strict)
        let views = records.sessionViews()
        let phases = Set(records.scenario.phases)
        if phases.contains("P1") { Phase1Checks.run(records, &recorder) }
        if phases.contains("P2") { Phase2Checks.run(records, views, &recorder) }
        var replays: [ReplayResult] = []
        if phases.contains("P3") { replays = Phase3Checks.run(records, views, &recorder) }
        let settlement = SettlementBuilder.settle(records, views: views, replays: replays)
        if phases.contains("P3") { Phase3Checks.settlementCheck(settlement, &recorder) }
        var exceptions: [ExceptionRecord] = []
        if phases.contains("P4") { exceptions = Phase4Checks.run(records, views, &recorder) }
        var outcomes = recorder.all
        for index in outcomes.indices where !phases.contains(CheckCatalog.check(outcomes[index].id)?.phase ?? "") {
            outcomes[index] = CheckOutcome(
                id: outcomes[index].id,
                status: .skipped,
                profiles: [:],
                findings: [],
                note: "phase not in the scenario"
            )
        }

        var metrics: [String: RunResult.ProfileMetrics] = [:]
        for (_, profile) in records.chargerProfiles { metrics[profile, default: .init()].chargers += 1 }
        for view in views where view.record.stopped != nil && !view.rejected {
            metrics[view.profile, default: .init()].sessions += 1
            if let cdr = view.cdrs.first {
                metrics[view.profile, default: .init()].cdrs += 1
                if let meter = view.record.energyWh, let energy = cdr.cdr["total_energy"]?.numberValue?.decimal {
                    metrics[view.profile, default: .init()].energyPairs.append(
                        .init(meterWh: meter, cdrWh: energy * 1000)
                    )
                }
            }
        }
        let tolerance = records.scenario.gate.replayTolerance
        for replay in replays where replay.difference > tolerance {
            metrics[replay.profile, default: .init()].replayMismatches += 1
        }
        for attempt in records.commands where attempt.expectAccepted {
            let faulted =
                records.fault("reject-remote-start", chargerID: attempt.chargerID, covers: attempt.sentAt)
                || records.fault("charger-offline", chargerID: attempt.chargerID, covers: attempt.sentAt, margin: 60)
                || records.fault("partner-endpoint-failing", chargerID: nil, covers: attempt.sentAt, margin: 60)
                || records.fault("charger-reboot", chargerID: attempt.chargerID, covers: attempt.sentAt, margin: 300)
            if faulted { continue }  // classified exceptions do not count against the profile
            metrics[attempt.profile, default: .init()].commandsSent += 1
            if let result = Phase2Checks.result(of: attempt, records) {
                metrics[attempt.profile, default: .init()].commandLatencies.append(
                    result.time.timeIntervalSince(attempt.sentAt)
                )
                if attempt.response == "ACCEPTED", result.result["result"]?.stringValue == "ACCEPTED",
                    result.time <= attempt.sentAt.addingTimeInterval(TimeInterval(attempt.timeoutSeconds))
                {
                    metrics[attempt.profile, default: .init()].commandsSucceeded += 1
                }
            }
        }
        return Evaluation(
            outcomes: outcomes,
            exceptions: exceptions,
            replays: replays,
            settlement: settlement,
            metrics: metrics,
            views: views
        )
    }
}
