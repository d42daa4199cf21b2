import Foundation
import Harness
import JSON
import OCPI
import PartnerMock
import ReferenceCPO
import Synchronization
import TestSupport
import Testing
import Transport
import Wire

@Suite(.timeLimit(.minutes(1)))
struct OCPIRemoteTests {
    /// Exchanges reported by an `OCPIRemote` or a `PartnerHost`, in order.
    final class ExchangeLog: Sendable {
        private let entries = Mutex<[OCPIExchange]>([])
        func append(_ exchange: OCPIExchange) { entries.withLock { $0.append(exchange) } }
        var all: [OCPIExchange] { entries.withLock { $0 } }
    }

    private static let tokenA = "token-a-test"
    private static let tokenB = "token-b-test"

    private func startPartner(log: ExchangeLog) throws -> PartnerHost {
        try PartnerHost(host: "127.0.0.1", port: 0, record: log.append) { baseURL in
            PartnerMock(configuration: PartnerConfiguration(baseURL: baseURL, credentialsToken: Self.tokenB))
        }
    }

    @Test(arguments: TLSSupport.isAvailable ? [false, true] : [false])
    func registersAsTheEMSPAndPullsEveryPageOfLocationsAndTariffs(overTLS: Bool) async throws {
        let certificates = try TestCertificates.make()
        defer { certificates.remove() }
        let received = ExchangeLog()
        let partner = try startPartner(log: received)
        let cpo = try TestCPOHost(
            chargers: TestCPOHost.chargers(5),
            registrationToken: Self.tokenA,
            partner: { partner },
            tls: overTLS
                ? TLSServerIdentity(
                    certificateChainFile: certificates.serverCertificateFile,
                    privateKeyFile: certificates.serverKeyFile
                ) : nil
        )
        let sent = ExchangeLog()
        let remote = OCPIRemote(
            client: SocketHTTPClient(tlsTrust: .certificateAuthorityFile(certificates.caFile)),
            timeout: .seconds(10),
            record: sent.append
        )
        let credentials = try #require(partner.withPartner { $0.credentials(token: Self.tokenB) })

        let party = try await remote.register(
            versionsURL: cpo.versionsURL,
            tokenA: Self.tokenA,
            credentials: credentials
        )

        #expect(party.token == "token-c-test")
        #expect(party.countryCode == "DE")
        #expect(party.partyID == "RGC")
        #expect(cpo.registeredPartner?.token == Self.tokenB)
        #expect(
            sent.all.map(\.step) == [
                "registration: versions", "registration: version details", "registration: credentials",
            ]
        )
        #expect(sent.all.allSatisfy { $0.status == 200 })
        // OCPI 2.2.1 §7.4.1: the CPO read this side's versions with token B before answering.
        #expect(received.all.contains { $0.url == "/ocpi/versions" && $0.status == 200 })

        // Token sync (OCPI 2.2.1 §12.2.2): the eMSP pushes its cards to the CPO's tokens receiver.
        let tokensReceiver = try #require(party.endpoints["tokens.RECEIVER"])
        let card = try #require(
            partner.withPartner {
                $0.tokenObject(PartnerToken(uid: "RGER0001", contractID: "DE-RGE-C00001"), now: Date())
            }
        )
        try await remote.put(card, receiver: tokensReceiver, token: party.token, step: "push token")
        #expect(sent.all.last?.url == tokensReceiver + "/DE/RGE/RGER0001")
        #expect(sent.all.last?.status == 200)

        for number in 1...5 { cpo.boot("EXT-\(number)") }
        let locationsURL = try #require(party.endpoints["locations.SENDER"])
        let locations = try await remote.pullAll(locationsURL + "?limit=2", token: party.token, step: "locations")
        #expect(locations.compactMap { $0["id"]?.stringValue }.sorted() == (1...5).map { "LOC-EXT-\($0)" })
        #expect(sent.all.filter { $0.step.hasPrefix("locations page") }.count == 3)
        let tariffsURL = try #require(party.endpoints["tariffs.SENDER"])
        let tariffs = try await remote.pullAll(tariffsURL, token: party.token, step: "tariffs")
        #expect(!tariffs.isEmpty)

        await cpo.shutdown()
        await partner.shutdown()
    }

    /// Registers with a CPO serving three booted chargers, and returns what the partner then holds.
    private func registerAndBoot(
        deliverPushes: Bool
    ) async throws -> (store: PartnerStore, pulled: OCPIRemote.PullOutcome) {
        let partner = try startPartner(log: ExchangeLog())
        let cpo = try TestCPOHost(
            chargers: TestCPOHost.chargers(3),
            registrationToken: Self.tokenA,
            partner: { partner },
            deliverPushes: deliverPushes
        )
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let credentials = try #require(partner.withPartner { $0.credentials(token: Self.tokenB) })
        let party = try await remote.register(
            versionsURL: cpo.versionsURL,
            tokenA: Self.tokenA,
            credentials: credentials
        )
        for number in 1...3 { cpo.boot("EXT-\(number)") }
        let pulled = await remote.pullSenderInterfaces(of: party)
        let store = partner.store
        await cpo.shutdown()
        await partner.shutdown()
        return (store, pulled)
    }

    @Test func pulledObjectsFillTheStoreUnderTheKeysPushesUse() async throws {
        let pushed = try await registerAndBoot(deliverPushes: true)
        #expect(pushed.pulled.failures.isEmpty)
        #expect(pushed.store.locations.count == 3)
        let (unchanged, pulledOnly) = pushed.store.fillingGaps(with: pushed.pulled.objects, at: Date())
        #expect(pulledOnly.isEmpty)
        #expect(unchanged.locations == pushed.store.locations)

        let lost = try await registerAndBoot(deliverPushes: false)
        #expect(lost.store.locations.isEmpty)
        let (filled, filledKeys) = lost.store.fillingGaps(with: lost.pulled.objects, at: Date())
        #expect(Set(filled.locations.keys) == Set(pushed.store.locations.keys))
        #expect(!filled.tariffs.isEmpty)
        #expect(Set(filled.tariffs.keys) == Set(pushed.pulled.objects.tariffs.compactMap { tariffKey($0) }))
        #expect(filledKeys.filter { $0.hasPrefix("locations/") }.count == 3)
    }

    @Test func pulledCDRsAreAddedOnceByID() {
        var store = PartnerStore()
        store.cdrs = [ReceivedCDR(cdr: ["id": "CDR-1", "total_energy": 5], time: Date(timeIntervalSince1970: 0))]
        let pulled = PulledObjects(cdrs: [["id": "CDR-1", "total_energy": 7], ["id": "CDR-2"], ["no_id": true]])
        let (filled, pulledOnly) = store.fillingGaps(with: pulled, at: Date(timeIntervalSince1970: 60))
        #expect(filled.cdrs.map { $0.cdr["id"]?.stringValue } == ["CDR-1", "CDR-2"])
        #expect(filled.cdrs[0].cdr["total_energy"] == 5)
        #expect(pulledOnly == ["cdrs/CDR-2"])
    }

    private func tariffKey(_ tariff: JSONValue) -> String? {
        guard let country = tariff["country_code"]?.stringValue, let party = tariff["party_id"]?.stringValue,
            let id = tariff["id"]?.stringValue
        else { return nil }
        return "\(country)/\(party)/\(id)"
    }

    @Test func commandResponsesAreReturnedAsDataWhateverTheResult() async throws {
        let partner = try startPartner(log: ExchangeLog())
        let cpo = try TestCPOHost(
            chargers: TestCPOHost.chargers(1),
            registrationToken: Self.tokenA,
            partner: { partner }
        )
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let credentials = try #require(partner.withPartner { $0.credentials(token: Self.tokenB) })
        let party = try await remote.register(
            versionsURL: cpo.versionsURL,
            tokenA: Self.tokenA,
            credentials: credentials
        )
        cpo.boot("EXT-1")
        let location = try await remote.get(
            try #require(party.endpoints["locations.SENDER"]) + "/LOC-EXT-1",
            token: party.token,
            step: "location"
        )
        let evse = try #require(location["evses"]?[0]?["uid"]?.stringValue)
        let receiver = try #require(party.endpoints["commands.RECEIVER"])
        let responseURL = try #require(partner.withPartner { $0.responseURL(command: "START_SESSION", id: "1") })
        let card = try #require(
            partner.withPartner {
                $0.tokenObject(PartnerToken(uid: "RGER0001", contractID: "DE-RGE-C00001"), now: Date())
            }
        )
        // §13.2.2: POST {receiver}/{command}; the CommandResponse is the envelope's data.
        func command(_ type: String, _ body: JSONValue) async throws -> (status: Int, envelope: JSONValue?) {
            let url = receiver + "/" + type
            let request = OCPIHTTP.request(.post, url: url, token: party.token, body: body, requestID: type)
            let (response, envelope) = try await remote.send(request, to: url, step: "command \(type)")
            return (response.status, envelope)
        }
        func start(at locationID: String) async throws -> (status: Int, envelope: JSONValue?) {
            try await command(
                "START_SESSION",
                [
                    "response_url": .string(responseURL), "token": card, "location_id": .string(locationID),
                    "evse_uid": .string(evse),
                ]
            )
        }

        let accepted = try await start(at: "LOC-EXT-1")
        #expect(accepted.status == 200)
        #expect(accepted.envelope?["status_code"] == 1000)
        #expect(accepted.envelope?["data"]?["result"] == "ACCEPTED")
        #expect(accepted.envelope?["data"]?["timeout"] == 30)
        let unknownLocation = try await start(at: "LOC-NOWHERE")
        #expect(unknownLocation.envelope?["status_code"] == 2003)
        #expect(unknownLocation.envelope?["data"]?["result"] == "REJECTED")
        let stop = try await command(
            "STOP_SESSION",
            ["response_url": .string(responseURL), "session_id": "no-such-session"]
        )
        #expect(stop.envelope?["data"]?["result"] == "UNKNOWN_SESSION")
        let unknown = try await command("FLY_TO_THE_MOON", ["response_url": .string(responseURL)])
        #expect(unknown.envelope?["data"]?["result"] == "NOT_SUPPORTED")
        await cpo.shutdown()
        await partner.shutdown()
    }

    @Test func thePartnerHostServesTheMockOverTheNetwork() async throws {
        let partner = try startPartner(log: ExchangeLog())
        let port = try #require(partner.port)
        #expect(partner.baseURL == "http://127.0.0.1:\(port)")
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let versions = try await remote.get(partner.baseURL + "/ocpi/versions", token: Self.tokenB, step: "versions")
        #expect(versions[0]?["url"]?.stringValue == partner.baseURL + "/ocpi/2.2.1")
        await #expect(
            throws: ExternalRunError.badAnswer(
                step: "versions",
                url: partner.baseURL + "/ocpi/versions",
                httpStatus: 401,
                statusCode: 2000,
                message: "unknown or invalid token"
            )
        ) {
            _ = try await remote.get(partner.baseURL + "/ocpi/versions", token: "wrong", step: "versions")
        }
        await partner.shutdown()
    }

    @Test func aWrongTokenAFailsAtTheVersionsStepWithTheCPOsAnswer() async throws {
        let partner = try startPartner(log: ExchangeLog())
        let cpo = try TestCPOHost(
            chargers: TestCPOHost.chargers(1),
            registrationToken: Self.tokenA,
            partner: { partner }
        )
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let credentials = try #require(partner.withPartner { $0.credentials(token: Self.tokenB) })
        do {
            _ = try await remote.register(versionsURL: cpo.versionsURL, tokenA: "not-token-a", credentials: credentials)
            Issue.record("registration with a wrong token A succeeded")
        } catch {
            guard case .badAnswer(let step, let url, let httpStatus, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(step == "registration: versions")
            #expect(url == cpo.versionsURL)
            #expect(httpStatus == 401)
        }
        #expect(cpo.registeredPartner == nil)
        await cpo.shutdown()
        await partner.shutdown()
    }

    @Test func aCPOThatDoesNotListenIsUnreachableWithTheReason() async throws {
        let refusing = RefusingPort()
        let remote = OCPIRemote(client: SocketHTTPClient(), timeout: .seconds(10))
        let url = "http://127.0.0.1:\(refusing.port)/ocpi/versions"
        do {
            _ = try await remote.register(versionsURL: url, tokenA: Self.tokenA, credentials: [:])
            Issue.record("registration against a closed port succeeded")
        } catch {
            guard case .unreachable(let step, let failedURL, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(step == "registration: versions")
            #expect(failedURL == url)
            #expect(reason.contains("Connection refused"))
        }
        withExtendedLifetime(refusing) {}
    }

    @Test func aCPOWithoutVersion221IsRefusedNamingWhatItOffers() async throws {
        let client = ScriptedClient { _ in
            OCPIHTTP.response(data: [["version": "2.1.1", "url": "http://cpo.test/2.1.1"]], now: Date())
        }
        let remote = OCPIRemote(client: client, timeout: .seconds(1))
        await #expect(throws: ExternalRunError.noMutualVersion(url: "http://cpo.test/versions", offered: ["2.1.1"])) {
            _ = try await remote.register(versionsURL: "http://cpo.test/versions", tokenA: "a", credentials: [:])
        }
    }

    @Test func aLinkLeadingBackToAPageAlreadyReadEndsThePull() async throws {
        let client = ScriptedClient { url in
            OCPIHTTP.response(data: [["id": "1"]], now: Date(), headers: ["Link": "<\(url)>; rel=\"next\""])
        }
        let remote = OCPIRemote(client: client, timeout: .seconds(1))
        await #expect(
            throws: ExternalRunError.pagination(
                url: "http://cpo.test/locations",
                reason: "the Link header leads back to http://cpo.test/locations, already read"
            )
        ) {
            _ = try await remote.pullAll("http://cpo.test/locations", token: "c", step: "locations")
        }
    }

    @Test func aPullSinceADateAsksForChangesFromThenOnAndFollowsTheLinkAsGiven() async throws {
        let asked = ExchangeLog()
        let client = ScriptedClient { url in
            let next = url.contains("offset=1") ? nil : "http://cpo.test/locations?date_from=x&offset=1"
            var headers = HTTPHeaders()
            if let next { headers.add("Link", "<\(next)>; rel=\"next\"") }
            return OCPIHTTP.response(data: [["id": .string(url)]], now: Date(), headers: headers)
        }
        let remote = OCPIRemote(client: client, timeout: .seconds(1), record: asked.append)
        let since = Date(timeIntervalSince1970: 1_795_000_000)
        let objects = try await remote.pullAll(
            "http://cpo.test/locations?limit=10",
            token: "c",
            step: "locations",
            since: since
        )
        #expect(
            asked.all.map(\.url) == [
                "http://cpo.test/locations?limit=10&date_from=2026-11-18T11%3A06%3A40Z",
                "http://cpo.test/locations?date_from=x&offset=1",
            ]
        )
        #expect(objects.count == 2)
    }

    @Test func pageDataThatIsNoListEndsThePull() async throws {
        let client = ScriptedClient { _ in OCPIHTTP.response(data: ["id": "1"], now: Date()) }
        let remote = OCPIRemote(client: client, timeout: .seconds(1))
        await #expect(
            throws: ExternalRunError.pagination(url: "http://cpo.test/cdrs", reason: "the page's data is not a list")
        ) {
            _ = try await remote.pullAll("http://cpo.test/cdrs", token: "c", step: "cdrs")
        }
    }
}

/// An `HTTPClient` answering every request from a function of its URL, without any network.
private struct ScriptedClient: HTTPClient {
    let answer: @Sendable (String) -> HTTPResponse

    init(_ answer: @escaping @Sendable (String) -> HTTPResponse) {
        self.answer = answer
    }

    func send(_ request: HTTPRequest, to url: URL, timeout: Duration) async throws(HTTPClientError) -> HTTPResponse {
        answer(url.absoluteString)
    }
}
