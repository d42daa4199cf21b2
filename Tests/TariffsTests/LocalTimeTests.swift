import Foundation
import Simulation
import Testing

@testable import Tariffs

/// The engine's own local-time arithmetic agrees with Foundation's Calendar, DST changes included.
@Suite struct LocalTimeTests {
    @Test(arguments: ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "Australia/Adelaide"])
    func agreesWithCalendar(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var random = SeededRandom(seed: 99)
        for _ in 0..<2000 {
            // 1950 … 2100, whole seconds.
            let instant = Date(timeIntervalSince1970: Double(random.int(in: -631_152_000...4_102_444_800)))
            let mine = LocalTime(instant, in: zone)
            let theirs = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: instant)
            #expect(
                [mine.year, mine.month, mine.day, mine.hour, mine.minute, mine.weekday] == [
                    theirs.year, theirs.month, theirs.day, theirs.hour, theirs.minute, theirs.weekday,
                ],
                "\(instant)"
            )
        }
    }
}
