#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the BSD socket calls, each turning a failure into a `TransportError`.
/// Every socket made here is non-blocking and close-on-exec.
enum SocketSystem {
    #if canImport(Glibc)
    static let streamType = Int32(SOCK_STREAM.rawValue)
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let sendFlags: Int32 = 0
    #endif

    /// The outcome of a non-blocking call that may have to wait.
    enum Attempt<Value> {
        case done(Value)
        case wouldBlock
    }

    static func makeSocket() throws(TransportError) -> Int32 {
        let descriptor = socket(AF_INET, streamType, 0)
        guard descriptor >= 0 else { throw .lastSystemError("socket") }
        do {
            try configure(descriptor)
        } catch {
            _ = systemClose(descriptor)
            throw error
        }
        return descriptor
    }

    /// Non-blocking, close-on-exec, no SIGPIPE (Darwin), TCP_NODELAY.
    static func configure(_ descriptor: Int32) throws(TransportError) {
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw .lastSystemError("fcntl(O_NONBLOCK)")
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        #if canImport(Darwin)
        try setOption(descriptor, SOL_SOCKET, SO_NOSIGPIPE, "SO_NOSIGPIPE")
        #endif
        try setOption(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, "TCP_NODELAY")
    }

    static func setOption(_ descriptor: Int32, _ level: Int32, _ option: Int32, _ name: String) throws(TransportError) {
        var one: Int32 = 1
        guard setsockopt(descriptor, level, option, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw .lastSystemError("setsockopt(\(name))")
        }
    }

    /// A listening socket bound to `address` (port 0: the kernel picks one); returns it and its port.
    static func listen(on address: SocketAddress, backlog: Int32) throws(TransportError) -> (Int32, Int) {
        let descriptor = try makeSocket()
        do throws(TransportError) {
            try setOption(descriptor, SOL_SOCKET, SO_REUSEADDR, "SO_REUSEADDR")
            let bound = address.withSockaddr { bind(descriptor, $0, $1) }
            guard bound == 0 else { throw .lastSystemError("bind") }
            guard systemListen(descriptor, backlog) == 0 else { throw .lastSystemError("listen") }
            return (descriptor, try localPort(descriptor))
        } catch {
            _ = systemClose(descriptor)
            throw error
        }
    }

    static func localPort(_ descriptor: Int32) throws(TransportError) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { throw .lastSystemError("getsockname") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accept(_ listener: Int32) throws(TransportError) -> Attempt<Int32> {
        while true {
            let descriptor = systemAccept(listener, nil, nil)
            if descriptor >= 0 { return .done(descriptor) }
            switch errno {
            case EINTR, ECONNABORTED: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: throw .lastSystemError("accept")
            }
        }
    }

    /// Starts a non-blocking connect: `.wouldBlock` means wait for writability, then `connectResult`.
    static func connect(_ descriptor: Int32, to address: SocketAddress) throws(TransportError) -> Attempt<Void> {
        let result = address.withSockaddr { systemConnect(descriptor, $0, $1) }
        if result == 0 { return .done(()) }
        if errno == EINPROGRESS || errno == EINTR { return .wouldBlock }
        throw .lastSystemError("connect")
    }

    /// The outcome of a connect that was in progress (SO_ERROR).
    static func connectResult(_ descriptor: Int32) throws(TransportError) {
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &length) == 0 else {
            throw .lastSystemError("getsockopt(SO_ERROR)")
        }
        guard code == 0 else {
            throw .system(call: "connect", errno: code, message: String(cString: strerror(code)))
        }
    }

    /// Reads up to `capacity` bytes: an empty array is the end of the stream.
    static func receive(_ descriptor: Int32, capacity: Int) throws(TransportError) -> Attempt<[UInt8]> {
        var buffer = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, capacity, 0) }
            if count >= 0 {
                buffer.removeLast(capacity - count)
                return .done(buffer)
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case ECONNRESET, ENOTCONN, EBADF: throw .connectionClosed
            default: throw .lastSystemError("recv")
            }
        }
    }

    /// Writes what the kernel accepts now; returns how many bytes that was.
    static func send(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) throws(TransportError) -> Attempt<Int> {
        while true {
            let count = bytes.withUnsafeBytes { systemSend(descriptor, $0.baseAddress, $0.count, sendFlags) }
            if count >= 0 { return .done(count) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case EPIPE, ECONNRESET, ENOTCONN, EBADF: throw .connectionClosed
            default: throw .lastSystemError("send")
            }
        }
    }

    static func shutdownBoth(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    static func shutdownWrite(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }
}

// The module functions shadowed by the names above.
#if canImport(Glibc)
private let systemAccept = Glibc.accept
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
private let systemListen = Glibc.listen
let systemClose = Glibc.close
#else
private let systemAccept = Darwin.accept
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
private let systemListen = Darwin.listen
let systemClose = Darwin.close
#endif
