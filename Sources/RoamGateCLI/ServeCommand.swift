import Chargers
import Dispatch
import Foundation
import Harness
import PartnerMock
import ReferenceCPO
import Transport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `roamgate serve`: serve the reference CPO or the partner mock for partners to test against.
public enum ServeCommand: Command {
    public static let name = "serve"
    public static let summary = "serve the reference CPO or the partner mock on 127.0.0.1"
    public static let usage = """
        usage: roamgate serve cpo|emsp [--port N] [--host H] [--public-url URL] [--token T] [--registration-token A]
                                       [--scenario FILE] [--defect NAME]… [--charger-password P] [--evidence FILE]
               roamgate serve cpo --list-defects
          cpo   the reference CPO: OCPI 2.2.1 CPO interfaces under /ocpi and an OCPP-J central system for
                1.6 and 2.0.1 under /ocpp/<charger id>, with the chargers of the scenario (default
                Scenarios/pilot.json); --defect switches a defect on, --charger-password asks every charger
                for HTTP Basic credentials (OCPP security profile 1)
          emsp  the partner mock: an OCPI 2.2.1 eMSP with the party and the tokens of the scenario; --evidence
                appends every exchange to FILE as JSON lines
          Binds 127.0.0.1 unless --host is given; --port 0 (the default) picks a free port; --public-url is
          the address partners reach it at (behind a tunnel). Every OCPI request needs a token, the versions
          endpoints included: --token T is a registered partner's credentials token, valid everywhere;
          --registration-token A lets a partner run the credentials handshake (token A is refused elsewhere).
          Tokens are accepted Base64-encoded (as OCPI 2.2.1 says) or plain. With neither option a token A is
          made up and printed. Prints the URLs on start; runs until SIGINT or SIGTERM, then lets requests in
          flight finish and exits 0.
          exit codes: 0 stopped, 64 usage, 65 bad scenario file, 70 cannot listen
        """

    /// What to serve, from the arguments.
    struct Plan {
        var role: String
        var host: String
        var port: Int
        var publicURL: String?
        var token: String?
        var registrationToken: String?
        var scenarioFile: String
        var defects: Set<CPODefect>
        var chargerPassword: String?
        var evidenceFile: String?
    }

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        if arguments.flag("--list-defects") {
            guard try arguments.positionals() == ["cpo"] else {
                throw UsageError("--list-defects goes with 'serve cpo'")
            }
            try arguments.finish()
            for defect in CPODefect.allCases { console.out("\(defect.rawValue)\t\(defect.symptom)") }
            return .success
        }
        let plan = try parse(&arguments)
        let started: StartedServer
        switch Result(catching: { () throws(StartError) in try start(plan) }) {
        case .success(let server): started = server
        case .failure(.badInput(let message)):
            console.err(message)
            return .badInput
        case .failure(.cannotListen(let message)):
            console.err("roamgate serve: \(message)")
            return .internalError
        }
        for line in started.banner { console.out(line) }
        let signal = await waitForTerminationSignal()
        console.err("roamgate serve: \(signal), shutting down")
        await started.shutdown()
        return .success
    }

    static func parse(_ arguments: inout ArgumentList) throws(UsageError) -> Plan {
        let host = try arguments.value("--host") ?? "127.0.0.1"
        let port = try arguments.integer("--port") ?? 0
        let publicURL = try arguments.value("--public-url")
        let token = try arguments.value("--token")
        let registrationToken = try arguments.value("--registration-token")
        let scenarioFile = try arguments.value("--scenario") ?? "Scenarios/pilot.json"
        let defectNames = try arguments.values("--defect")
        let chargerPassword = try arguments.value("--charger-password")
        let evidenceFile = try arguments.value("--evidence")
        let roles = try arguments.positionals()
        try arguments.finish()
        guard roles.count == 1, let role = roles.first, role == "cpo" || role == "emsp" else {
            throw UsageError("say what to serve: 'cpo' or 'emsp'")
        }
        guard (0...65_535).contains(port) else { throw UsageError("--port must be 0…65535") }
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw UsageError("--public-url must be an http:// or https:// URL")
        }
        for (name, value) in [("--token", token), ("--registration-token", registrationToken)] {
            if let value, value.isEmpty || value.count > 255 || value.contains(where: \.isWhitespace) {
                throw UsageError("\(name) must be 1…255 characters without spaces")
            }
        }
        var defects: Set<CPODefect> = []
        for name in defectNames {
            guard let defect = CPODefect(rawValue: name) else {
                throw UsageError(
                    "unknown defect '\(name)'; known: \(CPODefect.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            defects.insert(defect)
        }
        if role == "emsp" && (!defects.isEmpty || chargerPassword != nil) {
            throw UsageError("--defect and --charger-password are options of 'serve cpo'")
        }
        if role == "cpo" && evidenceFile != nil {
            throw UsageError("--evidence is an option of 'serve emsp'")
        }
        return Plan(
            role: role,
            host: host,
            port: port,
            publicURL: publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 },
            token: token,
            registrationToken: registrationToken ?? (token == nil ? CredentialsToken.make() : nil),
            scenarioFile: scenarioFile,
            defects: defects,
            chargerPassword: chargerPassword,
            evidenceFile: evidenceFile
        )
    }

    /// Why a server could not start.
    enum StartError: Error {
        case badInput(String)
        case cannotListen(String)
    }

    /// A running server: what to print, and how to stop it.
    struct StartedServer {
        var banner: [String]
        var port: Int
        var shutdown: @Sendable () async -> Void
    }

    static func start(_ plan: Plan) throws(StartError) -> StartedServer {
        plan.role == "cpo" ? try startCPO(plan) : try startPartner(plan)
    }

    private static func startCPO(_ plan: Plan) throws(StartError) -> StartedServer {
        let stack: ReferenceStack
        do {
            let scenario = try ScenarioLoader.load(path: plan.scenarioFile)
            let profiles = try ChargerProfile.loadAll(in: RunCommand.profileDirectory(for: plan.scenarioFile))
            stack = ReferenceStack(
                scenario: scenario,
                profiles: Dictionary(profiles.map { ($0.name, $0) }) { first, _ in first },
                defects: plan.defects,
                cpoBaseURL: "",
                emspBaseURL: "",
                registrationToken: plan.registrationToken,
                credentialsToken: plan.token
            )
        } catch {
            throw .badInput(String(describing: error))
        }
        let served: ServedCPO
        do {
            served = try ServedCPO(
                chargers: stack.masterData,
                options: ServedCPO.Options(host: plan.host, port: plan.port, chargerPassword: plan.chargerPassword),
                publicURL: plan.publicURL
            ) { baseURL in
                var configuration = stack.cpo
                configuration.baseURL = baseURL
                return configuration
            }
        } catch {
            throw .cannotListen("cannot listen on \(plan.host):\(plan.port): \(error)")
        }
        let port = served.port ?? plan.port
        let base = plan.publicURL ?? "http://\(plan.host):\(port)"
        let webSocketBase = base.replacingOccurrences(of: "http", with: "ws", options: .anchored)
        var banner = [
            "versions: \(base)/ocpi/versions",
            "ocpp: \(webSocketBase)/ocpp",
            "chargers: " + stack.fleet.map(\.chargerID).joined(separator: " "),
        ]
        banner += tokenLines(plan)
        if !plan.defects.isEmpty {
            banner.append("defects: " + plan.defects.map(\.rawValue).sorted().joined(separator: " "))
        }
        return StartedServer(banner: banner, port: port, shutdown: { await served.shutdown() })
    }

    private static func startPartner(_ plan: Plan) throws(StartError) -> StartedServer {
        let evidenceFile: EvidenceFile?
        do {
            evidenceFile = try plan.evidenceFile.map { try EvidenceFile(path: $0) }
        } catch {
            throw .badInput("cannot write the evidence log \(plan.evidenceFile ?? ""): \(error.localizedDescription)")
        }
        let sink = evidenceFile.map { file in { @Sendable (entry: EvidenceEntry) in file.append(entry) } }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: plan.scenarioFile)
        } catch {
            throw .badInput(String(describing: error))
        }
        let manifest = scenario.manifest
        let served: ServedPartner
        do {
            served = try ServedPartner(
                options: ServedPartner.Options(host: plan.host, port: plan.port),
                publicURL: plan.publicURL,
                evidence: sink
            ) { baseURL in
                PartnerConfiguration(
                    countryCode: manifest.partnerCountryCode,
                    partyID: manifest.partnerPartyID,
                    businessName: manifest.partnerName,
                    baseURL: baseURL,
                    credentialsToken: plan.token,
                    registrationToken: plan.registrationToken,
                    tokens: scenario.partnerTokens
                )
            }
        } catch {
            throw .cannotListen("cannot listen on \(plan.host):\(plan.port): \(error)")
        }
        let port = served.port ?? plan.port
        let base = plan.publicURL ?? "http://\(plan.host):\(port)"
        var banner = ["versions: \(base)/ocpi/versions"] + tokenLines(plan)
        if let path = plan.evidenceFile { banner.append("evidence: \(path)") }
        return StartedServer(
            banner: banner,
            port: port,
            shutdown: {
                await served.shutdown()
                evidenceFile?.close()
            }
        )
    }

    /// The tokens to tell the user: a generated token A in full (nobody else knows it), given ones not.
    private static func tokenLines(_ plan: Plan) -> [String] {
        var lines: [String] = []
        if plan.token != nil { lines.append("token: as given with --token (Base64 or plain)") }
        if let registration = plan.registrationToken {
            lines.append(
                plan.token == nil ? "registration token (A): \(registration)" : "registration token (A): as given"
            )
        }
        return lines
    }

    /// Suspends until SIGINT or SIGTERM arrives; returns its name.
    static func waitForTerminationSignal() async -> String {
        await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            let resumed = SignalLatch(continuation)
            for (number, name) in [(SIGINT, "interrupted"), (SIGTERM, "terminated")] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { resumed.fire(name) }
                source.resume()
                resumed.keep(source)
            }
        }
    }
}

/// Resumes a continuation once, from whichever signal comes first, and keeps the signal sources alive.
private final class SignalLatch: @unchecked Sendable {
    // @unchecked: every member is guarded by `lock`.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<String, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<String, Never>) {
        self.continuation = continuation
    }

    func keep(_ source: any DispatchSourceSignal) {
        lock.withLock { sources.append(source) }
    }

    func fire(_ name: String) {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: name)
    }
}
