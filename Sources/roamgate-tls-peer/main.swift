// roamgate-tls-peer: the Swift end of Tests/Interop/external-tls-interop.sh, which checks RoamGate's
// TLS (the system's OpenSSL) against peers we did not write: openssl s_server, Python's ssl, curl.
//
//   roamgate-tls-peer https-get URL [--ca FILE]
//       One GET through SocketHTTPClient; prints "status N" and the body, or "error: …" (exit 1).
//   roamgate-tls-peer wss-echo URL [--ca FILE]
//       Connects through WebSocketClient, sends a text and a binary message and expects them back;
//       prints "ok …" or "FAIL …" per step (exit 0 when all passed).
//   roamgate-tls-peer https-server --cert FILE --key FILE
//       HTTPS and WSS on 127.0.0.1; prints "port N". Echoes request bodies and WebSocket messages.
import Foundation
import Transport

let arguments = Array(CommandLine.arguments.dropFirst())

/// The value after `--name`, if present.
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The CA to trust: `--ca FILE`, or the system store.
var trust: TLSTrust { option("ca").map(TLSTrust.certificateAuthorityFile) ?? .systemStore }

let commands: [String: () async -> Int32] = [
    "https-get": TLSPeerCommands.httpsGet,
    "wss-echo": TLSPeerCommands.webSocketEcho,
    "https-server": TLSPeerCommands.httpsServer,
]

guard let name = arguments.first, let command = commands[name] else {
    let names = commands.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: roamgate-tls-peer <\(names)> [options]\n".utf8))
    exit(64)
}
exit(await command())
