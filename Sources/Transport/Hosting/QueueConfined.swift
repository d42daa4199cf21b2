import Dispatch

/// A state machine that is not thread-safe (the reference CPO, the partner mock) confined to one
/// serial queue: every access runs there, one at a time, in arrival order. Async callers hop onto the
/// queue without blocking a Swift concurrency thread, so the queue may itself block briefly on work
/// that runs on those threads (an outbound HTTP call) without starving them.
public final class QueueConfined<State: AnyObject>: @unchecked Sendable {
    // @unchecked: `state` is only read or written inside blocks running on `queue`.
    private let state: State
    private let queue: DispatchQueue

    public init(_ state: State, label: String) {
        self.state = state
        self.queue = DispatchQueue(label: label)
    }

    /// Runs `body` with the state on the queue and returns its result.
    public func run<Result: Sendable>(_ body: @escaping @Sendable (State) -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body(self.state)) }
        }
    }

    /// Runs `body` on the queue after `delay` (wall clock), without waiting for it.
    public func schedule(after delay: Duration, _ body: @escaping @Sendable (State) -> Void) {
        let (seconds, attoseconds) = delay.components
        let nanoseconds = max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { body(self.state) }
    }

    /// Runs a closure made on the queue (a timer the state machine set) on the queue after `delay`.
    /// Call it only from the queue: the closure may capture the state, which must not leave it.
    public func scheduleFromQueue(after delay: Duration, _ body: @escaping () -> Void) {
        let confined = ConfinedClosure(body: body)
        schedule(after: delay) { _ in confined.body() }
    }
}

/// A closure that captures queue-confined state, carried to a later block on the same queue.
private struct ConfinedClosure: @unchecked Sendable {
    // @unchecked: made on the queue and only called there (`scheduleFromQueue`).
    let body: () -> Void
}
