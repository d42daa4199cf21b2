#if os(Linux)
import CSystemShims
import Glibc

/// Linux readiness source: one epoll instance, descriptors registered edge-triggered for both
/// directions, and an eventfd to wake the thread. Registration changes need no wake-up.
final class Poller: Sendable {
    private let epoll: Int32
    private let wakeDescriptor: Int32
    private static let wakeToken: UInt64 = 0

    init() {
        epoll = rg_epoll_create()
        wakeDescriptor = rg_eventfd_create()
        _ = rg_epoll_add(epoll, wakeDescriptor, Self.wakeToken)
    }

    func add(_ descriptor: Int32, token: UInt64) throws(TransportError) {
        guard epoll >= 0 else { throw .system(call: "epoll_create1", errno: EMFILE, message: "no epoll instance") }
        guard rg_epoll_add(epoll, descriptor, token) == 0 else { throw .lastSystemError("epoll_ctl") }
    }

    func remove(_ descriptor: Int32) {
        _ = rg_epoll_remove(epoll, descriptor)
    }

    /// Edge-triggered registrations report every change by themselves.
    func interestChanged() {}

    func run(delivering loop: EventLoop) {
        let capacity = 256
        let events = UnsafeMutablePointer<rg_event>.allocate(capacity: capacity)
        defer { events.deallocate() }
        while true {
            let count = rg_epoll_wait(epoll, events, Int32(capacity), -1)
            guard count >= 0 else { return }
            for index in 0..<Int(count) {
                let event = events[index]
                if event.token == Self.wakeToken {
                    rg_eventfd_drain(wakeDescriptor)
                    continue
                }
                let hangup = event.flags & UInt32(RG_HANGUP) != 0
                loop.deliver(
                    token: event.token,
                    readable: hangup || event.flags & UInt32(RG_READABLE) != 0,
                    writable: hangup || event.flags & UInt32(RG_WRITABLE) != 0
                )
            }
        }
    }
}
#endif
