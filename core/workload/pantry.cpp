// SPDX-License-Identifier: GPL-3.0-or-later
// The pantry server: one thread, one epoll set, a min-heap of answer deadlines behind a
// timerfd (nanosecond precision, unlike epoll_wait's milliseconds).

#include "core/workload/pantry.h"
#include "core/util/thread_name.h"
#include "core/workload/pantry_wire.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <queue>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace kc::core {

namespace {

constexpr uint64_t kListenId = 0;
constexpr uint64_t kWakeId = 1;
constexpr uint64_t kTimerId = 2;
constexpr uint64_t kFirstConnId = 16; // ids are never reused, so stale m_timers are harmless
constexpr size_t kMaxLine = 256;

uint64_t monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000u + uint64_t(ts.tv_nsec);
}

void closeFd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

std::string sysError(const char* what) { return std::string("pantry: ") + what + ": " + std::strerror(errno); }

} // namespace

// Threading: the owner thread touches m_thread, m_port and the fds only in start() and
// stop(), when the server thread is not running; while it runs, the server thread alone
// owns the connections, the timer heap and the epoll set. They talk through m_wakeFd.
struct Pantry::Impl {
    struct Conn {
        int fd = -1;
        std::string in;
        std::string out;
        bool closing = false;   ///< close once `out` is flushed (after an ERR)
        bool wantOut = false;   ///< EPOLLOUT registered
    };
    struct Due {
        uint64_t atNs;
        uint64_t conn;
        uint32_t dish;
        uint64_t hash;
        bool operator>(const Due& o) const { return atNs > o.atNs; }
    };

    int m_listenFd = -1, m_epollFd = -1, m_wakeFd = -1, m_timerFd = -1;
    uint16_t m_port = 0;
    std::thread m_thread;
    // relaxed: a statistic read by the owner; no other memory is published through it.
    std::atomic<uint64_t> m_served{0};

    // Owned by the server thread while it runs.
    std::unordered_map<uint64_t, Conn> m_conns;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_timers;
    uint64_t m_nextId = kFirstConnId;
    uint64_t m_armedNs = 0;
    bool m_acceptPaused = false; ///< out of fds: stop watching the listen socket for a while

    void closeAll() {
        closeFd(m_listenFd);
        closeFd(m_epollFd);
        closeFd(m_wakeFd);
        closeFd(m_timerFd);
    }

    bool watch(int fd, uint64_t id, uint32_t events, int op = EPOLL_CTL_ADD) {
        epoll_event ev{};
        ev.events = events;
        ev.data.u64 = id;
        return epoll_ctl(m_epollFd, op, fd, &ev) == 0;
    }

    void dropConn(uint64_t id) {
        auto it = m_conns.find(id);
        if (it == m_conns.end())
            return;
        ::close(it->second.fd); // closing also removes it from the epoll set
        m_conns.erase(it);
        if (m_acceptPaused && watch(m_listenFd, kListenId, EPOLLIN, EPOLL_CTL_MOD))
            m_acceptPaused = false; // an fd is free again: let waiting clients in
    }

    void acceptAll() {
        while (true) {
            const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // The listen socket stays readable; without this the loop would spin.
                    // Clients wait in the backlog until one of ours closes or 10 ms pass
                    // (the fds may belong to someone else in this process).
                    if (watch(m_listenFd, kListenId, 0, EPOLL_CTL_MOD))
                        m_acceptPaused = true;
                }
                return;
            }
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const uint64_t id = m_nextId++;
            if (!watch(fd, id, EPOLLIN | EPOLLRDHUP)) {
                ::close(fd);
                continue;
            }
            m_conns[id].fd = fd;
        }
    }

    // Returns false if the connection had to be dropped.
    bool flush(uint64_t id, Conn& c) {
        while (!c.out.empty()) {
            const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n > 0) {
                c.out.erase(0, size_t(n));
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (!c.wantOut) {
                    c.wantOut = true;
                    // After an ERR line, stop reading: only the flush is left to do.
                    watch(c.fd, id, c.closing ? uint32_t(EPOLLOUT) : uint32_t(EPOLLIN | EPOLLRDHUP | EPOLLOUT),
                          EPOLL_CTL_MOD);
                }
                return true;
            }
            dropConn(id); // EPIPE / ECONNRESET: the client is gone
            return false;
        }
        if (c.wantOut) {
            c.wantOut = false;
            watch(c.fd, id, EPOLLIN | EPOLLRDHUP, EPOLL_CTL_MOD);
        }
        if (c.closing) {
            dropConn(id);
            return false;
        }
        return true;
    }

    void handleLine(uint64_t id, Conn& c, std::string_view line, uint64_t now) {
        const std::optional<PantryRequest> req = parsePantryRequest(line);
        if (!req) {
            c.out += "ERR expected 'FETCH <dish> <ms>' with 0 <= ms <= 60000\n";
            c.closing = true;
            return;
        }
        m_timers.push(Due{now + uint64_t(req->ms * 1e6), id, req->dish, pantryIngredientHash(req->dish, req->ms)});
    }

    void readConn(uint64_t id, uint32_t events) {
        auto it = m_conns.find(id);
        if (it == m_conns.end())
            return;
        Conn& c = it->second;
        if (events & (EPOLLERR | EPOLLHUP)) {
            dropConn(id);
            return;
        }
        if ((events & EPOLLOUT) && !flush(id, c))
            return;
        if (!(events & (EPOLLIN | EPOLLRDHUP)))
            return;
        char buf[1024];
        while (!c.closing) {
            const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
            if (n > 0) {
                c.in.append(buf, size_t(n));
                const uint64_t now = monotonicNs();
                size_t nl;
                while (!c.closing && (nl = c.in.find('\n')) != std::string::npos) {
                    handleLine(id, c, std::string_view(c.in).substr(0, nl), now);
                    c.in.erase(0, nl + 1);
                }
                if (!c.closing && c.in.size() > kMaxLine) {
                    c.out += "ERR request line longer than 256 bytes\n";
                    c.closing = true;
                }
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            if (n < 0) {
                dropConn(id);
                return;
            }
            // EOF: the client left (a cancelled fetch). Its pending answers are dropped
            // with it, so the server holds no fd for work nobody waits for.
            dropConn(id);
            return;
        }
        flush(id, c);
    }

    void fireDue() {
        const uint64_t now = monotonicNs();
        while (!m_timers.empty() && m_timers.top().atNs <= now) {
            const Due d = m_timers.top();
            m_timers.pop();
            auto it = m_conns.find(d.conn);
            if (it == m_conns.end())
                continue; // the client left before its answer was due
            Conn& c = it->second;
            c.out += "OK " + std::to_string(d.dish) + " " + std::to_string(d.hash) + "\n";
            m_served.fetch_add(1, std::memory_order_relaxed);
            flush(d.conn, c);
        }
        const uint64_t next = m_timers.empty() ? 0 : m_timers.top().atNs;
        if (next != m_armedNs) {
            itimerspec spec{};
            spec.it_value.tv_sec = time_t(next / 1'000'000'000u);
            spec.it_value.tv_nsec = long(next % 1'000'000'000u);
            timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &spec, nullptr); // zero disarms
            m_armedNs = next;
        }
    }

    void run() {
        epoll_event events[128];
        bool stopping = false;
        while (!stopping) {
            const int n = epoll_wait(m_epollFd, events, 128, m_acceptPaused ? 10 : -1);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                break;
            }
            if (n == 0 && m_acceptPaused && watch(m_listenFd, kListenId, EPOLLIN, EPOLL_CTL_MOD))
                m_acceptPaused = false; // try accepting again
            for (int i = 0; i < n; ++i) {
                const uint64_t id = events[i].data.u64;
                if (id == kWakeId) {
                    stopping = true;
                } else if (id == kListenId) {
                    acceptAll();
                } else if (id == kTimerId) {
                    uint64_t expirations;
                    [[maybe_unused]] ssize_t r = ::read(m_timerFd, &expirations, sizeof expirations);
                } else {
                    readConn(id, events[i].events);
                }
            }
            fireDue();
        }
        for (auto& [id, c] : m_conns)
            ::close(c.fd); // clients blocked on a read now see end-of-file
        m_conns.clear();
        m_timers = {};
        m_armedNs = 0;
    }
};

Pantry::Pantry() : m_impl(std::make_unique<Impl>()) {}

Pantry::~Pantry() { stop(); }

Result<uint16_t> Pantry::start() {
    Impl& d = *m_impl;
    if (d.m_thread.joinable())
        return makeError("the pantry is already running on 127.0.0.1:" + std::to_string(d.m_port));
    d.m_listenFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (d.m_listenFd < 0)
        return makeError(sysError("cannot create a socket"));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0; // the OS picks a free port
    socklen_t len = sizeof addr;
    if (bind(d.m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        Error e = makeError(sysError("cannot bind 127.0.0.1"));
        d.closeAll();
        return e;
    }
    if (listen(d.m_listenFd, 4096) != 0 || getsockname(d.m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        Error e = makeError(sysError("cannot listen on 127.0.0.1"));
        d.closeAll();
        return e;
    }
    d.m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    d.m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    d.m_timerFd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
    if (d.m_epollFd < 0 || d.m_wakeFd < 0 || d.m_timerFd < 0 || !d.watch(d.m_listenFd, kListenId, EPOLLIN) ||
        !d.watch(d.m_wakeFd, kWakeId, EPOLLIN) || !d.watch(d.m_timerFd, kTimerId, EPOLLIN)) {
        Error e = makeError(sysError("cannot set up its event loop"));
        d.closeAll();
        return e;
    }
    d.m_port = ntohs(addr.sin_port);
    d.m_served.store(0, std::memory_order_relaxed);
    try {
        d.m_thread = std::thread([&d] {
            setCurrentThreadName("kc-pantry");
            d.run();
        });
    } catch (const std::system_error& ex) {
        d.closeAll();
        d.m_port = 0;
        return makeError(std::string("pantry: cannot start its thread: ") + ex.what());
    }
    return d.m_port;
}

void Pantry::stop() {
    Impl& d = *m_impl;
    if (!d.m_thread.joinable())
        return;
    const uint64_t one = 1;
    [[maybe_unused]] ssize_t r = ::write(d.m_wakeFd, &one, sizeof one);
    d.m_thread.join();
    d.closeAll();
    d.m_port = 0;
}

uint16_t Pantry::port() const { return m_impl->m_port; }

uint64_t Pantry::requestsServed() const { return m_impl->m_served.load(std::memory_order_relaxed); }

} // namespace kc::core
