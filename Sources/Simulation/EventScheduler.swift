import Foundation

/// The discrete-event loop of an embedded run (ARCHITECTURE.md): actions scheduled on a `SimulatedClock`,
/// executed in (time, scheduling order). Single-threaded by design and deliberately not `Sendable`.
public final class EventScheduler {
    /// How a bounded run ended.
    public enum RunOutcome: Equatable, Sendable {
        /// No events remain (or none before the requested instant).
        case idle(executed: Int)
        /// The event cap was hit with events still pending.
        case limitReached(executed: Int)
    }

    private struct Entry {
        let time: Date
        let sequence: UInt64
        let action: () -> Void

        func precedes(_ other: Entry) -> Bool {
            time != other.time ? time < other.time : sequence < other.sequence
        }
    }

    /// The clock the scheduler advances as it runs events.
    public let clock: SimulatedClock
    private var heap: [Entry] = []
    /// Sequences scheduled and neither run nor cancelled; cancelled heap entries are skipped when popped.
    private var pending: Set<UInt64> = []
    private var nextSequence: UInt64 = 0

    public init(clock: SimulatedClock) {
        self.clock = clock
    }

    /// The current simulated time.
    public var now: Date { clock.now }

    /// When the earliest pending event is due (it may have been cancelled); nil when none is.
    public var nextEventTime: Date? { heap.first?.time }

    /// The number of events scheduled and not yet run or cancelled.
    public var pendingCount: Int { pending.count }

    /// Schedules `action` at `time`; a time in the past runs at the current instant (after events already due).
    @discardableResult
    public func schedule(at time: Date, _ action: @escaping () -> Void) -> EventID {
        let sequence = nextSequence
        nextSequence += 1
        pending.insert(sequence)
        push(Entry(time: max(time, clock.now), sequence: sequence, action: action))
        return EventID(sequence: sequence)
    }

    /// Schedules `action` after `delay` from the current simulated time.
    @discardableResult
    public func schedule(after delay: Duration, _ action: @escaping () -> Void) -> EventID {
        schedule(at: clock.now.addingTimeInterval(max(0, delay.timeInterval)), action)
    }

    /// Cancels a pending event; returns false when it already ran, was cancelled, or is unknown.
    @discardableResult
    public func cancel(_ id: EventID) -> Bool {
        pending.remove(id.sequence) != nil
    }

    /// Runs every event due at or before `instant`, then sets the clock to `instant`. Later events stay pending.
    @discardableResult
    public func run(until instant: Date, maxEvents: Int = .max) -> RunOutcome {
        var executed = 0
        while let first = heap.first, first.time <= instant {
            if executed >= maxEvents { return .limitReached(executed: executed) }
            if runNext() { executed += 1 }
        }
        clock.advance(to: instant)
        return .idle(executed: executed)
    }

    /// Runs events until none remain or `maxEvents` have run (the hard cap against endless rescheduling).
    @discardableResult
    public func runUntilIdle(maxEvents: Int) -> RunOutcome {
        var executed = 0
        while !heap.isEmpty {
            if executed >= maxEvents, pendingCount > 0 { return .limitReached(executed: executed) }
            if runNext() { executed += 1 }
        }
        return .idle(executed: executed)
    }

    /// Pops the earliest entry; runs it unless cancelled. Returns whether an action ran.
    private func runNext() -> Bool {
        let entry = pop()
        guard pending.remove(entry.sequence) != nil else { return false }
        clock.advance(to: entry.time)
        entry.action()
        return true
    }

    // MARK: Binary min-heap on (time, sequence)

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
                if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
