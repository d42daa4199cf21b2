/// Splits bytes the ways a network delivers them, for codec tests that must give the same result
/// whether input arrives whole, one byte at a time, or in random pieces (swift-nio's habit).
package enum ChunkedFeeding {
    /// Whole, byte by byte, and `randomSplits` seeded random splittings.
    package static func splittings(of bytes: [UInt8], randomSplits: Int = 8, seed: UInt64 = 0x5EED) -> [[[UInt8]]] {
        var result: [[[UInt8]]] = [[bytes], bytes.map { [$0] }]
        var state = seed
        for _ in 0..<randomSplits {
            var chunks: [[UInt8]] = []
            var index = 0
            while index < bytes.count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let length = Int((state >> 33) % 17) + 1
                let end = min(bytes.count, index + length)
                chunks.append(Array(bytes[index..<end]))
                index = end
            }
            result.append(chunks)
        }
        return result
    }
}
