import Foundation
import Harness
import ReferenceCPO
import Transport
import Wire

/// The reference CPO served over HTTP (or HTTPS) on 127.0.0.1 for the external-run tests. Its own
/// outbound OCPI calls (reading the partner's versions at registration, pushing locations) go to
/// `partner` in process. Timers are not run: these tests exercise registration and pulls only.
final class TestCPOHost: Sendable {
    private let cpo = LockedCPO()
    private let server: HTTPServer
    let versionsURL: String

    init(
        chargers: [ChargerMasterData],
        registrationToken: String,
        partner: @escaping @Sendable () -> PartnerHost?,
        deliverPushes: Bool = true,
        tls: TLSServerIdentity? = nil
    ) throws {
        let cpo = self.cpo
        let server = HTTPServer { request in cpo.handle(request) }
        self.server = server
        if let tls { try server.start(tls: tls) } else { try server.start() }
        let scheme = tls == nil ? "http" : "https"
        let host = tls == nil ? "127.0.0.1" : "localhost"
        let baseURL = "\(scheme)://\(host):\(server.port ?? 0)"
        versionsURL = baseURL + "/ocpi/versions"
        cpo.install(
            ReferenceCPO(
                configuration: CPOConfiguration(baseURL: baseURL, registrationToken: registrationToken),
                chargers: chargers,
                environment: CPOEnvironment(
                    sendOCPP: { _, _ in },
                    // Without `deliverPushes`, only reads reach the partner (a push receiver that is down).
                    sendOCPI: { request, _, completion in
                        completion(deliverPushes || request.method == .get ? partner()?.handle(request) : nil)
                    },
                    schedule: { _, _ in },
                    makeToken: { "token-c-test" }
                )
            )
        )
    }

    /// The partner the CPO has registered, if any.
    var registeredPartner: PartnerLink? { cpo.registeredPartner }

    /// Connects a charger and boots it (OCPP 1.6 BootNotification), which publishes its location.
    func boot(_ chargerID: String) {
        cpo.boot(chargerID)
    }

    func shutdown() async {
        await server.shutdown()
    }

    /// `count` chargers with one AC connector each, at their own locations.
    static func chargers(_ count: Int) -> [ChargerMasterData] {
        (1...count).map { number in
            ChargerMasterData(
                chargerID: "EXT-\(number)",
                locationID: "LOC-EXT-\(number)",
                locationName: "Test site \(number)",
                address: "Teststraße \(number)",
                city: "Berlin",
                postalCode: "10115",
                latitude: "52.520008",
                longitude: "13.404954",
                evses: [
                    ChargerMasterData.EVSE(connectors: [
                        ChargerMasterData.Connector(
                            ocppConnectorID: 1,
                            standard: "IEC_62196_T2",
                            format: "SOCKET",
                            powerType: "AC_3_PHASE",
                            maxVoltage: 230,
                            maxAmperage: 32,
                            maxPowerWatts: 22_000
                        )
                    ])
                ]
            )
        }
    }
}

/// The CPO (a non-Sendable class) shared with the server's handler tasks; every access holds `lock`.
private final class LockedCPO: @unchecked Sendable {
    private let lock = NSLock()
    private var cpo: ReferenceCPO?

    func install(_ cpo: ReferenceCPO) {
        lock.withLock { self.cpo = cpo }
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        lock.withLock { cpo?.handle(request, now: Date()) } ?? HTTPResponse(status: 503)
    }

    var registeredPartner: PartnerLink? { lock.withLock { cpo?.partner } }

    func boot(_ chargerID: String) {
        lock.withLock {
            guard let cpo, cpo.chargerConnected(chargerID) else { return }
            let boot = #"[2,"boot-1","BootNotification",{"chargePointVendor":"RoamGate","chargePointModel":"Test"}]"#
            cpo.receiveOCPP(from: chargerID, text: boot, now: Date())
        }
    }
}
