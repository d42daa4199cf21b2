import Foundation

/// Runs `body`, which may block (it waits on the network or a child process), on a thread of its own
/// and returns its result. Blocking a Swift concurrency thread, or a thread of the global dispatch
/// queues that back it, could starve the very tasks `body` waits for.
public func onThreadOfItsOwn<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.name = "RoamGate blocking work"
        thread.start()
    }
}
