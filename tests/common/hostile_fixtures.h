// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hostile recordings of tests/fixtures/hostile/recordings, as their README's table
// lists them: "file | the error must contain | what is wrong". Read by the core test
// (loadRecording) and the e2e test (shot and replay), so both check the same list.

#include <fstream>
#include <string>
#include <vector>

namespace kc::test {

struct HostileFixture {
    std::string file, expect;
};

inline std::vector<HostileFixture> hostileRecordings(const std::string& dir) {
    std::vector<HostileFixture> out;
    std::ifstream in(dir + "/README.txt");
    std::string line;
    while (std::getline(in, line)) {
        const size_t a = line.find(" | "), b = line.find(" | ", a + 3);
        if (a == std::string::npos || b == std::string::npos || line.rfind("file |", 0) == 0)
            continue;
        out.push_back({line.substr(0, a), line.substr(a + 3, b - a - 3)});
    }
    return out;
}

} // namespace kc::test
