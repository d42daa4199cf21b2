public import Foundation
import JSON
public import OCPP

/// A kind of charger in the launch's mix, as data (`Scenarios/chargers/<name>.json`): hardware,
/// OCPP version and the firmware behaviours that make real chargers differ.
public struct ChargerProfile: Sendable, Hashable {
    public var name: String
    public var description: String
    public var ocppVersion: OCPPVersion
    public var vendor: String
    public var model: String
    public var firmware: String
    public var evses: [EVSESpec]
    /// Maximum DC power by state of charge: `(soc %, kW)` points, linearly interpolated.
    public var chargingCurve: [(soc: Double, kilowatts: Double)]
    public var behaviour: FirmwareBehaviour

    /// One EVSE with its connectors (OCPI 2.2.1 §8.3.2).
    public struct EVSESpec: Sendable, Hashable {
        public var connectors: [ConnectorSpec]
    }

    /// One connector (OCPI 2.2.1 §8.3.3).
    public struct ConnectorSpec: Sendable, Hashable {
        public var standard: String
        public var format: String
        public var powerType: String
        public var maxPowerKW: Decimal
        public var maxVoltage: Int
        public var maxAmperage: Int

        public var isDC: Bool { powerType == "DC" }
    }

    /// How this firmware writes OCPP: the quirks a CPO backend must cope with.
    public struct FirmwareBehaviour: Sendable, Hashable {
        /// `Wh` or `kWh`: the unit of Energy.Active.Import.Register in MeterValues.
        public var energyUnit: String
        /// StopTransaction.req carries `transactionData` (OCPP 1.6 §6.49: optional).
        public var stopWithTransactionData: Bool
        /// The connector goes Finishing before Available after a session.
        public var finishingBeforeAvailable: Bool
        /// Timestamps in local time without a zone designator (a common firmware bug).
        public var localTimeTimestamps: Bool
        public var meterIntervalSeconds: Int
        public var heartbeatSeconds: Int
        /// A presented card is checked with Authorize before the transaction starts (OCPP 1.6 §4.1,
        /// 2.0.1 C01); without it the central system validates the card in the start message.
        public var authorizeBeforeStart: Bool
        /// How long the charger waits for the answer to a CALL (OCPP-J 1.6 §4.1.1: implementation-defined).
        public var responseTimeoutSeconds: Int
    }

    public static func == (lhs: ChargerProfile, rhs: ChargerProfile) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// All connectors, numbered as OCPP 1.6 numbers them: 1…n across EVSEs.
    public var connectorCount: Int { evses.reduce(0) { $0 + $1.connectors.count } }

    /// The EVSE index (0-based) and connector spec of OCPP connector `id` (1-based).
    public func connector(_ id: Int) -> (evse: Int, spec: ConnectorSpec)? {
        var number = 0
        for (evseIndex, evse) in evses.enumerated() {
            for connector in evse.connectors {
                number += 1
                if number == id { return (evseIndex, connector) }
            }
        }
        return nil
    }

    /// The first OCPP connector id of EVSE `index` (0-based).
    public func firstConnector(ofEVSE index: Int) -> Int {
        evses.prefix(index).reduce(0) { $0 + $1.connectors.count } + 1
    }

    /// The charging curve's power limit at `soc` percent, if the profile has a curve.
    public func curveLimit(atSoC soc: Double) -> Double? {
        guard let first = chargingCurve.first else { return nil }
        if soc <= first.soc { return first.kilowatts }
        for (a, b) in zip(chargingCurve, chargingCurve.dropFirst()) where soc <= b.soc {
            let fraction = (soc - a.soc) / max(b.soc - a.soc, 0.0001)
            return a.kilowatts + (b.kilowatts - a.kilowatts) * fraction
        }
        return chargingCurve.last?.kilowatts
    }
}

extension ChargerProfile {
    /// Reads a profile from JSON text; errors carry `file:line:column` and the JSON path.
    public static func load(_ bytes: [UInt8], fileName: String) throws(ChargerProfileError) -> ChargerProfile {
        do {
            let document = try JSONParser(recordsLocations: true, fileName: fileName).parse(bytes)
            return try decode(JSONCursor(document, fileName: fileName))
        } catch let error as JSONParseError {
            throw ChargerProfileError(message: error.description)
        } catch let error as JSONDecodingError {
            throw ChargerProfileError(message: error.description)
        } catch {
            throw ChargerProfileError(message: "\(fileName): \(error)")
        }
    }

    static func decode(_ root: JSONCursor) throws(JSONDecodingError) -> ChargerProfile {
        try root.rejectUnknownKeys([
            "name", "description", "ocpp_version", "vendor", "model", "firmware", "evses", "charging_curve",
            "behaviour",
        ])
        let versionCursor = try root.member("ocpp_version")
        guard let version = OCPPVersion(shortName: try versionCursor.string()) else {
            throw versionCursor.error("expected \"1.6\" or \"2.0.1\"")
        }
        var evses: [EVSESpec] = []
        for evse in try root.elements("evses") {
            var connectors: [ConnectorSpec] = []
            for connector in try evse.elements("connectors") {
                try connector.rejectUnknownKeys([
                    "standard", "format", "power_type", "max_power_kw", "max_voltage", "max_amperage",
                ])
                connectors.append(
                    ConnectorSpec(
                        standard: try connector.string("standard"),
                        format: try connector.string("format"),
                        powerType: try connector.string("power_type"),
                        maxPowerKW: try connector.decimal("max_power_kw"),
                        maxVoltage: try connector.int("max_voltage", in: 1...2000),
                        maxAmperage: try connector.int("max_amperage", in: 1...1000)
                    )
                )
            }
            if connectors.isEmpty { throw evse.error("an EVSE needs at least one connector") }
            evses.append(EVSESpec(connectors: connectors))
        }
        if evses.isEmpty { throw try root.member("evses").error("a charger needs at least one EVSE") }
        var curve: [(soc: Double, kilowatts: Double)] = []
        for point in try root.optionalElements("charging_curve") {
            let pair = try point.elements()
            guard pair.count == 2 else { throw point.error("expected [soc percent, kW]") }
            curve.append(
                (
                    soc: Double(try pair[0].int(in: 0...100)),
                    kilowatts: NSDecimalNumber(decimal: try pair[1].decimal()).doubleValue
                )
            )
        }
        let behaviour = try root.member("behaviour")
        try behaviour.rejectUnknownKeys([
            "energy_unit", "stop_with_transaction_data", "finishing_before_available", "local_time_timestamps",
            "meter_interval_seconds", "heartbeat_seconds", "authorize_before_start", "response_timeout_seconds",
        ])
        let unitCursor = try behaviour.member("energy_unit")
        let unit = try unitCursor.string()
        guard unit == "Wh" || unit == "kWh" else { throw unitCursor.error("expected \"Wh\" or \"kWh\"") }
        return ChargerProfile(
            name: try root.string("name"),
            description: try root.optionalString("description") ?? "",
            ocppVersion: version,
            vendor: try root.string("vendor"),
            model: try root.string("model"),
            firmware: try root.string("firmware"),
            evses: evses,
            chargingCurve: curve,
            behaviour: FirmwareBehaviour(
                energyUnit: unit,
                stopWithTransactionData: try behaviour.bool("stop_with_transaction_data"),
                finishingBeforeAvailable: try behaviour.bool("finishing_before_available"),
                localTimeTimestamps: try behaviour.bool("local_time_timestamps"),
                meterIntervalSeconds: try behaviour.int("meter_interval_seconds", in: 1...86_400),
                heartbeatSeconds: try behaviour.int("heartbeat_seconds", in: 1...86_400),
                authorizeBeforeStart: try behaviour.optionalBool("authorize_before_start") ?? false,
                responseTimeoutSeconds: try behaviour.optionalInt("response_timeout_seconds", in: 1...600) ?? 30
            )
        )
    }

    /// Loads every `*.json` profile in `directory`, sorted by name.
    public static func loadAll(in directory: URL) throws(ChargerProfileError) -> [ChargerProfile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
                .sorted()
        } catch {
            throw ChargerProfileError(message: "\(directory.path): cannot list charger profiles: \(error)")
        }
        var profiles: [ChargerProfile] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ChargerProfileError(message: "\(url.path): cannot read")
            }
            profiles.append(try load([UInt8](data), fileName: url.path))
        }
        return profiles
    }
}

/// A charger profile file could not be read; the message starts with `file:line:column`.
public struct ChargerProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
