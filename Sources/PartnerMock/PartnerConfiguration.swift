public import Foundation

/// How the partner mock (an OCPI 2.2.1 eMSP) presents itself and behaves.
public struct PartnerConfiguration: Sendable {
    public var countryCode: String
    public var partyID: String
    public var businessName: String
    /// Scheme and authority the mock is reached at, e.g. `http://127.0.0.1:9001`.
    public var baseURL: String
    /// The token the CPO must present (token B after registration, or one agreed offline).
    public var credentialsToken: String?
    /// Token A: accepted on the versions and credentials endpoints only, for a CPO that registers.
    public var registrationToken: String?
    /// The eMSP's token database (served on the Tokens sender interface, used for authorization).
    public var tokens: [PartnerToken]
    /// Windows in which an interface answers with an HTTP error, to test a CPO's exception handling.
    public var failures: [FailureWindow]

    public init(
        countryCode: String = "DE",
        partyID: String = "RGE",
        businessName: String = "RoamGate partner mock",
        baseURL: String = "http://emsp.embedded",
        credentialsToken: String? = nil,
        registrationToken: String? = nil,
        tokens: [PartnerToken] = [],
        failures: [FailureWindow] = []
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.businessName = businessName
        self.baseURL = baseURL
        self.credentialsToken = credentialsToken
        self.registrationToken = registrationToken
        self.tokens = tokens
        self.failures = failures
    }

    /// The versions endpoint (OCPI 2.2.1 §6.1), what a CPO is given to register with.
    public var versionsURL: String { baseURL + "/ocpi/versions" }
    /// The 2.2.1 version details endpoint.
    public var versionDetailsURL: String { baseURL + "/ocpi/2.2.1" }
}

/// A token of the eMSP and the answer real-time authorization gives for it (OCPI 2.2.1 §12.4).
public struct PartnerToken: Sendable, Hashable {
    public var uid: String
    public var type: String
    public var contractID: String
    public var groupID: String?
    public var valid: Bool
    /// `ALWAYS`, `ALLOWED`, `ALLOWED_OFFLINE` or `NEVER` (§12.4.4 WhitelistType).
    public var whitelist: String
    /// `ALLOWED`, `BLOCKED`, `EXPIRED`, `NO_CREDIT` or `NOT_ALLOWED` (§12.4.1 AllowedType).
    public var authorization: String

    public init(
        uid: String,
        type: String = "RFID",
        contractID: String,
        groupID: String? = nil,
        valid: Bool = true,
        whitelist: String = "ALLOWED",
        authorization: String = "ALLOWED"
    ) {
        self.uid = uid
        self.type = type
        self.contractID = contractID
        self.groupID = groupID
        self.valid = valid
        self.whitelist = whitelist
        self.authorization = authorization
    }
}

/// An interval in which requests to one module (or all, when `module` is nil) fail with `httpStatus`.
public struct FailureWindow: Sendable, Hashable {
    public var module: String?
    public var from: Date
    public var until: Date
    public var httpStatus: Int

    public init(module: String? = nil, from: Date, until: Date, httpStatus: Int = 503) {
        self.module = module
        self.from = from
        self.until = until
        self.httpStatus = httpStatus
    }
}
