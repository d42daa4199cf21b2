extension JSONValue {
    /// A copy with the value at `path` replaced by `newValue`, or removed when `newValue` is nil.
    ///
    /// Missing objects on the way are created; an index past the end of an array appends. Used to
    /// derive negative fixtures from valid ones by one mutation.
    public func replacing(_ path: JSONPath, with newValue: JSONValue?) -> JSONValue {
        replacing(path.components[...], with: newValue) ?? .null
    }

    private func replacing(_ components: ArraySlice<JSONPath.Component>, with newValue: JSONValue?) -> JSONValue? {
        guard let first = components.first else { return newValue }
        let rest = components.dropFirst()
        switch first {
        case .key(let key):
            var object = objectValue ?? JSONObject()
            let child = (object[key] ?? .null).replacing(rest, with: newValue)
            if rest.isEmpty && newValue == nil {
                object[key] = nil
            } else {
                object[key] = child ?? .null
            }
            return .object(object)
        case .index(let index):
            var array = arrayValue ?? []
            let current = array.indices.contains(index) ? array[index] : .null
            let child = current.replacing(rest, with: newValue)
            if array.indices.contains(index) {
                if let child { array[index] = child } else { array.remove(at: index) }
            } else if let child {
                array.append(child)
            }
            return .array(array)
        }
    }
}

extension JSONPath {
    /// Reads the form `description` writes: `$`, `.key`, `[0]`, `['key']`. Nil when malformed.
    public init?(parsing text: String) {
        var scalars = Substring(text)
        guard scalars.first == "$" else { return nil }
        scalars.removeFirst()
        var components: [Component] = []
        while let next = scalars.first {
            if next == "." {
                scalars.removeFirst()
                let key = scalars.prefix { $0 != "." && $0 != "[" }
                guard !key.isEmpty else { return nil }
                components.append(.key(String(key)))
                scalars.removeFirst(key.count)
            } else if next == "[" {
                scalars.removeFirst()
                if scalars.first == "'" {
                    scalars.removeFirst()
                    var key = ""
                    while let character = scalars.first, character != "'" {
                        scalars.removeFirst()
                        if character == "\\", let escaped = scalars.first {
                            key.append(escaped)
                            scalars.removeFirst()
                        } else {
                            key.append(character)
                        }
                    }
                    guard scalars.hasPrefix("']") else { return nil }
                    scalars.removeFirst(2)
                    components.append(.key(key))
                } else {
                    let digits = scalars.prefix { $0.isASCII && $0.isNumber }
                    guard let index = Int(digits), scalars.dropFirst(digits.count).first == "]" else { return nil }
                    scalars.removeFirst(digits.count + 1)
                    components.append(.index(index))
                }
            } else {
                return nil
            }
        }
        self.init(components)
    }
}
