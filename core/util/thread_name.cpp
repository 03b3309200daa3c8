// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/thread_name.h"

#include <pthread.h>

namespace kc::core {

void setCurrentThreadName(const std::string& name) {
    // pthread_setname_np refuses (ERANGE) rather than truncates a name too long.
    pthread_setname_np(pthread_self(), name.substr(0, kThreadNameMax).c_str());
}

std::string currentThreadName() {
    char buf[kThreadNameMax + 1] = {};
    if (pthread_getname_np(pthread_self(), buf, sizeof buf) != 0)
        return {};
    return buf;
}

} // namespace kc::core
