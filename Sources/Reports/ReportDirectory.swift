import Foundation
import Harness

/// Writes a run's reports into a directory. Each file is written to a temporary name and renamed,
/// so a crash never leaves a half-written report.
public struct ReportDirectory: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Writes report.json, report.md, report.html, junit.xml, the settlement CSV files and dossiers/*.md.
    public func write(_ result: RunResult) throws {
        try FileManager.default.createDirectory(atPath: path + "/dossiers", withIntermediateDirectories: true)
        try atomicWrite("report.json", ReportJSON.render(result))
        try atomicWrite("report.md", ReportMarkdown.render(result))
        try atomicWrite("report.html", ReportHTML.render(result))
        try atomicWrite("junit.xml", ReportJUnit.render(result))
        for file in result.settlementFiles {
            try atomicWrite(Self.safeName(String(file.name.dropLast(4))) + ".csv", file.text)
        }
        for dossier in result.dossiers {
            try atomicWrite("dossiers/\(Self.safeName(dossier.sessionID)).md", ReportMarkdown.dossier(dossier))
        }
    }

    /// Writes `text` to `name` inside the directory through a temporary file and a rename.
    public func atomicWrite(_ name: String, _ text: String) throws {
        let final = URL(fileURLWithPath: path).appendingPathComponent(name)
        let temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        // rename(2) replaces the old file in one step: readers see the old report or the new one.
        guard rename(temporary.path, final.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
        }
    }

    /// A file name from an id: path separators and odd characters replaced.
    static func safeName(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
