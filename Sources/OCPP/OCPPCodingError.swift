/// Why a typed payload could not be made from (or turned into) JSON.
public struct OCPPCodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The payload type involved, e.g. `BootNotificationRequest`.
    public var type: String
    /// JSON path of the offending value, `$` when unknown.
    public var path: String
    public var reason: String

    public init(type: String, path: String, reason: String) {
        self.type = type
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(type) at \(path): \(reason)" }
}
