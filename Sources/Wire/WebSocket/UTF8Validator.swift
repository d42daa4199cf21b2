/// An incremental UTF-8 validator (RFC 3629 §4): bytes can arrive in pieces split anywhere, even inside
/// a character, and an invalid sequence is reported at its first wrong byte (RFC 6455 §8.1 fails fast).
struct UTF8Validator: Sendable, Hashable {
    /// Continuation bytes still expected for the current character.
    private var remaining = 0
    /// The allowed range of the next continuation byte (narrower right after E0, ED, F0, F4).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    /// Whether the bytes so far end on a character boundary.
    var isComplete: Bool { remaining == 0 }

    /// Checks more bytes; false as soon as one cannot continue valid UTF-8.
    mutating func validate(_ bytes: some Sequence<UInt8>) -> Bool {
        for byte in bytes {
            if remaining > 0 {
                guard byte >= lower && byte <= upper else { return false }
                remaining -= 1
                lower = 0x80
                upper = 0xBF
                continue
            }
            switch byte {
            case 0x00...0x7F:
                continue
            case 0xC2...0xDF:
                remaining = 1
            case 0xE0:
                remaining = 2
                lower = 0xA0  // no overlong 3-byte forms
            case 0xE1...0xEC, 0xEE...0xEF:
                remaining = 2
            case 0xED:
                remaining = 2
                upper = 0x9F  // no UTF-16 surrogates
            case 0xF0:
                remaining = 3
                lower = 0x90  // no overlong 4-byte forms
            case 0xF1...0xF3:
                remaining = 3
            case 0xF4:
                remaining = 3
                upper = 0x8F  // nothing above U+10FFFF
            default:
                return false
            }
        }
        return true
    }
}
