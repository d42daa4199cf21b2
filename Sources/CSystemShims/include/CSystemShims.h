// System calls that Swift's Glibc module does not expose: epoll and eventfd on Linux.
// Used only by the Transport target.
#ifndef ROAMGATE_CSYSTEMSHIMS_H
#define ROAMGATE_CSYSTEMSHIMS_H

#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>
#endif

#endif
