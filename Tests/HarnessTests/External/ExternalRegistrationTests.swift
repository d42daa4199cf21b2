import Foundation
import Harness
import PartnerMock
import Testing
import Transport

@Suite(.timeLimit(.minutes(1)))
struct ExternalRegistrationTests {
    private static let tokens = [
        PartnerToken(uid: "RGER0001", contractID: "DE-RGE-C00001"),
        PartnerToken(uid: "RGER0002", contractID: "DE-RGE-C00002"),
        PartnerToken(uid: "RGEBLOCKED1", contractID: "DE-RGE-C99999", whitelist: "NEVER", authorization: "BLOCKED"),
    ]

    private func start() throws -> (PartnerHost, TestCPOHost) {
        let partner = try PartnerHost(host: "127.0.0.1", port: 0) { baseURL in
            PartnerMock(configuration: PartnerConfiguration(baseURL: baseURL, credentialsToken: "token-b"))
        }
        let cpo = try TestCPOHost(chargers: TestCPOHost.chargers(2), registrationToken: "token-a", partner: { partner })
        return (partner, cpo)
    }

    @Test func registersProbesTokenAAndPushesTheTokens() async throws {
        let (partner, cpo) = try start()
        let registration = ExternalRegistration(
            remote: OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10)),
            partner: partner
        )
        let outcome = await registration.run(
            versionsURL: cpo.versionsURL,
            tokenA: "token-a",
            tokenB: "token-b",
            tokens: Self.tokens
        )
        #expect(outcome.error == nil)
        #expect(outcome.party?.token == "token-c-test")
        #expect(partner.withPartner { $0.cpo?.token } == "token-c-test")
        // OCPI 2.2.1 §7.4.1: token A is spent once token C is issued.
        #expect(outcome.tokenAProbeStatus == 401)
        #expect(
            outcome.tokenPushes == Self.tokens.map { ExternalRegistration.TokenPush(uid: $0.uid, status: 200) }
        )
        await cpo.shutdown()
        await partner.shutdown()
    }

    @Test func aRefusedHandshakeIsRecordedAndNothingIsPushed() async throws {
        let (partner, cpo) = try start()
        let registration = ExternalRegistration(
            remote: OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10)),
            partner: partner
        )
        let outcome = await registration.run(
            versionsURL: cpo.versionsURL,
            tokenA: "not-token-a",
            tokenB: "token-b",
            tokens: Self.tokens
        )
        #expect(outcome.party == nil)
        #expect(outcome.tokenPushes.isEmpty)
        guard case .badAnswer(let step, _, let status, _, _) = outcome.error else {
            Issue.record("expected a refused handshake, got \(String(describing: outcome.error))")
            return
        }
        #expect(step == "registration: versions")
        #expect(status == 401)
        #expect(partner.withPartner { $0.cpo } == .some(nil))
        await cpo.shutdown()
        await partner.shutdown()
    }
}
