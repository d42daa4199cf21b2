/// SHA-1 (RFC 3174), for the WebSocket `Sec-WebSocket-Accept` value (RFC 6455 §4.2.2) only:
/// SHA-1 is broken for collision resistance and must not be used for anything that needs it.
///
/// ```swift
/// let digest = SHA1.hash(Array("abc".utf8))   // 20 bytes
/// ```
public struct SHA1: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
    )
    private var block: [UInt8] = []
    private var messageLength: UInt64 = 0

    public init() {
        block.reserveCapacity(64)
    }

    /// The 20-byte digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var sha = SHA1()
        sha.update(bytes)
        return sha.finalize()
    }

    /// Adds message bytes.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            block.append(byte)
            messageLength &+= 1
            if block.count == 64 {
                processBlock()
                block.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The 20-byte digest of everything added (RFC 3174 §4: pad with 1, zeros, then the bit length).
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = messageLength &* 8
        copy.block.append(0x80)
        if copy.block.count > 56 {
            copy.block.append(contentsOf: [UInt8](repeating: 0, count: 64 - copy.block.count))
            copy.processBlock()
            copy.block.removeAll(keepingCapacity: true)
        }
        copy.block.append(contentsOf: [UInt8](repeating: 0, count: 56 - copy.block.count))
        for shift in stride(from: 56, through: 0, by: -8) {
            copy.block.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        copy.processBlock()
        var digest: [UInt8] = []
        digest.reserveCapacity(20)
        for word in [copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4] {
            for shift in stride(from: 24, through: 0, by: -8) {
                digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
        }
        return digest
    }

    /// RFC 3174 §6.1: one 512-bit block through the 80 rounds.
    private mutating func processBlock() {
        var words = [UInt32](repeating: 0, count: 80)
        for index in 0..<16 {
            let base = index * 4
            words[index] =
                UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8
                | UInt32(block[base + 3])
        }
        for index in 16..<80 {
            words[index] = rotateLeft(words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16], 1)
        }
        var (a, b, c, d, e) = state
        for index in 0..<80 {
            let (f, k): (UInt32, UInt32) =
                switch index {
                case 0..<20: ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (b ^ c ^ d, 0xCA62_C1D6)
                }
            let temp = rotateLeft(a, 5) &+ f &+ e &+ k &+ words[index]
            e = d
            d = c
            c = rotateLeft(b, 30)
            b = a
            a = temp
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }

    private func rotateLeft(_ value: UInt32, _ count: UInt32) -> UInt32 {
        value << count | value >> (32 - count)
    }
}
