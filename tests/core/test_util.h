// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by core tests.

#include <fstream>
#include <sstream>
#include <string>

namespace kc::test {

inline std::string readFixture(const std::string& relative) {
    std::ifstream in(std::string(KC_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string fixturePath(const std::string& relative) {
    return std::string(KC_FIXTURES_DIR) + "/" + relative;
}

} // namespace kc::test
