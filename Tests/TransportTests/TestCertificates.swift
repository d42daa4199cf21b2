#if os(Linux)
import Foundation
import Testing

/// A throwaway PKI made with the `openssl` command at test time: a CA, a server certificate it signed
/// (for `localhost` and 127.0.0.1), and an unrelated second CA that must not be trusted.
struct TestCertificates {
    let directory: URL
    var caFile: String { directory.appendingPathComponent("ca.pem").path }
    var otherCAFile: String { directory.appendingPathComponent("other-ca.pem").path }
    var serverCertificateFile: String { directory.appendingPathComponent("server.pem").path }
    var serverKeyFile: String { directory.appendingPathComponent("server.key").path }

    /// Generates the files into a new temporary directory.
    static func make() throws -> TestCertificates {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("roamgate-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificates = TestCertificates(directory: directory)
        try certificates.generate()
        return certificates
    }

    /// Deletes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func generate() throws {
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for (name, subject) in [("ca", "/CN=RoamGate Test CA"), ("other-ca", "/CN=Unrelated Test CA")] {
            try openssl(
                ["req", "-x509"] + curve
                    + ["-keyout", "\(name).key", "-out", "\(name).pem", "-days", "2", "-subj", subject]
            )
        }
        try openssl(["req"] + curve + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"])
        try Data("subjectAltName=DNS:localhost,IP:127.0.0.1\n".utf8)
            .write(to: directory.appendingPathComponent("server.ext"))
        try openssl([
            "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
        ])
    }

    private func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl \(arguments.joined(separator: " ")) failed")
    }
}
#endif
