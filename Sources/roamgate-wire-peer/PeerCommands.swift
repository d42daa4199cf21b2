import Foundation
import Transport
import Wire

/// The subcommands of roamgate-wire-peer (see main.swift for their usage).
enum PeerCommands {
    static func httpEchoServer() async -> Int32 {
        var limits = HTTPParserLimits()
        if let maxBody = option("max-body").flatMap(Int.init) { limits.maxBodySize = maxBody }
        let server = HTTPServer(port: option("port").flatMap(Int.init) ?? 0, limits: limits) { request in
            if !request.body.isEmpty || request.method == .post || request.method == .put {
                return HTTPResponse(
                    status: 200,
                    headers: ["Content-Type": "application/octet-stream"],
                    body: request.body
                )
            }
            let json = #"{"method":"\#(request.method.rawValue)","path":"\#(request.path)"}"#
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(json.utf8))
        }
        return await runForever(server)
    }

    static func webSocketEchoServer() async -> Int32 {
        let supported = option("subprotocol")
        let limits = WebSocketLimits(maxFramePayload: 16 * 1024 * 1024, maxMessageSize: 16 * 1024 * 1024)
        let route: WebSocketRoute = { request in
            let chosen = request.offeredWebSocketSubprotocols.first { $0 == supported }
            return .accept(subprotocol: chosen, limits: limits) { connection in
                for await message in connection.messages {
                    if case .text(let text) = message, text.hasPrefix("close ") {
                        let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
                        let code = parts.count > 1 ? UInt16(parts[1]) ?? 1000 : 1000
                        await connection.close(code: WebSocketCloseCode(code), reason: parts.count > 2 ? parts[2] : "")
                        return
                    }
                    try? await connection.send(message)
                }
            }
        }
        let server = HTTPServer(port: option("port").flatMap(Int.init) ?? 0, webSocketRoute: route) { _ in
            HTTPResponse(status: 426, headers: ["Upgrade": "websocket"])
        }
        return await runForever(server)
    }

    /// Text, binary, a 1 MB message sent in fragments, a ping, then a close with 4000 "bye".
    static func webSocketClient() async -> Int32 {
        guard arguments.count > 1 else {
            say("usage: roamgate-wire-peer ws-client URL")
            return 64
        }
        let limits = WebSocketLimits(maxFramePayload: 16 * 1024 * 1024, maxMessageSize: 16 * 1024 * 1024)
        let connection: WebSocketConnection
        do {
            connection = try await WebSocketClient.connect(url: arguments[1], subprotocols: ["echo"], limits: limits)
        } catch {
            say("FAIL connect: \(error)")
            return 1
        }
        var failures = 0
        var received = connection.messages.makeAsyncIterator()
        let large = String(repeating: "0123456789abcdef", count: 65_536)
        let steps: [(String, WebSocketMessage, Int?)] = [
            ("text", .text("hello, RoamGate"), nil),
            ("binary", .binary((0...255).map(UInt8.init)), nil),
            ("fragmented 1 MB", .text(large), 64 * 1024),
        ]
        for (name, message, fragmentSize) in steps {
            do {
                try await connection.send(message, fragmentSize: fragmentSize)
                let echo = await received.next()
                if echo == message {
                    say("ok \(name)")
                } else {
                    say("FAIL \(name): echo differs")
                    failures += 1
                }
            } catch {
                say("FAIL \(name): \(error)")
                failures += 1
            }
        }
        do {
            try await connection.ping(Array("are you there".utf8))
            say("ok ping")
        } catch {
            say("FAIL ping: \(error)")
            failures += 1
        }
        let outcome = await connection.close(code: WebSocketCloseCode(4000), reason: "bye")
        if outcome.code.rawValue == 4000, outcome.wasClean {
            say("ok close 4000")
        } else {
            say("FAIL close: \(outcome)")
            failures += 1
        }
        return failures == 0 ? 0 : 1
    }

    private static func runForever(_ server: HTTPServer) async -> Int32 {
        do {
            try server.start()
        } catch {
            say("cannot listen: \(error)")
            return 1
        }
        say("port \(server.port ?? 0)")
        while true {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
