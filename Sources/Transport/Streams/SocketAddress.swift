#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 address and port, as the socket calls take it.
struct SocketAddress: Sendable {
    var storage: sockaddr_in

    /// `host` is a dotted IPv4 address, or a name resolved to one (`localhost`).
    static func resolve(host: String, port: Int) throws(TransportError) -> SocketAddress {
        guard (0...65535).contains(port) else { throw .invalidAddress("port \(port) is out of range") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        if inet_pton(AF_INET, host, &address.sin_addr) == 1 {
            return SocketAddress(storage: address)
        }
        var hints = addrinfo()
        hints.ai_family = AF_INET
        hints.ai_socktype = SocketSystem.streamType
        var results: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &results) == 0, let first = results, let found = first.pointee.ai_addr
        else {
            throw .invalidAddress("'\(host)' is neither an IPv4 address nor a name with one")
        }
        defer { freeaddrinfo(results) }
        address.sin_addr = found.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
        return SocketAddress(storage: address)
    }

    var port: Int { Int(UInt16(bigEndian: storage.sin_port)) }

    func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        withUnsafePointer(to: storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
    }
}
