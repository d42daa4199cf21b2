import JSON
import PartnerMock
import Testing

@testable import Harness

/// Mirror mode's judgement of what it observed of an eMSP (`CheckCatalog.mirror`), without a network.
@Suite struct MirrorChecksTests {
    static let party = RegisteredParty(
        token: "token-c",
        versionsURL: "http://emsp.test/ocpi/versions",
        endpoints: ["tokens.SENDER": "http://emsp.test/ocpi/2.2.1/tokens"],
        countryCode: "DE",
        partyID: "MSB"
    )
    static let validToken: JSONValue = [
        "country_code": "DE", "party_id": "MSB", "uid": "MSB0001", "type": "RFID", "contract_id": "DE-MSB-C00001",
        "issuer": "MSB", "valid": true, "whitelist": "ALLOWED", "last_updated": "2026-11-23T10:00:00Z",
    ]

    /// The findings' rules, sorted, after judging `observed`.
    static func rules(_ observed: MirrorRun.Observations) -> [String] {
        var recorder = CheckRecorder(selected: CheckCatalog.mirror, strict: false, catalog: CheckCatalog.mirror)
        MirrorChecks.run(observed, &recorder)
        let findings = recorder.all.flatMap(\.findings)
        #expect(findings.allSatisfy { $0.owner == .partner })
        return findings.map(\.rule).sorted()
    }

    static func wellBehaved() -> MirrorRun.Observations {
        var observed = MirrorRun.Observations(registration: .success(party), tokenAProbeStatus: 401)
        observed.receivers = [
            EMSPReceiverProbe.Observation(module: "locations", key: "DE/RGC/LOC-1", readBackUnchanged: true),
            EMSPReceiverProbe.Observation(module: "cdrs", key: "DE/RGC/CDR-1", readBackUnchanged: true),
        ]
        observed.tokens = EMSPTokenProbe.Observation(
            tokens: [validToken],
            authorizations: [.init(uid: "MSB0001", allowed: "ALLOWED", error: nil)],
            unknownTokenAnswer: .badAnswer(step: "authorize", url: "u", httpStatus: 404, statusCode: 2004, message: nil)
        )
        observed.commands = [
            MirrorCPO.CommandExchange(
                type: "START_SESSION",
                responseURL: "u",
                resultStatus: 200,
                resultStatusCode: 1000,
                evidence: 3
            )
        ]
        return observed
    }

    @Test func aWellBehavedEMSPHasNoFindingAndEveryCheckPasses() {
        #expect(Self.rules(Self.wellBehaved()).isEmpty)
        var recorder = CheckRecorder(selected: CheckCatalog.mirror, strict: false, catalog: CheckCatalog.mirror)
        MirrorChecks.run(Self.wellBehaved(), &recorder)
        #expect(recorder.all.map(\.status) == Array(repeating: .passed, count: CheckCatalog.mirror.count))
    }

    @Test func aFailedRegistrationIsOneBlockerAndNothingElseIsJudged() {
        let observed = MirrorRun.Observations(
            registration: .failure(.noMutualVersion(url: "http://emsp.test/ocpi/versions", offered: ["2.1.1"]))
        )
        #expect(Self.rules(observed) == ["M-REG-001"])
        var recorder = CheckRecorder(selected: CheckCatalog.mirror, strict: false, catalog: CheckCatalog.mirror)
        MirrorChecks.run(observed, &recorder)
        #expect(recorder.all.first?.findings.first?.severity == .blocker)
        #expect(recorder.all.dropFirst().allSatisfy { $0.status == .notApplicable })
    }

    @Test func eachMisbehaviourIsCaughtByItsOwnCheck() {
        var observed = Self.wellBehaved()
        observed.tokenAProbeStatus = 200
        observed.receivers = [
            EMSPReceiverProbe.Observation(
                module: "cdrs",
                key: "DE/RGC/CDR-1",
                pushError: .badAnswer(step: "push", url: "u", httpStatus: 500, statusCode: nil, message: nil)
            ),
            EMSPReceiverProbe.Observation(module: "locations", key: "DE/RGC/LOC-1", readBackUnchanged: false),
        ]
        var fields = Self.validToken.objectValue ?? [:]
        fields["country_code"] = "Germany"
        let token = JSONValue.object(fields)
        observed.tokens = EMSPTokenProbe.Observation(
            tokens: [token],
            authorizations: [.init(uid: "MSB0001", allowed: "YES", error: nil)],
            unknownTokenAnswer: nil
        )
        observed.commands[0].resultStatus = 400
        observed.commands[0].resultStatusCode = 2001
        #expect(
            Self.rules(observed) == [
                "M-CMD-001", "M-RCV-001", "M-RCV-002", "M-REG-002", "M-TOK-001", "M-TOK-002", "M-TOK-003",
            ]
        )
    }

    @Test func noCommandFromTheEMSPLeavesTheCommandCheckNotApplicable() {
        var observed = Self.wellBehaved()
        observed.commands = []
        var recorder = CheckRecorder(selected: CheckCatalog.mirror, strict: false, catalog: CheckCatalog.mirror)
        MirrorChecks.run(observed, &recorder)
        #expect(recorder.all.first { $0.id == "M-CMD-001" }?.status == .notApplicable)
    }
}

extension EMSPReceiverProbe.Observation {
    init(module: String, key: String, pushError: ExternalRunError? = nil, readBackUnchanged: Bool? = nil) {
        self.init(
            module: module,
            key: key,
            pushError: pushError,
            readBackUnchanged: readBackUnchanged,
            readBackError: nil
        )
    }
}

extension EMSPTokenProbe.Observation {
    init(tokens: [JSONValue], authorizations: [EMSPTokenProbe.Authorization], unknownTokenAnswer: ExternalRunError?) {
        self.init(
            tokens: tokens,
            pullError: nil,
            authorizations: authorizations,
            unknownTokenAnswer: unknownTokenAnswer
        )
    }
}
