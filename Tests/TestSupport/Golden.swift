import Foundation
import Testing

/// Compares text with a golden file under `<test folder>/__Snapshots__/<name>`. With
/// `ROAMGATE_RECORD=1` it writes the file instead and records an issue, so a re-record never
/// passes silently. Regenerate with `ROAMGATE_RECORD=1 swift test --filter <Suite>`.
package func expectGolden(
    _ actual: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        .appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ROAMGATE_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        Issue.record("recorded golden file \(name); run again without ROAMGATE_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no golden file \(url.path); record it with ROAMGATE_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
        zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let context = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end of text>" }
    Issue.record(
        "\(name) differs from its golden file at line \(first + 1):\n  golden: \(context(expectedLines))\n  actual: \(context(actualLines))",
        sourceLocation: sourceLocation
    )
}
