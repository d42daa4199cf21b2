public import JSON

/// Mirror mode's check of an eMSP's tokens sender (OCPI 2.2.1 §12.2.1): RoamGate, playing the CPO,
/// pulls every token (all pages), asks for real-time authorization of each, and asks once for a token
/// the eMSP cannot know, which must be answered 404 with status_code 2004 (§12.2.1.2). Observed, not
/// judged.
public struct EMSPTokenProbe: Sendable {
    /// What the probe saw.
    public struct Observation: Sendable, Hashable {
        /// The tokens pulled; empty when the pull failed.
        public var tokens: [JSONValue]
        public var pullError: ExternalRunError?
        /// The real-time authorization of each pulled token, in pull order.
        public var authorizations: [Authorization]
        /// The answer to the unknown token: the error the request ended in (expected: 404 with 2004), or
        /// nil when the eMSP claimed to know it.
        public var unknownTokenAnswer: ExternalRunError?
    }

    /// One real-time authorization asked.
    public struct Authorization: Sendable, Hashable {
        public var uid: String
        /// `ALLOWED`, `BLOCKED`, `EXPIRED`, `NO_CREDIT`, `NOT_ALLOWED`, or what the eMSP sent; nil on error.
        public var allowed: String?
        public var error: ExternalRunError?

        public init(uid: String, allowed: String?, error: ExternalRunError?) {
            self.uid = uid
            self.allowed = allowed
            self.error = error
        }
    }

    public var remote: OCPIRemote
    /// The eMSP's tokens SENDER endpoint.
    public var tokensSender: String
    public var token: String
    /// The uid asked for as the unknown token.
    public var unknownUID: String
    /// Objects per page asked for (`limit`, §4.1.5); nil leaves it to the eMSP.
    public var pageLimit: Int?

    public init(
        remote: OCPIRemote,
        tokensSender: String,
        token: String,
        unknownUID: String = "ROAMGATE-UNKNOWN-0",
        pageLimit: Int? = nil
    ) {
        self.remote = remote
        self.tokensSender = tokensSender
        self.token = token
        self.unknownUID = unknownUID
        self.pageLimit = pageLimit
    }

    public func run() async -> Observation {
        var observation = Observation(tokens: [], pullError: nil, authorizations: [], unknownTokenAnswer: nil)
        do throws(ExternalRunError) {
            let first = pageLimit.map { tokensSender + "?limit=\($0)" } ?? tokensSender
            observation.tokens = try await remote.pullAll(first, token: token, step: "pull tokens")
        } catch {
            observation.pullError = error
        }
        for object in observation.tokens {
            guard let uid = object["uid"]?.stringValue else { continue }
            let type = object["type"]?.stringValue ?? "RFID"
            do throws(ExternalRunError) {
                let info = try await remote.authorize(
                    tokenUID: uid,
                    type: type,
                    tokensSender: tokensSender,
                    token: token
                )
                observation.authorizations.append(
                    Authorization(uid: uid, allowed: info["allowed"]?.stringValue, error: nil)
                )
            } catch {
                observation.authorizations.append(Authorization(uid: uid, allowed: nil, error: error))
            }
        }
        do throws(ExternalRunError) {
            _ = try await remote.authorize(tokenUID: unknownUID, tokensSender: tokensSender, token: token)
        } catch {
            observation.unknownTokenAnswer = error
        }
        return observation
    }
}
