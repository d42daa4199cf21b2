import Foundation
public import JSON
public import Tariffs

/// How the reference CPO presents itself, what it sells at which price, and which defects are on.
public struct CPOConfiguration: Sendable {
    public var countryCode: String
    public var partyID: String
    public var businessName: String
    /// Scheme and authority of its OCPI interface, e.g. `http://127.0.0.1:9000`.
    public var baseURL: String
    /// Token A for a partner's registration (valid on versions and credentials only).
    public var registrationToken: String?
    /// A credentials token agreed offline (`serve cpo --token`), valid on every request.
    public var credentialsToken: String?
    /// IANA time zone of the locations (tariff restrictions are local times).
    public var timeZone: String
    /// Public tariffs, by id, as OCPI Tariff objects.
    public var tariffs: [JSONValue]
    /// Tariffs that apply to a given partner (`country/party`), replacing the public ones by power type.
    public var partnerTariffs: [String: [JSONValue]]
    /// How CDRs are priced.
    public var tariffPolicy: TariffPolicy
    /// The commands the partner contract allows (OCPI CommandType).
    public var allowedCommands: Set<String>
    /// Seconds announced in CommandResponse.timeout.
    public var commandTimeoutSeconds: Int
    /// Charger ids with community access switched on (roaming tokens must still work there).
    public var communityChargers: Set<String>
    public var defects: Set<CPODefect>

    public init(
        countryCode: String = "DE",
        partyID: String = "RGC",
        businessName: String = "RoamGate reference CPO",
        baseURL: String = "http://cpo.embedded",
        registrationToken: String? = nil,
        credentialsToken: String? = nil,
        timeZone: String = "Europe/Berlin",
        tariffs: [JSONValue] = DefaultTariffs.public,
        partnerTariffs: [String: [JSONValue]] = [:],
        tariffPolicy: TariffPolicy = .totalCents,
        allowedCommands: Set<String> = [
            "START_SESSION", "STOP_SESSION", "UNLOCK_CONNECTOR", "RESERVE_NOW", "CANCEL_RESERVATION",
        ],
        commandTimeoutSeconds: Int = 30,
        communityChargers: Set<String> = [],
        defects: Set<CPODefect> = []
    ) {
        self.countryCode = countryCode
        self.partyID = partyID
        self.businessName = businessName
        self.baseURL = baseURL
        self.registrationToken = registrationToken
        self.credentialsToken = credentialsToken
        self.timeZone = timeZone
        self.tariffs = tariffs
        self.partnerTariffs = partnerTariffs
        self.tariffPolicy = tariffPolicy
        self.allowedCommands = allowedCommands
        self.commandTimeoutSeconds = commandTimeoutSeconds
        self.communityChargers = communityChargers
        self.defects = defects
    }

    public var versionsURL: String { baseURL + "/ocpi/versions" }
    public var versionDetailsURL: String { baseURL + "/ocpi/2.2.1" }
}

/// The reference CPO's default price list: an AC and a DC tariff in EUR with German VAT.
public enum DefaultTariffs {
    /// AC: 0.39 €/kWh; parking after 3 h at 6 €/h billed in 15-minute steps.
    public static let ac: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "AC-2026", "currency": "EUR", "type": "REGULAR",
        "elements": [
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.39")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [
                    ["type": "PARKING_TIME", "price": .number(JSONNumber(text: "6.00")), "vat": 19, "step_size": 900]
                ],
                "restrictions": ["min_duration": 10_800],
            ],
        ],
        "last_updated": "2026-01-01T00:00:00Z",
    ]

    /// DC: 0.59 €/kWh by day, 0.49 €/kWh from 22:00 to 06:00, a 0.50 € session fee,
    /// and 0.10 €/min blocking fee after 45 minutes (billed per minute).
    public static let dc: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "DC-2026", "currency": "EUR", "type": "REGULAR",
        "elements": [
            [
                "price_components": [
                    ["type": "FLAT", "price": .number(JSONNumber(text: "0.50")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.49")), "vat": 19, "step_size": 1]
                ],
                "restrictions": ["start_time": "22:00", "end_time": "06:00"],
            ],
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.59")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [
                    ["type": "TIME", "price": .number(JSONNumber(text: "6.00")), "vat": 19, "step_size": 60],
                    ["type": "PARKING_TIME", "price": .number(JSONNumber(text: "6.00")), "vat": 19, "step_size": 60],
                ],
                "restrictions": ["min_duration": 2_700],
            ],
        ],
        "last_updated": "2026-01-01T00:00:00Z",
    ]

    public static let `public`: [JSONValue] = [ac, dc]

    /// A partner-specific AC price (the CPO's price towards that eMSP): 0.35 €/kWh.
    public static let partnerAC: JSONValue = [
        "country_code": "DE", "party_id": "RGC", "id": "AC-2026-RGE", "currency": "EUR", "type": "REGULAR",
        "elements": [
            [
                "price_components": [
                    ["type": "ENERGY", "price": .number(JSONNumber(text: "0.35")), "vat": 19, "step_size": 1]
                ]
            ],
            [
                "price_components": [
                    ["type": "PARKING_TIME", "price": .number(JSONNumber(text: "6.00")), "vat": 19, "step_size": 900]
                ],
                "restrictions": ["min_duration": 10_800],
            ],
        ],
        "last_updated": "2026-01-01T00:00:00Z",
    ]
}
