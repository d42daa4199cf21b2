/// Bytes received but not yet consumed by a parser: appended at the end, read from the front.
///
/// The storage is compacted lazily, so reading is O(1) and appending amortised O(1).
struct ByteQueue: Sendable {
    private var storage: [UInt8] = []
    private var start = 0

    /// The number of unread bytes.
    var count: Int { storage.count - start }

    var isEmpty: Bool { count == 0 }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        storage.append(contentsOf: bytes)
    }

    /// The unread byte at `offset` from the front.
    subscript(offset: Int) -> UInt8 {
        storage[start + offset]
    }

    /// The unread bytes in `range`, counted from the front.
    func peek(_ range: Range<Int>) -> ArraySlice<UInt8> {
        storage[(start + range.lowerBound)..<(start + range.upperBound)]
    }

    /// The offset of the first `byte` at or after `offset`, if any.
    func firstIndex(of byte: UInt8, from offset: Int) -> Int? {
        var index = start + offset
        while index < storage.count {
            if storage[index] == byte { return index - start }
            index += 1
        }
        return nil
    }

    /// Removes and returns the first `length` bytes.
    mutating func read(_ length: Int) -> [UInt8] {
        let bytes = Array(storage[start..<(start + length)])
        skip(length)
        return bytes
    }

    /// Drops the first `length` bytes.
    mutating func skip(_ length: Int) {
        start += length
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        } else if start >= 4096 && start * 2 >= storage.count {
            storage.removeFirst(start)
            start = 0
        }
    }

    /// Removes and returns every unread byte.
    mutating func readAll() -> [UInt8] {
        read(count)
    }
}
