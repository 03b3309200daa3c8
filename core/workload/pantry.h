// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pantry: a real loopback TCP server that answers each request after N ms.
// Bound to 127.0.0.1 on a port the OS picks; serves many clients at once.

#include "core/util/cancel.h"
#include "core/util/result.h"

#include <cstdint>
#include <memory>

namespace kc::core {

/// Threading: start()/stop() from the owning thread; the server runs on its own
/// thread (epoll + timer heap). stop() closes every connection, so blocked clients wake.
class Pantry {
public:
    Pantry();
    ~Pantry();  ///< stops
    Pantry(const Pantry&) = delete;
    Pantry& operator=(const Pantry&) = delete;

    /// Binds 127.0.0.1:0 and starts serving. Returns the chosen port.
    Result<uint16_t> start();
    void stop();
    uint16_t port() const;
    uint64_t requestsServed() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Wire format, one line each way:
///   request  "FETCH <dish> <ms>\n"
///   response "OK <dish> <ingredient-hash>\n"  (after ms milliseconds)
///   A malformed request (or one longer than 256 bytes) gets "ERR <reason>\n" at once,
///   then the connection is closed. Several requests may share one connection.
///   A client that closes (or shuts down its sending side) is dropped with its
///   pending answers: that is how a cancelled fetch frees the server at once.
/// A blocking client for threads/processes models: connect, send, wait for the answer.
/// Wakes within ~20 ms of cancel. Returns the ingredient hash, or an error naming the cause.
Result<uint64_t> pantryFetch(uint16_t port, uint32_t dish, double ms, CancelToken* cancel = nullptr);

/// The ingredient the pantry hands out for (dish, ms): a pure function, so every model
/// and the Python twins agree. With mix = one splitmix64 round (see cpu_kernel.cpp) and
/// us = floor(ms * 1000 + 0.5): mix(mix(0x50414E545259 ^ dish) ^ us).
uint64_t pantryIngredientHash(uint32_t dish, double ms);

/// Longest wait a request may ask for; longer requests get an "ERR ..." line.
inline constexpr double kPantryMaxMs = 60'000;

} // namespace kc::core
