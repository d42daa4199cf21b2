import Foundation
import Transport
import Wire

/// The subcommands of roamgate-tls-peer (see main.swift for their usage).
enum TLSPeerCommands {
    static func httpsGet() async -> Int32 {
        guard arguments.count > 1, let url = URL(string: arguments[1]) else {
            say("usage: roamgate-tls-peer https-get URL [--ca FILE]")
            return 64
        }
        do {
            let response = try await SocketHTTPClient(tlsTrust: trust)
                .send(HTTPRequest(method: .get, target: "/"), to: url, timeout: .seconds(10))
            say("status \(response.status)")
            say(String(decoding: response.body, as: UTF8.self))
            return 0
        } catch {
            say("error: \(error)")
            return 1
        }
    }

    static func webSocketEcho() async -> Int32 {
        guard arguments.count > 1 else {
            say("usage: roamgate-tls-peer wss-echo URL [--ca FILE]")
            return 64
        }
        let connection: WebSocketConnection
        do {
            connection = try await WebSocketClient.connect(url: arguments[1], tlsTrust: trust)
        } catch {
            say("FAIL connect: \(error)")
            return 1
        }
        var failures = 0
        var received = connection.messages.makeAsyncIterator()
        let steps: [(String, WebSocketMessage)] = [
            ("text", .text(#"[2,"19223201","BootNotification",{}]"#)),
            ("binary 100 KB", .binary((0..<100_000).map { UInt8(truncatingIfNeeded: $0) })),
        ]
        for (step, message) in steps {
            do {
                try await connection.send(message)
                if await received.next() == message {
                    say("ok \(step)")
                } else {
                    say("FAIL \(step): echo differs")
                    failures += 1
                }
            } catch {
                say("FAIL \(step): \(error)")
                failures += 1
            }
        }
        _ = await connection.close()
        return failures == 0 ? 0 : 1
    }

    static func httpsServer() async -> Int32 {
        guard let certificate = option("cert"), let key = option("key") else {
            say("usage: roamgate-tls-peer https-server --cert FILE --key FILE")
            return 64
        }
        let server = HTTPServer(
            webSocketRoute: { _ in
                .accept(subprotocol: nil) { connection in
                    for await message in connection.messages {
                        try? await connection.send(message)
                    }
                }
            },
            handler: { request in
                let body = request.body.isEmpty ? Array("path \(request.path)".utf8) : request.body
                return HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"], body: body)
            }
        )
        do {
            try server.start(tls: TLSServerIdentity(certificateChainFile: certificate, privateKeyFile: key))
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
