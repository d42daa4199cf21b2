#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Runs actions in simulated time: a discrete-event scheduler on a virtual clock.
///
/// Actions scheduled for the same instant run in the order they were scheduled, so a run is
/// deterministic. Nothing here reads the wall clock or sleeps; a simulated week takes as long as
/// its events take to compute. Single-threaded by design: it is not `Sendable`.
public final class EventScheduler {
    /// Identifies a scheduled action, for cancelling it.
    public struct EventID: Hashable, Sendable {
        fileprivate let sequence: UInt64
    }

    private struct Entry {
        var time: Date
        var sequence: UInt64
        var action: () -> Void

        func precedes(_ other: Entry) -> Bool {
            time < other.time || (time == other.time && sequence < other.sequence)
        }
    }

    /// The current simulated time.
    public private(set) var now: Date
    private var heap: [Entry] = []
    private var cancelled: Set<UInt64> = []
    private var nextSequence: UInt64 = 0
    /// How many actions have run.
    public private(set) var executedCount = 0

    public init(start: Date) {
        self.now = start
    }

    /// Schedules `action` at `time` (an instant in the past runs at the current time).
    @discardableResult
    public func schedule(at time: Date, _ action: @escaping () -> Void) -> EventID {
        let entry = Entry(time: max(time, now), sequence: nextSequence, action: action)
        nextSequence += 1
        push(entry)
        return EventID(sequence: entry.sequence)
    }

    /// Schedules `action` after `delay` of simulated time.
    @discardableResult
    public func schedule(after delay: Duration, _ action: @escaping () -> Void) -> EventID {
        schedule(at: now.addingTimeInterval(delay.timeInterval), action)
    }

    public func cancel(_ id: EventID) {
        cancelled.insert(id.sequence)
    }

    /// The number of actions waiting.
    public var pendingCount: Int { heap.count - cancelled.count }

    /// Runs every action due up to and including `end`, then sets the clock to `end`.
    public func run(until end: Date) {
        while let first = heap.first, first.time <= end {
            step()
        }
        if now < end { now = end }
    }

    /// Runs until nothing is left or `maxEvents` actions ran; returns false when the cap was hit.
    @discardableResult
    public func runUntilIdle(maxEvents: Int = 10_000_000) -> Bool {
        var count = 0
        while !heap.isEmpty {
            if count >= maxEvents { return false }
            step()
            count += 1
        }
        return true
    }

    private func step() {
        let entry = pop()
        if cancelled.remove(entry.sequence) != nil { return }
        now = entry.time
        executedCount += 1
        entry.action()
    }

    private func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func pop() -> Entry {
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count && heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count && heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}

@available(*, unavailable)
extension EventScheduler: Sendable {}

extension Duration {
    /// The duration in seconds, as Foundation's `TimeInterval`.
    public var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
