import Foundation
import Simulation
import Testing

@Suite struct EventSchedulerTests {
    private let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func runsEventsInTimeOrderAndAdvancesTheClock() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var log: [String] = []
        scheduler.schedule(after: .seconds(30)) { log.append("c@\(scheduler.now.timeIntervalSince(self.start))") }
        scheduler.schedule(after: .seconds(10)) { log.append("a@\(scheduler.now.timeIntervalSince(self.start))") }
        scheduler.schedule(after: .seconds(20)) { log.append("b@\(scheduler.now.timeIntervalSince(self.start))") }
        let outcome = scheduler.runUntilIdle(maxEvents: 100)
        #expect(log == ["a@10.0", "b@20.0", "c@30.0"])
        #expect(outcome == .idle(executed: 3))
    }

    @Test func eventsAtTheSameInstantRunInSchedulingOrder() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var log: [Int] = []
        for index in 0..<50 {
            scheduler.schedule(at: start.addingTimeInterval(5)) { log.append(index) }
        }
        scheduler.runUntilIdle(maxEvents: 1_000)
        #expect(log == Array(0..<50))
    }

    @Test func cancelledEventsDoNotRun() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var log: [String] = []
        let first = scheduler.schedule(after: .seconds(1)) { log.append("first") }
        scheduler.schedule(after: .seconds(2)) { log.append("second") }
        #expect(scheduler.cancel(first))
        #expect(!scheduler.cancel(first))
        #expect(scheduler.pendingCount == 1)
        scheduler.runUntilIdle(maxEvents: 10)
        #expect(log == ["second"])
        #expect(!scheduler.cancel(first))
    }

    @Test func runUntilLeavesLaterEventsPending() {
        let clock = SimulatedClock(start: start)
        let scheduler = EventScheduler(clock: clock)
        var log: [String] = []
        scheduler.schedule(after: .seconds(10)) { log.append("early") }
        scheduler.schedule(after: .seconds(60)) { log.append("late") }
        let outcome = scheduler.run(until: start.addingTimeInterval(30))
        #expect(outcome == .idle(executed: 1))
        #expect(log == ["early"])
        #expect(clock.now == start.addingTimeInterval(30))
        #expect(scheduler.pendingCount == 1)
    }

    @Test func eventsMayScheduleFurtherEvents() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var ticks = 0
        func tick() {
            ticks += 1
            if ticks < 5 { scheduler.schedule(after: .seconds(1), tick) }
        }
        scheduler.schedule(after: .seconds(1), tick)
        scheduler.runUntilIdle(maxEvents: 100)
        #expect(ticks == 5)
        #expect(scheduler.now == start.addingTimeInterval(5))
    }

    @Test func runUntilIdleReportsTheCapWhenEventsKeepComing() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        func forever() { scheduler.schedule(after: .seconds(1), forever) }
        scheduler.schedule(after: .seconds(1), forever)
        let outcome = scheduler.runUntilIdle(maxEvents: 25)
        #expect(outcome == .limitReached(executed: 25))
        #expect(scheduler.pendingCount == 1)
    }

    @Test func pastTimesRunAtTheCurrentInstant() {
        let clock = SimulatedClock(start: start)
        let scheduler = EventScheduler(clock: clock)
        var seen: Date?
        scheduler.schedule(at: start.addingTimeInterval(-100)) { seen = scheduler.now }
        scheduler.runUntilIdle(maxEvents: 10)
        #expect(seen == start)
    }

    @Test func holdsManyEventsInHeapOrder() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var generator = SeededRandom(seed: 7)
        var times: [Double] = []
        for _ in 0..<20_000 {
            let offset = Double(generator.int(in: 0...86_400))
            scheduler.schedule(at: start.addingTimeInterval(offset)) { times.append(offset) }
        }
        let outcome = scheduler.runUntilIdle(maxEvents: 100_000)
        #expect(outcome == .idle(executed: 20_000))
        #expect(times == times.sorted())
    }

    @Test func nextEventTimeIsNilWithNothingScheduled() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        #expect(scheduler.nextEventTime == nil)
        scheduler.schedule(after: .seconds(5)) {}
        scheduler.runUntilIdle(maxEvents: 10)
        #expect(scheduler.nextEventTime == nil)
    }

    @Test func nextEventTimeIsTheEarliestAndAdvancesAsEventsRun() {
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        for seconds in [40.0, 10, 30, 20] {
            scheduler.schedule(at: start.addingTimeInterval(seconds)) {}
        }
        #expect(scheduler.nextEventTime == start.addingTimeInterval(10))
        scheduler.run(until: start.addingTimeInterval(10))
        #expect(scheduler.nextEventTime == start.addingTimeInterval(20))
        scheduler.run(until: start.addingTimeInterval(35))
        #expect(scheduler.nextEventTime == start.addingTimeInterval(40))
        // An event scheduled in the past is due at once.
        scheduler.schedule(at: start) {}
        #expect(scheduler.nextEventTime == start.addingTimeInterval(35))
        scheduler.run(until: start.addingTimeInterval(40))
        #expect(scheduler.nextEventTime == nil)
    }
}

@Suite struct EventSchedulerDeterminismTests {
    /// A toy simulation of chargers waking at random times; returns the order of wake-ups.
    private func simulate(seed: UInt64) -> [String] {
        let start = Date(timeIntervalSince1970: 0)
        let scheduler = EventScheduler(clock: SimulatedClock(start: start))
        var random = SeededRandom(seed: seed)
        var log: [String] = []
        for charger in 0..<20 {
            var own = random.split()
            func wake(_ count: Int) {
                log.append("cp\(charger)@\(Int(scheduler.now.timeIntervalSince(start)))")
                if count < 5 { scheduler.schedule(after: .seconds(own.int(in: 1...120))) { wake(count + 1) } }
            }
            scheduler.schedule(after: .seconds(random.int(in: 0...60))) { wake(1) }
        }
        scheduler.runUntilIdle(maxEvents: 10_000)
        return log
    }

    @Test func sameSeedGivesTheSameRun() {
        let first = simulate(seed: 2_026)
        #expect(first.count == 100)
        #expect(simulate(seed: 2_026) == first)
        #expect(simulate(seed: 2_027) != first)
    }
}
