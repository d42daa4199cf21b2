import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thread that waits for socket readiness (epoll on Linux, `poll()` elsewhere) and resumes the
/// async tasks suspended on it. Nothing busy-waits: tasks suspend on continuations until the kernel
/// reports their descriptor ready.
///
/// Each loop owns one thread for the life of the process; normally the process shares `shared`.
/// Descriptors are registered once (`register`), waited on by at most one reader and one writer at a
/// time, and deregistered before they are closed, which ends any wait with `.connectionClosed`.
public final class EventLoop: Sendable {
    /// The loop shared by every socket of the process unless another one is injected.
    public static let shared = EventLoop()

    typealias Waiter = CheckedContinuation<Result<Void, TransportError>, Never>

    struct Registration {
        var descriptor: Int32
        /// Set by the loop when readiness arrived while nobody waited (edge-triggered epoll).
        var readReady = false
        var writeReady = false
        var reader: Waiter?
        var writer: Waiter?
    }

    struct State {
        var registrations: [UInt64: Registration] = [:]
        var nextToken: UInt64 = 1
        var started = false
    }

    let state = Mutex(State())
    let poller: Poller

    /// Creates a loop; its thread starts with the first registration.
    public init() {
        poller = Poller()
    }

    /// Adds a non-blocking descriptor; the token names it in later calls.
    func register(_ descriptor: Int32) throws(TransportError) -> UInt64 {
        let token = state.withLock { state in
            let token = state.nextToken
            state.nextToken += 1
            state.registrations[token] = Registration(descriptor: descriptor)
            return token
        }
        startIfNeeded()
        do {
            try poller.add(descriptor, token: token)
        } catch {
            _ = state.withLock { $0.registrations.removeValue(forKey: token) }
            throw error
        }
        return token
    }

    /// Removes a descriptor (before it is closed); pending waits end with `.connectionClosed`.
    func deregister(_ token: UInt64) {
        let removed = state.withLock { $0.registrations.removeValue(forKey: token) }
        guard let removed else { return }
        poller.remove(removed.descriptor)
        removed.reader?.resume(returning: .failure(.connectionClosed))
        removed.writer?.resume(returning: .failure(.connectionClosed))
    }

    /// Suspends until the descriptor may be readable (or has hung up).
    func waitUntilReadable(_ token: UInt64) async throws(TransportError) {
        try await wait(token, forWriting: false)
    }

    /// Suspends until the descriptor may be writable (or has hung up).
    func waitUntilWritable(_ token: UInt64) async throws(TransportError) {
        try await wait(token, forWriting: true)
    }

    private func wait(_ token: UInt64, forWriting: Bool) async throws(TransportError) {
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: Waiter) in
                let outcome: Result<Void, TransportError>? = state.withLock { state in
                    guard var registration = state.registrations[token] else { return .failure(.connectionClosed) }
                    if Task.isCancelled { return .failure(.cancelled) }
                    if forWriting {
                        if registration.writeReady {
                            registration.writeReady = false
                            state.registrations[token] = registration
                            return .success(())
                        }
                        registration.writer = continuation
                    } else {
                        if registration.readReady {
                            registration.readReady = false
                            state.registrations[token] = registration
                            return .success(())
                        }
                        registration.reader = continuation
                    }
                    state.registrations[token] = registration
                    return nil
                }
                if let outcome {
                    continuation.resume(returning: outcome)
                } else {
                    poller.interestChanged()
                }
            }
        } onCancel: {
            let waiter: Waiter? = state.withLock { state in
                guard var registration = state.registrations[token] else { return nil }
                let waiter = forWriting ? registration.writer : registration.reader
                if forWriting { registration.writer = nil } else { registration.reader = nil }
                state.registrations[token] = registration
                return waiter
            }
            waiter?.resume(returning: .failure(.cancelled))
        }
        try result.get()
    }

    /// Called on the loop thread with what the poller saw for a token.
    func deliver(token: UInt64, readable: Bool, writable: Bool) {
        let waiters: (Waiter?, Waiter?) = state.withLock { state in
            guard var registration = state.registrations[token] else { return (nil, nil) }
            var reader: Waiter?
            var writer: Waiter?
            if readable {
                if let waiting = registration.reader {
                    reader = waiting
                    registration.reader = nil
                } else {
                    registration.readReady = true
                }
            }
            if writable {
                if let waiting = registration.writer {
                    writer = waiting
                    registration.writer = nil
                } else {
                    registration.writeReady = true
                }
            }
            state.registrations[token] = registration
            return (reader, writer)
        }
        waiters.0?.resume(returning: .success(()))
        waiters.1?.resume(returning: .success(()))
    }

    /// What the `poll()` fallback waits for: descriptors with a waiting reader or writer.
    func waitingInterest() -> [(token: UInt64, descriptor: Int32, read: Bool, write: Bool)] {
        state.withLock { state in
            state.registrations.compactMap { token, registration in
                let read = registration.reader != nil
                let write = registration.writer != nil
                guard read || write else { return nil }
                return (token, registration.descriptor, read, write)
            }
        }
    }

    private func startIfNeeded() {
        let shouldStart = state.withLock { state in
            defer { state.started = true }
            return !state.started
        }
        guard shouldStart else { return }
        ignoreBrokenPipeSignal()
        let thread = Thread { [self] in poller.run(delivering: self) }
        thread.name = "RoamGate event loop"
        thread.start()
    }

    /// Writing to a socket the peer closed must fail with EPIPE, not kill the process.
    private func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }
}
