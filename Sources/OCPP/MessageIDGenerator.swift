/// Produces CALL message ids that never repeat for one sender (ocpp.md §1.2: unique across reconnects of the
/// same identity): a random UUID-shaped prefix chosen once, then a counter. Deterministic with a seeded generator.
public struct MessageIDGenerator: Sendable, Hashable {
    private let prefix: String
    private var counter: UInt64 = 0

    /// A generator whose prefix is drawn from `random` (pass a seeded generator for reproducible runs).
    public init(using random: inout some RandomNumberGenerator) {
        let bits = random.next()
        let hex = String(bits, radix: 16)
        prefix = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A generator with a fixed prefix (at most 16 characters are kept so ids stay within 36).
    public init(prefix: String) {
        self.prefix = String(prefix.prefix(16))
    }

    /// The next id: `<prefix>-<counter>`, at most 36 characters.
    public mutating func next() -> String {
        counter += 1
        return "\(prefix)-\(counter)"
    }
}
