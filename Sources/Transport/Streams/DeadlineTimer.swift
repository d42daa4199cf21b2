import Synchronization

/// One re-armable deadline for a connection: when it passes, `onExpiry` runs (typically closing the
/// stream, which ends any pending read or write). Time comes from the injected clock, so tests can use
/// short durations or a clock of their own.
///
/// Arming is cheap: a connection re-arms its deadline on every request, so re-arming only records the
/// new deadline. One sleeping task per timer wakes at the earliest deadline it was asked for, and on
/// waking either fires, sleeps again until a later deadline, or ends when the timer was disarmed. A new
/// task replaces it only when a deadline earlier than its wake-up is armed.
final class DeadlineTimer: Sendable {
    private struct State {
        /// When the timer fires, as time elapsed on the clock since the timer was made; nil: disarmed.
        var deadline: Duration?
        var reason = ""
        var onExpiry: (@Sendable () -> Void)?
        /// The sleeping task, its identity and when it wakes.
        var sleeper: Task<Void, Never>?
        var sleeperID = 0
        var sleeperWake: Duration?
        var expired: String?
    }

    /// What a sleeper does on waking.
    private enum Wake {
        case end
        case sleep(until: Duration)
        case fire(@Sendable () -> Void)
    }

    private let clock: any Clock<Duration>
    /// Time elapsed on `clock` since the timer was made.
    private let elapsed: @Sendable () -> Duration
    private let state = Mutex(State())

    init(clock: any Clock<Duration>) {
        self.clock = clock
        self.elapsed = Self.stopwatch(on: clock)
    }

    /// What the last deadline that passed was for; nil while none has passed.
    var expiredReason: String? { state.withLock { $0.expired } }

    /// Replaces any pending deadline by one `duration` from now.
    func arm(_ duration: Duration, reason: String, onExpiry: @escaping @Sendable () -> Void) {
        let due = elapsed() + duration
        state.withLock { state in
            state.deadline = due
            state.reason = reason
            state.onExpiry = onExpiry
            if let wake = state.sleeperWake, wake <= due { return }
            state.sleeper?.cancel()
            state.sleeperID += 1
            state.sleeperWake = due
            let id = state.sleeperID
            let (clock, elapsed) = (self.clock, self.elapsed)
            // The task holds the timer weakly while it sleeps, so a finished connection frees its stream.
            state.sleeper = Task { [weak self] in
                var wake = due
                while true {
                    guard (try? await Self.sleep(on: clock, for: wake - elapsed())) != nil else { return }
                    guard let self else { return }
                    switch self.woke(id: id, now: elapsed()) {
                    case .end: return
                    case .sleep(let until): wake = until
                    case .fire(let onExpiry):
                        onExpiry()
                        return
                    }
                }
            }
        }
    }

    /// Cancels the pending deadline, if any. A sleeping task ends when it next wakes.
    func disarm() {
        state.withLock { state in
            state.deadline = nil
            state.onExpiry = nil
        }
    }

    /// What the sleeper `id` does on waking at `now`.
    private func woke(id: Int, now: Duration) -> Wake {
        state.withLock { state in
            guard state.sleeperID == id else { return .end }
            guard let deadline = state.deadline, let onExpiry = state.onExpiry else {
                state.sleeper = nil
                state.sleeperWake = nil
                return .end
            }
            if deadline > now {
                state.sleeperWake = deadline
                return .sleep(until: deadline)
            }
            state.deadline = nil
            state.onExpiry = nil
            state.expired = state.reason
            state.sleeper = nil
            state.sleeperWake = nil
            return .fire(onExpiry)
        }
    }

    private static func stopwatch<C: Clock>(on clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let origin = clock.now
        return { origin.duration(to: clock.now) }
    }

    private static func sleep<C: Clock>(on clock: C, for duration: Duration) async throws where C.Duration == Duration {
        try await clock.sleep(for: max(.zero, duration))
    }

    deinit {
        state.withLock { $0.sleeper?.cancel() }
    }
}
