// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loop/socket_ops.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

namespace kc::core::loop {

namespace {
[[noreturn]] void throwErrno(int err, const char* what) {
    throw std::system_error(err, std::generic_category(), what);
}
} // namespace

void Socket::close() noexcept {
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
}

Task<Socket> connectTcp(EventLoop& loop, const char* ipv4, uint16_t port) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (inet_pton(AF_INET, ipv4, &addr.sin_addr) != 1)
        throw std::invalid_argument("connectTcp: not an IPv4 address");
    Socket s(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!s)
        throwErrno(errno, "socket");
    if (::connect(s.fd(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) < 0) {
        if (errno != EINPROGRESS)
            throwErrno(errno, "connect");
        co_await loop.waitIo(s.fd(), EPOLLOUT);
        int err = 0;
        socklen_t len = sizeof err;
        if (getsockopt(s.fd(), SOL_SOCKET, SO_ERROR, &err, &len) < 0)
            throwErrno(errno, "getsockopt(SO_ERROR)");
        if (err != 0)
            throwErrno(err, "connect");
    }
    co_return s;
}

Task<size_t> readSome(EventLoop& loop, int fd, void* buf, size_t n) {
    for (;;) {
        const ssize_t r = ::recv(fd, buf, n, 0);
        if (r >= 0)
            co_return size_t(r);
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throwErrno(errno, "recv");
        co_await loop.waitIo(fd, EPOLLIN);
    }
}

Task<void> writeAll(EventLoop& loop, int fd, const void* buf, size_t n) {
    const char* p = static_cast<const char*>(buf);
    while (n > 0) {
        const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
        if (w >= 0) {
            p += w;
            n -= size_t(w);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throwErrno(errno, "send");
        co_await loop.waitIo(fd, EPOLLOUT);
    }
}

} // namespace kc::core::loop
