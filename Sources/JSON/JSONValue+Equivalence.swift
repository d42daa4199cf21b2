extension JSONValue {
    /// True when two values mean the same JSON: numbers compared by value (`2.00` = `2`), object
    /// members compared regardless of order, and a null member the same as an absent one.
    public static func sameValue(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a.isNumericallyEqual(to: b)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { sameValue($0, $1) }
        case (.object(let a), .object(let b)):
            let keys = Set(a.keys).union(b.keys)
            return keys.allSatisfy { sameValue(a[$0] ?? .null, b[$0] ?? .null) }
        default: return lhs == rhs
        }
    }
}
