import Foundation
import Harness
import JSON
import OCPI
import PartnerMock
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct EMSPTokenProbeTests {
    @Test func theTokensOfAWellBehavedEMSPArePulledAndAuthorized() async throws {
        let emsp = try PartnerHost(host: "127.0.0.1", port: 0) { baseURL in
            PartnerMock(
                configuration: PartnerConfiguration(
                    baseURL: baseURL,
                    credentialsToken: "shared",
                    tokens: [
                        PartnerToken(uid: "RGER0001", contractID: "DE-RGE-C00001"),
                        PartnerToken(uid: "RGER0002", contractID: "DE-RGE-C00002", valid: false),
                        PartnerToken(uid: "RGEB1", contractID: "DE-RGE-C99999", authorization: "BLOCKED"),
                    ]
                )
            )
        }
        let sender = emsp.baseURL + "/ocpi/2.2.1/tokens"
        let observation = await EMSPTokenProbe(
            remote: OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10)),
            tokensSender: sender,
            token: "shared",
            pageLimit: 2
        ).run()
        #expect(observation.pullError == nil)
        #expect(observation.tokens.count == 3)
        #expect(
            observation.authorizations == [
                .init(uid: "RGER0001", allowed: "ALLOWED", error: nil),
                .init(uid: "RGER0002", allowed: "BLOCKED", error: nil),
                .init(uid: "RGEB1", allowed: "BLOCKED", error: nil),
            ]
        )
        guard case .badAnswer(_, _, 404, 2004, _) = observation.unknownTokenAnswer else {
            Issue.record("unknown token: \(String(describing: observation.unknownTokenAnswer))")
            return
        }
        await emsp.shutdown()
    }

    @Test func anEMSPThatAuthorizesEveryUIDIsSeenDoingSo() async throws {
        let observation = await EMSPTokenProbe(
            remote: OCPIRemote(client: AllowEverything(), timeout: .seconds(1)),
            tokensSender: "http://emsp.test/tokens",
            token: "shared"
        ).run()
        #expect(observation.tokens.map { $0["uid"]?.stringValue } == ["T1"])
        #expect(observation.authorizations == [.init(uid: "T1", allowed: "ALLOWED", error: nil)])
        #expect(observation.unknownTokenAnswer == nil)
    }
}

/// An eMSP that lists one token and authorizes any uid at all, even one it never issued.
private struct AllowEverything: HTTPClient {
    func send(_ request: HTTPRequest, to url: URL, timeout: Duration) async throws(HTTPClientError) -> HTTPResponse {
        if request.method == .post {
            return OCPIHTTP.response(data: ["allowed": "ALLOWED"], now: Date())
        }
        return OCPIHTTP.response(data: [["uid": "T1", "type": "RFID"]], now: Date())
    }
}
