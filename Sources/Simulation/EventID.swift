/// Identifies one scheduled event; used to cancel it.
public struct EventID: Hashable, Sendable, CustomStringConvertible {
    /// The scheduling sequence number (unique per scheduler, increasing).
    public let sequence: UInt64

    public init(sequence: UInt64) {
        self.sequence = sequence
    }

    public var description: String { "event#\(sequence)" }
}
