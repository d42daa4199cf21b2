// roamgate-wire-peer: the other end for Tests/Interop/http-interop.sh and websocket-interop.sh.
//
//   roamgate-wire-peer http-echo-server [--port N] [--max-body BYTES]
//       HTTP/1.1 on 127.0.0.1; prints "port N" once listening. Echoes each request: the body back
//       for requests with one, otherwise a small JSON object naming method and path.
//   roamgate-wire-peer ws-echo-server [--port N] [--subprotocol NAME]
//       WebSocket on 127.0.0.1; prints "port N". Echoes text and binary messages; the text
//       "close CODE REASON" makes it close with that code and reason.
//   roamgate-wire-peer ws-client URL
//       Runs a scripted exchange against a WebSocket echo server and prints one line per step
//       ("ok …" or "FAIL …"); exits 0 when every step passed.
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

let commands: [String: () async -> Int32] = [
    "http-echo-server": PeerCommands.httpEchoServer,
    "ws-echo-server": PeerCommands.webSocketEchoServer,
    "ws-client": PeerCommands.webSocketClient,
]

guard let name = arguments.first, let command = commands[name] else {
    let names = commands.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: roamgate-wire-peer <\(names)> [options]\n".utf8))
    exit(64)
}
exit(await command())
