import Foundation
import JSON
import Transport
import Wire

#if canImport(Glibc)
import Glibc
#endif

/// `http`: keep-alive GETs of a small JSON body measured with `wrk` against our `HTTPServer` and,
/// side by side, against Python's `http.server` (HTTP/1.1, threading); then WebSocket connections
/// held open on loopback, with the resident memory of the server and of the client process.
///
/// `roamgate-bench http [--duration SECONDS] [--connections N] [--websockets N] [--hold SECONDS]`
/// (defaults 5, 50, 10000, 35): the WebSocket clients each ping every 30 s while they are held. Needs `wrk` and `python3` on PATH for the first part.
enum HTTPBenchmark {
    static let body = Array(#"{"status_code":1000,"status_message":"Success","data":{"version":"2.2.1"}}"#.utf8)

    static let pythonServer = """
        import http.server, os, sys, threading
        BODY = sys.argv[1].encode()
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in separate writes
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print("port", server.server_address[1], flush=True)
        # Ends with its standard input, so it never outlives the benchmark (pyenv shims fork).
        threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
        server.serve_forever()
        """

    static func run(_ arguments: [String]) async -> Int32 {
        if let index = arguments.firstIndex(of: "--websocket-clients"), index + 2 < arguments.count,
            let port = Int(arguments[index + 1]), let count = Int(arguments[index + 2])
        {
            return await openWebSocketClients(port: port, count: count)
        }
        let duration = integerOption("duration", in: arguments, default: 5)
        let connections = integerOption("connections", in: arguments, default: 50)
        let webSockets = integerOption("websockets", in: arguments, default: 10_000)
        let hold = integerOption("hold", in: arguments, default: 35)

        let server = HTTPServer { _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
        }
        do {
            try server.start()
        } catch {
            FileHandle.standardError.write(Data("cannot start the server: \(error)\n".utf8))
            return 70
        }
        guard let port = server.port else { return 70 }
        let ours = wrk(port: port, duration: duration, connections: connections)
        let python = startPython()
        let theirs = python.map { wrk(port: $0.port, duration: duration, connections: connections) } ?? nil
        python?.stop()
        await server.shutdown()
        if let ours {
            Measurement(
                name: "http keep-alive GET, small JSON",
                value: ours,
                unit: "requests/s",
                peer: theirs.map { ("python http.server (HTTP/1.1, threading)", $0) },
                extra: [("connections", .number(JSONNumber(text: String(connections))))]
            ).print()
        } else {
            FileHandle.standardError.write(Data("wrk is not available: HTTP throughput skipped\n".utf8))
        }
        return await holdWebSockets(count: webSockets, holdSeconds: hold)
    }

    /// Requests per second as `wrk` reports them, or nil when wrk cannot run.
    static func wrk(port: Int, duration: Int, connections: Int) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["wrk", "-t2", "-c\(connections)", "-d\(duration)s", "http://127.0.0.1:\(port)/"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = text.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
        return line.flatMap { Double($0.dropFirst("Requests/sec:".count).trimmingCharacters(in: .whitespaces)) }
    }

    static func startPython() -> PythonServer? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", pythonServer, String(decoding: body, as: UTF8.self)]
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        // wrk resets its connections at the end, which Python reports at length.
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard
            let port = text.split(separator: " ").last.flatMap({
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
            })
        else {
            try? input.fileHandleForWriting.close()
            return nil
        }
        return PythonServer(process: process, input: input, port: port)
    }

    /// Python's server, running until its standard input is closed.
    struct PythonServer {
        var process: Process
        var input: Pipe
        var port: Int

        func stop() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// Holds `count` WebSocket connections to our server on loopback for `holdSeconds`, each client
    /// pinging every 30 s (first pings spread over the first 30 s). The clients run in a child
    /// process (this executable with `--websocket-clients PORT COUNT`), so each side needs one
    /// descriptor per connection; resident memory is reported for both processes.
    static func holdWebSockets(count: Int, holdSeconds: Int) async -> Int32 {
        raiseDescriptorLimit(to: count + 1_000)
        let server = HTTPServer(
            webSocketRoute: { _ in
                .accept(subprotocol: nil) { connection in
                    for await message in connection.messages { try? await connection.send(message) }
                }
            },
            handler: { _ in HTTPResponse(status: 426) }
        )
        guard (try? server.start()) != nil, let port = server.port else { return 70 }
        let before = residentBytes()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["http", "--websocket-clients", String(port), String(count)]
        let output = Pipe()
        let input = Pipe()
        child.standardOutput = output
        child.standardInput = input
        guard (try? child.run()) != nil else { return 70 }
        // The child prints "opened N RSS_BYTES SECONDS" once its connections are open and echoed.
        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        let fields = line.split(whereSeparator: \.isWhitespace)
        let held = fields.count == 4 ? Int(fields[1]) ?? 0 : 0
        let clientBytes = fields.count == 4 ? Int(fields[2]) ?? 0 : 0
        let seconds = fields.count == 4 ? Double(fields[3]) ?? 0 : 0
        if held > 0 { try? await Task.sleep(for: .seconds(holdSeconds)) }
        let after = residentBytes()
        try? input.fileHandleForWriting.close()
        // The child answers "pongs N" once its pings stopped.
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let pongs = rest.split(whereSeparator: \.isWhitespace).last.flatMap { Int($0) } ?? 0
        child.waitUntilExit()
        func megabytes(_ bytes: Int) -> JSONValue { .number(JSONNumber(text: Measurement.format(Double(bytes) / 1e6))) }
        Measurement(
            name: "websocket connections held on loopback",
            value: Double(held),
            unit: "connections",
            extra: [
                ("server_resident_mb_before", megabytes(before)),
                ("server_resident_mb_after", megabytes(after)),
                (
                    "server_kb_per_connection",
                    .number(
                        JSONNumber(
                            text: Measurement.format(
                                held > 0 ? Double(after - before) / 1e3 / Double(held) : 0
                            )
                        )
                    )
                ),
                ("client_process_resident_mb", megabytes(clientBytes)),
                ("seconds_to_open", .number(JSONNumber(text: Measurement.format(seconds)))),
                ("seconds_held", .number(JSONNumber(text: String(holdSeconds)))),
                ("pongs", .number(JSONNumber(text: String(pongs)))),
            ]
        ).print()
        await server.shutdown()
        return held == count ? 0 : 1
    }

    /// The child side of `holdWebSockets`: opens `count` connections (each checked with one echo),
    /// prints "opened N RSS_BYTES SECONDS", pings on each every 30 s until standard input ends, prints
    /// "pongs N", then closes them.
    static func openWebSocketClients(port: Int, count: Int) async -> Int32 {
        raiseDescriptorLimit(to: count + 1_000)
        var clients: [WebSocketConnection] = []
        clients.reserveCapacity(count)
        let start = ContinuousClock.now
        let batch = 250
        while clients.count < count {
            let size = min(batch, count - clients.count)
            let opened = await withTaskGroup(of: WebSocketConnection?.self) { group in
                for _ in 0..<size {
                    group.addTask {
                        guard let connection = try? await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/") else {
                            return nil
                        }
                        var messages = connection.messages.makeAsyncIterator()
                        guard (try? await connection.send(.text("hi"))) != nil, await messages.next() == .text("hi")
                        else { return nil }
                        return connection
                    }
                }
                var opened: [WebSocketConnection] = []
                for await connection in group { if let connection { opened.append(connection) } }
                return opened
            }
            clients += opened
            if opened.count < size { break }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        FileHandle.standardOutput.write(Data("opened \(clients.count) \(residentBytes()) \(seconds)\n".utf8))
        // Each pinger counts the pongs it got.
        let pingers = clients.enumerated().map { index, connection in
            Task {
                let interval = Duration.seconds(30)
                var pongs = 0
                try? await Task.sleep(for: interval * (Double(index) / Double(max(1, count))))
                while !Task.isCancelled {
                    guard (try? await connection.ping()) != nil else { break }
                    pongs += 1
                    try? await Task.sleep(for: interval)
                }
                return pongs
            }
        }
        _ = await Task.detached { FileHandle.standardInput.readDataToEndOfFile() }.value
        var pongs = 0
        for pinger in pingers {
            pinger.cancel()
            pongs += await pinger.value
        }
        FileHandle.standardOutput.write(Data("pongs \(pongs)\n".utf8))
        await withTaskGroup(of: Void.self) { group in
            for connection in clients { group.addTask { await connection.close() } }
        }
        return 0
    }

    /// VmRSS from /proc/self/status, in bytes (0 where there is no /proc).
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }

    static func raiseDescriptorLimit(to wanted: Int) {
        #if canImport(Glibc)
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        #endif
    }
}
