#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Where "now" comes from: the simulated clock in embedded runs, the wall clock against real systems.
public protocol TimeSource: Sendable {
    var now: Date { get }
}

/// The wall clock, for runs against external systems. Pure logic never uses it directly.
public struct WallClock: TimeSource {
    public init() {}
    public var now: Date { Date() }
}
