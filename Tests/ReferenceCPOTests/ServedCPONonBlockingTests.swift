import Foundation
import ReferenceCPO
import Synchronization
import Testing
import Transport
import Wire

/// The served CPO never waits for its partner: while a registration waits for the partner's
/// versions, other requests are answered.
@Suite(.timeLimit(.minutes(1)))
struct ServedCPONonBlockingTests {
    /// A gate the partner's versions endpoint waits at until the test opens it.
    final class Gate: Sendable {
        private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

        func open() {
            let waiters = state.withLock { state in
                state.open = true
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }

        func wait() async {
            await withCheckedContinuation { continuation in
                let isOpen = state.withLock { state in
                    if !state.open { state.waiters.append(continuation) }
                    return state.open
                }
                if isOpen { continuation.resume() }
            }
        }
    }

    @Test func otherRequestsAreAnsweredWhileARegistrationWaitsForThePartner() async throws {
        let gate = Gate()
        let partner = HTTPServer { _ in
            await gate.wait()
            return HTTPResponse(status: 503)
        }
        try partner.start()
        let partnerPort = try #require(partner.port)
        let cpo = try ServedCPOTests.cpo()
        let port = try #require(cpo.port)
        let registration = Task {
            var headers = HTTPHeaders()
            headers.set("Authorization", "Token " + Data("token-a".utf8).base64EncodedString())
            headers.set("Content-Type", "application/json")
            let body = """
                {"token":"partner-b","url":"http://127.0.0.1:\(partnerPort)/ocpi/versions",
                 "roles":[{"role":"EMSP","party_id":"RGE","country_code":"DE","business_details":{"name":"P"}}]}
                """
            let request = HTTPRequest(
                method: .post,
                target: "/ocpi/2.2.1/credentials",
                headers: headers,
                body: Array(body.utf8)
            )
            let url = try #require(URL(string: "http://127.0.0.1:\(port)/ocpi/2.2.1/credentials"))
            return try await SocketHTTPClient().send(request, to: url, timeout: .seconds(20))
        }
        // Wait (bounded) until the CPO is asking the partner, then talk to the CPO meanwhile.
        for _ in 0..<500 where partner.connectionCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(partner.connectionCount > 0)
        let versions = try await ServedCPOTests.get("http://127.0.0.1:\(port)/ocpi/versions", token: "token-a")
        #expect(versions.status == 200)
        gate.open()
        // The partner answered 503: the registration fails with OCPI 3001 (§7.2.2), without a crash.
        let answer = try await registration.value
        #expect(String(decoding: answer.body, as: UTF8.self).contains("3001"))
        await cpo.shutdown()
        await partner.shutdown()
    }
}
