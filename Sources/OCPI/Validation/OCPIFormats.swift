import Foundation

/// Format checks for formatted strings (§16 types and the field notes of each object).
enum OCPIFormats {
    static func matches(_ format: StringFormat, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        switch format {
        case .countryAlpha2: return bytes.count == 2 && bytes.allSatisfy(isLetter)
        case .countryAlpha3: return bytes.count == 3 && bytes.allSatisfy(isLetter)
        case .partyID: return bytes.count == 3 && bytes.allSatisfy { isLetter($0) || isDigit($0) }
        // ISO 4217 codes are upper case; string(3) is case-sensitive (§16.7).
        case .currency: return bytes.count == 3 && bytes.allSatisfy { (65...90).contains($0) }
        case .language: return bytes.count == 2 && bytes.allSatisfy(isLetter)
        case .evseID: return text == "#NA" || isEVSEID(bytes)
        case .latitude: return isCoordinate(bytes, integerDigits: 2, limit: 90)
        case .longitude: return isCoordinate(bytes, integerDigits: 3, limit: 180)
        case .timeOfDay: return isTimeOfDay(bytes)
        case .date: return isDate(bytes)
        case .credentialsToken: return !bytes.isEmpty && bytes.allSatisfy { (0x21...0x7E).contains($0) }
        case .timeZone: return TimeZone(identifier: text) != nil
        }
    }

    /// RFC 3986 §3.1: a scheme, a colon, and no spaces.
    static func isURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]) else { return false }
        let schemeOK = bytes[..<colon].allSatisfy {
            isLetter($0) || isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E
        }
        return schemeOK && colon + 1 < bytes.count && bytes.allSatisfy { $0 > 0x20 && $0 != 0x7F }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// eMI3 EVSE id: country (2 letters), optional `*`, operator (3 letters or digits), optional `*`,
    /// `E`, then the power outlet id (letters, digits, `*`), e.g. `BE*BEC*E041503001`.
    static func isEVSEID(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func take(_ count: Int, _ accept: (UInt8) -> Bool) -> Bool {
            guard index + count <= bytes.count, bytes[index..<(index + count)].allSatisfy(accept) else { return false }
            index += count
            return true
        }
        func skipStar() { if index < bytes.count && bytes[index] == UInt8(ascii: "*") { index += 1 } }
        guard take(2, isLetter) else { return false }
        skipStar()
        guard take(3, { isLetter($0) || isDigit($0) }) else { return false }
        skipStar()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "E") || bytes[index] == UInt8(ascii: "e") else {
            return false
        }
        index += 1
        let rest = bytes[index...]
        return !rest.isEmpty && rest.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "*") }
    }

    /// §8.4.13: `-?[0-9]{1,2}\.[0-9]{5,7}` (latitude), `-?[0-9]{1,3}\.[0-9]{5,7}` (longitude).
    static func isCoordinate(_ bytes: [UInt8], integerDigits: Int, limit: Int) -> Bool {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let dot = digits.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let whole = digits[..<dot]
        let fraction = digits[(dot + 1)...]
        guard (1...integerDigits).contains(whole.count), whole.allSatisfy(isDigit), (5...7).contains(fraction.count),
            fraction.allSatisfy(isDigit)
        else { return false }
        let wholeValue = whole.reduce(0) { $0 * 10 + Int($1 - 48) }
        return wholeValue < limit || (wholeValue == limit && fraction.allSatisfy { $0 == 48 })
    }

    /// `([0-1][0-9]|2[0-3]):[0-5][0-9]` (§11.4.6, §8.4.21).
    static func isTimeOfDay(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"), isDigit(bytes[0]), isDigit(bytes[1]), isDigit(bytes[3]),
            isDigit(bytes[4])
        else { return false }
        let hour = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
        return hour < 24 && bytes[3] < UInt8(ascii: "6")
    }

    /// `([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])` (§11.4.6).
    static func isDate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let numbers = [bytes[0..<4], bytes[5..<7], bytes[8..<10]]
        guard numbers.allSatisfy({ $0.allSatisfy(isDigit) }) else { return false }
        let value = numbers.map { $0.reduce(0) { $0 * 10 + Int($1 - 48) } }
        return (1000...2999).contains(value[0]) && (1...12).contains(value[1]) && (1...31).contains(value[2])
    }

    /// How a DateTime string is written (§16.2).
    enum DateTimeShape {
        /// `2015-06-29T20:39:09Z`, with optional fraction and optional `Z`.
        case utc
        /// A valid RFC 3339 date-time with an offset such as `+01:00`.
        case offset
        case invalid
    }

    static func dateTimeShape(_ text: String) -> DateTimeShape {
        var text = text
        return text.withUTF8(dateTimeShape)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.f…][Z|±HH:MM]`, read in place (RFC 3339 §5.6).
    static func dateTimeShape(_ bytes: UnsafeBufferPointer<UInt8>) -> DateTimeShape {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for index in from..<(from + count) {
                guard isDigit(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
        guard number(0, 4) != nil, byte(4) == UInt8(ascii: "-"), let month = number(5, 2), byte(7) == UInt8(ascii: "-"),
            let day = number(8, 2), byte(10) == UInt8(ascii: "T") || byte(10) == UInt8(ascii: "t"),
            let hour = number(11, 2), byte(13) == UInt8(ascii: ":"), let minute = number(14, 2),
            byte(16) == UInt8(ascii: ":"), let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return .invalid }
        var index = 19
        if byte(index) == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            if index == start { return .invalid }
        }
        if index == bytes.count { return .utc }
        if index == bytes.count - 1 && (bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z")) {
            return .utc
        }
        guard byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-"), let hours = number(index + 1, 2),
            byte(index + 3) == UInt8(ascii: ":"), let minutes = number(index + 4, 2), index + 6 == bytes.count,
            hours < 24, minutes < 60
        else { return .invalid }
        return .offset
    }
}
