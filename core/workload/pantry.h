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
/// A blocking client for threads/processes models: connect, send, wait for the answer.
/// Wakes within ~20 ms of cancel. Returns the ingredient hash, or an error naming the cause.
Result<uint64_t> pantryFetch(uint16_t port, uint32_t dish, double ms, CancelToken* cancel = nullptr);

} // namespace kc::core
