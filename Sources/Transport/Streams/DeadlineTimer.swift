import Synchronization

/// One re-armable deadline for a connection: when it passes, `onExpiry` runs (typically closing the
/// stream, which ends any pending read or write). Time comes from the injected clock, so tests can use
/// short durations or a clock of their own.
final class DeadlineTimer: Sendable {
    private struct State {
        var generation = 0
        var task: Task<Void, Never>?
        var expired: String?
    }

    private let clock: any Clock<Duration>
    private let state = Mutex(State())

    init(clock: any Clock<Duration>) {
        self.clock = clock
    }

    /// What the last deadline that passed was for; nil while none has passed.
    var expiredReason: String? { state.withLock { $0.expired } }

    /// Replaces any pending deadline by one `duration` from now.
    func arm(_ duration: Duration, reason: String, onExpiry: @escaping @Sendable () -> Void) {
        let clock = self.clock
        state.withLock { state in
            state.generation += 1
            let generation = state.generation
            state.task?.cancel()
            state.task = Task { [weak self] in
                guard (try? await Self.sleep(on: clock, for: duration)) != nil else { return }
                guard let self else { return }
                let current = self.state.withLock { state in
                    guard state.generation == generation else { return false }
                    state.expired = reason
                    state.task = nil
                    return true
                }
                if current { onExpiry() }
            }
        }
    }

    /// Cancels the pending deadline, if any.
    func disarm() {
        state.withLock { state in
            state.generation += 1
            state.task?.cancel()
            state.task = nil
        }
    }

    private static func sleep<C: Clock>(on clock: C, for duration: Duration) async throws where C.Duration == Duration {
        try await clock.sleep(for: duration)
    }

    deinit {
        state.withLock { $0.task?.cancel() }
    }
}
