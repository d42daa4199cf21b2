#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a socket or stream operation failed, with the system call and errno when one is to blame.
public enum TransportError: Error, Hashable, Sendable {
    /// A system call failed: its name, `errno` and the system's message for it.
    case system(call: String, errno: Int32, message: String)
    /// A host or address that is not an IPv4 address and does not resolve to one.
    case invalidAddress(String)
    /// The stream is closed: by this side, or reset by the peer.
    case connectionClosed
    /// A deadline passed; the text says which one.
    case timedOut(String)
    /// The waiting task was cancelled.
    case cancelled

    /// The error for a failed system call, capturing the current `errno`.
    static func lastSystemError(_ call: String) -> TransportError {
        let code = errno
        return .system(call: call, errno: code, message: String(cString: strerror(code)))
    }
}
