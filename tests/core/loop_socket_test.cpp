// SPDX-License-Identifier: GPL-3.0-or-later
// Sockets on the loop, against a listener this test creates on 127.0.0.1: an echo
// server and many clients on one thread, cancelling a stuck read, refused connects,
// and a stop that wakes a loop waiting only on a socket.

#include "core/loop/gather.h"
#include "core/loop/socket_ops.h"
#include "loop_test_util.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace kc::core::loop {
namespace {

using testing::msSince;

/// A listening socket on 127.0.0.1, port chosen by the OS.
struct Listener {
    Socket sock;
    uint16_t port = 0;
    Listener() {
        sock = Socket(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(::bind(sock.fd(), reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        EXPECT_EQ(::listen(sock.fd(), 512), 0);
        socklen_t len = sizeof a;
        getsockname(sock.fd(), reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
    }
};

Task<Socket> acceptOne(EventLoop& loop, int listenFd) {
    for (;;) {
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0)
            co_return Socket(fd);
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throw std::system_error(errno, std::generic_category(), "accept4");
        co_await loop.waitIo(listenFd, EPOLLIN);
    }
}

Task<void> echoOnce(EventLoop& loop, Socket s) {
    char buf[256];
    const size_t n = co_await readSome(loop, s.fd(), buf, sizeof buf);
    co_await writeAll(loop, s.fd(), buf, n);
}

Task<void> serve(EventLoop& loop, int listenFd, int clients) {
    std::vector<TaskHandle<void>> conns;
    for (int i = 0; i < clients; ++i)
        conns.push_back(loop.createTask(echoOnce(loop, co_await acceptOne(loop, listenFd))));
    for (auto& c : conns)
        co_await c;
}

Task<std::string> client(EventLoop& loop, uint16_t port, int i) {
    Socket s = co_await connectTcp(loop, "127.0.0.1", port);
    const std::string msg = "FETCH " + std::to_string(i) + "\n";
    co_await writeAll(loop, s.fd(), msg.data(), msg.size());
    std::string got;
    char buf[64];
    while (got.empty() || got.back() != '\n') {
        const size_t n = co_await readSome(loop, s.fd(), buf, sizeof buf);
        if (n == 0)
            break;
        got.append(buf, n);
    }
    co_return got;
}

TEST(LoopSocket, EchoServerAndManyClientsOnOneThread) {
    Listener l;
    EventLoop loop;
    constexpr int kClients = 64;
    auto main = [&]() -> Task<std::vector<std::string>> {
        auto server = loop.createTask(serve(loop, l.sock.fd(), kClients));
        std::vector<Task<std::string>> cs;
        for (int i = 0; i < kClients; ++i)
            cs.push_back(client(loop, l.port, i));
        auto replies = co_await gather(loop, std::move(cs));
        co_await server;
        co_return replies;
    };
    const auto replies = loop.run(main());
    ASSERT_EQ(replies.size(), size_t(kClients));
    for (int i = 0; i < kClients; ++i)
        EXPECT_EQ(replies[size_t(i)], "FETCH " + std::to_string(i) + "\n");
    EXPECT_GT(loop.stats().ioWaits, 0u) << "someone really waited in epoll";
    EXPECT_EQ(loop.socketsWatched(), 0u);
}

TEST(LoopSocket, CancelUnwatchesAStuckRead) {
    Listener l;
    EventLoop loop;
    auto silentRead = [&]() -> Task<size_t> {
        Socket s = co_await connectTcp(loop, "127.0.0.1", l.port); // nobody ever answers
        char c;
        co_return co_await readSome(loop, s.fd(), &c, 1);
    };
    auto main = [&]() -> Task<void> {
        auto h = loop.createTask(silentRead());
        while (h.state() != TaskState::WaitingIo)
            co_await loop.sleep(1);
        EXPECT_EQ(loop.socketsWatched(), 1u);
        h.cancel();
        EXPECT_EQ(loop.socketsWatched(), 0u);
        EXPECT_THROW(co_await h, CancelledError);
    };
    loop.run(main());
}

TEST(LoopSocket, RefusedConnectThrowsSystemError) {
    uint16_t port;
    {
        Listener l;
        port = l.port;
    } // closed: nothing listens there now
    EventLoop loop;
    auto main = [&]() -> Task<void> { co_await connectTcp(loop, "127.0.0.1", port); };
    EXPECT_THROW(loop.run(main()), std::system_error);
}

TEST(LoopSocket, StopWakesALoopBlockedOnASocket) {
    Listener l;
    EventLoop loop;
    auto main = [&]() -> Task<void> {
        Socket s = co_await connectTcp(loop, "127.0.0.1", l.port);
        char c;
        co_await readSome(loop, s.fd(), &c, 1); // no timer anywhere: epoll_wait(-1)
    };
    std::chrono::steady_clock::time_point stopAt;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        stopAt = std::chrono::steady_clock::now();
        loop.requestStop();
    });
    EXPECT_THROW(loop.run(main()), CancelledError);
    const double lag = msSince(stopAt);
    stopper.join();
    EXPECT_LT(lag, 200);
    EXPECT_EQ(loop.socketsWatched(), 0u);
}

} // namespace
} // namespace kc::core::loop
