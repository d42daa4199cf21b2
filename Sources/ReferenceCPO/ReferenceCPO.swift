public import Foundation
public import JSON
import OCPI
import OCPP
import Tariffs
import Wire

/// The embedded CPO backend: an OCPP 1.6 central system and the OCPI 2.2.1 CPO interfaces
/// (versions, credentials, locations, tariffs, sessions, CDRs, tokens, commands), correct by
/// default, with switchable `CPODefect`s.
///
/// Single-threaded: the embedded run drives it from the simulation; a server wraps it in a lock.
/// It reads no clock: every entry point takes `now`.
public final class ReferenceCPO {
    public let configuration: CPOConfiguration
    var environment: CPOEnvironment
    let timeZone: TimeZone

    // Charge points.
    var chargers: [String: ChargerRuntime] = [:]
    let masterData: [String: ChargerMasterData]
    /// Charger ids in the order they were given (stable output order).
    let chargerOrder: [String]
    var locationPublications: [String: Int] = [:]

    // OCPI state.
    /// The registered eMSP, once the credentials handshake is done.
    public internal(set) var partner: PartnerLink?
    var issuedTokens: Set<String> = []
    var tokens: [String: JSONValue] = [:]
    var tariffVersions: [String: [JSONValue]] = [:]
    var sessions: [String: SessionState] = [:]
    var sessionOrder: [String] = []
    var sessionByTransaction: [Int: String] = [:]
    /// The latest session on each charger connector (`ConnectorKey`), so per-message lookups do not scan
    /// every session of the run.
    var latestSessionByConnector: [ConnectorKey: String] = [:]
    public internal(set) var cdrs: [JSONValue] = []
    var completedSessionCount = 0
    var nextTransactionID = 1
    var nextSessionNumber = 1
    var nextRequestNumber = 1
    var pendingCommands: [String: PendingCommand] = [:]
    var remoteStartTokens: [String: (token: JSONValue, until: Date, authorizationReference: String?)] = [:]
    var reservations: [String: (id: Int, chargerID: String)] = [:]
    var nextReservationID = 1
    var nextOCPPMessageNumber = 1
    /// OCPP 2.0.1 transactions (station-made string ids, per charger) and the integer ids sessions use.
    var transactions201: [String: Int] = [:]
    var transactionIDs201: [Int: String] = [:]
    var outbox: [OutboundPush] = []
    var outboxAttempts = 0
    /// Real-time authorization requests sent, by token uid (the harness checks whitelist use).
    public internal(set) var realTimeAuthorizations: [String: Int] = [:]

    public init(configuration: CPOConfiguration, chargers: [ChargerMasterData], environment: CPOEnvironment) {
        self.configuration = configuration
        self.environment = environment
        self.timeZone = TimeZone(identifier: configuration.timeZone) ?? TimeZone(identifier: "UTC")!
        self.masterData = Dictionary(chargers.map { ($0.chargerID, $0) }, uniquingKeysWith: { first, _ in first })
        self.chargerOrder = chargers.map(\.chargerID)
        for tariff in configuration.tariffs + configuration.partnerTariffs.values.flatMap({ $0 }) {
            if let id = tariff["id"]?.stringValue { tariffVersions[id, default: []].append(tariff) }
        }
    }

    /// Replaces the environment (the driver changes when a server starts).
    public func setEnvironment(_ environment: CPOEnvironment) {
        self.environment = environment
    }

    var isDefect: (CPODefect) -> Bool { { [configuration] in configuration.defects.contains($0) } }

    /// Sessions in creation order, as their current OCPI objects.
    public var sessionObjects: [JSONValue] { sessionOrder.compactMap { sessions[$0]?.json(cpo: self) } }

    /// The newest version of every tariff.
    public var currentTariffs: [JSONValue] {
        tariffVersions.keys.sorted().compactMap { tariffVersions[$0]?.last }
    }

    /// Publishes a new version of tariff `id` with each price multiplied by `factor`, effective `now`
    /// (scenarios use it to exercise versioning). Pushed to the partner when registered.
    public func publishNewTariffVersion(id: String, priceFactor: Decimal, now: Date) {
        guard var tariff = tariffVersions[id]?.last?.objectValue else { return }
        let elements = (tariff["elements"]?.arrayValue ?? []).map { element -> JSONValue in
            guard var object = element.objectValue else { return element }
            object["price_components"] = .array(
                (object["price_components"]?.arrayValue ?? []).map { component -> JSONValue in
                    guard var c = component.objectValue, let price = c["price"]?.numberValue?.decimal else {
                        return component
                    }
                    c["price"] = .number(JSONNumber(price * priceFactor))
                    return .object(c)
                }
            )
            return .object(object)
        }
        tariff["elements"] = .array(elements)
        tariff["last_updated"] = .string(OCPITimestamp.format(now))
        tariffVersions[id, default: []].append(.object(tariff))
        pushTariff(.object(tariff), now: now)
    }

    func nextRequestID() -> String {
        defer { nextRequestNumber += 1 }
        return "cpo-req-\(nextRequestNumber)"
    }
}

@available(*, unavailable)
extension ReferenceCPO: Sendable {}

/// The registered eMSP: the token to call it with, its endpoints and identity.
public struct PartnerLink: Sendable, Hashable {
    public var token: String
    public var endpoints: [String: String]
    public var countryCode: String
    public var partyID: String

    /// The party key `country/party` used for partner-specific tariffs.
    public var key: String { countryCode + "/" + partyID }
}

/// What the CPO knows about one connected charger.
struct ChargerRuntime {
    var chargerID: String
    var vendor: String = ""
    var model: String = ""
    var firmware: String = ""
    var booted = false
    var connectorStatus: [Int: String] = [:]
    /// The protocol the charger connected with (its WebSocket sub-protocol).
    var ocppVersion: OCPPVersion = .v16
}

/// A push waiting for delivery to the partner.
struct OutboundPush {
    var module: String
    var path: String
    var method: HTTPMethod
    var body: JSONValue?
}

/// A command accepted from the partner and forwarded to a charger.
struct PendingCommand {
    var type: String
    var responseURL: String
    var chargerID: String
    var sentAt: Date
    var resolved = false
}

/// A charger's connector, as the central system names it: charger id and OCPP connector id.
struct ConnectorKey: Hashable {
    var chargerID: String
    var connector: Int
}
