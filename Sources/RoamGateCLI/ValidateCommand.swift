import Foundation
import JSON
import OCPI
import Tariffs

/// `roamgate validate`: check OCPI objects against the 2.2.1 rules (Sources/OCPI/Rules.md).
///
/// A file holds one object, a JSON array, an OCPI response envelope (the envelope and each object
/// of `data` are checked) or JSON lines. Tariffs, also those inside CDRs, are linted too.
/// Exit 0: no error finding (warnings allowed unless --strict); 1: error findings; 65: a file is
/// unreadable or not JSON (`file:line:column: message`); 64: usage.
public enum ValidateCommand: Command {
    public static let name = "validate"
    public static let summary = "check OCPI objects against the 2.2.1 rules"
    public static let usage = """
        usage: roamgate validate FILE… [--module MODULE] [--json] [--strict]

          FILE       one object, a JSON array, an OCPI response envelope, or JSON lines
          --module   locations|sessions|cdrs|tariffs|tokens|credentials|versions|commands|hubclientinfo
                     (default: told from each object's members)
          --json     findings as one JSON document
          --strict   warnings fail too (exit 1)
        """

    public static func run(_ arguments: inout ArgumentList, console: Console) async throws(UsageError) -> ExitCode {
        let moduleName = try arguments.value("--module")
        let json = arguments.flag("--json")
        let strict = arguments.flag("--strict")
        let files = try arguments.positionals()
        guard !files.isEmpty else { throw UsageError("expected at least one FILE") }
        var module: OCPIModule?
        if let moduleName {
            let choices = OCPIModule.allCases.filter { $0 != .envelope && $0 != .general }
            guard let chosen = choices.first(where: { $0.rawValue == moduleName }) else {
                let names = choices.map(\.rawValue).joined(separator: "|")
                throw UsageError("unknown module '\(moduleName)' (expected \(names))")
            }
            module = chosen
        }
        let fileValidator = OCPIFileValidator(
            validator: OCPIValidator(module: module, extraChecks: Self.lint),
            limits: JSONParser.Limits(maxBytes: 1 << 30)
        )
        var results: [FileResult] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("\(file): cannot read")
                return .badInput
            }
            do {
                let reports = try fileValidator.validate([UInt8](data), fileName: file)
                results.append(FileResult(file: file, reports: reports))
            } catch {
                console.err("\(error)")
                return .badInput
            }
        }
        let summary = Summary(results)
        if json {
            console.out(JSONWriter.canonical.string(Self.json(results, summary: summary)))
        } else {
            console.writeOut(Self.text(results, summary: summary))
        }
        return summary.errors > 0 || (strict && summary.warnings > 0) ? .findings : .success
    }

    /// One file's reports.
    struct FileResult {
        var file: String
        var reports: [OCPIObjectReport]
    }

    struct Summary {
        var files = 0
        var objects = 0
        var errors = 0
        var warnings = 0
        var infos = 0

        init(_ results: [FileResult]) {
            files = results.count
            for report in results.flatMap(\.reports) {
                objects += report.path.components.isEmpty && report.objectName == "ResponseEnvelope" ? 0 : 1
                for finding in report.findings {
                    switch finding.severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    case .info: infos += 1
                    }
                }
            }
        }

        var line: String {
            "\(files) file\(files == 1 ? "" : "s"), \(objects) object\(objects == 1 ? "" : "s"): "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
                + "\(infos) info"
        }
    }

    /// TariffLint on every tariff, and on the tariffs inside a CDR (whose location time zone is
    /// unknown: CdrLocation has none, issue #517).
    @Sendable static func lint(objectName: String, path: JSONPath, value: JSONValue) -> [OCPIFinding] {
        switch objectName {
        case "Tariff":
            return lint(value, at: path, hasTimeZone: true)
        case "CDR":
            return (value["tariffs"]?.arrayValue ?? []).enumerated().flatMap {
                lint($0.element, at: path / "tariffs" / $0.offset, hasTimeZone: false)
            }
        default:
            return []
        }
    }

    static func lint(_ value: JSONValue, at path: JSONPath, hasTimeZone: Bool) -> [OCPIFinding] {
        guard let tariff = try? Tariff(json: value) else { return [] }
        return TariffLint.lint(tariff, hasTimeZone: hasTimeZone).map { finding in
            OCPIFinding(
                ruleID: finding.code,
                severity: OCPISeverity(rawValue: finding.severity) ?? .warning,
                path: path,
                message: finding.message
            )
        }
    }

    static func text(_ results: [FileResult], summary: Summary) -> String {
        var output = ""
        for result in results {
            let flagged = result.reports.filter { !$0.findings.isEmpty }
            if flagged.isEmpty {
                output +=
                    "\(result.file): \(result.reports.count) object\(result.reports.count == 1 ? "" : "s"), no findings\n"
                continue
            }
            for report in flagged {
                let place = report.location.map { "\($0.file ?? result.file):\($0.line)" } ?? result.file
                let id = report.objectID.map { " \"\($0)\"" } ?? ""
                output += "\(place) \(report.path) \(report.objectName ?? "object")\(id)\n"
                for finding in report.findings.sorted(by: { $0.severity < $1.severity }) {
                    let location = finding.location.map { "\($0.line):\($0.column) " } ?? ""
                    output +=
                        "  \(location)\(finding.severity.rawValue) \(finding.ruleID) \(finding.path): \(finding.message)\n"
                }
            }
        }
        return output + summary.line + "\n"
    }

    static func json(_ results: [FileResult], summary: Summary) -> JSONValue {
        let files: [JSONValue] = results.map { result in
            let objects: [JSONValue] = result.reports.filter { !$0.findings.isEmpty }.map { report in
                var object: JSONObject = [
                    "path": .string(report.path.description),
                    "object": report.objectName.map { .string($0) } ?? .null,
                    "findings": .array(report.findings.map(\.json)),
                ]
                if let line = report.location?.line { object["line"] = .number(JSONNumber(line)) }
                return .object(object)
            }
            return [
                "file": .string(result.file), "objects": .number(JSONNumber(result.reports.count)),
                "flagged": .array(objects),
            ]
        }
        return [
            "files": .array(files),
            "summary": [
                "files": .number(JSONNumber(summary.files)), "objects": .number(JSONNumber(summary.objects)),
                "errors": .number(JSONNumber(summary.errors)), "warnings": .number(JSONNumber(summary.warnings)),
                "info": .number(JSONNumber(summary.infos)),
            ],
        ]
    }
}
