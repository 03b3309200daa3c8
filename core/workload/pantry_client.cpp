// SPDX-License-Identifier: GPL-3.0-or-later
// The pantry's blocking client, used by chefs in the threads and processes models.
// It sleeps in poll() on the socket and on the cancel token's eventfd, so a fetch is
// one voluntary context switch while it waits, and Stop wakes it at once.

#include "core/workload/cpu_kernel_detail.h"
#include "core/workload/pantry.h"
#include "core/workload/pantry_wire.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kc::core {

uint64_t pantryIngredientHash(uint32_t dish, double ms) {
    const double scaled = std::floor(ms * 1000.0 + 0.5);
    const uint64_t us = (scaled > 0 && std::isfinite(scaled)) ? uint64_t(scaled) : 0;
    return detail::splitmix64(detail::splitmix64(0x50414E545259ull ^ dish) ^ us); // "PANTRY"
}

namespace {

using Clock = std::chrono::steady_clock;

/// How long past the asked-for delay we wait before calling the pantry unresponsive.
constexpr double kGraceMs = 10'000;
/// Without an eventfd from the token, check cancellation this often.
constexpr int kSliceMs = 10;

enum class Wait { Ready, Cancelled, TimedOut, Failed };

struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

Wait waitFor(int fd, short events, Clock::time_point deadline, CancelToken* cancel, int cancelFd) {
    while (true) {
        if (cancel && cancel->cancelled())
            return Wait::Cancelled;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return Wait::TimedOut;
        int timeout = left > 1'000'000 ? 1'000'000 : int(left);
        if (cancel && cancelFd < 0 && timeout > kSliceMs)
            timeout = kSliceMs;
        pollfd fds[2] = {{fd, events, 0}, {cancelFd, POLLIN, 0}};
        const int n = ::poll(fds, cancelFd >= 0 ? 2 : 1, timeout);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Wait::Failed;
        }
        if (cancel && cancel->cancelled())
            return Wait::Cancelled;
        if (n > 0 && fds[0].revents != 0)
            return Wait::Ready;
    }
}

} // namespace

Result<uint64_t> pantryFetch(uint16_t port, uint32_t dish, double ms, CancelToken* cancel) {
    const std::string where = "pantry at 127.0.0.1:" + std::to_string(port);
    if (cancel && cancel->cancelled())
        return makeError("cancelled");
    if (!std::isfinite(ms) || ms < 0 || ms > kPantryMaxMs)
        return makeError(where + ": cannot fetch for " + pantryFormatMs(ms) +
                         " ms (expected 0 to 60000 ms)");
    const int cancelFd = cancel ? cancel->waitFd() : -1;
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double, std::milli>(ms + kGraceMs));
    auto waitError = [&](Wait w, const char* doing) -> Error {
        if (w == Wait::Cancelled)
            return makeError("cancelled");
        if (w == Wait::TimedOut)
            return makeError(where + " did not answer within " + pantryFormatMs(ms + kGraceMs) + " ms");
        return makeError(where + ": " + doing + ": " + std::strerror(errno));
    };

    Fd sock{::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)};
    if (sock.fd < 0)
        return makeError(where + ": cannot create a socket: " + std::strerror(errno));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (::connect(sock.fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        if (errno != EINPROGRESS && errno != EINTR) {
            if (errno == ECONNREFUSED)
                return makeError(where + " refused the connection");
            return makeError(where + ": cannot connect: " + std::strerror(errno));
        }
        if (Wait w = waitFor(sock.fd, POLLOUT, deadline, cancel, cancelFd); w != Wait::Ready)
            return waitError(w, "cannot connect");
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(sock.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err == ECONNREFUSED)
            return makeError(where + " refused the connection");
        if (err != 0)
            return makeError(where + ": cannot connect: " + std::strerror(err));
    }

    const std::string request = "FETCH " + std::to_string(dish) + " " + pantryFormatMs(ms) + "\n";
    size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(sock.fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += size_t(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (Wait w = waitFor(sock.fd, POLLOUT, deadline, cancel, cancelFd); w != Wait::Ready)
                return waitError(w, "cannot send");
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            return makeError(where + " closed the connection before taking the request");
        }
    }

    std::string reply;
    while (reply.find('\n') == std::string::npos) {
        if (Wait w = waitFor(sock.fd, POLLIN, deadline, cancel, cancelFd); w != Wait::Ready)
            return waitError(w, "cannot receive");
        char buf[256];
        const ssize_t n = ::recv(sock.fd, buf, sizeof buf, 0);
        if (n > 0) {
            reply.append(buf, size_t(n));
            if (reply.size() > 512)
                return makeError(where + " sent an answer longer than 512 bytes");
        } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            return makeError(where + " closed the connection before answering");
        }
    }
    reply.resize(reply.find('\n'));
    if (!reply.empty() && reply.back() == '\r')
        reply.pop_back();
    if (reply.rfind("ERR ", 0) == 0)
        return makeError(where + " rejected the request: " + reply.substr(4));

    // Expect exactly "OK <dish> <hash>" for the dish we asked about.
    const std::string expectPrefix = "OK " + std::to_string(dish) + " ";
    uint64_t hash = 0;
    const bool prefixOk = reply.size() > expectPrefix.size() && reply.rfind(expectPrefix, 0) == 0;
    const char* last = reply.data() + reply.size();
    if (!prefixOk || std::from_chars(reply.data() + expectPrefix.size(), last, hash).ptr != last ||
        hash != pantryIngredientHash(dish, ms))
        return makeError(where + " sent an unexpected answer '" + reply + "' (expected '" + expectPrefix +
                         "<hash>')");
    return hash;
}

} // namespace kc::core
