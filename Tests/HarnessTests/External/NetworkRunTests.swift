import Chargers
import Foundation
import Harness
import ReferenceCPO
import Testing
import Transport

/// `RunPipeline.runExternal` against the reference CPO served in process on 127.0.0.1: the smoke
/// scenario played over HTTP and WebSocket on the wall clock must decide as the embedded run of the
/// same scenario does, with the same findings (check, severity, owner).
@Suite(.timeLimit(.minutes(3)))
struct NetworkRunTests {
    /// Plays the smoke scenario's 4 hours and 3 hours of draining in about 56 s of wall time. The
    /// chargers meter at most once a wall second, so the community probe (590 scenario seconds of
    /// charging) meters energy only below a speed of about 500; a session metering nothing cannot
    /// show a CDR's energy off by a factor of 1000.
    static let speed = 400.0

    static func smoke() throws -> (Scenario, [ChargerProfile]) {
        let root = DefectDetectionTests.root
        let scenario = try ScenarioLoader.load(path: root.appendingPathComponent("Scenarios/smoke.json").path)
        let profiles = try ChargerProfile.loadAll(in: root.appendingPathComponent("Scenarios/chargers"))
        return (scenario, profiles)
    }

    /// The reference CPO of `scenario`, as `roamgate serve cpo` makes it, with token A `token-a`.
    static func serve(
        _ scenario: Scenario,
        profiles: [ChargerProfile],
        defects: Set<CPODefect>
    ) throws -> ServedCPO {
        let stack = ReferenceStack(
            scenario: scenario,
            profiles: Dictionary(profiles.map { ($0.name, $0) }) { first, _ in first },
            defects: defects,
            cpoBaseURL: "",
            emspBaseURL: "",
            registrationToken: "token-a"
        )
        return try ServedCPO(chargers: stack.masterData) { baseURL in
            var configuration = stack.cpo
            configuration.baseURL = baseURL
            return configuration
        }
    }

    static func target(_ cpo: ServedCPO) throws -> ExternalTarget {
        let port = try #require(cpo.port)
        return ExternalTarget(
            versionsURL: "http://127.0.0.1:\(port)/ocpi/versions",
            tokenA: "token-a",
            ocppURL: "ws://127.0.0.1:\(port)/ocpp",
            speed: speed
        )
    }

    static func runExternal(
        _ scenario: Scenario,
        profiles: [ChargerProfile],
        target: ExternalTarget,
        options: RunOptions = RunOptions()
    ) async -> Result<RunResult, RunError> {
        await onThreadOfItsOwn {
            do throws(RunError) {
                return .success(
                    try RunPipeline.runExternal(scenario, profiles: profiles, target: target, options: options)
                )
            } catch {
                return .failure(error)
            }
        }
    }

    /// The counted findings as a multiset of (rule, severity, owner).
    static func findings(_ result: RunResult) -> [String: Int] {
        var counts: [String: Int] = [:]
        for finding in result.findings where finding.severity != .info {
            counts["\(finding.rule) \(finding.severity.rawValue) \(finding.owner.rawValue)", default: 0] += 1
        }
        return counts
    }

    @Test("the served CPO over the network decides as the embedded one", arguments: [[], ["cdr-energy-wh-as-kwh"]])
    func decidesAsTheEmbeddedRun(defects: [String]) async throws {
        let (scenario, profiles) = try Self.smoke()
        let embedded = try await onThreadOfItsOwn {
            Result { () throws(RunError) in
                try RunPipeline.run(scenario, profiles: profiles, options: RunOptions(defects: defects))
            }
        }.get()
        let cpo = try Self.serve(scenario, profiles: profiles, defects: Set(defects.compactMap(CPODefect.init)))
        let outcome = await Self.runExternal(scenario, profiles: profiles, target: try Self.target(cpo))
        await cpo.shutdown()
        let external = try outcome.get()
        #expect(external.decision == embedded.decision)
        #expect(Self.findings(external) == Self.findings(embedded))
        #expect(external.profiles.mapValues(\.sessions) == embedded.profiles.mapValues(\.sessions))
        if defects.isEmpty {
            #expect(external.decision == .expand)
        } else {
            #expect(external.decision == .stayNarrow)
            #expect(Self.findings(external).keys.contains { $0.hasPrefix("P3-NRG-001 ") })
        }
    }

    @Test func aDefectNeedsTheEmbeddedCPO() async throws {
        let (scenario, profiles) = try Self.smoke()
        let target = ExternalTarget(
            versionsURL: "http://127.0.0.1:9/ocpi/versions",
            tokenA: "token-a",
            ocppURL: "ws://127.0.0.1:9/ocpp"
        )
        let outcome = await Self.runExternal(
            scenario,
            profiles: profiles,
            target: target,
            options: RunOptions(defects: ["cdr-missing"])
        )
        guard case .failure(let error) = outcome else {
            Issue.record("a defect switched on for a CPO under test must be refused")
            return
        }
        #expect(error == .defectNeedsEmbeddedCPO("cdr-missing"))
    }

    @Test func aCPOThatIsNotThereIsAPauseWithARegistrationFinding() async throws {
        let (scenario, profiles) = try Self.smoke()
        let target = ExternalTarget(
            versionsURL: "http://127.0.0.1:9/ocpi/versions",
            tokenA: "token-a",
            ocppURL: "ws://127.0.0.1:9/ocpp",
            speed: 10_000
        )
        let result = try await Self.runExternal(scenario, profiles: profiles, target: target).get()
        #expect(result.decision == .pause)
        #expect(result.findings.contains { $0.rule == "P1-REG-001" && $0.severity != .info })
    }
}
