import Foundation

/// The OCPI 2.2.1 object tables as data: every object, its members, their types, cardinality,
/// maximum lengths and formats. The validator walks JSON against these; the Codable models carry
/// the same member names (a test keeps the two in step).
extension OCPISchema {
    /// Every object the validator knows, by name.
    public static let objects: [String: ObjectSchema] = Dictionary(
        uniqueKeysWithValues: objectList.map { ($0.name, $0) }
    )

    static let objectList: [ObjectSchema] = [
        ObjectSchema(
            name: "Version",
            section: "§6.1.2",
            members: [
                MemberSchema("version", .vocabulary(VersionNumber.self), .required),
                MemberSchema("url", .url, .required, max: 255),
            ]
        ),
        ObjectSchema(
            name: "VersionDetails",
            section: "§6.2.1",
            members: [
                MemberSchema("version", .vocabulary(VersionNumber.self), .required),
                MemberSchema("endpoints", .object("Endpoint"), .nonEmptyList),
            ]
        ),
        ObjectSchema(
            name: "Endpoint",
            section: "§6.2.2",
            members: [
                MemberSchema("identifier", .vocabulary(ModuleID.self), .required),
                MemberSchema("role", .vocabulary(InterfaceRole.self), .required),
                MemberSchema("url", .url, .required, max: 255),
            ]
        ),
        ObjectSchema(
            name: "Credentials",
            section: "§7.2.1",
            members: [
                MemberSchema("token", .string, .required, max: 64, format: .credentialsToken),
                MemberSchema("url", .url, .required, max: 255),
                MemberSchema("roles", .object("CredentialsRole"), .nonEmptyList),
            ]
        ),
        ObjectSchema(
            name: "CredentialsRole",
            section: "§7.2.2",
            members: [
                MemberSchema("role", .vocabulary(Role.self), .required),
                MemberSchema("business_details", .object("BusinessDetails"), .required),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
            ]
        ),
        ObjectSchema(
            name: "BusinessDetails",
            section: "§8.4.2",
            members: [
                MemberSchema("name", .string, .required, max: 100),
                MemberSchema("website", .url, .optional, max: 255),
                MemberSchema("logo", .object("Image"), .optional),
            ]
        ),
        ObjectSchema(
            name: "Image",
            section: "§8.4.15",
            members: [
                MemberSchema("url", .url, .required, max: 255),
                MemberSchema("thumbnail", .url, .optional, max: 255),
                MemberSchema("category", .vocabulary(ImageCategory.self), .required),
                MemberSchema("type", .ciString, .required, max: 4),
                MemberSchema("width", .integer, .optional, minimum: 0, maximum: 99999),
                MemberSchema("height", .integer, .optional, minimum: 0, maximum: 99999),
            ]
        ),
        ObjectSchema(
            name: "DisplayText",
            section: "§16.3",
            members: [
                MemberSchema("language", .string, .required, max: 2, format: .language),
                MemberSchema("text", .string, .required, max: 512),
            ]
        ),
        ObjectSchema(
            name: "Location",
            section: "§8.3.1",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("id", .ciString, .required, max: 36),
                MemberSchema("publish", .boolean, .required),
                MemberSchema("publish_allowed_to", .object("PublishTokenType"), .list),
                MemberSchema("name", .string, .optional, max: 255),
                MemberSchema("address", .string, .required, max: 45, errataMax: 255),
                MemberSchema("city", .string, .required, max: 45),
                MemberSchema("postal_code", .string, .optional, max: 10),
                MemberSchema("state", .string, .optional, max: 20, errataMax: 45),
                MemberSchema("country", .string, .required, max: 3, format: .countryAlpha3),
                MemberSchema("coordinates", .object("GeoLocation"), .required),
                MemberSchema("related_locations", .object("AdditionalGeoLocation"), .list),
                MemberSchema("parking_type", .vocabulary(ParkingType.self), .optional),
                MemberSchema("evses", .object("EVSE"), .list),
                MemberSchema("directions", .object("DisplayText"), .list),
                MemberSchema("operator", .object("BusinessDetails"), .optional),
                MemberSchema("suboperator", .object("BusinessDetails"), .optional),
                MemberSchema("owner", .object("BusinessDetails"), .optional),
                MemberSchema("facilities", .vocabulary(Facility.self), .list),
                MemberSchema("time_zone", .string, .required, max: 255, format: .timeZone),
                MemberSchema("opening_times", .object("Hours"), .optional),
                MemberSchema("charging_when_closed", .boolean, .optional),
                MemberSchema("images", .object("Image"), .list),
                MemberSchema("energy_mix", .object("EnergyMix"), .optional),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "EVSE",
            section: "§8.3.2",
            members: [
                MemberSchema("uid", .ciString, .required, max: 36),
                MemberSchema("evse_id", .ciString, .optional, max: 48, format: .evseID),
                MemberSchema("status", .vocabulary(EVSEStatus.self), .required),
                MemberSchema("status_schedule", .object("StatusSchedule"), .list),
                MemberSchema("capabilities", .vocabulary(Capability.self), .list),
                MemberSchema("connectors", .object("Connector"), .nonEmptyList),
                MemberSchema("floor_level", .string, .optional, max: 4),
                MemberSchema("coordinates", .object("GeoLocation"), .optional),
                MemberSchema("physical_reference", .string, .optional, max: 16),
                MemberSchema("directions", .object("DisplayText"), .list),
                MemberSchema("parking_restrictions", .vocabulary(ParkingRestriction.self), .list),
                MemberSchema("images", .object("Image"), .list),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "Connector",
            section: "§8.3.3",
            members: [
                MemberSchema("id", .ciString, .required, max: 36),
                MemberSchema("standard", .vocabulary(ConnectorType.self), .required),
                MemberSchema("format", .vocabulary(ConnectorFormat.self), .required),
                MemberSchema("power_type", .vocabulary(PowerType.self), .required),
                MemberSchema("max_voltage", .integer, .required, minimum: 0),
                MemberSchema("max_amperage", .integer, .required, minimum: 0),
                MemberSchema("max_electric_power", .integer, .optional, minimum: 0),
                MemberSchema("tariff_ids", .ciString, .list, max: 36),
                MemberSchema("terms_and_conditions", .url, .optional, max: 255),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "GeoLocation",
            section: "§8.4.13",
            members: [
                MemberSchema("latitude", .string, .required, max: 10, format: .latitude),
                MemberSchema("longitude", .string, .required, max: 11, format: .longitude),
            ]
        ),
        ObjectSchema(
            name: "AdditionalGeoLocation",
            section: "§8.4.1",
            members: [
                MemberSchema("latitude", .string, .required, max: 10, format: .latitude),
                MemberSchema("longitude", .string, .required, max: 11, format: .longitude),
                MemberSchema("name", .object("DisplayText"), .optional),
            ]
        ),
        ObjectSchema(
            name: "Hours",
            section: "§8.4.14",
            members: [
                MemberSchema("twentyfourseven", .boolean, .required),
                MemberSchema("regular_hours", .object("RegularHours"), .list),
                MemberSchema("exceptional_openings", .object("ExceptionalPeriod"), .list),
                MemberSchema("exceptional_closings", .object("ExceptionalPeriod"), .list),
            ]
        ),
        ObjectSchema(
            name: "RegularHours",
            section: "§8.4.21",
            members: [
                MemberSchema("weekday", .integer, .required, minimum: 1, maximum: 7),
                MemberSchema("period_begin", .string, .required, max: 5, format: .timeOfDay),
                MemberSchema("period_end", .string, .required, max: 5, format: .timeOfDay),
            ]
        ),
        ObjectSchema(
            name: "ExceptionalPeriod",
            section: "§8.4.11",
            members: [
                MemberSchema("period_begin", .dateTime, .required),
                MemberSchema("period_end", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "StatusSchedule",
            section: "§8.4.23",
            members: [
                MemberSchema("period_begin", .dateTime, .required),
                MemberSchema("period_end", .dateTime, .optional),
                MemberSchema("status", .vocabulary(EVSEStatus.self), .required),
            ]
        ),
        ObjectSchema(
            name: "EnergyMix",
            section: "§8.4.6",
            members: [
                MemberSchema("is_green_energy", .boolean, .required),
                MemberSchema("energy_sources", .object("EnergySource"), .list),
                MemberSchema("environ_impact", .object("EnvironmentalImpact"), .list),
                MemberSchema("supplier_name", .string, .optional, max: 64),
                MemberSchema("energy_product_name", .string, .optional, max: 64),
            ]
        ),
        ObjectSchema(
            name: "EnergySource",
            section: "§8.4.7",
            members: [
                MemberSchema("source", .vocabulary(EnergySourceCategory.self), .required),
                MemberSchema("percentage", .number, .required, minimum: 0, maximum: 100),
            ]
        ),
        ObjectSchema(
            name: "EnvironmentalImpact",
            section: "§8.4.9",
            members: [
                MemberSchema("category", .vocabulary(EnvironmentalImpactCategory.self), .required),
                MemberSchema("amount", .number, .required, minimum: 0),
            ]
        ),
        ObjectSchema(
            name: "PublishTokenType",
            section: "§8.4.20",
            members: [
                MemberSchema("uid", .ciString, .optional, max: 36),
                MemberSchema("type", .vocabulary(TokenType.self), .optional),
                MemberSchema("visual_number", .string, .optional, max: 64),
                MemberSchema("issuer", .string, .optional, max: 64),
                MemberSchema("group_id", .ciString, .optional, max: 36),
            ]
        ),
        ObjectSchema(
            name: "Session",
            section: "§9.3.1",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("id", .ciString, .required, max: 36),
                MemberSchema("start_date_time", .dateTime, .required),
                MemberSchema("end_date_time", .dateTime, .optional),
                MemberSchema("kwh", .number, .required, minimum: 0),
                MemberSchema("cdr_token", .object("CdrToken"), .required),
                MemberSchema("auth_method", .vocabulary(AuthMethod.self), .required),
                MemberSchema("authorization_reference", .ciString, .optional, max: 36),
                MemberSchema("location_id", .ciString, .required, max: 36),
                MemberSchema("evse_uid", .ciString, .required, max: 36),
                MemberSchema("connector_id", .ciString, .required, max: 36),
                MemberSchema("meter_id", .string, .optional, max: 255),
                MemberSchema("currency", .string, .required, max: 3, format: .currency),
                MemberSchema("charging_periods", .object("ChargingPeriod"), .list),
                MemberSchema("total_cost", .object("Price"), .optional),
                MemberSchema("status", .vocabulary(SessionStatus.self), .required),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "ChargingPreferences",
            section: "§9.3.2",
            members: [
                MemberSchema("profile_type", .vocabulary(ProfileType.self), .required),
                MemberSchema("departure_time", .dateTime, .optional),
                MemberSchema("energy_need", .number, .optional, minimum: 0),
                MemberSchema("discharge_allowed", .boolean, .optional),
            ]
        ),
        ObjectSchema(
            name: "CdrToken",
            section: "§10.4.5",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("uid", .ciString, .required, max: 36),
                MemberSchema("type", .vocabulary(TokenType.self), .required),
                MemberSchema("contract_id", .ciString, .required, max: 36),
            ]
        ),
        ObjectSchema(
            name: "CDR",
            section: "§10.3.1",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("id", .ciString, .required, max: 39),
                MemberSchema("start_date_time", .dateTime, .required),
                MemberSchema("end_date_time", .dateTime, .required),
                MemberSchema("session_id", .ciString, .optional, max: 36),
                MemberSchema("cdr_token", .object("CdrToken"), .required),
                MemberSchema("auth_method", .vocabulary(AuthMethod.self), .required),
                MemberSchema("authorization_reference", .ciString, .optional, max: 36),
                MemberSchema("cdr_location", .object("CdrLocation"), .required),
                MemberSchema("meter_id", .string, .optional, max: 255),
                MemberSchema("currency", .string, .required, max: 3, format: .currency),
                MemberSchema("tariffs", .object("Tariff"), .list),
                MemberSchema("charging_periods", .object("ChargingPeriod"), .nonEmptyList),
                MemberSchema("signed_data", .object("SignedData"), .optional),
                MemberSchema("total_cost", .object("Price"), .required),
                MemberSchema("total_fixed_cost", .object("Price"), .optional),
                MemberSchema("total_energy", .number, .required),
                MemberSchema("total_energy_cost", .object("Price"), .optional),
                MemberSchema("total_time", .number, .required, minimum: 0),
                MemberSchema("total_time_cost", .object("Price"), .optional),
                MemberSchema("total_parking_time", .number, .optional, minimum: 0),
                MemberSchema("total_parking_cost", .object("Price"), .optional),
                MemberSchema("total_reservation_cost", .object("Price"), .optional),
                MemberSchema("remark", .string, .optional, max: 255),
                MemberSchema("invoice_reference_id", .ciString, .optional, max: 39),
                MemberSchema("credit", .boolean, .optional),
                MemberSchema("credit_reference_id", .ciString, .optional, max: 39),
                MemberSchema("home_charging_compensation", .boolean, .optional),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "CdrLocation",
            section: "§10.4.4",
            members: [
                MemberSchema("id", .ciString, .required, max: 36),
                MemberSchema("name", .string, .optional, max: 255),
                MemberSchema("address", .string, .required, max: 45, errataMax: 255),
                MemberSchema("city", .string, .required, max: 45),
                MemberSchema("postal_code", .string, .optional, max: 10),
                MemberSchema("state", .string, .optional, max: 20, errataMax: 45),
                MemberSchema("country", .string, .required, max: 3, format: .countryAlpha3),
                MemberSchema("coordinates", .object("GeoLocation"), .required),
                MemberSchema("evse_uid", .ciString, .required, max: 36),
                MemberSchema("evse_id", .ciString, .required, max: 48, format: .evseID),
                MemberSchema("connector_id", .ciString, .required, max: 36),
                MemberSchema("connector_standard", .vocabulary(ConnectorType.self), .required),
                MemberSchema("connector_format", .vocabulary(ConnectorFormat.self), .required),
                MemberSchema("connector_power_type", .vocabulary(PowerType.self), .required),
            ]
        ),
        ObjectSchema(
            name: "ChargingPeriod",
            section: "§10.4.6",
            members: [
                MemberSchema("start_date_time", .dateTime, .required),
                MemberSchema("dimensions", .object("CdrDimension"), .nonEmptyList),
                MemberSchema("tariff_id", .ciString, .optional, max: 36),
            ]
        ),
        ObjectSchema(
            name: "CdrDimension",
            section: "§10.4.2",
            members: [
                MemberSchema("type", .vocabulary(CdrDimensionType.self), .required),
                MemberSchema("volume", .number, .required),
            ]
        ),
        ObjectSchema(
            name: "SignedData",
            section: "§10.4.7",
            members: [
                MemberSchema("encoding_method", .ciString, .required, max: 36),
                MemberSchema("encoding_method_version", .integer, .optional),
                MemberSchema("public_key", .string, .optional, max: 512),
                MemberSchema("signed_values", .object("SignedValue"), .nonEmptyList),
                MemberSchema("url", .string, .optional, max: 512),
            ]
        ),
        ObjectSchema(
            name: "SignedValue",
            section: "§10.4.8",
            members: [
                MemberSchema("nature", .ciString, .required, max: 32),
                MemberSchema("plain_data", .string, .required, max: 512, errataMax: 5000),
                MemberSchema("signed_data", .string, .required, max: 5000),
            ]
        ),
        ObjectSchema(
            name: "Tariff",
            section: "§11.3.1",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("id", .ciString, .required, max: 36),
                MemberSchema("currency", .string, .required, max: 3, format: .currency),
                MemberSchema("type", .vocabulary(TariffType.self), .optional),
                MemberSchema("tariff_alt_text", .object("DisplayText"), .list),
                MemberSchema("tariff_alt_url", .url, .optional, max: 255),
                MemberSchema("min_price", .object("Price"), .optional),
                MemberSchema("max_price", .object("Price"), .optional),
                MemberSchema("elements", .object("TariffElement"), .nonEmptyList),
                MemberSchema("start_date_time", .dateTime, .optional),
                MemberSchema("end_date_time", .dateTime, .optional),
                MemberSchema("energy_mix", .object("EnergyMix"), .optional),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "TariffElement",
            section: "§11.4.4",
            members: [
                MemberSchema("price_components", .object("PriceComponent"), .nonEmptyList),
                MemberSchema("restrictions", .object("TariffRestrictions"), .optional),
            ]
        ),
        ObjectSchema(
            name: "PriceComponent",
            section: "§11.4.2",
            members: [
                MemberSchema("type", .vocabulary(TariffDimensionType.self), .required),
                MemberSchema("price", .number, .required, minimum: 0),
                MemberSchema("vat", .number, .optional, minimum: 0, maximum: 100),
                MemberSchema("step_size", .integer, .required, minimum: 0),
            ]
        ),
        ObjectSchema(
            name: "TariffRestrictions",
            section: "§11.4.6",
            members: [
                MemberSchema("start_time", .string, .optional, max: 5, format: .timeOfDay),
                MemberSchema("end_time", .string, .optional, max: 5, format: .timeOfDay),
                MemberSchema("start_date", .string, .optional, max: 10, format: .date),
                MemberSchema("end_date", .string, .optional, max: 10, format: .date),
                MemberSchema("min_kwh", .number, .optional, minimum: 0),
                MemberSchema("max_kwh", .number, .optional, minimum: 0),
                MemberSchema("min_current", .number, .optional, minimum: 0),
                MemberSchema("max_current", .number, .optional, minimum: 0),
                MemberSchema("min_power", .number, .optional, minimum: 0),
                MemberSchema("max_power", .number, .optional, minimum: 0),
                MemberSchema("min_duration", .integer, .optional, minimum: 0),
                MemberSchema("max_duration", .integer, .optional, minimum: 0),
                MemberSchema("day_of_week", .vocabulary(DayOfWeek.self), .list),
                MemberSchema("reservation", .vocabulary(ReservationRestrictionType.self), .optional),
            ]
        ),
        ObjectSchema(
            name: "Price",
            section: "§16.4",
            members: [
                MemberSchema("excl_vat", .number, .required),
                MemberSchema("incl_vat", .number, .optional),
            ]
        ),
        ObjectSchema(
            name: "Token",
            section: "§12.3.1",
            members: [
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("uid", .ciString, .required, max: 36),
                MemberSchema("type", .vocabulary(TokenType.self), .required),
                MemberSchema("contract_id", .ciString, .required, max: 36),
                MemberSchema("visual_number", .string, .optional, max: 64),
                MemberSchema("issuer", .string, .required, max: 64),
                MemberSchema("group_id", .ciString, .optional, max: 36),
                MemberSchema("valid", .boolean, .required),
                MemberSchema("whitelist", .vocabulary(WhitelistType.self), .required),
                MemberSchema("language", .string, .optional, max: 2, format: .language),
                MemberSchema("default_profile_type", .vocabulary(ProfileType.self), .optional),
                MemberSchema("energy_contract", .object("EnergyContract"), .optional),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "EnergyContract",
            section: "§12.4.3",
            members: [
                MemberSchema("supplier_name", .string, .required, max: 64),
                MemberSchema("contract_id", .string, .optional, max: 64),
            ]
        ),
        ObjectSchema(
            name: "LocationReferences",
            section: "§12.4.4",
            members: [
                MemberSchema("location_id", .ciString, .required, max: 36),
                MemberSchema("evse_uids", .ciString, .list, max: 36),
            ]
        ),
        ObjectSchema(
            name: "AuthorizationInfo",
            section: "§12.4.2",
            members: [
                MemberSchema("allowed", .vocabulary(AllowedType.self), .required),
                MemberSchema("token", .object("Token"), .required),
                MemberSchema("location", .object("LocationReferences"), .optional),
                MemberSchema("authorization_reference", .ciString, .optional, max: 36),
                MemberSchema("info", .object("DisplayText"), .optional),
            ]
        ),
        ObjectSchema(
            name: "StartSession",
            section: "§13.3.5",
            members: [
                MemberSchema("response_url", .url, .required, max: 255),
                MemberSchema("token", .object("Token"), .required),
                MemberSchema("location_id", .ciString, .required, max: 36),
                MemberSchema("evse_uid", .ciString, .optional, max: 36),
                MemberSchema("connector_id", .ciString, .optional, max: 36),
                MemberSchema("authorization_reference", .ciString, .optional, max: 36),
            ]
        ),
        ObjectSchema(
            name: "StopSession",
            section: "§13.3.6",
            members: [
                MemberSchema("response_url", .url, .required, max: 255),
                MemberSchema("session_id", .ciString, .required, max: 36),
            ]
        ),
        ObjectSchema(
            name: "ReserveNow",
            section: "§13.3.4",
            members: [
                MemberSchema("response_url", .url, .required, max: 255),
                MemberSchema("token", .object("Token"), .required),
                MemberSchema("expiry_date", .dateTime, .required),
                MemberSchema("reservation_id", .ciString, .required, max: 36),
                MemberSchema("location_id", .ciString, .required, max: 36),
                MemberSchema("evse_uid", .ciString, .optional, max: 36),
                MemberSchema("authorization_reference", .ciString, .optional, max: 36),
            ]
        ),
        ObjectSchema(
            name: "CancelReservation",
            section: "§13.3.1",
            members: [
                MemberSchema("response_url", .url, .required, max: 255),
                MemberSchema("reservation_id", .ciString, .required, max: 36),
            ]
        ),
        ObjectSchema(
            name: "UnlockConnector",
            section: "§13.3.7",
            members: [
                MemberSchema("response_url", .url, .required, max: 255),
                MemberSchema("location_id", .ciString, .required, max: 36),
                MemberSchema("evse_uid", .ciString, .required, max: 36),
                MemberSchema("connector_id", .ciString, .required, max: 36),
            ]
        ),
        ObjectSchema(
            name: "CommandResponse",
            section: "§13.3.2",
            members: [
                MemberSchema("result", .vocabulary(CommandResponseType.self), .required),
                MemberSchema("timeout", .integer, .required, minimum: 0),
                MemberSchema("message", .object("DisplayText"), .list),
            ]
        ),
        ObjectSchema(
            name: "CommandResult",
            section: "§13.3.3",
            members: [
                MemberSchema("result", .vocabulary(CommandResultType.self), .required),
                MemberSchema("message", .object("DisplayText"), .list),
            ]
        ),
        ObjectSchema(
            name: "ClientInfo",
            section: "§15.3.1",
            members: [
                MemberSchema("party_id", .ciString, .required, max: 3, format: .partyID),
                MemberSchema("country_code", .ciString, .required, max: 2, format: .countryAlpha2),
                MemberSchema("role", .vocabulary(Role.self), .required),
                MemberSchema("status", .vocabulary(ConnectionStatus.self), .required),
                MemberSchema("last_updated", .dateTime, .required),
            ]
        ),
        ObjectSchema(
            name: "ResponseEnvelope",
            section: "§4.1.7",
            members: [
                MemberSchema("data", .any, .optional),
                MemberSchema("status_code", .integer, .required, minimum: 1000, maximum: 4999),
                MemberSchema("status_message", .string, .optional),
                MemberSchema("timestamp", .dateTime, .required),
            ]
        ),
    ]
}
