import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Simulation
import Wire

/// Plays a scenario on a world (the embedded stack, or a CPO under test over the network): registers
/// the partner, pushes tokens, boots the fleet, runs every planned session (remote or RFID start,
/// remote stop or unplug), probes commands and the authorization matrix, injects the fault timeline,
/// and returns everything it observed.
struct ScenarioRun {
    let scenario: Scenario
    let profiles: [String: ChargerProfile]
    let world: any RunWorld
    /// Called as sessions complete: (done, total).
    let progress: ((RunProgress) -> Void)?

    func execute() -> RunRecords {
        let start = scenario.start
        var commands: [CommandAttempt] = []
        var probes: [AuthorizationProbe] = []
        var faults: [AppliedFault] = []
        let tokens = scenario.partnerTokens
        world.withPartner { $0.setTokens(tokens) }
        let outcome = register(tokens: tokens)

        // Boot the fleet, a second apart.
        for (index, charger) in world.fleet.enumerated() {
            world.schedule(at: start.addingTimeInterval(Double(10 + index))) {
                world.connect(charger.chargerID)
            }
        }

        let end = start.addingTimeInterval(Double(scenario.durationHours) * 3600)
        let roamingTokens = tokens.filter { $0.authorization == "ALLOWED" && $0.valid }
        var sessionPlan = 0
        var acSessionWindows: [(start: Date, end: Date)] = []
        for group in scenario.chargers {
            let chargers = world.fleet.filter { $0.profile == group.profile }
            guard let profile = profiles[group.profile], !chargers.isEmpty else { continue }
            for (chargerIndex, charger) in chargers.enumerated() {
                let count = group.sessions / chargers.count + (chargerIndex < group.sessions % chargers.count ? 1 : 0)
                guard count > 0 else { continue }
                // Sessions start after the first two hours (commands are probed then) and end before the last hour.
                let usable = max(3600, end.timeIntervalSince(start) - 3 * 3600)
                let slot = usable / Double(count)
                for number in 0..<count {
                    sessionPlan += 1
                    let evse = number % profile.evses.count
                    let connector = profile.firstConnector(ofEVSE: evse)
                    let slotStart = start.addingTimeInterval(2 * 3600 + slot * Double(number))
                    let offset = Double(world.random.int(in: 0...Int(max(1, slot * 0.3))))
                    let plugIn = slotStart.addingTimeInterval(offset)
                    let isDC = profile.connector(connector)?.spec.isDC ?? false
                    let maxStay = isDC ? 75.0 * 60 : 5.0 * 3600
                    let stay = min(
                        Double(world.random.int(in: Int(isDC ? 20 * 60 : 45 * 60)...Int(maxStay))),
                        slot * 0.6
                    )
                    let ev = EVModel(
                        batteryKWh: Double(world.random.int(in: 40...90)),
                        startSoC: Double(world.random.int(in: 10...60)),
                        targetSoC: Double(world.random.int(in: 80...100)),
                        maxACKW: [7.4, 11, 22][world.random.int(in: 0...2)],
                        maxDCKW: Double(world.random.int(in: 50...270))
                    )
                    let token = roamingTokens[sessionPlan % max(1, roamingTokens.count)]
                    let remote = world.random.bool(probability: scenario.remoteStartShare)
                    let remoteStop = remote && world.random.bool(probability: scenario.remoteStopShare)
                    world.schedule(at: plugIn) {
                        world.apply(charger.chargerID, .plugIn(connector: connector, ev: ev))
                    }
                    if remote {
                        world.schedule(at: plugIn.addingTimeInterval(30)) {
                            commands.append(startSession(world, charger: charger, evse: evse, token: token))
                        }
                    } else {
                        world.schedule(at: plugIn.addingTimeInterval(20)) {
                            world.apply(charger.chargerID, .presentToken(connector: connector, idTag: token.uid))
                        }
                    }
                    let leave = plugIn.addingTimeInterval(stay)
                    if !isDC { acSessionWindows.append((plugIn, leave)) }
                    if remoteStop {
                        world.schedule(at: leave) {
                            if let attempt = stopSession(world, charger: charger, connector: connector) {
                                commands.append(attempt)
                            }
                        }
                        world.schedule(at: leave.addingTimeInterval(180)) {
                            world.apply(charger.chargerID, .unplug(connector: connector))
                        }
                    } else {
                        world.schedule(at: leave) {
                            world.apply(charger.chargerID, .unplug(connector: connector))
                        }
                    }
                }
            }
        }

        // Command probes on the first charger of every profile, in the first two hours.
        for (index, group) in scenario.chargers.enumerated() {
            guard let charger = world.fleet.first(where: { $0.profile == group.profile }) else { continue }
            let at = start.addingTimeInterval(1800 + Double(index) * 300)
            let reservationID = "RES-\(index + 1)"
            world.schedule(at: at) {
                commands.append(
                    reserveNow(world, charger: charger, reservationID: reservationID, token: roamingTokens.first)
                )
            }
            world.schedule(at: at.addingTimeInterval(120)) {
                commands.append(cancelReservation(world, charger: charger, reservationID: reservationID))
            }
            world.schedule(at: at.addingTimeInterval(240)) {
                commands.append(unlock(world, charger: charger))
            }
        }

        // Authorization matrix: a roaming token at every community charger, and a blocked token once.
        for (index, charger) in world.fleet.prefix(scenario.communityChargers).enumerated() {
            let at = start.addingTimeInterval(4500 + Double(index) * 60)
            let token = roamingTokens[index % max(1, roamingTokens.count)]
            probes.append(
                AuthorizationProbe(
                    tokenUID: token.uid,
                    chargerID: charger.chargerID,
                    connector: 1,
                    at: world.actual(at),
                    expectAllowed: true,
                    community: true
                )
            )
            scheduleProbe(world, chargerID: charger.chargerID, at: at, token: token.uid)
        }
        if let blocked = tokens.first(where: { $0.authorization == "BLOCKED" }), let charger = world.fleet.last {
            let at = start.addingTimeInterval(5400)
            probes.append(
                AuthorizationProbe(
                    tokenUID: blocked.uid,
                    chargerID: charger.chargerID,
                    connector: 1,
                    at: world.actual(at),
                    expectAllowed: false,
                    community: false
                )
            )
            scheduleProbe(world, chargerID: charger.chargerID, at: at, token: blocked.uid)
        }

        // Tariff versioning: a new AC price from the middle of the run, published while an AC session
        // is charging, so that session must still be priced with the version in force at its start.
        let middle = start.addingTimeInterval(Double(scenario.durationHours) * 1800)
        let change =
            acSessionWindows.sorted { $0.start < $1.start }.first { $0.start >= middle }
            .map { $0.start.addingTimeInterval($0.end.timeIntervalSince($0.start) / 2) } ?? middle
        world.schedule(at: change) {
            world.publishNewTariffVersion(ids: ["AC-2026", "AC-2026-RGE"], priceFactor: Decimal(string: "1.1")!)
        }

        // The CPO's nightly master-data sync republishes every location.
        var night = start.addingTimeInterval(24 * 3600)
        while night < end {
            world.schedule(at: night) { world.republishLocations() }
            night = night.addingTimeInterval(24 * 3600)
        }

        for fault in scenario.faults {
            faults.append(contentsOf: inject(fault, world: world))
        }

        // Run to the end, then let the last messages and retries drain.
        var completed = -1
        let total = world.fleet.isEmpty ? 0 : sessionPlan
        let days = Int((Double(scenario.durationHours) / 24).rounded(.up))
        var hour = start
        let last = end.addingTimeInterval(world.drain)
        while hour < last {
            hour = min(hour.addingTimeInterval(3600), last)
            world.run(until: hour)
            let done = world.completedSessions
            if done != completed {
                completed = done
                let day = Int(hour.timeIntervalSince(start) / 86_400) + 1
                progress?(
                    RunProgress(
                        stage: day == 1 && done == 0
                            ? "P1 registration and publication" : "P2–P4 sessions, commands and faults",
                        day: day,
                        days: days,
                        sessionsDone: min(done, total),
                        sessionsTotal: total,
                        findings: nil
                    )
                )
            }
        }
        let observed = world.finish()
        return RunRecords(
            scenario: scenario,
            profiles: profiles,
            chargerProfiles: world.fleet,
            masterData: Dictionary(world.masterData.map { ($0.chargerID, $0) }, uniquingKeysWith: { a, _ in a }),
            chargerSessions: observed.chargerSessions,
            partner: observed.partnerStore,
            partnerTokens: tokens,
            communityChargers: Set(world.fleet.prefix(scenario.communityChargers).map(\.chargerID)),
            cpoTariffIDs: ("AC-2026", "DC-2026"),
            contractTariffs: scenario.manifest.partnerSpecificPrice ? ["AC-2026-RGE"] : [],
            realTimeAuthorizations: observed.realTimeAuthorizations,
            registration: outcome,
            commands: commands,
            authorizationProbes: probes,
            routing: observed.routing,
            faults: faults,
            evidence: observed.evidence,
            end: observed.end
        )
    }

    /// Phase 1's opening (OCPI 2.2.1 §7.4.1): the eMSP is the credentials sender; then a probe that
    /// token A no longer opens the CPO's modules, and the push of the eMSP's tokens (§12.2.2).
    func register(tokens: [PartnerToken]) -> RegistrationOutcome {
        let before = world.lastEvidence
        let offer = world.withPartner { $0.beginRegistration(tokenB: world.tokenB) }
        let registration = PartnerMock.exchangeCredentials(
            cpoVersionsURL: world.cpoVersionsURL,
            tokenA: world.tokenA,
            body: offer,
            send: { request, url in world.sendAsPartner(request, to: url).response }
        )
        var outcome = RegistrationOutcome(
            succeeded: false,
            error: nil,
            evidence: Array((before + 1)...max(before + 1, world.lastEvidence)),
            tokenAProbeStatus: nil,
            cpoCountryCode: "",
            cpoPartyID: ""
        )
        switch registration {
        case .success(let party):
            world.withPartner { $0.completeRegistration(party) }
            outcome.succeeded = true
            outcome.cpoCountryCode = party.countryCode
            outcome.cpoPartyID = party.partyID
            if let locations = party.endpoints["locations.SENDER"] {
                let probe = OCPIHTTP.request(.get, url: locations, token: world.tokenA, requestID: "probe-token-a")
                outcome.tokenAProbeStatus = world.sendAsPartner(probe, to: locations).response?.status
            }
            if let tokensURL = party.endpoints["tokens.RECEIVER"] {
                let manifest = scenario.manifest
                for token in tokens {
                    let url = "\(tokensURL)/\(manifest.partnerCountryCode)/\(manifest.partnerPartyID)/\(token.uid)"
                    let (object, routing) = world.withPartner {
                        ($0.tokenObject(token, now: world.now), $0.routingToCPO)
                    }
                    let request = OCPIHTTP.request(
                        .put,
                        url: url,
                        token: party.token,
                        body: object,
                        requestID: "token-\(token.uid)",
                        routing: routing
                    )
                    _ = world.sendAsPartner(request, to: url)
                }
            }
        case .failure(let error):
            outcome.error = error.description
        }
        return outcome
    }

    private func scheduleProbe(_ world: any RunWorld, chargerID: String, at: Date, token: String) {
        let ev = EVModel(batteryKWh: 60, startSoC: 50, targetSoC: 60)
        world.schedule(at: at) { world.apply(chargerID, .plugIn(connector: 1, ev: ev)) }
        world.schedule(at: at.addingTimeInterval(10)) {
            world.apply(chargerID, .presentToken(connector: 1, idTag: token))
        }
        world.schedule(at: at.addingTimeInterval(600)) { world.apply(chargerID, .unplug(connector: 1)) }
    }
}
