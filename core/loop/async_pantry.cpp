// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loop/async_pantry.h"

#include "core/loop/socket_ops.h"
#include "core/workload/pantry.h"
#include "core/workload/pantry_wire.h" // the wire format, shared with the blocking client

#include <charconv>
#include <stdexcept>
#include <string>
#include <system_error>

namespace kc::core::loop {

Task<uint64_t> fetchFromPantry(EventLoop& loop, uint16_t port, uint32_t dish, double ms) {
    const std::string where = "pantry at 127.0.0.1:" + std::to_string(port);
    Socket sock;
    try {
        sock = co_await connectTcp(loop, "127.0.0.1", port);
        const std::string request =
            "FETCH " + std::to_string(dish) + " " + pantryFormatMs(ms) + "\n";
        co_await writeAll(loop, sock.fd(), request.data(), request.size());
    } catch (const std::system_error& e) {
        throw std::runtime_error(where + ": cannot send the request: " + e.what());
    }
    std::string reply;
    while (reply.find('\n') == std::string::npos) {
        char buf[128];
        size_t n = 0;
        try {
            n = co_await readSome(loop, sock.fd(), buf, sizeof buf);
        } catch (const std::system_error& e) {
            throw std::runtime_error(where + ": cannot receive: " + e.what());
        }
        if (n == 0)
            throw std::runtime_error(where + " closed the connection before answering");
        reply.append(buf, n);
        if (reply.size() > 512)
            throw std::runtime_error(where + " sent an answer longer than 512 bytes");
    }
    reply.resize(reply.find('\n'));
    if (!reply.empty() && reply.back() == '\r')
        reply.pop_back();
    const std::string expect = "OK " + std::to_string(dish) + " ";
    uint64_t hash = 0;
    const char* last = reply.data() + reply.size();
    if (reply.rfind(expect, 0) != 0 || reply.size() == expect.size() ||
        std::from_chars(reply.data() + expect.size(), last, hash).ptr != last ||
        hash != pantryIngredientHash(dish, ms))
        throw std::runtime_error(where + " sent an unexpected answer '" + reply +
                                 "' (expected '" + expect + "<hash>')");
    co_return hash;
}

} // namespace kc::core::loop
