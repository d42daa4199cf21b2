import Foundation
import JSON

/// One measured figure, printed as a JSON line: name, value, unit, and the peer's value if any.
struct Measurement {
    var name: String
    var value: Double
    var unit: String
    var peer: (name: String, value: Double)? = nil
    var extra: [(String, JSONValue)] = []

    func print() {
        var object = JSONObject()
        object["name"] = .string(name)
        object["value"] = .number(JSONNumber(text: Self.format(value)))
        object["unit"] = .string(unit)
        if let peer {
            object["peer"] = .string(peer.name)
            object["peer_value"] = .number(JSONNumber(text: Self.format(peer.value)))
            if peer.value > 0 { object["ratio"] = .number(JSONNumber(text: Self.format(value / peer.value))) }
        }
        for (key, value) in extra { object[key] = value }
        Swift.print(JSONWriter.compact.string(.object(object)))
    }

    static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3f", value) : "0"
    }
}

/// Wall time of `body` in seconds, measured with the monotonic clock.
func measureSeconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The whole number after `--name` in `arguments`; `fallback` when absent or not a number.
func integerOption(_ name: String, in arguments: [String], default fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return fallback }
    return Int(arguments[index + 1]) ?? fallback
}
