import Synchronization
import Testing

@testable import Transport

@Suite(.timeLimit(.minutes(1)))
struct DeadlineTimerTests {
    /// Counts expiries and remembers their order.
    final class Expiries: Sendable {
        private let fired = Mutex<[String]>([])
        var all: [String] { fired.withLock { $0 } }
        func record(_ name: String) { fired.withLock { $0.append(name) } }

        /// Waits (bounded) until `count` expiries arrived.
        func wait(for count: Int) async throws {
            for _ in 0..<500 where all.count < count {
                try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    @Test func firesOnceAfterItsDeadline() async throws {
        let timer = DeadlineTimer(clock: ContinuousClock())
        let expiries = Expiries()
        timer.arm(.milliseconds(30), reason: "idle") { expiries.record("idle") }
        try await expiries.wait(for: 1)
        try await Task.sleep(for: .milliseconds(60))
        #expect(expiries.all == ["idle"])
        #expect(timer.expiredReason == "idle")
    }

    @Test func disarmedTimerNeverFires() async throws {
        let timer = DeadlineTimer(clock: ContinuousClock())
        let expiries = Expiries()
        timer.arm(.milliseconds(20), reason: "idle") { expiries.record("idle") }
        timer.disarm()
        try await Task.sleep(for: .milliseconds(120))
        #expect(expiries.all.isEmpty)
        #expect(timer.expiredReason == nil)
    }

    @Test func rearmingLaterPostponesTheExpiry() async throws {
        let timer = DeadlineTimer(clock: ContinuousClock())
        let expiries = Expiries()
        timer.arm(.milliseconds(20), reason: "first") { expiries.record("first") }
        timer.arm(.seconds(1), reason: "second") { expiries.record("second") }
        try await Task.sleep(for: .milliseconds(60))
        #expect(expiries.all.isEmpty, "the sleeper woke at the first deadline and slept on")
        try await expiries.wait(for: 1)
        #expect(expiries.all == ["second"])
        #expect(timer.expiredReason == "second")
    }

    @Test func rearmingEarlierBringsTheExpiryForward() async throws {
        let timer = DeadlineTimer(clock: ContinuousClock())
        let expiries = Expiries()
        timer.arm(.seconds(30), reason: "idle") { expiries.record("idle") }
        timer.arm(.milliseconds(20), reason: "write") { expiries.record("write") }
        try await expiries.wait(for: 1)
        #expect(expiries.all == ["write"])
    }

    @Test func armingAfterAnExpiryArmsAgain() async throws {
        let timer = DeadlineTimer(clock: ContinuousClock())
        let expiries = Expiries()
        timer.arm(.milliseconds(10), reason: "one") { expiries.record("one") }
        try await expiries.wait(for: 1)
        timer.disarm()
        timer.arm(.milliseconds(10), reason: "two") { expiries.record("two") }
        try await expiries.wait(for: 2)
        #expect(expiries.all == ["one", "two"])
    }
}
