import Foundation
import Synchronization

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

/// The other way round: waits on this thread for `work`, which runs on Swift concurrency, and returns
/// its result. Call it only from a thread that is not Swift concurrency's (a dispatch queue of one's
/// own, a thread from `onThreadOfItsOwn`): blocking one of those threads could starve `work` itself.
public func waitForAsyncWork<Result: Sendable>(_ work: @escaping @Sendable () async -> Result) -> Result {
    let result = Mutex<Result?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let value = await work()
        result.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return result.withLock { $0! }
}
