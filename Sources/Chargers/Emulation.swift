import Foundation
import OCPP

/// A load of network chargers for `roamgate emulate`: `count` chargers of one profile connect to a
/// central system, boot, and each run `sessions` sessions (plug in, present a card, charge with
/// meter values for `chargeTime`, unplug), answering whatever the central system sends meanwhile.
public struct EmulationPlan: Sendable {
    public var endpoint: String
    public var profile: ChargerProfile
    public var count: Int
    public var sessions: Int
    /// Charger ids are the prefix and a three-digit number (`RG-EMU-001`).
    public var idPrefix: String
    /// The card every charger's driver presents.
    public var idTag: String
    /// Basic-auth password (security profile 1), the same for every charger.
    public var password: String?
    public var chargeTime: Duration
    /// Between two sessions, so a central system can send a remote start before the next vehicle.
    public var pauseBetweenSessions: Duration
    /// The whole run ends by then, finished or not.
    public var timeLimit: Duration

    public init(
        endpoint: String,
        profile: ChargerProfile,
        count: Int = 1,
        sessions: Int = 1,
        idPrefix: String = "RG-EMU-",
        idTag: String = "RGCARD0001",
        password: String? = nil,
        chargeTime: Duration = .seconds(3),
        pauseBetweenSessions: Duration = .seconds(1),
        timeLimit: Duration = .seconds(120)
    ) {
        self.endpoint = endpoint
        self.profile = profile
        self.count = count
        self.sessions = sessions
        self.idPrefix = idPrefix
        self.idTag = idTag
        self.password = password
        self.chargeTime = chargeTime
        self.pauseBetweenSessions = pauseBetweenSessions
        self.timeLimit = timeLimit
    }

    /// The id of charger `number` (1-based).
    public func chargerID(_ number: Int) -> String { idPrefix + String(number + 1000).dropFirst() }
}

/// What one emulated charger did.
public struct EmulatedChargerSummary: Sendable, Hashable {
    public var id: String
    /// `1.6` or `2.0.1`.
    public var version: String
    public var connections: Int
    public var bootAccepted: Bool
    public var sessionsPlanned: Int
    /// Sessions that started and ended, with every transaction message acknowledged.
    public var sessionsCompleted: Int
    public var transactionsStarted: Int
    public var transactionsStopped: Int
    public var callErrorsReceived: Int
    public var commandsAnswered: Int
    public var energyWh: Int
    /// Why the charger could not connect (the last failure), if it could not.
    public var connectionError: String?

    public var succeeded: Bool { bootAccepted && sessionsCompleted >= sessionsPlanned }
}

/// Runs an `EmulationPlan` (the network half of `roamgate emulate`).
public enum Emulation {
    /// Runs every charger concurrently and returns their summaries in id order.
    public static func run(_ plan: EmulationPlan) async -> [EmulatedChargerSummary] {
        var profile = plan.profile
        // Short wall-clock sessions still carry meter values; cards are checked with Authorize first.
        profile.behaviour.meterIntervalSeconds = 1
        profile.behaviour.authorizeBeforeStart = true
        let deadline = ContinuousClock.now.advanced(by: plan.timeLimit)
        return await withTaskGroup(of: EmulatedChargerSummary.self) { group in
            for number in 1...max(1, plan.count) {
                let charger = NetworkCharger(
                    emulator: ChargerEmulator(id: plan.chargerID(number), profile: profile),
                    configuration: .init(endpoint: plan.endpoint, password: plan.password)
                )
                group.addTask { await drive(charger, plan: plan, deadline: deadline) }
            }
            var summaries: [EmulatedChargerSummary] = []
            for await summary in group { summaries.append(summary) }
            return summaries.sorted { $0.id < $1.id }
        }
    }

    private static func drive(
        _ charger: NetworkCharger,
        plan: EmulationPlan,
        deadline: ContinuousClock.Instant
    ) async -> EmulatedChargerSummary {
        func remaining() -> Duration { max(.zero, deadline - ContinuousClock.now) }
        await charger.start()
        var completed = 0
        if await charger.wait(atMost: remaining(), until: { $0.statistics.bootAccepted && $0.isIdle }) {
            for _ in 0..<plan.sessions {
                guard await runSession(charger, plan: plan, remaining: remaining) else { break }
                completed += 1
                try? await Task.sleep(for: min(plan.pauseBetweenSessions, remaining()))
            }
        }
        await charger.stop()
        let emulator = await charger.emulator
        return EmulatedChargerSummary(
            id: emulator.id,
            version: emulator.profile.ocppVersion.shortName,
            connections: await charger.connections,
            bootAccepted: emulator.statistics.bootAccepted,
            sessionsPlanned: plan.sessions,
            sessionsCompleted: completed,
            transactionsStarted: emulator.statistics.transactionsStarted,
            transactionsStopped: emulator.statistics.transactionsStopped,
            callErrorsReceived: emulator.statistics.callErrorsReceived,
            commandsAnswered: emulator.statistics.commandsAnswered,
            energyWh: emulator.sessions.compactMap(\.energyWh).reduce(0, +),
            connectionError: await charger.connections == 0 ? await charger.lastError : nil
        )
    }

    /// One session on connector 1; true when it started, ended and every message was acknowledged.
    private static func runSession(
        _ charger: NetworkCharger,
        plan: EmulationPlan,
        remaining: () -> Duration
    ) async -> Bool {
        let before = await charger.emulator.sessions.count
        let ev = EVModel(batteryKWh: 60, startSoC: 20, targetSoC: 100, maxACKW: 22, maxDCKW: 150)
        await charger.apply(.plugIn(connector: 1, ev: ev))
        // A remote start the central system sent before the vehicle arrived starts the session by itself.
        let remotelyStarted = await charger.wait(atMost: min(.milliseconds(300), remaining())) {
            $0.sessions.count > before
        }
        if !remotelyStarted { await charger.apply(.presentToken(connector: 1, idTag: plan.idTag)) }
        guard await charger.wait(atMost: min(.seconds(15), remaining()), until: { $0.sessions.count > before })
        else {
            await charger.apply(.unplug(connector: 1))
            return false
        }
        // Charge until the time is up or the central system stops the session remotely.
        _ = await charger.wait(atMost: min(plan.chargeTime, remaining())) { $0.sessions[before].stopped != nil }
        await charger.apply(.unplug(connector: 1))
        return await charger.wait(atMost: min(.seconds(15), remaining())) {
            $0.sessions[before].stopped != nil && $0.isIdle
        }
    }
}

extension ChargerProfile {
    /// `1.6` or `2.0.1`.
    public var ocppVersionName: String { ocppVersion.shortName }

    /// The same charger speaking another OCPP version (`1.6` or `2.0.1`), or nil for an unknown one.
    public func speaking(_ versionName: String) -> ChargerProfile? {
        guard let version = OCPPVersion(shortName: versionName) else { return nil }
        var profile = self
        profile.ocppVersion = version
        return profile
    }
}
