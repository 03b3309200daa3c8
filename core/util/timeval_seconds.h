// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A rusage time (struct timeval) in seconds: getrusage and wait4 report in these.

#include <sys/time.h>

namespace kc::core {

inline double timevalSeconds(const timeval& tv) {
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace kc::core
