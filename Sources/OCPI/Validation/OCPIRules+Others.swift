import Foundation
import JSON

extension OCPIRules {
    /// Tokens module (§12).
    static let tokens: [CrossFieldRule] = [
        // ocpi.md §7: OCPP 1.5/1.6 parentIdTag holds 20 characters.
        rule(
            .tokens,
            20,
            .info,
            "§12.3.1",
            "group_id fits OCPP 1.6's parentIdTag (at most 20 characters).",
            on: "Token"
        ) { token, report in
            guard let group = token.text("group_id"), group.count > 20 else { return }
            report.add(
                "group_id of \(group.count) characters does not fit an OCPP 1.6 parentIdTag",
                at: .key("group_id")
            )
        },
        rule(
            .tokens,
            21,
            .info,
            "§12.4.6",
            "APP_USER and AD_HOC_USER tokens use whitelist NEVER, as recommended.",
            on: "Token"
        ) { token, report in
            guard let type = token.text("type"), type == "APP_USER" || type == "AD_HOC_USER",
                let whitelist = token.text("whitelist"), whitelist != "NEVER"
            else { return }
            report.add("\(type) token with whitelist \(whitelist); NEVER is recommended", at: .key("whitelist"))
        },
    ]

    /// Credentials module (§7).
    static let credentials: [CrossFieldRule] = [
        rule(
            .credentials,
            20,
            .error,
            "§7.2.1",
            "Each (role, party_id, country_code) occurs once in roles.",
            on: "Credentials"
        ) { credentials, report in
            var seen: Set<String> = []
            for (index, role) in credentials.objects("roles") {
                let key = [
                    role.text("role"), role.text("party_id")?.uppercased(), role.text("country_code")?.uppercased(),
                ]
                .map { $0 ?? "" }.joined(separator: "/")
                if !seen.insert(key).inserted { report.add("role \(key) repeats", at: .key("roles"), .index(index)) }
            }
        },
        rule(.credentials, 21, .warning, "§7.2.1", "A Hub reports only its HUB role.", on: "Credentials") {
            credentials,
            report in
            let roles = credentials.objects("roles").compactMap { $0.object.text("role") }
            guard roles.contains("HUB"), roles.count > 1 else { return }
            report.add("HUB role listed together with other roles", at: .key("roles"))
        },
    ]

    /// Versions (§6).
    static let versions: [CrossFieldRule] = [
        // The spec's own version-details examples still say 2.2 (ocpi.md §4): a warning.
        rule(.versions, 20, .warning, "§6.2.5", "No deprecated version (2.1, 2.2) is offered.", on: "VersionDetails") {
            deprecatedVersion($0, &$1)
        },
        rule(.versions, 21, .error, "§6.2.2", "Each (identifier, role) endpoint is listed once.", on: "VersionDetails")
        {
            details,
            report in
            var seen: Set<String> = []
            for (index, endpoint) in details.objects("endpoints") {
                let key = "\(endpoint.text("identifier") ?? "") \(endpoint.text("role") ?? "")"
                if !seen.insert(key).inserted {
                    report.add("endpoint \(key) is listed twice", at: .key("endpoints"), .index(index))
                }
            }
        },
        rule(.versions, 22, .warning, "§7", "Version details list the credentials endpoint.", on: "VersionDetails") {
            details,
            report in
            guard !details.objects("endpoints").contains(where: { $0.object.text("identifier") == "credentials" })
            else {
                return
            }
            report.add("no credentials endpoint", at: .key("endpoints"))
        },
        rule(.versions, 23, .warning, "§6.2.5", "No deprecated version (2.1, 2.2) is offered.", on: "Version") {
            deprecatedVersion($0, &$1)
        },
    ]

    static func deprecatedVersion(_ object: JSONObject, _ report: inout CrossFieldReport) {
        guard let version = object.text("version"), version == "2.1" || version == "2.2" else { return }
        report.add("version \(version) is deprecated", at: .key("version"))
    }

    /// Commands module (§13).
    static let commands: [CrossFieldRule] = [
        rule(
            .commands,
            20,
            .error,
            "§13.3.5",
            "StartSession gives evse_uid whenever it gives connector_id.",
            on: "StartSession"
        ) {
            command,
            report in
            guard command.text("connector_id") != nil, command.text("evse_uid") == nil else { return }
            report.add("connector_id without evse_uid", at: .key("connector_id"))
        },
        rule(
            .commands,
            21,
            .warning,
            "§4.1 (HTTPS)",
            "response_url uses HTTPS.",
            on: "StartSession"
        ) { httpsResponseURL($0, &$1) },
    ]

    static func httpsResponseURL(_ command: JSONObject, _ report: inout CrossFieldReport) {
        guard let url = command.text("response_url"), !url.lowercased().hasPrefix("https://") else { return }
        report.add("response_url is not HTTPS", at: .key("response_url"))
    }

    /// The response envelope (§4.1.7, §5).
    static let envelope: [CrossFieldRule] = [
        rule(
            .envelope,
            20,
            .warning,
            "§5",
            "status_code is one §5 defines (or in a custom x9xx range).",
            on: "ResponseEnvelope"
        ) { envelope, report in
            guard let code = envelope["status_code"]?.numberValue?.int, (1000...4999).contains(code),
                !OCPIStatusCode(rawValue: code).isDefined
            else { return }
            report.add("status_code \(code) is not defined by OCPI 2.2.1", at: .key("status_code"))
        },
        rule(
            .envelope,
            21,
            .warning,
            "§4.1.7",
            "A response that is not a success (status_code outside 1xxx) explains itself in status_message.",
            on: "ResponseEnvelope"
        ) { envelope, report in
            guard let code = envelope["status_code"]?.numberValue?.int, !(1000...1999).contains(code),
                envelope.text("status_message") == nil
            else { return }
            report.add("status_code \(code) without status_message", at: .key("status_code"))
        },
    ]
}
