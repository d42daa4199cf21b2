public import JSON

/// Removes secrets from everything RoamGate writes, so a report can be handed to a partner as is:
/// credentials tokens (string members named `token`) and `Authorization` header values.
public enum Redaction {
    public static let mask = "***"

    /// A copy of `value` with every string member named `token` masked, and credentials in any
    /// other string masked as in free text.
    public static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(
                JSONObject(
                    object.members.map { member in
                        if member.key == "token", case .string = member.value {
                            return (key: member.key, value: .string(mask))
                        }
                        return (key: member.key, value: redact(member.value))
                    }
                )
            )
        case .array(let elements):
            return .array(elements.map(redact))
        case .string(let text):
            return .string(redact(text))
        default:
            return value
        }
    }

    /// Masks `Token <value>` and `Basic <value>` credentials in free text.
    public static func redact(_ text: String) -> String {
        var output = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: false).makeIterator()
        var first = true
        while let word = words.next() {
            if !first { output += " " }
            first = false
            output += word
            if word == "Token" || word == "Basic", let secret = words.next() {
                output += " " + (secret.isEmpty ? "" : mask)
            }
        }
        return output
    }
}
