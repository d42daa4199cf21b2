import Foundation

/// A deterministic random number generator (SplitMix64): the same seed gives the same sequence on every platform.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    /// The seed this generator started from (reported in evidence so a run can be replayed).
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// SplitMix64 (Steele, Lea, Flood 2014): add the golden-ratio increment, then mix.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A generator for an independent sub-stream (e.g. one per charger), derived from this one.
    public mutating func split() -> SeededRandom {
        SeededRandom(seed: next())
    }

    /// A uniform Double in `range`.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &self)
    }

    /// A uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A uniform Decimal in `range`, on a grid of `scale` fractional digits (exact, never via Double arithmetic).
    public mutating func decimal(in range: ClosedRange<Decimal>, scale: Int = 3) -> Decimal {
        let boundedScale = max(0, min(scale, 9))
        var unit = Decimal(1)
        for _ in 0..<boundedScale { unit /= 10 }
        let steps = (range.upperBound - range.lowerBound) / unit
        var rounded = Decimal()
        var source = steps
        NSDecimalRound(&rounded, &source, 0, .down)
        let maximumStep = UInt64(truncating: rounded as NSNumber)
        let step = maximumStep == 0 ? 0 : UInt64.random(in: 0...maximumStep, using: &self)
        return range.lowerBound + Decimal(step) * unit
    }

    /// True with probability `probability` (clamped to 0...1).
    public mutating func bool(probability: Double) -> Bool {
        if probability <= 0 { return false }
        if probability >= 1 { return true }
        return Double.random(in: 0..<1, using: &self) < probability
    }

    /// A uniformly chosen element, or nil for an empty collection.
    public mutating func pick<C: Collection>(_ elements: C) -> C.Element? {
        elements.randomElement(using: &self)
    }
}
