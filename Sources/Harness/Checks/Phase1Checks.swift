import Chargers
import Foundation
import JSON
import OCPI
import PartnerMock
import ReferenceCPO

/// Phase 1 — scope one roaming path: registration, manifest, locations, tariffs, tokens.
enum Phase1Checks {
    static func run(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        let manifest = records.scenario.manifest
        let registration = records.registration

        // P1-REG-001 — OCPI 2.2.1 §7.4.1.
        if registration.succeeded {
            recorder.pass("P1-REG-001")
        } else {
            recorder.fail(
                "P1-REG-001",
                reason: "REGISTRATION-FAILED",
                owner: .cpoBackend,
                message: "the credentials handshake failed: \(registration.error ?? "unknown")",
                expected: "token C returned",
                actual: registration.error,
                evidence: registration.evidence
            )
        }
        // P1-REG-002 — §4.1.3: token A is valid on versions and credentials only.
        if let status = registration.tokenAProbeStatus {
            if status == 401 {
                recorder.pass("P1-REG-002")
            } else {
                recorder.fail(
                    "P1-REG-002",
                    reason: "TOKEN-A-ACCEPTED",
                    owner: .cpoBackend,
                    message: "a Locations request with token A was answered HTTP \(status)",
                    expected: "401",
                    actual: String(status)
                )
            }
        } else {
            recorder.notApplicable("P1-REG-002", "registration did not complete")
        }
        // P1-MAN-001 — the manifest names the parties that registered.
        if registration.succeeded {
            if registration.cpoCountryCode == manifest.cpoCountryCode && registration.cpoPartyID == manifest.cpoPartyID
            {
                recorder.pass("P1-MAN-001")
            } else {
                recorder.fail(
                    "P1-MAN-001",
                    reason: "MANIFEST-PARTY-MISMATCH",
                    owner: .cpoBackend,
                    message:
                        "the CPO registered as \(registration.cpoCountryCode)/\(registration.cpoPartyID), the manifest says \(manifest.cpoCountryCode)/\(manifest.cpoPartyID)",
                    expected: "\(manifest.cpoCountryCode)/\(manifest.cpoPartyID)",
                    actual: "\(registration.cpoCountryCode)/\(registration.cpoPartyID)"
                )
            }
        }

        locationChecks(records, &recorder)
        tariffChecks(records, &recorder)
        tokenChecks(records, &recorder)
    }

    /// eMI3 EVSE id (OCPI 2.2.1 §8.3.2 evse_id): `CC*PPP*E<id>[*n…]`, at most 48 characters.
    static func isEMI3(_ id: String) -> Bool {
        let parts = id.split(separator: "*", omittingEmptySubsequences: false)
        func alphanumeric(_ text: Substring) -> Bool {
            !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
        return id.count <= 48 && parts.count >= 3 && parts[0].count == 2
            && parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
            && parts[1].count == 3 && alphanumeric(parts[1]) && parts[2].first == "E"
            && parts.dropFirst(2).allSatisfy(alphanumeric)
    }

    static func locationChecks(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        let cc = records.registration.cpoCountryCode
        let pid = records.registration.cpoPartyID
        var seenUIDs: [String: Set<String>] = [:]  // charger → uids received
        for change in records.partner.evseStatusChanges {
            if let charger = records.chargerID(ofLocation: change.locationID) {
                seenUIDs[charger, default: []].insert(change.evseUID)
            }
        }
        for (chargerID, profile) in records.chargerProfiles {
            guard let master = records.masterData[chargerID] else { continue }
            guard let location = records.partner.locations["\(cc)/\(pid)/\(master.locationID)"] else {
                recorder.fail(
                    "P1-LOC-001",
                    profile: profile,
                    reason: "LOCATION-NOT-PUBLISHED",
                    owner: .cpoBackend,
                    message: "charger \(chargerID) was never published as a location",
                    expected: master.locationID,
                    actual: "absent",
                    chargerID: chargerID
                )
                continue
            }
            recorder.pass("P1-LOC-001", profile: profile)
            let evses = location["evses"]?.arrayValue ?? []
            for evse in evses { if let uid = evse["uid"]?.stringValue { seenUIDs[chargerID, default: []].insert(uid) } }
            // P1-LOC-002: every uid the partner saw is one from master data.
            let expected = Set(master.evses.indices.map(master.evseUID))
            let unknown = (seenUIDs[chargerID] ?? []).subtracting(expected)
            if unknown.isEmpty {
                recorder.pass("P1-LOC-002", profile: profile)
            } else {
                recorder.fail(
                    "P1-LOC-002",
                    profile: profile,
                    reason: "EVSE-UID-UNSTABLE",
                    owner: .cpoBackend,
                    message: "EVSE uids changed for \(chargerID): \(unknown.sorted().joined(separator: ", "))",
                    expected: expected.sorted().joined(separator: ", "),
                    actual: (seenUIDs[chargerID] ?? []).sorted().joined(separator: ", "),
                    chargerID: chargerID
                )
            }
            // P1-LOC-003: EVSEs and connectors as in the charger's master data.
            let shapeMatches =
                evses.count == master.evses.count
                && zip(evses, master.evses).allSatisfy { published, known in
                    let connectors = published["connectors"]?.arrayValue ?? []
                    return connectors.count == known.connectors.count
                        && zip(connectors, known.connectors).allSatisfy {
                            $0["standard"]?.stringValue == $1.standard && $0["power_type"]?.stringValue == $1.powerType
                        }
                }
            if shapeMatches {
                recorder.pass("P1-LOC-003", profile: profile)
            } else {
                recorder.fail(
                    "P1-LOC-003",
                    profile: profile,
                    reason: "LOCATION-MASTER-DATA-MISMATCH",
                    owner: .cpoBackend,
                    message: "the published location of \(chargerID) differs from its master data",
                    expected: "\(master.evses.count) EVSEs",
                    actual: "\(evses.count) EVSEs",
                    chargerID: chargerID
                )
            }
            // P1-LOC-004: eMI3 EVSE ids (§8.3.2 evse_id SHOULD follow eMI3).
            for evse in evses {
                let id = evse["evse_id"]?.stringValue ?? ""
                if isEMI3(id) {
                    recorder.pass("P1-LOC-004", profile: profile)
                } else {
                    recorder.fail(
                        "P1-LOC-004",
                        profile: profile,
                        reason: "EVSE-ID-NOT-EMI3",
                        owner: .cpoBackend,
                        message: "evse_id \"\(id)\" of \(chargerID) is not an eMI3 id",
                        expected: "CC*PPP*E…",
                        actual: id,
                        chargerID: chargerID
                    )
                }
            }
        }
    }

    static func tariffChecks(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        let received = Set(records.partner.tariffs.keys.compactMap { $0.split(separator: "/").last.map(String.init) })
        var referenced: Set<String> = []
        for location in records.partner.locations.values {
            for evse in location["evses"]?.arrayValue ?? [] {
                for connector in evse["connectors"]?.arrayValue ?? [] {
                    for id in connector["tariff_ids"]?.arrayValue ?? [] {
                        if let id = id.stringValue { referenced.insert(id) }
                    }
                }
            }
        }
        if referenced.isEmpty {
            recorder.notApplicable("P1-TAR-001", "no connector references a tariff")
        }
        for id in referenced.sorted() {
            if received.contains(id) {
                recorder.pass("P1-TAR-001")
            } else {
                recorder.fail(
                    "P1-TAR-001",
                    reason: "TARIFF-NOT-PUBLISHED",
                    owner: .cpoBackend,
                    message: "connectors reference tariff \(id), which the partner never received",
                    expected: id,
                    actual: "absent"
                )
            }
        }
        for (key, versions) in records.partner.tariffVersions.sorted(by: { $0.key < $1.key }) {
            let stamps = versions.compactMap { $0["last_updated"]?.stringValue.flatMap(OCPITimestamp.parse) }
            if zip(stamps, stamps.dropFirst()).allSatisfy({ $0 < $1 }) || stamps.count < 2 {
                recorder.pass("P1-TAR-002")
            } else {
                recorder.fail(
                    "P1-TAR-002",
                    reason: "TARIFF-VERSION-ORDER",
                    owner: .cpoBackend,
                    message: "versions of tariff \(key) do not carry increasing last_updated"
                )
            }
        }
    }

    static func tokenChecks(_ records: RunRecords, _ recorder: inout CheckRecorder) {
        // P1-TOK-001 — §12.4.4: ALWAYS-whitelisted tokens are never authorized in real time.
        let always = records.partnerTokens.filter { $0.whitelist == "ALWAYS" && $0.valid }
        if always.isEmpty { recorder.notApplicable("P1-TOK-001", "the token flow is real-time: no whitelisted tokens") }
        for token in always {
            let calls = records.realTimeAuthorizations[token.uid] ?? 0
            if calls == 0 {
                recorder.pass("P1-TOK-001")
            } else {
                recorder.fail(
                    "P1-TOK-001",
                    reason: "WHITELIST-IGNORED",
                    owner: .cpoBackend,
                    message:
                        "token \(token.uid) (whitelist ALWAYS) was sent for real-time authorization \(calls) times",
                    expected: "0 real-time requests",
                    actual: String(calls)
                )
            }
        }
        // P1-TOK-002 / P1-TOK-003 — the authorization matrix.
        for probe in records.authorizationProbes {
            let transaction = records.chargerSessions.first {
                $0.chargerID == probe.chargerID && $0.idTag == probe.tokenUID && $0.started >= probe.at
                    && $0.started <= probe.at.addingTimeInterval(120)
            }
            let allowed = transaction != nil && transaction?.stopReason != "DeAuthorized"
            let id = probe.expectAllowed ? "P1-TOK-002" : "P1-TOK-003"
            if allowed == probe.expectAllowed {
                recorder.pass(id)
            } else {
                recorder.fail(
                    id,
                    reason: probe.expectAllowed ? "TOKEN-LOCKED-OUT" : "BLOCKED-TOKEN-ACCEPTED",
                    owner: .cpoBackend,
                    message: probe.expectAllowed
                        ? "roaming token \(probe.tokenUID) was refused at community charger \(probe.chargerID)"
                        : "blocked token \(probe.tokenUID) started a session at \(probe.chargerID)",
                    expected: probe.expectAllowed ? "accepted" : "refused",
                    actual: allowed ? "accepted" : "refused",
                    chargerID: probe.chargerID
                )
            }
        }
        if !records.authorizationProbes.contains(where: \.expectAllowed) {
            recorder.notApplicable("P1-TOK-002", "no charger has community access in this scenario")
        }
    }
}
