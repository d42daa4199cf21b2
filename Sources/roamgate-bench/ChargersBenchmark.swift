import Chargers
import Foundation
import Harness
import JSON
import ReferenceCPO
import Synchronization
import Transport

/// `chargers`: emulated chargers held on loopback WebSockets against the reference central system
/// (`ServedCPO`), booting and sending heartbeats every `--interval` seconds for `--hold` seconds, with
/// the resident memory of both sides; then the same load made by Python's `ocpp` package (asyncio
/// charge points, Benchmarks/peers/ocpp_charge_points.py) against the same central system.
///
/// `roamgate-bench chargers [--count N] [--hold SECONDS] [--interval SECONDS]` (defaults 1000, 40, 30).
/// The Python side needs a Python with `ocpp` and `websockets` as `python3` on PATH (the interop venv:
/// `source Tests/Interop/python-env.sh`); without it only RoamGate's figures are printed.
enum ChargersBenchmark {
    static func run(_ arguments: [String]) async -> Int32 {
        if let index = arguments.firstIndex(of: "--clients"), index + 4 < arguments.count,
            let count = Int(arguments[index + 2]), let hold = Int(arguments[index + 3]),
            let interval = Int(arguments[index + 4])
        {
            return await holdClients(url: arguments[index + 1], count: count, hold: hold, interval: interval)
        }
        let count = integerOption("count", in: arguments, default: 1000)
        let hold = integerOption("hold", in: arguments, default: 40)
        let interval = integerOption("interval", in: arguments, default: 30)
        HTTPBenchmark.raiseDescriptorLimit(to: 2 * count + 1_000)
        let served: ServedCPO
        do {
            var scenario = try ScenarioLoader.load(path: "Scenarios/pilot.json")
            // One group: the pilot's first (ac-11kw), grown to `count` chargers.
            scenario.chargers = Array(scenario.chargers.prefix(1))
            scenario.chargers[0].count = count
            let profiles = try ChargerProfile.loadAll(in: URL(fileURLWithPath: "Scenarios/chargers"))
            let stack = ReferenceStack(
                scenario: scenario,
                profiles: Dictionary(profiles.map { ($0.name, $0) }) { first, _ in first },
                defects: [],
                cpoBaseURL: "",
                emspBaseURL: "",
                registrationToken: "bench"
            )
            served = try ServedCPO(chargers: stack.masterData) { baseURL in
                var configuration = stack.cpo
                configuration.baseURL = baseURL
                return configuration
            }
        } catch {
            FileHandle.standardError.write(Data("roamgate-bench chargers: \(error)\n".utf8))
            return 70
        }
        guard let port = served.port else { return 70 }
        let url = "ws://127.0.0.1:\(port)/ocpp"
        let width = max(2, String(count).count)
        let ours = await measure(served) {
            runChild(
                [CommandLine.arguments[0], "chargers", "--clients", url, String(count), String(hold), String(interval)]
            )
        }
        let script = "Benchmarks/peers/ocpp_charge_points.py"
        let theirs = await measure(served) {
            runChild(
                [
                    "/usr/bin/env", "python3", script, url, String(count), String(hold), String(interval),
                    "RG-AC-11KW-", String(width),
                ]
            )
        }
        await served.shutdown()
        guard let ours else { return 1 }
        func figures(_ run: ClientRun) -> [(String, JSONValue)] {
            [
                ("connected", .number(JSONNumber(run.connected))),
                ("booted", .number(JSONNumber(run.booted))),
                ("frames_to_central_system", .number(JSONNumber(run.frames))),
                ("seconds_to_connect", .number(JSONNumber(text: Measurement.format(run.secondsToConnect)))),
                ("central_system_resident_mb", .number(JSONNumber(text: Measurement.format(run.serverMB)))),
            ]
        }
        Measurement(
            name: "chargers.client_resident_mb",
            value: ours.clientMB,
            unit: "MB",
            peer: theirs.map { ("python ocpp (asyncio charge points)", $0.clientMB) },
            extra: [("chargers", .number(JSONNumber(count))), ("hold_seconds", .number(JSONNumber(hold)))]
                + figures(ours) + (theirs.map { figures($0).map { ("peer_" + $0.0, $0.1) } } ?? [])
        ).print()
        if let theirs, ours.secondsToConnect > 0 {
            Measurement(
                name: "chargers.connect_rate",
                value: Double(ours.connected) / ours.secondsToConnect,
                unit: "chargers/s",
                peer: ("python ocpp", Double(theirs.connected) / max(theirs.secondsToConnect, 0.001))
            ).print()
        }
        return ours.connected == count && ours.booted == count ? 0 : 1
    }

    /// What one side's clients reported, and what the central system saw meanwhile.
    struct ClientRun {
        var connected = 0
        var booted = 0
        var secondsToConnect = 0.0
        var clientMB = 0.0
        var frames = 0
        var serverMB = 0.0
    }

    /// Runs a client process (on a thread of its own) and adds the central system's view: frames
    /// received, and its largest resident memory while the clients were connected.
    static func measure(_ served: ServedCPO, _ client: @escaping @Sendable () -> JSONValue?) async -> ClientRun? {
        let framesBefore = served.framesReceived
        let peak = Mutex(HTTPBenchmark.residentBytes())
        let sampler = Task {
            while !Task.isCancelled {
                let now = HTTPBenchmark.residentBytes()
                peak.withLock { $0 = max($0, now) }
                try? await Task.sleep(for: .milliseconds(500))
            }
        }
        let report = await onThreadOfItsOwn(client)
        sampler.cancel()
        guard let report else { return nil }
        var run = ClientRun()
        run.connected = report["connected"]?.numberValue?.int ?? 0
        run.booted = report["accepted"]?.numberValue?.int ?? 0
        run.secondsToConnect = Double(report["seconds_to_connect"]?.numberValue?.text ?? "") ?? 0
        run.clientMB = Double(report["resident_bytes"]?.numberValue?.int ?? 0) / 1e6
        run.frames = served.framesReceived - framesBefore
        run.serverMB = Double(peak.withLock { $0 }) / 1e6
        return run
    }

    /// Runs `command` and parses the last line it prints as JSON; nil when it cannot run.
    static func runChild(_ command: [String]) -> JSONValue? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let line = text.split(separator: "\n").last else { return nil }
        return try? JSONParser().parse(Array(line.utf8)).value
    }

    /// The child side: `count` NetworkChargers (ac-11kw, heartbeat every `interval` s) connect in
    /// batches, boot, and hold for `hold` s. Prints one JSON line like the Python peer's.
    static func holdClients(url: String, count: Int, hold: Int, interval: Int) async -> Int32 {
        HTTPBenchmark.raiseDescriptorLimit(to: count + 1_000)
        guard
            var profile = try? ChargerProfile.loadAll(in: URL(fileURLWithPath: "Scenarios/chargers"))
                .first(where: { $0.name == "ac-11kw" })
        else { return 65 }
        profile.behaviour.heartbeatSeconds = interval
        let width = max(2, String(count).count)
        let start = ContinuousClock.now
        var chargers: [NetworkCharger] = []
        for first in stride(from: 0, to: count, by: 250) {
            let batch = (first..<min(count, first + 250)).map { index in
                let number = String(index + 1)
                let id = "RG-AC-11KW-" + String(repeating: "0", count: width - number.count) + number
                return NetworkCharger(
                    emulator: ChargerEmulator(id: id, profile: profile),
                    configuration: .init(endpoint: url, handshakeTimeout: .seconds(60))
                )
            }
            await withTaskGroup(of: Void.self) { group in
                for charger in batch {
                    group.addTask {
                        await charger.start()
                        _ = await charger.wait(atMost: .seconds(60)) { $0.statistics.bootAccepted }
                    }
                }
            }
            chargers += batch
        }
        let connectSeconds = (ContinuousClock.now - start).seconds
        try? await Task.sleep(for: .seconds(hold))
        var connected = 0
        var booted = 0
        for charger in chargers {
            if await charger.isConnected { connected += 1 }
            if await charger.emulator.statistics.bootAccepted { booted += 1 }
        }
        let resident = HTTPBenchmark.residentBytes()
        for charger in chargers { await charger.stop() }
        var report = JSONObject()
        report["connected"] = .number(JSONNumber(connected))
        report["accepted"] = .number(JSONNumber(booted))
        report["seconds_to_connect"] = .number(JSONNumber(text: Measurement.format(connectSeconds)))
        report["resident_bytes"] = .number(JSONNumber(resident))
        print(JSONWriter.compact.string(.object(report)))
        return 0
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number (for printing rates).
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
