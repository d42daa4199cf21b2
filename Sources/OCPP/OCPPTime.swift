public import Foundation

/// OCPP dateTime values (OCPP-J 1.6 §3.6 / 2.0.1 Part 2 §2.1.1): RFC 3339, written in UTC with `Z`.
public enum OCPPTime {
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// Parses with or without fractional seconds; a missing zone designator is read as UTC.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        if !text.hasSuffix("Z"), !text.dropFirst(19).contains("+"), !text.dropFirst(19).contains("-") {
            return parse(text + "Z")
        }
        return nil
    }
}
