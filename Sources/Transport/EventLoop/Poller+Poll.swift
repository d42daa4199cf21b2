#if !os(Linux)
#if canImport(Darwin)
import Darwin
#endif

/// Fallback readiness source for systems without epoll (macOS): `poll()` over the descriptors that
/// have a waiting task, plus a pipe that wakes the thread whenever that set changes.
final class Poller: Sendable {
    private let wakeReader: Int32
    private let wakeWriter: Int32

    init() {
        var descriptors: [Int32] = [-1, -1]
        _ = pipe(&descriptors)
        wakeReader = descriptors[0]
        wakeWriter = descriptors[1]
        _ = fcntl(wakeReader, F_SETFL, fcntl(wakeReader, F_GETFL) | O_NONBLOCK)
        _ = fcntl(wakeWriter, F_SETFL, fcntl(wakeWriter, F_GETFL) | O_NONBLOCK)
    }

    func add(_ descriptor: Int32, token: UInt64) throws(TransportError) {}

    func remove(_ descriptor: Int32) {
        interestChanged()
    }

    /// A task started or stopped waiting: rebuild the polled set.
    func interestChanged() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }

    func run(delivering loop: EventLoop) {
        while true {
            let interest = loop.waitingInterest()
            var descriptors = [pollfd(fd: wakeReader, events: Int16(POLLIN), revents: 0)]
            for entry in interest {
                var events: Int16 = 0
                if entry.read { events |= Int16(POLLIN) }
                if entry.write { events |= Int16(POLLOUT) }
                descriptors.append(pollfd(fd: entry.descriptor, events: events, revents: 0))
            }
            let count = poll(&descriptors, nfds_t(descriptors.count), -1)
            guard count >= 0 || errno == EINTR else { return }
            if descriptors[0].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 64)
                while read(wakeReader, &buffer, buffer.count) > 0 {}
            }
            for (index, entry) in interest.enumerated() {
                let revents = descriptors[index + 1].revents
                guard revents != 0 else { continue }
                let hangup = revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
                loop.deliver(
                    token: entry.token,
                    readable: hangup || revents & Int16(POLLIN) != 0,
                    writable: hangup || revents & Int16(POLLOUT) != 0
                )
            }
        }
    }
}
#endif
