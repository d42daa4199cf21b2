// System calls that Swift's Glibc module does not expose: epoll and eventfd on Linux.
// Used only by the Transport target. The wrappers take and return plain integers so that Swift never
// touches `struct epoll_event`, which is packed on x86_64.
#ifndef ROAMGATE_CSYSTEMSHIMS_H
#define ROAMGATE_CSYSTEMSHIMS_H

#include <stdint.h>

#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <errno.h>

/// Readiness reported by `rg_epoll_wait`, independent of the EPOLL* bit values.
enum {
    RG_READABLE = 1,
    RG_WRITABLE = 2,
    RG_HANGUP = 4,
};

/// One readiness event: the token given to `rg_epoll_add` and RG_* flags.
typedef struct {
    uint64_t token;
    uint32_t flags;
} rg_event;

static inline int rg_epoll_create(void) {
    return epoll_create1(EPOLL_CLOEXEC);
}

/// Registers `fd` edge-triggered for reading and writing; events carry `token`.
static inline int rg_epoll_add(int epfd, int fd, uint64_t token) {
    struct epoll_event event;
    event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    event.data.u64 = token;
    return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &event);
}

static inline int rg_epoll_remove(int epfd, int fd) {
    struct epoll_event event = {0};
    return epoll_ctl(epfd, EPOLL_CTL_DEL, fd, &event);
}

/// Waits up to `timeout_ms` (-1: forever) and fills `out` with at most `capacity` events.
/// Returns the number of events, 0 on timeout or interruption, -1 on error.
static inline int rg_epoll_wait(int epfd, rg_event *out, int capacity, int timeout_ms) {
    struct epoll_event events[256];
    if (capacity > 256) capacity = 256;
    int count = epoll_wait(epfd, events, capacity, timeout_ms);
    if (count < 0) return errno == EINTR ? 0 : -1;
    for (int i = 0; i < count; i++) {
        uint32_t flags = 0;
        if (events[i].events & (EPOLLIN | EPOLLPRI)) flags |= RG_READABLE;
        if (events[i].events & EPOLLOUT) flags |= RG_WRITABLE;
        if (events[i].events & (EPOLLHUP | EPOLLERR | EPOLLRDHUP)) flags |= RG_HANGUP;
        out[i].token = events[i].data.u64;
        out[i].flags = flags;
    }
    return count;
}

static inline int rg_eventfd_create(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

/// Adds one to the eventfd counter, waking a waiting `rg_epoll_wait`.
static inline int rg_eventfd_signal(int fd) {
    return eventfd_write(fd, 1);
}

/// Resets the eventfd counter.
static inline void rg_eventfd_drain(int fd) {
    eventfd_t value;
    (void)eventfd_read(fd, &value);
}
#endif

#endif
