import Foundation
import Simulation
import Testing

@Suite struct EventSchedulerTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func runsInTimeOrderAndTiesInSchedulingOrder() {
        let scheduler = EventScheduler(start: start)
        var log: [String] = []
        scheduler.schedule(after: .seconds(10)) { log.append("b") }
        scheduler.schedule(after: .seconds(5)) { log.append("a") }
        scheduler.schedule(after: .seconds(10)) { log.append("c") }
        scheduler.runUntilIdle()
        #expect(log == ["a", "b", "c"])
        #expect(scheduler.now == start.addingTimeInterval(10))
    }

    @Test func cancelledActionsDoNotRun() {
        let scheduler = EventScheduler(start: start)
        var ran = false
        let id = scheduler.schedule(after: .seconds(1)) { ran = true }
        scheduler.cancel(id)
        scheduler.runUntilIdle()
        #expect(!ran)
    }

    @Test func runUntilLeavesLaterEventsAndAdvancesClock() {
        let scheduler = EventScheduler(start: start)
        var log: [Int] = []
        scheduler.schedule(after: .seconds(1)) { log.append(1) }
        scheduler.schedule(after: .seconds(100)) { log.append(2) }
        scheduler.run(until: start.addingTimeInterval(50))
        #expect(log == [1])
        #expect(scheduler.now == start.addingTimeInterval(50))
        scheduler.runUntilIdle()
        #expect(log == [1, 2])
    }

    @Test func actionsCanScheduleMoreActions() {
        let scheduler = EventScheduler(start: start)
        var count = 0
        func tick() {
            count += 1
            if count < 1000 { scheduler.schedule(after: .seconds(60), tick) }
        }
        scheduler.schedule(at: start, tick)
        #expect(scheduler.runUntilIdle())
        #expect(count == 1000)
        #expect(!scheduler.runUntilIdle(maxEvents: 0) || scheduler.pendingCount == 0)
    }

    @Test func seededRandomIsDeterministic() {
        var a = SeededRandom(seed: 42)
        var b = SeededRandom(seed: 42)
        var c = SeededRandom(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }
}
