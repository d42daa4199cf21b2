public import Chargers
import Foundation
import JSON
public import PartnerMock
public import ReferenceCPO

/// What a scenario makes of the reference stack, for the embedded run and for `roamgate serve`: the
/// fleet of chargers with their master data, the reference CPO's configuration and the partner
/// mock's. Both ways of running build it here, so a served CPO publishes what the embedded one does.
public struct ReferenceStack: Sendable {
    /// One charger of the fleet: its OCPP identity and profile name, in scenario order.
    public struct FleetCharger: Sendable, Hashable {
        public var chargerID: String
        public var profile: String
    }

    public var fleet: [FleetCharger]
    public var masterData: [ChargerMasterData]
    public var cpo: CPOConfiguration
    public var partner: PartnerConfiguration

    /// - Parameters:
    ///   - cpoBaseURL, emspBaseURL: where the CPO and the partner mock are reached (`http://host:port`).
    ///   - registrationToken: token A, which lets the partner run the credentials handshake.
    ///   - credentialsToken: a token the CPO accepts as an already registered partner's.
    public init(
        scenario: Scenario,
        profiles: [String: ChargerProfile],
        defects: Set<CPODefect>,
        cpoBaseURL: String,
        emspBaseURL: String,
        registrationToken: String?,
        credentialsToken: String? = nil
    ) {
        var fleet: [FleetCharger] = []
        var masterData: [ChargerMasterData] = []
        for group in scenario.chargers {
            guard let profile = profiles[group.profile], group.count > 0 else { continue }
            // Two digits at least, more for large groups, so ids stay unique (RG-AC-11KW-01, …-0101).
            let width = max(2, String(group.count).count)
            for index in 1...group.count {
                let number = String(index)
                let id =
                    "RG-\(group.profile.uppercased())-" + String(repeating: "0", count: width - number.count) + number
                fleet.append(FleetCharger(chargerID: id, profile: group.profile))
                masterData.append(Self.masterData(chargerID: id, profile: profile, number: fleet.count))
            }
        }
        let manifest = scenario.manifest
        var partnerTariffs: [String: [JSONValue]] = [:]
        if manifest.partnerSpecificPrice {
            partnerTariffs[manifest.partnerCountryCode + "/" + manifest.partnerPartyID] = [DefaultTariffs.partnerAC]
        }
        self.fleet = fleet
        self.masterData = masterData
        cpo = CPOConfiguration(
            countryCode: manifest.cpoCountryCode,
            partyID: manifest.cpoPartyID,
            baseURL: cpoBaseURL,
            registrationToken: registrationToken,
            credentialsToken: credentialsToken,
            partnerTariffs: partnerTariffs,
            allowedCommands: Set(manifest.allowedCommands),
            communityChargers: Set(fleet.prefix(scenario.communityChargers).map(\.chargerID)),
            defects: defects
        )
        partner = PartnerConfiguration(
            countryCode: manifest.partnerCountryCode,
            partyID: manifest.partnerPartyID,
            businessName: manifest.partnerName,
            baseURL: emspBaseURL
        )
    }

    /// A charger's master data: one location per charger, EVSEs and connectors from its profile.
    static func masterData(chargerID: String, profile: ChargerProfile, number: Int) -> ChargerMasterData {
        var ocppID = 0
        let evses = profile.evses.map { evse in
            ChargerMasterData.EVSE(
                connectors: evse.connectors.map { connector in
                    ocppID += 1
                    return ChargerMasterData.Connector(
                        ocppConnectorID: ocppID,
                        standard: connector.standard,
                        format: connector.format,
                        powerType: connector.powerType,
                        maxVoltage: connector.maxVoltage,
                        maxAmperage: connector.maxAmperage,
                        maxPowerWatts: NSDecimalNumber(decimal: connector.maxPowerKW * 1000).intValue
                    )
                }
            )
        }
        let street = ["Alexanderplatz", "Friedrichstraße", "Karl-Marx-Allee", "Potsdamer Platz", "Kurfürstendamm"][
            number % 5
        ]
        return ChargerMasterData(
            chargerID: chargerID,
            locationID: "LOC-" + chargerID.dropFirst(3),
            locationName: "\(street) \(number)",
            address: "\(street) \(number)",
            city: "Berlin",
            postalCode: "10\(String(100 + number % 900))",
            latitude: "52.\(String(500_000 + number * 137).prefix(6))",
            longitude: "13.\(String(400_000 + number * 211).prefix(6))",
            evses: evses
        )
    }
}
