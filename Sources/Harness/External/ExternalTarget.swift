public import Transport

/// A CPO under test, reached over the network (`roamgate run --target`): where its OCPI versions and
/// its OCPP central system are, how RoamGate's chargers and partner mock present themselves, and how
/// fast the scenario's plan is played.
public struct ExternalTarget: Sendable, Hashable {
    /// The CPO's OCPI versions URL (`http://` or `https://`).
    public var versionsURL: String
    /// Token A, which opens the CPO's credentials module for the handshake (OCPI 2.2.1 §7.4.1).
    public var tokenA: String
    /// The central system's OCPP-J endpoint (`ws://` or `wss://`); each charger appends its id.
    public var ocppURL: String
    /// The Basic-auth password the chargers present (security profile 1, or 2 over `wss://`).
    public var chargerPassword: String?
    /// Where the partner mock listens for the CPO's pushes (loopback unless told otherwise).
    public var listenHost: String
    /// 0 lets the kernel choose.
    public var listenPort: Int
    /// The partner's URL as the CPO must call it (behind a tunnel or proxy); nil: the listener's own.
    public var publicURL: String?
    /// The CAs `https://` and `wss://` certificates are checked against.
    public var trust: TLSTrust
    /// How many times faster than the scenario's own time the plan is played: 1 keeps the scenario's
    /// hours, 120 plays one scenario hour in 30 s. Chargers and the CPO always run on the wall clock.
    public var speed: Double
    /// The longest wait for one OCPI answer.
    public var requestTimeout: Duration

    public init(
        versionsURL: String,
        tokenA: String,
        ocppURL: String,
        chargerPassword: String? = nil,
        listenHost: String = "127.0.0.1",
        listenPort: Int = 0,
        publicURL: String? = nil,
        trust: TLSTrust = .systemStore,
        speed: Double = 1,
        requestTimeout: Duration = .seconds(30)
    ) {
        self.versionsURL = versionsURL
        self.tokenA = tokenA
        self.ocppURL = ocppURL
        self.chargerPassword = chargerPassword
        self.listenHost = listenHost
        self.listenPort = listenPort
        self.publicURL = publicURL
        self.trust = trust
        self.speed = speed
        self.requestTimeout = requestTimeout
    }
}
