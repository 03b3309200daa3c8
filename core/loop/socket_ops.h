// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Socket awaitables for the loop: non-blocking TCP connect, read and write that wait
// in the loop's epoll selector instead of blocking the thread (asyncio's
// sock_connect / sock_recv / sock_sendall). Errors throw std::system_error naming
// the call; cancellation throws CancelledError and leaves the socket unwatched.
//
// Threading: the loop's thread only.

#include "core/loop/event_loop.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace kc::core::loop {

/// Owns one socket fd; closes it on destruction.
class Socket {
public:
    Socket() = default;
    explicit Socket(int fd) noexcept : m_fd(fd) {}
    Socket(Socket&& o) noexcept : m_fd(std::exchange(o.m_fd, -1)) {}
    Socket& operator=(Socket&& o) noexcept {
        if (this != &o) {
            close();
            m_fd = std::exchange(o.m_fd, -1);
        }
        return *this;
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    ~Socket() { close(); }

    int fd() const { return m_fd; }
    explicit operator bool() const { return m_fd >= 0; }
    void close() noexcept;

private:
    int m_fd = -1;
};

/// Connects a non-blocking TCP socket to ipv4:port (e.g. "127.0.0.1").
Task<Socket> connectTcp(EventLoop& loop, const char* ipv4, uint16_t port);

/// Reads what is there (at most n bytes), waiting until something is; 0 at end of stream.
Task<size_t> readSome(EventLoop& loop, int fd, void* buf, size_t n);

/// Writes all n bytes, waiting whenever the socket buffer is full.
Task<void> writeAll(EventLoop& loop, int fd, const void* buf, size_t n);

} // namespace kc::core::loop
