import Foundation

/// A source of the current time: the simulated clock in embedded runs, the wall clock in network runs.
public protocol TimeSource {
    /// The current instant.
    var now: Date { get }
}

/// The real wall clock, for drivers that run in real time.
public struct WallClock: TimeSource, Sendable {
    public init() {}

    public var now: Date { Date() }
}

/// A clock that only moves when told to: the time base of the discrete-event simulation.
public final class SimulatedClock: TimeSource {
    /// The current simulated instant.
    public private(set) var now: Date

    public init(start: Date) {
        self.now = start
    }

    /// Moves the clock forward by `duration`; negative durations are ignored (time never runs backwards).
    public func advance(by duration: Duration) {
        let seconds = duration.timeInterval
        if seconds > 0 { now = now.addingTimeInterval(seconds) }
    }

    /// Moves the clock to `instant` if it lies in the future; earlier instants are ignored.
    public func advance(to instant: Date) {
        if instant > now { now = instant }
    }
}

extension Duration {
    /// The duration in seconds as a `TimeInterval` (attosecond precision reduced to Double).
    public var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
