// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/executable_path.h"

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core {

bool isExecutableFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::string findOnPath(const std::string& name) {
    const char* env = std::getenv("PATH");
    const std::string path = env && *env ? env : "/usr/local/bin:/usr/bin:/bin";
    size_t start = 0;
    while (start <= path.size()) {
        size_t colon = path.find(':', start);
        if (colon == std::string::npos)
            colon = path.size();
        const std::string dir = path.substr(start, colon - start);
        start = colon + 1;
        if (dir.empty() || dir[0] != '/')
            continue;
        const std::string candidate = dir + "/" + name;
        if (isExecutableFile(candidate))
            return candidate;
    }
    return {};
}

} // namespace kc::core
