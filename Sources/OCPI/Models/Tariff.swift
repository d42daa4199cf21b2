public import Foundation
public import JSON

/// A tariff (OCPI 2.2.1 §11.3.1), with the fields pricing needs.
public struct Tariff: OCPIObject, CursorCodable {
    public var countryCode: String
    public var partyID: String
    public var id: String
    public var currency: String
    public var type: String?
    public var elements: [TariffElement]
    public var minPrice: Price?
    public var maxPrice: Price?
    public var startDateTime: Date?
    public var endDateTime: Date?
    /// Human-readable tariff text; with `elements` it may only add information (§11.3.1).
    public var tariffAltText: [DisplayText]?
    public var tariffAltURL: String?
    public var energyMix: EnergyMix?
    public var lastUpdated: Date
    /// The object as received, for echoing it into CDRs unchanged.
    public var json: JSONValue

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        countryCode = try cursor.string("country_code")
        partyID = try cursor.string("party_id")
        id = try cursor.string("id")
        currency = try cursor.string("currency")
        type = try cursor.optionalString("type")
        elements = try cursor.elements("elements").map { cursor throws(JSONDecodingError) in try TariffElement(cursor) }
        minPrice = try cursor.optional("min_price").map { cursor throws(JSONDecodingError) in try Price(cursor) }
        maxPrice = try cursor.optional("max_price").map { cursor throws(JSONDecodingError) in try Price(cursor) }
        startDateTime = try cursor.optional("start_date_time").map(Self.dateTime)
        endDateTime = try cursor.optional("end_date_time").map(Self.dateTime)
        tariffAltText = try cursor.optional("tariff_alt_text").map { cursor throws(JSONDecodingError) in
            try cursor.elements().map { cursor throws(JSONDecodingError) in try cursor.decodeModel(DisplayText.self) }
        }
        tariffAltURL = try cursor.optionalString("tariff_alt_url")
        energyMix = try cursor.optional("energy_mix").map { cursor throws(JSONDecodingError) in
            try cursor.decodeModel(EnergyMix.self)
        }
        lastUpdated = try Self.dateTime(try cursor.member("last_updated"))
        json = cursor.value
    }

    public static let schemaName = "Tariff"
    public static let memberNames = [
        "country_code", "party_id", "id", "currency", "type", "tariff_alt_text", "tariff_alt_url", "min_price",
        "max_price", "elements", "start_date_time", "end_date_time", "energy_mix", "last_updated",
    ]

    /// Decodes a tariff from a JSON value (e.g. an element of a CDR's `tariffs`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        try self.init(JSONCursor(value: json))
    }

    static func dateTime(_ cursor: JSONCursor) throws(JSONDecodingError) -> Date {
        guard let date = OCPITimestamp.parse(try cursor.string()) else {
            throw cursor.error("expected an RFC 3339 date-time")
        }
        return date
    }
}

/// One element of a tariff: price components that apply while all restrictions hold (§11.4.4).
public struct TariffElement: OCPIObject, CursorCodable {
    public var priceComponents: [PriceComponent]
    public var restrictions: TariffRestrictions?

    public init(priceComponents: [PriceComponent], restrictions: TariffRestrictions? = nil) {
        self.priceComponents = priceComponents
        self.restrictions = restrictions
    }

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        priceComponents = try cursor.elements("price_components").map { cursor throws(JSONDecodingError) in
            try PriceComponent(cursor)
        }
        restrictions = try cursor.optional("restrictions").map { cursor throws(JSONDecodingError) in
            try TariffRestrictions(cursor)
        }
    }

    public static let schemaName = "TariffElement"
    public static let memberNames = ["price_components", "restrictions"]

    public var json: JSONValue {
        var object: JSONObject = ["price_components": .array(priceComponents.map(\.json))]
        if let restrictions { object["restrictions"] = restrictions.json }
        return .object(object)
    }
}

/// The price of one dimension (§11.4.2): FLAT, ENERGY (per kWh), TIME or PARKING_TIME (per hour).
public struct PriceComponent: OCPIObject, CursorCodable {
    public var type: String
    public var price: Decimal
    /// VAT in percent; nil means no VAT applies (§11.4.2, issue #409).
    public var vat: Decimal?
    /// Billing blocks: Wh for ENERGY, seconds for TIME and PARKING_TIME (§11.4.2 step_size).
    public var stepSize: Int
    /// `1 + vat/100`, computed once (nil without VAT).
    public let vatMultiplier: Decimal?

    public init(type: String, price: Decimal, vat: Decimal? = nil, stepSize: Int = 1) {
        self.type = type
        self.price = price
        self.vat = vat
        self.stepSize = stepSize
        self.vatMultiplier = vat.map { 1 + $0 / 100 }
    }

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        self.init(
            type: try cursor.string("type"),
            price: try cursor.decimal("price"),
            vat: try cursor.optionalDecimal("vat"),
            stepSize: try cursor.optionalInt("step_size", in: 0...Int.max) ?? 1
        )
    }

    public static let schemaName = "PriceComponent"
    public static let memberNames = ["type", "price", "vat", "step_size"]

    public var json: JSONValue {
        var object: JSONObject = ["type": .string(type), "price": .number(JSONNumber(price))]
        if let vat { object["vat"] = .number(JSONNumber(vat)) }
        object["step_size"] = .number(JSONNumber(stepSize))
        return .object(object)
    }
}

/// When an element applies (§11.4.6). Times and dates are local to the location.
public struct TariffRestrictions: OCPIObject, CursorCodable {
    public var startTime: String? { didSet { startMinute = startTime.flatMap(Self.minuteOfDay) } }
    public var endTime: String? { didSet { endMinute = endTime.flatMap(Self.minuteOfDay) } }
    /// `start_time` and `end_time` as minutes of the day, parsed once (nil when absent or malformed).
    public private(set) var startMinute: Int?
    public private(set) var endMinute: Int?
    public var startDate: String?
    public var endDate: String?
    public var minKWh: Decimal?
    public var maxKWh: Decimal?
    public var minCurrent: Decimal?
    public var maxCurrent: Decimal?
    public var minPower: Decimal?
    public var maxPower: Decimal?
    public var minDuration: Int?
    public var maxDuration: Int?
    public var dayOfWeek: [String]?
    public var reservation: String?

    public init() {}

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        startTime = try cursor.optionalString("start_time")
        endTime = try cursor.optionalString("end_time")
        startMinute = startTime.flatMap(Self.minuteOfDay)
        endMinute = endTime.flatMap(Self.minuteOfDay)
        startDate = try cursor.optionalString("start_date")
        endDate = try cursor.optionalString("end_date")
        minKWh = try cursor.optionalDecimal("min_kwh")
        maxKWh = try cursor.optionalDecimal("max_kwh")
        minCurrent = try cursor.optionalDecimal("min_current")
        maxCurrent = try cursor.optionalDecimal("max_current")
        minPower = try cursor.optionalDecimal("min_power")
        maxPower = try cursor.optionalDecimal("max_power")
        minDuration = try cursor.optionalInt("min_duration")
        maxDuration = try cursor.optionalInt("max_duration")
        dayOfWeek = try cursor.optional("day_of_week").map { cursor throws(JSONDecodingError) in
            try cursor.elements().map { cursor throws(JSONDecodingError) in try cursor.string() }
        }
        reservation = try cursor.optionalString("reservation")
    }

    public static let schemaName = "TariffRestrictions"
    public static let memberNames = [
        "start_time", "end_time", "start_date", "end_date", "min_kwh", "max_kwh", "min_current", "max_current",
        "min_power", "max_power", "min_duration", "max_duration", "day_of_week", "reservation",
    ]

    public var json: JSONValue {
        var object = JSONObject()
        func put(_ key: String, _ text: String?) { if let text { object[key] = .string(text) } }
        func put(_ key: String, _ number: Decimal?) { if let number { object[key] = .number(JSONNumber(number)) } }
        func put(_ key: String, _ number: Int?) { if let number { object[key] = .number(JSONNumber(number)) } }
        put("start_time", startTime)
        put("end_time", endTime)
        put("start_date", startDate)
        put("end_date", endDate)
        put("min_kwh", minKWh)
        put("max_kwh", maxKWh)
        put("min_current", minCurrent)
        put("max_current", maxCurrent)
        put("min_power", minPower)
        put("max_power", maxPower)
        put("min_duration", minDuration)
        put("max_duration", maxDuration)
        if let dayOfWeek { object["day_of_week"] = .array(dayOfWeek.map { .string($0) }) }
        put("reservation", reservation)
        return .object(object)
    }

    /// `HH:MM` as minutes of the day (§11.4.6 start_time/end_time), nil when malformed.
    public static func minuteOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    /// True when a restriction depends on local time (needs the location's time zone).
    public var usesLocalTime: Bool {
        startTime != nil || endTime != nil || startDate != nil || endDate != nil || dayOfWeek != nil
    }
}

/// A slice of a session with constant prices (OCPI 2.2.1 §10.4.6 ChargingPeriod).
public struct ChargingPeriod: OCPIObject, CursorCodable {
    public var startDateTime: Date
    /// Dimension volumes by type: ENERGY kWh, TIME/PARKING_TIME/RESERVATION_TIME hours, CURRENT A, POWER kW.
    public var dimensions: [(type: String, volume: Decimal)]
    public var tariffID: String?

    public init(startDateTime: Date, dimensions: [(type: String, volume: Decimal)], tariffID: String? = nil) {
        self.startDateTime = startDateTime
        self.dimensions = dimensions
        self.tariffID = tariffID
    }

    public init(_ cursor: JSONCursor) throws(JSONDecodingError) {
        startDateTime = try Tariff.dateTime(try cursor.member("start_date_time"))
        dimensions = try cursor.elements("dimensions").map { cursor throws(JSONDecodingError) in
            (type: try cursor.string("type"), volume: try cursor.decimal("volume"))
        }
        tariffID = try cursor.optionalString("tariff_id")
    }

    public static let schemaName = "ChargingPeriod"
    public static let memberNames = ["start_date_time", "dimensions", "tariff_id"]

    /// The volume of dimension `type`, if the period carries it.
    public func volume(_ type: String) -> Decimal? {
        dimensions.first { $0.type == type }?.volume
    }

    public var json: JSONValue {
        var object: JSONObject = [
            "start_date_time": .string(OCPITimestamp.format(startDateTime)),
            "dimensions": .array(
                dimensions.map { ["type": .string($0.type), "volume": .number(JSONNumber($0.volume))] }
            ),
        ]
        if let tariffID { object["tariff_id"] = .string(tariffID) }
        return .object(object)
    }

    public static func == (lhs: ChargingPeriod, rhs: ChargingPeriod) -> Bool {
        lhs.startDateTime == rhs.startDateTime && lhs.tariffID == rhs.tariffID
            && lhs.dimensions.count == rhs.dimensions.count
            && zip(lhs.dimensions, rhs.dimensions).allSatisfy { $0.type == $1.type && $0.volume == $1.volume }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(startDateTime)
        hasher.combine(tariffID)
    }
}
