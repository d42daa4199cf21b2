import Foundation
import JSON

/// `roamgate diff`: what changed between two runs of a launch (decision, checks, metrics per
/// charger profile, findings that appeared or went away).
public enum DiffCommand: Command {
    public static let name = "diff"
    public static let summary = "what changed between two runs"
    public static let usage = """
        usage: roamgate diff OLD/report.json NEW/report.json [--json]

        Compares two reports: the decision, every check whose status changed, metrics per charger profile,
        and findings (counted by rule, reason and owner) that appeared or went away.
        exit codes: 0 compared, 64 usage, 65 unreadable report (file:line:column)
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let json = arguments.flag("--json")
        let files = try arguments.positionals()
        guard files.count == 2 else { throw UsageError("expected two report.json files, got \(files.count)") }
        var reports: [JSONValue] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("\(file): cannot read")
                return .badInput
            }
            do {
                let value = try JSONParser(fileName: file).parse([UInt8](data)).value
                guard value["decision"]?.stringValue != nil, value["phases"]?.arrayValue != nil else {
                    console.err("\(file):1:1: not a RoamGate report.json (no decision or phases)")
                    return .badInput
                }
                reports.append(value)
            } catch {
                console.err(error.description)
                return .badInput
            }
        }
        let difference = ReportDifference(old: reports[0], new: reports[1])
        console.writeOut(json ? JSONWriter.canonical.string(difference.json) + "\n" : difference.text)
        return .success
    }
}

/// The comparison of two reports, as data.
struct ReportDifference {
    var oldDecision: String
    var newDecision: String
    var checkChanges: [(id: String, old: String, new: String)] = []
    var profileChanges: [(profile: String, metric: String, old: String, new: String)] = []
    var appeared: [(key: String, count: Int)] = []
    var disappeared: [(key: String, count: Int)] = []

    init(old: JSONValue, new: JSONValue) {
        oldDecision = old["decision"]?.stringValue ?? "?"
        newDecision = new["decision"]?.stringValue ?? "?"
        func statuses(_ report: JSONValue) -> [String: String] {
            var map: [String: String] = [:]
            for phase in report["phases"]?.arrayValue ?? [] {
                for check in phase["checks"]?.arrayValue ?? [] {
                    if let id = check["id"]?.stringValue { map[id] = check["status"]?.stringValue ?? "?" }
                }
            }
            return map
        }
        let before = statuses(old)
        let after = statuses(new)
        for id in Set(before.keys).union(after.keys).sorted() where before[id] != after[id] {
            checkChanges.append((id, before[id] ?? "absent", after[id] ?? "absent"))
        }
        let oldProfiles = old["metrics"]?["profiles"]?.objectValue ?? [:]
        let newProfiles = new["metrics"]?["profiles"]?.objectValue ?? [:]
        for profile in Set(oldProfiles.keys).union(newProfiles.keys).sorted() {
            for metric in ["sessions", "cdrs", "commands_sent", "command_success_rate", "replay_mismatches"] {
                let a = oldProfiles[profile]?[metric].map(Self.text) ?? "–"
                let b = newProfiles[profile]?[metric].map(Self.text) ?? "–"
                if a != b { profileChanges.append((profile, metric, a, b)) }
            }
        }
        func counts(_ report: JSONValue) -> [String: Int] {
            var map: [String: Int] = [:]
            for finding in report["findings"]?.arrayValue ?? [] where finding["severity"]?.stringValue != "info" {
                let key = [finding["rule"], finding["reason_code"], finding["owner"]].compactMap { $0?.stringValue }
                    .joined(separator: " ")
                map[key, default: 0] += 1
            }
            return map
        }
        let oldFindings = counts(old)
        let newFindings = counts(new)
        for key in newFindings.keys.sorted() where (oldFindings[key] ?? 0) < newFindings[key]! {
            appeared.append((key, newFindings[key]! - (oldFindings[key] ?? 0)))
        }
        for key in oldFindings.keys.sorted() where (newFindings[key] ?? 0) < oldFindings[key]! {
            disappeared.append((key, oldFindings[key]! - (newFindings[key] ?? 0)))
        }
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case .number(let number): number.text
        case .string(let string): string
        case .null: "–"
        default: JSONWriter.compact.string(value)
        }
    }

    var regressed: Bool {
        let order = ["expand": 0, "stay_narrow": 1, "pause": 2]
        return (order[newDecision] ?? 0) > (order[oldDecision] ?? 0) || !appeared.isEmpty
    }

    var text: String {
        var text =
            oldDecision == newDecision
            ? "decision: \(newDecision) (unchanged)\n" : "decision: \(oldDecision) → \(newDecision)\n"
        if checkChanges.isEmpty { text += "checks: no status changed\n" }
        for change in checkChanges { text += "check \(change.id): \(change.old) → \(change.new)\n" }
        for change in profileChanges { text += "\(change.profile) \(change.metric): \(change.old) → \(change.new)\n" }
        for item in appeared { text += "+ \(item.count) × \(item.key)\n" }
        for item in disappeared { text += "- \(item.count) × \(item.key)\n" }
        text += regressed ? "regressed: yes\n" : "regressed: no\n"
        return text
    }

    var json: JSONValue {
        [
            "decision": ["old": .string(oldDecision), "new": .string(newDecision)],
            "checks": .array(
                checkChanges.map { ["id": .string($0.id), "old": .string($0.old), "new": .string($0.new)] }
            ),
            "profiles": .array(
                profileChanges.map {
                    [
                        "profile": .string($0.profile), "metric": .string($0.metric), "old": .string($0.old),
                        "new": .string($0.new),
                    ]
                }
            ),
            "findings_appeared": .array(
                appeared.map { ["finding": .string($0.key), "count": .number(JSONNumber($0.count))] }
            ),
            "findings_gone": .array(
                disappeared.map { ["finding": .string($0.key), "count": .number(JSONNumber($0.count))] }
            ),
            "regressed": .bool(regressed),
        ]
    }
}
