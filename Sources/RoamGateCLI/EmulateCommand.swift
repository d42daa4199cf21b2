import Chargers
import Foundation
import JSON

/// `roamgate emulate`: run emulated chargers against a central system over the network.
public enum EmulateCommand: Command {
    public static let name = "emulate"
    public static let summary = "run emulated chargers against a central system"
    public static let usage = """
        usage: roamgate emulate --ocpp-url ws[s]://HOST:PORT/PATH [--version 1.6|2.0.1] [--profile P] [--count N]
                                [--sessions K] [--id-prefix S] [--id-tag TAG] [--password P] [--duration SECONDS]
                                [--charge-seconds S] [--json]
          N chargers (default 1) of profile P (a name in Scenarios/chargers or a .json file; default ac-11kw
          for 1.6, ac-22kw-201 for 2.0.1) connect to URL/<id>, boot and run K sessions each (default 1): plug
          in, present card TAG (Authorize), charge S seconds (default 3) with meter values, unplug. They
          answer the central system's commands meanwhile. --version makes the profile speak that version;
          --password sends HTTP Basic credentials (OCPP security profile 1; with wss://, profile 2 — the
          server certificate is checked against the system's trust store). The run ends after --duration
          seconds (default 120). Exit 0 when every charger booted and completed its sessions, else 1.
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        guard let url = try arguments.value("--ocpp-url") else { throw UsageError("--ocpp-url is required") }
        guard url.hasPrefix("ws://") || url.hasPrefix("wss://") else {
            throw UsageError("--ocpp-url must be a ws:// or wss:// URL")
        }
        let version = try arguments.value("--version")
        if let version, version != "1.6" && version != "2.0.1" {
            throw UsageError("--version must be 1.6 or 2.0.1, not \(version)")
        }
        let profileName = try arguments.value("--profile") ?? (version == "2.0.1" ? "ac-22kw-201" : "ac-11kw")
        let count = try arguments.integer("--count") ?? 1
        let sessions = try arguments.integer("--sessions") ?? 1
        let duration = try arguments.integer("--duration") ?? 120
        let chargeSeconds = try arguments.integer("--charge-seconds") ?? 3
        let idPrefix = try arguments.value("--id-prefix") ?? "RG-EMU-"
        let idTag = try arguments.value("--id-tag") ?? "RGCARD0001"
        let password = try arguments.value("--password")
        let json = arguments.flag("--json")
        try arguments.finish()
        guard (1...10_000).contains(count) else { throw UsageError("--count must be 1…10000") }
        guard (0...1000).contains(sessions) else { throw UsageError("--sessions must be 0…1000") }
        guard (1...86_400).contains(duration) else { throw UsageError("--duration must be 1…86400 seconds") }
        guard (1...3600).contains(chargeSeconds) else { throw UsageError("--charge-seconds must be 1…3600") }
        guard !idPrefix.isEmpty, idPrefix.count <= 45, !idPrefix.contains(":"), !idPrefix.contains("/") else {
            throw UsageError("--id-prefix must be 1…45 characters without ':' or '/' (OCPP charger identity)")
        }
        guard !idTag.isEmpty, idTag.count <= 20 else { throw UsageError("--id-tag must be 1…20 characters") }

        var profile: ChargerProfile
        switch loadProfile(profileName) {
        case .success(let loaded): profile = loaded
        case .failure(.unknown(let message)): throw UsageError(message)
        case .failure(.unreadable(let message)):
            console.err(message)
            return .badInput
        }
        if let version, let speaking = profile.speaking(version) { profile = speaking }

        let plan = EmulationPlan(
            endpoint: url,
            profile: profile,
            count: count,
            sessions: sessions,
            idPrefix: idPrefix,
            idTag: idTag,
            password: password,
            chargeTime: .seconds(chargeSeconds),
            timeLimit: .seconds(duration)
        )
        let summaries = await Emulation.run(plan)
        let succeeded = summaries.allSatisfy(\.succeeded)
        if json {
            console.out(JSONWriter.canonicalCompact.string(report(summaries, plan: plan, succeeded: succeeded)))
        } else {
            for summary in summaries { console.out(line(summary)) }
            let completed = summaries.reduce(0) { $0 + $1.sessionsCompleted }
            console.out(
                "total: \(summaries.count) chargers, \(summaries.filter(\.bootAccepted).count) booted, "
                    + "\(completed)/\(sessions * summaries.count) sessions completed, "
                    + "\(summaries.reduce(0) { $0 + $1.energyWh }) Wh, "
                    + "\(summaries.reduce(0) { $0 + $1.callErrorsReceived }) CALLERRORs received, "
                    + "\(summaries.reduce(0) { $0 + $1.commandsAnswered }) commands answered"
                    + (succeeded ? "" : " — FAILED")
            )
        }
        return succeeded ? .success : .findings
    }

    private enum ProfileProblem: Error {
        case unknown(String)
        case unreadable(String)
    }

    /// A profile by name (Scenarios/chargers/NAME.json) or by path.
    private static func loadProfile(_ name: String) -> Result<ChargerProfile, ProfileProblem> {
        let path = name.hasSuffix(".json") || name.contains("/") ? name : "Scenarios/chargers/\(name).json"
        guard let data = FileManager.default.contents(atPath: path) else {
            let known =
                ((try? FileManager.default.contentsOfDirectory(atPath: "Scenarios/chargers")) ?? [])
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
            return .failure(
                .unknown(
                    "--profile \(name): no such profile (\(path))"
                        + (known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))")
                )
            )
        }
        do {
            return .success(try ChargerProfile.load([UInt8](data), fileName: path))
        } catch {
            return .failure(.unreadable(error.description))
        }
    }

    private static func line(_ summary: EmulatedChargerSummary) -> String {
        var text =
            "\(summary.id) ocpp\(summary.version): "
            + (summary.bootAccepted ? "booted" : "not booted")
            + ", \(summary.sessionsCompleted)/\(summary.sessionsPlanned) sessions completed"
            + " (\(summary.transactionsStarted) started, \(summary.transactionsStopped) stopped, \(summary.energyWh) Wh)"
            + ", \(summary.connections) connection\(summary.connections == 1 ? "" : "s")"
            + ", \(summary.callErrorsReceived) CALLERRORs received, \(summary.commandsAnswered) commands answered"
        if let error = summary.connectionError { text += " — \(error)" }
        return text
    }

    private static func report(_ summaries: [EmulatedChargerSummary], plan: EmulationPlan, succeeded: Bool) -> JSONValue
    {
        let chargers = summaries.map { summary -> JSONValue in
            var object: JSONObject = [
                "id": .string(summary.id),
                "version": .string(summary.version),
                "connections": .number(JSONNumber(summary.connections)),
                "boot_accepted": .bool(summary.bootAccepted),
                "sessions_planned": .number(JSONNumber(summary.sessionsPlanned)),
                "sessions_completed": .number(JSONNumber(summary.sessionsCompleted)),
                "transactions_started": .number(JSONNumber(summary.transactionsStarted)),
                "transactions_stopped": .number(JSONNumber(summary.transactionsStopped)),
                "energy_wh": .number(JSONNumber(summary.energyWh)),
                "callerrors_received": .number(JSONNumber(summary.callErrorsReceived)),
                "commands_answered": .number(JSONNumber(summary.commandsAnswered)),
            ]
            if let error = summary.connectionError { object["connection_error"] = .string(error) }
            return .object(object)
        }
        return [
            "ocpp_url": .string(plan.endpoint),
            "profile": .string(plan.profile.name),
            "succeeded": .bool(succeeded),
            "chargers": .array(chargers),
            "sessions_completed": .number(JSONNumber(summaries.reduce(0) { $0 + $1.sessionsCompleted })),
        ]
    }
}
