import Foundation
import OCPI
import Testing

/// OCPI DateTime (OCPI 2.2.1 §16.2, RFC 3339 §5.6): written in UTC with `Z`, in the proleptic
/// Gregorian calendar, and read back to the same instant.
@Suite struct OCPITimestampTests {
    @Test(
        "format(parse(text)) gives the text back",
        arguments: [
            "2026-01-15T10:00:00Z", "2000-02-29T23:59:59Z", "1900-03-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "1970-01-01T00:00:00.001Z", "2015-06-29T20:39:09.250Z",
            // Found by the ocpi fuzz target: before 1582 Foundation's calendar writes Julian dates,
            // which moved this date by six days on every round trip.
            "1007-06-29T23:07:09Z", "1582-10-04T12:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        ]
    )
    func roundTrip(text: String) throws {
        let date = try #require(OCPITimestamp.parse(text))
        #expect(OCPITimestamp.format(date) == text)
    }

    @Test func agreesWithFoundationsCalendarFrom1970To2100() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<10_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let date = Date(timeIntervalSince1970: Double(state >> 33 % 4_102_444_800))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
                c.year!,
                c.month!,
                c.day!,
                c.hour!,
                c.minute!,
                c.second!
            )
            #expect(OCPITimestamp.format(date) == expected)
        }
    }

    @Test func parseAcceptsOffsetsAndRefusesWhatIsNotADateTime() {
        #expect(OCPITimestamp.parse("2026-01-15T12:00:00+02:00") == OCPITimestamp.parse("2026-01-15T10:00:00Z"))
        #expect(OCPITimestamp.parse("2026-01-15T10:00:00") == OCPITimestamp.parse("2026-01-15T10:00:00Z"))
        for text in ["2026-13-01T00:00:00Z", "2026-01-15 10:00", "2026-01-15T10:00:00.Z", "2026-01-15T10:00:00Zjunk"] {
            #expect(OCPITimestamp.parse(text) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        ("2026-03-02T10:15:30Z", 1_772_446_530.0),
        ("2026-03-02T10:15:30.250Z", 1_772_446_530.25),
        ("2026-03-02T11:15:30+01:00", 1_772_446_530.0),
        ("2026-03-02T10:15:30", 1_772_446_530.0),
    ])
    func parses(text: String, seconds: Double) {
        #expect(OCPITimestamp.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: [
        "", "2026-13-01T00:00:00Z", "2026-03-02 10:15:30Z", "2026-03-02T10:15:30Q", "2026-03-02T10:15:30.",
    ])
    func rejects(text: String) {
        #expect(OCPITimestamp.parse(text) == nil)
    }

    @Test func writesUTCWithZ() {
        #expect(OCPITimestamp.format(Date(timeIntervalSince1970: 1_772_446_530)) == "2026-03-02T10:15:30Z")
        #expect(OCPITimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
