public import JSON

extension OCPIValidator {
    /// The object an OCPI JSON object is, told from its members (within `module` when given).
    ///
    /// Distinctive members decide: `cdr_location` is a CDR, `elements` a Tariff, `kwh` a Session,
    /// `evses`/`time_zone` a Location, `connectors` an EVSE, `whitelist` a Token, `response_url`
    /// a command, and so on. Returns nil when nothing fits.
    public static func detect(_ value: JSONValue, module: OCPIModule? = nil) -> String? {
        guard let object = value.objectValue else { return nil }
        func has(_ keys: String...) -> Bool { keys.allSatisfy { object[$0] != nil } }
        var candidate: String?
        if has("status_code") && (has("timestamp") || has("data")) {
            candidate = "ResponseEnvelope"
        } else if has("response_url") {
            if has("expiry_date") || (has("reservation_id") && has("token")) {
                candidate = "ReserveNow"
            } else if has("token") {
                candidate = "StartSession"
            } else if has("session_id") {
                candidate = "StopSession"
            } else if has("reservation_id") {
                candidate = "CancelReservation"
            } else {
                candidate = "UnlockConnector"
            }
        } else if has("cdr_location") || has("total_energy") || has("total_time") {
            candidate = "CDR"
        } else if has("elements") || (has("currency") && has("tariff_alt_text")) {
            candidate = "Tariff"
        } else if has("kwh") || (has("cdr_token") && has("auth_method")) {
            candidate = "Session"
        } else if has("evses") || has("time_zone") || (has("address") && has("coordinates")) {
            candidate = "Location"
        } else if has("connectors") || (has("uid") && has("status") && !has("whitelist")) {
            candidate = "EVSE"
        } else if has("standard") || has("power_type") || (has("max_voltage") && has("max_amperage")) {
            candidate = "Connector"
        } else if has("allowed") {
            candidate = "AuthorizationInfo"
        } else if has("whitelist") || has("contract_id") || (has("uid") && has("issuer")) {
            candidate = "Token"
        } else if has("roles") || (has("token") && has("url")) {
            candidate = "Credentials"
        } else if has("endpoints") {
            candidate = "VersionDetails"
        } else if has("version") && has("url") {
            candidate = "Version"
        } else if has("result") {
            candidate = has("timeout") ? "CommandResponse" : "CommandResult"
        } else if has("profile_type") {
            candidate = "ChargingPreferences"
        } else if has("location_id") {
            candidate = "LocationReferences"
        } else if has("role") && has("status") && has("party_id") {
            candidate = "ClientInfo"
        } else if has("twentyfourseven") {
            candidate = "Hours"
        } else if has("language") && has("text") {
            candidate = "DisplayText"
        }
        guard let module else { return candidate }
        if let candidate, module.rootObjects.contains(candidate) { return candidate }
        // A forced module with a shape we could not place: check it as the module's main object.
        return module.rootObjects.first
    }
}
