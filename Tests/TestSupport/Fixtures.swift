import Foundation

/// Locates and loads the shared test fixtures under `Tests/Fixtures`.
package enum Fixtures {
    /// `Tests/Fixtures`, found from this file's path.
    package static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The URL of `Tests/Fixtures/<relativePath>`.
    package static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// The bytes of `Tests/Fixtures/<relativePath>`; fails the calling test with a readable error.
    package static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relativePath)))
    }

    /// The text of `Tests/Fixtures/<relativePath>`.
    package static func text(_ relativePath: String) throws -> String {
        String(decoding: try bytes(relativePath), as: UTF8.self)
    }

    /// Relative paths of the files in `Tests/Fixtures/<folder>` ending in `.<ext>`, sorted.
    package static func files(in folder: String, ext: String) -> [String] {
        let base = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder + "/" + $0 }
    }
}
