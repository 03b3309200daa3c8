// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the loop tests: a counting type for lifetimes (as cppcoro's
// test/counted.hpp) and a stopwatch.

#include <chrono>

namespace kc::core::loop::testing {

/// Debug and sanitizer builds: timings mean nothing, and GCC turns symmetric transfer
/// into a guaranteed tail call only when optimising without AddressSanitizer.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || !defined(__OPTIMIZE__)
inline constexpr bool kOptimisedBuild = false;
#else
inline constexpr bool kOptimisedBuild = true;
#endif

/// Counts live instances, so a test can prove every frame's locals were destroyed.
struct Counted {
    static inline int alive = 0;
    static inline int constructed = 0;
    Counted() { ++alive, ++constructed; }
    Counted(const Counted&) { ++alive, ++constructed; }
    Counted(Counted&&) noexcept { ++alive, ++constructed; }
    Counted& operator=(const Counted&) = default;
    ~Counted() { --alive; }
    static void reset() { alive = 0, constructed = 0; }
};

inline double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
        .count();
}

} // namespace kc::core::loop::testing
