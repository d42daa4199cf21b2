import OCPI
public import PartnerMock
import Wire

/// The opening of an external run against a CPO, as the eMSP (OCPI 2.2.1 §7.4.1 and §12.2.2): the
/// credentials handshake with token A, a probe that token A no longer opens the CPO's modules, and the
/// push of the eMSP's tokens to the CPO's tokens receiver. The partner mock must already be served
/// (`PartnerHost`), because the CPO reads its versions with token B during the handshake.
public struct ExternalRegistration: Sendable {
    /// What the opening observed; a failed handshake is recorded, not thrown, so the checks can report it.
    public struct Outcome: Sendable, Hashable {
        /// The CPO with the token C it issued; nil when the handshake failed.
        public var party: RegisteredParty?
        public var error: ExternalRunError?
        /// The HTTP status of a GET on the CPO's locations with token A after registration (401 expected).
        public var tokenAProbeStatus: Int?
        /// Each token's PUT to the CPO, in push order.
        public var tokenPushes: [TokenPush]
    }

    /// One token pushed to the CPO and the HTTP status of the answer (nil: no answer).
    public struct TokenPush: Sendable, Hashable {
        public var uid: String
        public var status: Int?

        public init(uid: String, status: Int?) {
            self.uid = uid
            self.status = status
        }
    }

    public var remote: OCPIRemote
    public var partner: PartnerHost

    public init(remote: OCPIRemote, partner: PartnerHost) {
        self.remote = remote
        self.partner = partner
    }

    /// Runs the handshake (posting the mock's credentials with `tokenB`, which the mock must accept),
    /// tells the mock about the CPO, probes token A and pushes `tokens`.
    public func run(versionsURL: String, tokenA: String, tokenB: String, tokens: [PartnerToken]) async -> Outcome {
        var outcome = Outcome(party: nil, error: nil, tokenAProbeStatus: nil, tokenPushes: [])
        guard let credentials = partner.withPartner({ $0.credentials(token: tokenB) }) else {
            outcome.error = .unreachable(
                step: "registration",
                url: partner.baseURL,
                reason: "the partner mock is not up"
            )
            return outcome
        }
        let party: RegisteredParty
        do throws(ExternalRunError) {
            party = try await remote.register(versionsURL: versionsURL, tokenA: tokenA, credentials: credentials)
        } catch {
            outcome.error = error
            return outcome
        }
        outcome.party = party
        _ = partner.withPartner { mock in
            mock.assumeRegistered(party)
            mock.setTokens(tokens)
        }
        // OCPI 2.2.1 §7.4.1: once token C is issued, token A is no longer valid.
        if let locations = party.endpoints["locations.SENDER"] {
            let probe = try? await remote.send(
                OCPIHTTP.request(.get, url: locations, token: tokenA, requestID: "probe-token-a"),
                to: locations,
                step: "probe token A"
            )
            outcome.tokenAProbeStatus = probe?.response.status
        }
        if let receiver = party.endpoints["tokens.RECEIVER"] {
            let now = remote.wallClock()
            let routing = partner.withPartner { $0.routingToCPO } ?? nil
            for token in tokens {
                guard let object = partner.withPartner({ $0.tokenObject(token, now: now) }) else { continue }
                do throws(ExternalRunError) {
                    try await remote.put(
                        object,
                        receiver: receiver,
                        token: party.token,
                        step: "push token \(token.uid)",
                        routing: routing
                    )
                    outcome.tokenPushes.append(TokenPush(uid: token.uid, status: 200))
                } catch {
                    if case .badAnswer(_, _, let status, _, _) = error {
                        outcome.tokenPushes.append(TokenPush(uid: token.uid, status: status))
                    } else {
                        outcome.tokenPushes.append(TokenPush(uid: token.uid, status: nil))
                    }
                }
            }
        }
        return outcome
    }
}
