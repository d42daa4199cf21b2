/// What the CPO knows about a charger before it connects: where it is and what it has. Locations
/// are built from this, so EVSE ids stay stable (OCPI 2.2.1 §8.3.2: uid unique and unchanged).
public struct ChargerMasterData: Sendable, Hashable {
    public var chargerID: String
    public var locationID: String
    public var locationName: String
    public var address: String
    public var city: String
    public var postalCode: String
    public var latitude: String
    public var longitude: String
    public var evses: [EVSE]

    /// One EVSE and its connectors, numbered as the charger's OCPP 1.6 connector ids.
    public struct EVSE: Sendable, Hashable {
        public var connectors: [Connector]
        public init(connectors: [Connector]) { self.connectors = connectors }
    }

    public struct Connector: Sendable, Hashable {
        public var ocppConnectorID: Int
        public var standard: String
        public var format: String
        public var powerType: String
        public var maxVoltage: Int
        public var maxAmperage: Int
        public var maxPowerWatts: Int

        public init(
            ocppConnectorID: Int,
            standard: String,
            format: String,
            powerType: String,
            maxVoltage: Int,
            maxAmperage: Int,
            maxPowerWatts: Int
        ) {
            self.ocppConnectorID = ocppConnectorID
            self.standard = standard
            self.format = format
            self.powerType = powerType
            self.maxVoltage = maxVoltage
            self.maxAmperage = maxAmperage
            self.maxPowerWatts = maxPowerWatts
        }

        public var isDC: Bool { powerType == "DC" }
    }

    public init(
        chargerID: String,
        locationID: String,
        locationName: String,
        address: String,
        city: String,
        postalCode: String,
        latitude: String,
        longitude: String,
        evses: [EVSE]
    ) {
        self.chargerID = chargerID
        self.locationID = locationID
        self.locationName = locationName
        self.address = address
        self.city = city
        self.postalCode = postalCode
        self.latitude = latitude
        self.longitude = longitude
        self.evses = evses
    }

    /// The stable EVSE uid of EVSE `index` (0-based).
    public func evseUID(_ index: Int) -> String { "\(chargerID)-E\(index + 1)" }

    /// The EVSE index and connector for an OCPP connector id.
    public func connector(ocppID: Int) -> (evse: Int, connector: Connector)? {
        for (index, evse) in evses.enumerated() {
            if let connector = evse.connectors.first(where: { $0.ocppConnectorID == ocppID }) {
                return (index, connector)
            }
        }
        return nil
    }
}
