import Chargers
import Foundation
import Harness
import JSON
import PartnerMock
import Reports
import Synchronization
import Transport

/// `roamgate run`: runs scenarios on the embedded stack, or against a CPO under test over the network
/// (`--target`), and decides expand, stay narrow or pause.
public enum RunCommand: Command {
    public static let name = "run"
    public static let summary = "run scenarios and decide: expand, stay narrow or pause"
    public static let usage = """
        usage: roamgate run [SCENARIO…] [--seed N] [--report-dir DIR] [--defect NAME]… [--only P]… [--skip P]… [--strict]
               roamgate run SCENARIO --target VERSIONS-URL --token TOKEN-A --ocpp-url WS-URL [--listen HOST:PORT]
                            [--public-url URL] [--charger-password P] [--ca-file PEM] [--speed N] [options above]
               roamgate run SCENARIO --mirror --target EMSP-VERSIONS-URL --token TOKEN-A [--listen HOST:PORT]
                            [--public-url URL] [--ca-file PEM] [--command-wait S] [--only P]… [--skip P]… [--strict]

          SCENARIO         scenario files (default: Scenarios/pilot.json)
          --seed N         overrides the scenario's seed (same scenario + seed ⇒ same report)
          --report-dir DIR writes the reports into DIR (default: Reports/<run-id>/)
          --defect NAME    switches a defect on in the embedded CPO (see 'roamgate serve cpo --list-defects')
          --only P         runs only checks whose id starts with P (or matches a * pattern); repeatable
          --skip P         skips checks whose id starts with P; repeatable
          --strict         SHOULD breaches count as major

        against a CPO under test (the scenario's plan on the wall clock; RoamGate is its eMSP and its chargers):
          --target URL     the CPO's OCPI versions URL (http:// or https://)
          --token T        token A for the credentials handshake (OCPI 2.2.1 §7.4.1)
          --ocpp-url URL   the central system's OCPP-J endpoint (ws:// or wss://); charger ids are appended
          --listen H:P     where the partner mock listens for the CPO's pushes (default 127.0.0.1:0, any port)
          --public-url URL the partner mock's URL as the CPO must call it (behind a tunnel or proxy)
          --charger-password P  Basic-auth password of every charger (security profile 1, or 2 over wss://)
          --ca-file PEM    trust only these CAs for https:// and wss:// (default: the system's store)
          --speed N        plays the scenario N times faster than its own time (default 1)

        mirror mode, against an eMSP under test (RoamGate plays the CPO: what the reference CPO published in the
        embedded run of the scenario is pushed and read back; tokens pulled and authorized; commands answered):
          --mirror --target URL --token T  the eMSP's OCPI versions URL and its token A
          --listen, --public-url, --ca-file  as above, for RoamGate's CPO endpoints
          --command-wait S  waits S seconds for commands from the eMSP and answers them (default 0)
          (--ocpp-url is accepted and not used: RoamGate's chargers run in process in mirror mode)

        exit codes: 0 expand, 1 stay narrow, 2 pause, 64 usage (also: no check selected), 65 bad scenario file, 70 internal
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let seedText = try arguments.value("--seed")
        let reportDirectory = try arguments.value("--report-dir")
        let defects = try arguments.values("--defect")
        let only = try arguments.values("--only")
        let skip = try arguments.values("--skip")
        let strict = arguments.flag("--strict")
        let destination = try destination(&arguments)
        var files = try arguments.positionals()
        var seed: UInt64?
        if let seedText {
            guard let value = UInt64(seedText) else {
                throw UsageError("--seed needs a whole number ≥ 0, got '\(seedText)'")
            }
            seed = value
        }
        if files.isEmpty { files = ["Scenarios/pilot.json"] }
        let catalog: [CheckDefinition]
        if case .emsp = destination { catalog = CheckCatalog.mirror } else { catalog = CheckCatalog.all }
        if CheckCatalog.select(only: only, skip: skip, in: catalog).isEmpty {
            throw UsageError(
                "the selection (--only \(only.joined(separator: ",")) --skip \(skip.joined(separator: ","))) leaves no check to run"
            )
        }
        var worst = ExitCode.success
        for file in files {
            let code = await runOne(
                file,
                seed: seed,
                reportDirectory: files.count > 1
                    ? reportDirectory.map {
                        $0 + "/" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    } : reportDirectory,
                defects: defects,
                only: only,
                skip: skip,
                strict: strict,
                destination: destination,
                console: console
            )
            if code.rawValue > worst.rawValue { worst = code }
        }
        return worst
    }

    static func runOne(
        _ file: String,
        seed: UInt64?,
        reportDirectory: String?,
        defects: [String],
        only: [String],
        skip: [String],
        strict: Bool,
        destination: Destination,
        console: Console
    ) async -> ExitCode {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: file)
        } catch {
            console.err(error.description)
            return .badInput
        }
        let profiles: [ChargerProfile]
        do {
            profiles = try ChargerProfile.loadAll(in: profileDirectory(for: file))
        } catch {
            console.err(error.description)
            return .badInput
        }
        let started = Date()
        let runID = runIdentifier(scenario: scenario.name, seed: seed ?? scenario.seed, at: started)
        let directory = reportDirectory ?? "Reports/\(runID)"
        let evidence: EvidenceFile
        do {
            evidence = try EvidenceFile(path: directory + "/evidence.jsonl")
        } catch {
            console.err("roamgate run: cannot write reports into \(directory): \(error.localizedDescription)")
            return .internalError
        }
        let terminal = console.isTerminal
        let lastReported = Mutex(0)
        let options = RunOptions(
            seed: seed,
            defects: defects,
            only: only,
            skip: skip,
            strict: strict,
            runID: runID,
            wallClock: { Date() },
            evidenceSink: { entry in evidence.append(entry) },
            progress: { progress in
                if terminal {
                    // One line rewritten in place on a terminal.
                    console.writeError("\r\u{1B}[K\(scenario.name): \(progress.line)")
                    if progress.findings != nil { console.writeError("\n") }
                } else {
                    // Plain lines otherwise: one per simulated day and one after the checks.
                    let report = lastReported.withLock { last -> Bool in
                        let step = progress.findings == nil ? progress.day : progress.days + 1
                        guard step > last else { return false }
                        last = step
                        return true
                    }
                    if report { console.err("\(scenario.name): \(progress.line)") }
                }
            }
        )
        let outcome: Result<RunResult, RunError>
        switch destination {
        case .embedded:
            do throws(RunError) {
                outcome = .success(try RunPipeline.run(scenario, profiles: profiles, options: options))
            } catch {
                outcome = .failure(error)
            }
        case .cpo(let target):
            console.err(
                "\(scenario.name): against the CPO at \(target.versionsURL), chargers on \(target.ocppURL), speed ×\(target.speed)"
            )
            outcome = await onThreadOfItsOwn {
                do throws(RunError) {
                    return .success(
                        try RunPipeline.runExternal(scenario, profiles: profiles, target: target, options: options)
                    )
                } catch {
                    return .failure(error)
                }
            }
        case .emsp(let target):
            console.err("\(scenario.name): mirror mode, RoamGate as the CPO of the eMSP at \(target.versionsURL)")
            do throws(RunError) {
                outcome = .success(
                    try await RunPipeline.runMirror(scenario, profiles: profiles, target: target, options: options)
                )
            } catch {
                outcome = .failure(error)
            }
        }
        let result: RunResult
        switch outcome {
        case .success(let value): result = value
        case .failure(let error):
            console.err("roamgate run: \(error.description)")
            evidence.close()
            return .usage
        }
        evidence.close()
        do {
            try ReportDirectory(path: directory).write(result)
        } catch {
            console.err("roamgate run: writing reports into \(directory) failed: \(error.localizedDescription)")
            return .internalError
        }
        console.writeOut(TerminalSummary.render(result, reportDirectory: directory, color: console.usesColor))
        switch result.decision {
        case .expand: return .success
        case .stayNarrow: return .stayNarrow
        case .pause: return .pause
        }
    }

    /// Where a run goes: the embedded default, a CPO under test, or an eMSP under test (mirror mode).
    enum Destination {
        case embedded
        case cpo(ExternalTarget)
        case emsp(MirrorTarget)
    }

    /// `--target` and its companions; `.embedded` without `--target`.
    static func destination(_ arguments: inout ArgumentList) throws(UsageError) -> Destination {
        let mirror = arguments.flag("--mirror")
        let versionsURL = try arguments.value("--target")
        let token = try arguments.value("--token")
        let ocppURL = try arguments.value("--ocpp-url")
        let listen = try arguments.value("--listen")
        let publicURL = try arguments.value("--public-url")
        let password = try arguments.value("--charger-password")
        let caFile = try arguments.value("--ca-file")
        let speedText = try arguments.value("--speed")
        let waitText = try arguments.value("--command-wait")
        guard let versionsURL, versionsURL != "embedded" else {
            let stray = [
                ("--mirror", mirror ? "" : nil), ("--token", token), ("--ocpp-url", ocppURL), ("--listen", listen),
                ("--public-url", publicURL), ("--charger-password", password), ("--ca-file", caFile),
                ("--speed", speedText), ("--command-wait", waitText),
            ].filter { $0.1 != nil }.map(\.0)
            if let first = stray.first {
                throw UsageError("\(first) needs --target (a CPO or, with --mirror, an eMSP)")
            }
            return .embedded
        }
        let party = mirror ? "eMSP" : "CPO"
        guard let scheme = URL(string: versionsURL)?.scheme, ["http", "https"].contains(scheme.lowercased()) else {
            throw UsageError(
                "--target needs the \(party)'s OCPI versions URL (http:// or https://), got '\(versionsURL)'"
            )
        }
        guard let token, !token.isEmpty else { throw UsageError("--target needs --token (token A of the \(party))") }
        var listenAddress: (host: String, port: Int) = ("127.0.0.1", 0)
        if let listen {
            guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
                (0...65_535).contains(port), colon != listen.startIndex
            else { throw UsageError("--listen needs HOST:PORT (e.g. 127.0.0.1:9090), got '\(listen)'") }
            listenAddress = (String(listen[..<colon]), port)
        }
        var trust = TLSTrust.systemStore
        if let caFile {
            guard FileManager.default.isReadableFile(atPath: caFile) else {
                throw UsageError("--ca-file \(caFile): no such readable file")
            }
            trust = .certificateAuthorityFile(caFile)
        }
        if mirror {
            // --ocpp-url is accepted (the command-line contract allows it beside --mirror) and unused: the
            // chargers behind RoamGate's CPO run in process, in the embedded run whose objects are pushed.
            let cpoOnly = [("--charger-password", password), ("--speed", speedText)]
            if let option = cpoOnly.first(where: { $0.1 != nil })?.0 {
                throw UsageError("\(option) is for runs against a CPO; --mirror plays the CPO itself")
            }
            var target = MirrorTarget(
                versionsURL: versionsURL,
                tokenA: token,
                listenHost: listenAddress.host,
                listenPort: listenAddress.port,
                publicURL: publicURL,
                trust: trust
            )
            if let waitText {
                guard let seconds = Int(waitText), (0...3600).contains(seconds) else {
                    throw UsageError("--command-wait needs whole seconds from 0 to 3600, got '\(waitText)'")
                }
                target.commandWait = .seconds(seconds)
            }
            return .emsp(target)
        }
        if waitText != nil { throw UsageError("--command-wait is an option of --mirror") }
        guard let ocppURL, let ocppScheme = URL(string: ocppURL)?.scheme,
            ["ws", "wss"].contains(ocppScheme.lowercased())
        else {
            throw UsageError("--target needs --ocpp-url, the central system's ws:// or wss:// endpoint")
        }
        var target = ExternalTarget(
            versionsURL: versionsURL,
            tokenA: token,
            ocppURL: ocppURL,
            chargerPassword: password,
            listenHost: listenAddress.host,
            listenPort: listenAddress.port,
            publicURL: publicURL,
            trust: trust
        )
        if let speedText {
            guard let speed = Double(speedText), speed >= 1, speed <= 10_000 else {
                throw UsageError("--speed needs a number from 1 to 10000, got '\(speedText)'")
            }
            target.speed = speed
        }
        return .cpo(target)
    }

    /// Charger profiles live beside the scenario (`<dir>/chargers`), else in `Scenarios/chargers`.
    static func profileDirectory(for file: String) -> URL {
        let beside = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("chargers")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: beside.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return beside
        }
        return URL(fileURLWithPath: "Scenarios/chargers")
    }

    /// `20261123-064512-pilot-s1`: sortable, readable, unique per second.
    static func runIdentifier(scenario: String, seed: UInt64, at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String((value ?? 0) + 100).dropFirst().description }
        let name = String(scenario.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        return
            "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))-\(name)-s\(seed)"
    }
}

/// `evidence.jsonl`, appended entry by entry as the run goes (redacted), so a crash leaves a log
/// readable up to its last complete line.
final class EvidenceFile: Sendable {
    private let handle: Mutex<FileHandle?>

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = Mutex(try FileHandle(forWritingTo: url))
    }

    func append(_ entry: EvidenceEntry) {
        let line = JSONWriter.canonicalCompact.string(Redaction.redact(entry.json)) + "\n"
        handle.withLock { $0?.write(Data(line.utf8)) }
    }

    func close() {
        handle.withLock { handle in
            try? handle?.close()
            handle = nil
        }
    }
}
