/// A command's arguments, consumed as options are read; whatever is left is an error.
///
/// Accepts `--name value`, `--name=value`, repeated options and `--` before positionals.
public struct ArgumentList: Sendable {
    private var items: [String]
    private var positionalsOnlyAfter: Int?

    public init(_ arguments: [String]) {
        self.items = arguments
        if let dashDash = arguments.firstIndex(of: "--") {
            positionalsOnlyAfter = dashDash
        }
    }

    /// Removes and returns `true` when the flag is present (any number of times).
    public mutating func flag(_ name: String) -> Bool {
        var found = false
        while let index = optionIndex(name) {
            if items[index].contains("=") { break }
            items.remove(at: index)
            found = true
        }
        return found
    }

    /// Removes and returns every value of a repeatable option.
    public mutating func values(_ name: String) throws(UsageError) -> [String] {
        var result: [String] = []
        while let index = optionIndex(name) {
            let item = items[index]
            if let equals = item.firstIndex(of: "=") {
                result.append(String(item[item.index(after: equals)...]))
                items.remove(at: index)
            } else {
                guard index + 1 < items.count, !(items[index + 1].hasPrefix("--") && items[index + 1].count > 2) else {
                    throw UsageError("option \(name) needs a value")
                }
                result.append(items[index + 1])
                items.removeSubrange(index...(index + 1))
            }
            if let after = positionalsOnlyAfter { positionalsOnlyAfter = after - 2 }
        }
        return result
    }

    /// Removes and returns the single value of an option, or nil when absent.
    public mutating func value(_ name: String) throws(UsageError) -> String? {
        let all = try values(name)
        if all.count > 1 { throw UsageError("option \(name) given \(all.count) times") }
        return all.first
    }

    /// Removes and returns an integer option.
    public mutating func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = try value(name) else { return nil }
        guard let number = Int(text) else { throw UsageError("option \(name) needs a whole number, got '\(text)'") }
        return number
    }

    /// Removes and returns the remaining positional arguments; any leftover option is an error.
    public mutating func positionals() throws(UsageError) -> [String] {
        var result: [String] = []
        var onlyPositionals = false
        for item in items {
            if onlyPositionals {
                result.append(item)
            } else if item == "--" {
                onlyPositionals = true
            } else if item.hasPrefix("-") && item.count > 1 {
                throw UsageError("unknown option \(item)")
            } else {
                result.append(item)
            }
        }
        items.removeAll()
        return result
    }

    /// Fails when anything is left over.
    public func finish() throws(UsageError) {
        if let first = items.first { throw UsageError("unexpected argument \(first)") }
    }

    private func optionIndex(_ name: String) -> Int? {
        let end = positionalsOnlyAfter ?? items.count
        return items[..<end].firstIndex { $0 == name || $0.hasPrefix(name + "=") }
    }
}

/// A usage error: exit 64 with the message and the command's usage line.
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
