import Chargers
import Foundation
import Harness
import JSON
import PartnerMock
import Reports
import Synchronization

/// `roamgate run`: runs scenarios on the embedded stack and decides expand, stay narrow or pause.
public enum RunCommand: Command {
    public static let name = "run"
    public static let summary = "run scenarios and decide: expand, stay narrow or pause"
    public static let usage = """
        usage: roamgate run [SCENARIO…] [--seed N] [--report-dir DIR] [--defect NAME]… [--only P]… [--skip P]… [--strict]

          SCENARIO         scenario files (default: Scenarios/pilot.json)
          --seed N         overrides the scenario's seed (same scenario + seed ⇒ same report)
          --report-dir DIR writes the reports into DIR (default: Reports/<run-id>/)
          --defect NAME    switches a defect on in the embedded CPO (see 'roamgate serve cpo --list-defects')
          --only P         runs only checks whose id starts with P (or matches a * pattern); repeatable
          --skip P         skips checks whose id starts with P; repeatable
          --strict         SHOULD breaches count as major
          --target URL     runs against an external CPO (not available in this build: see README)

        exit codes: 0 expand, 1 stay narrow, 2 pause, 64 usage (also: no check selected), 65 bad scenario file, 70 internal
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let seedText = try arguments.value("--seed")
        let reportDirectory = try arguments.value("--report-dir")
        let defects = try arguments.values("--defect")
        let only = try arguments.values("--only")
        let skip = try arguments.values("--skip")
        let strict = arguments.flag("--strict")
        let target = try arguments.value("--target")
        _ = try arguments.value("--token")
        _ = try arguments.value("--ocpp-url")
        _ = arguments.flag("--mirror")
        var files = try arguments.positionals()
        if let target, target != "embedded" {
            throw UsageError(
                "--target \(target): runs against an external CPO are not available in this build yet; use the embedded default"
            )
        }
        var seed: UInt64?
        if let seedText {
            guard let value = UInt64(seedText) else {
                throw UsageError("--seed needs a whole number ≥ 0, got '\(seedText)'")
            }
            seed = value
        }
        if files.isEmpty { files = ["Scenarios/pilot.json"] }
        if CheckCatalog.select(only: only, skip: skip).isEmpty {
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
        let result: RunResult
        do {
            result = try RunPipeline.run(scenario, profiles: profiles, options: options)
        } catch {
            console.err("roamgate run: \(error.description)")
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
