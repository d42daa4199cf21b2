import Chargers
import Foundation
import JSON
import OCPP
import ReferenceCPO
import Simulation

/// `fleet`: a fleet of emulated chargers (every shipped profile, both OCPP versions) against the
/// reference central system, in process on the simulated clock: wall time and simulated-to-wall ratio.
///
/// usage: roamgate-bench fleet [--chargers N] [--hours H] [--sessions-per-day S] [--seed N]
enum FleetBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        var options = (chargers: 1000, hours: 24, sessionsPerDay: 4, seed: UInt64(1))
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let text = rest.popFirst(), let number = Int(text), number > 0 else {
                FileHandle.standardError.write(Data("roamgate-bench fleet: \(flag) needs a positive number\n".utf8))
                return 64
            }
            switch flag {
            case "--chargers": options.chargers = number
            case "--hours": options.hours = number
            case "--sessions-per-day": options.sessionsPerDay = number
            case "--seed": options.seed = UInt64(number)
            default:
                FileHandle.standardError.write(Data("roamgate-bench fleet: unknown option \(flag)\n".utf8))
                return 64
            }
        }
        let profiles: [ChargerProfile]
        do {
            profiles = try ChargerProfile.loadAll(in: URL(fileURLWithPath: "Scenarios/chargers"))
        } catch {
            FileHandle.standardError.write(Data("roamgate-bench fleet: \(error)\n".utf8))
            return 65
        }
        guard !profiles.isEmpty else { return 65 }
        let fleet = Fleet(profiles: profiles, count: options.chargers, seed: options.seed)
        let span = Double(options.hours) * 3600
        fleet.plan(hours: options.hours, sessionsPerDay: options.sessionsPerDay)
        let seconds = measureSeconds { fleet.run(seconds: span) }
        let stopped = fleet.emulators.reduce(0) { $0 + $1.sessions.filter { $0.stopped != nil }.count }
        let versions = Dictionary(grouping: fleet.emulators, by: { $0.profile.ocppVersionName }).mapValues(\.count)
        Measurement(
            name: "fleet.wall_time",
            value: seconds,
            unit: "s",
            extra: [
                ("chargers", .number(JSONNumber(options.chargers))),
                ("chargers_1_6", .number(JSONNumber(versions["1.6"] ?? 0))),
                ("chargers_2_0_1", .number(JSONNumber(versions["2.0.1"] ?? 0))),
                ("sessions_completed", .number(JSONNumber(stopped))),
                ("cdrs", .number(JSONNumber(fleet.cpo.cdrs.count))),
                ("frames", .number(JSONNumber(fleet.frames))),
            ]
        ).print()
        Measurement(name: "fleet.simulated_span", value: span / 3600, unit: "h").print()
        Measurement(name: "fleet.simulated_to_wall", value: span / seconds, unit: "x").print()
        Measurement(name: "fleet.frames_per_second", value: Double(fleet.frames) / seconds, unit: "1/s").print()
        return stopped > 0 && fleet.cpo.cdrs.count == stopped ? 0 : 1
    }

    /// The in-process world: emulators and the reference CPO exchanging frames through the scheduler.
    final class Fleet {
        let scheduler: EventScheduler
        var random: SeededRandom
        var emulators: [ChargerEmulator] = []
        var cpo: ReferenceCPO!
        var index: [String: Int] = [:]
        var timerGenerations: [Int: [ChargerTimer: Int]] = [:]
        var timersStarted = 0
        var frames = 0
        let start = Date(timeIntervalSince1970: 1_772_409_600)  // 2026-03-02T00:00:00Z
        let latency: Duration = .milliseconds(50)

        init(profiles: [ChargerProfile], count: Int, seed: UInt64) {
            scheduler = EventScheduler(clock: SimulatedClock(start: start))
            random = SeededRandom(seed: seed)
            var masterData: [ChargerMasterData] = []
            for number in 0..<count {
                let profile = profiles[number % profiles.count]
                let id = "BENCH-\(number + 1)"
                index[id] = number
                emulators.append(ChargerEmulator(id: id, profile: profile))
                masterData.append(Self.masterData(id: id, profile: profile))
            }
            cpo = ReferenceCPO(
                configuration: CPOConfiguration(),
                chargers: masterData,
                environment: CPOEnvironment(
                    sendOCPP: { [unowned self] id, text in
                        guard let number = self.index[id] else { return }
                        self.scheduler.schedule(after: self.latency) { [unowned self] in
                            self.frames += 1
                            self.apply(number, .received(text))
                        }
                    },
                    sendOCPI: { _, _ in nil },
                    schedule: { [unowned self] delay, action in self.scheduler.schedule(after: delay, action) },
                    makeToken: { "bench-token" }
                )
            )
        }

        static func masterData(id: String, profile: ChargerProfile) -> ChargerMasterData {
            var connector = 0
            return ChargerMasterData(
                chargerID: id,
                locationID: "LOC-" + id,
                locationName: id,
                address: "Benchstraße 1",
                city: "Berlin",
                postalCode: "10115",
                latitude: "52.520000",
                longitude: "13.405000",
                evses: profile.evses.map { evse in
                    ChargerMasterData.EVSE(
                        connectors: evse.connectors.map { spec in
                            connector += 1
                            return ChargerMasterData.Connector(
                                ocppConnectorID: connector,
                                standard: spec.standard,
                                format: spec.format,
                                powerType: spec.powerType,
                                maxVoltage: spec.maxVoltage,
                                maxAmperage: spec.maxAmperage,
                                maxPowerWatts: NSDecimalNumber(decimal: spec.maxPowerKW * 1000).intValue
                            )
                        }
                    )
                }
            )
        }

        /// Boots the fleet in the first minutes and spreads each charger's sessions over the day.
        func plan(hours: Int, sessionsPerDay: Int) {
            let sessions = max(1, sessionsPerDay * hours / 24)
            let slot = Double(hours) * 3600 / Double(sessions)
            for number in emulators.indices {
                let boot = Double(number % 600) * 0.5
                scheduler.schedule(at: start.addingTimeInterval(boot)) { [unowned self] in
                    let id = self.emulators[number].id
                    guard self.cpo.chargerConnected(id, version: self.emulators[number].profile.ocppVersion) else {
                        return
                    }
                    self.apply(number, .connected)
                }
                let profile = emulators[number].profile
                for session in 0..<sessions {
                    let connector = profile.firstConnector(ofEVSE: session % profile.evses.count)
                    let isDC = profile.connector(connector)?.spec.isDC ?? false
                    let arrive = 600 + slot * Double(session) + Double(random.int(in: 0...Int(slot * 0.2)))
                    let stay = min(slot * 0.7, Double(random.int(in: isDC ? 1200...3600 : 3600...14_400)))
                    let ev = EVModel(
                        batteryKWh: Double(random.int(in: 40...90)),
                        startSoC: Double(random.int(in: 10...60)),
                        maxACKW: 11,
                        maxDCKW: Double(random.int(in: 50...270))
                    )
                    scheduler.schedule(at: start.addingTimeInterval(arrive)) { [unowned self] in
                        self.apply(number, .plugIn(connector: connector, ev: ev))
                    }
                    scheduler.schedule(at: start.addingTimeInterval(arrive + 20)) { [unowned self] in
                        self.apply(number, .presentToken(connector: connector, idTag: "CARD\(number % 97)"))
                    }
                    scheduler.schedule(at: start.addingTimeInterval(arrive + stay)) { [unowned self] in
                        self.apply(number, .unplug(connector: connector))
                    }
                }
            }
        }

        func run(seconds: Double) {
            _ = scheduler.run(until: start.addingTimeInterval(seconds))
        }

        func apply(_ number: Int, _ event: ChargerEvent) {
            let actions = emulators[number].handle(event, now: scheduler.now)
            for action in actions { perform(action, number: number) }
        }

        private func perform(_ action: ChargerAction, number: Int) {
            switch action {
            case .send(let text):
                let id = emulators[number].id
                scheduler.schedule(after: latency) { [unowned self] in
                    self.frames += 1
                    self.cpo.receiveOCPP(from: id, text: text, now: self.scheduler.now)
                }
            case .startTimer(let timer, let delay):
                timersStarted += 1
                let generation = timersStarted
                timerGenerations[number, default: [:]][timer] = generation
                scheduler.schedule(after: delay) { [unowned self] in
                    guard self.timerGenerations[number]?[timer] == generation else { return }
                    self.timerGenerations[number]?[timer] = nil
                    self.apply(number, .timerFired(timer))
                }
            case .cancelTimer(let timer):
                timerGenerations[number]?[timer] = nil
            case .reconnect(let delay):
                let id = emulators[number].id
                cpo.chargerDisconnected(id)
                apply(number, .disconnected)
                scheduler.schedule(after: delay) { [unowned self] in
                    guard self.cpo.chargerConnected(id, version: self.emulators[number].profile.ocppVersion) else {
                        return
                    }
                    self.apply(number, .connected)
                }
            }
        }
    }
}
