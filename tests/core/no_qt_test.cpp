// SPDX-License-Identifier: GPL-3.0-or-later
// Core must build without Qt: no file under core/ may include a Qt header.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>

TEST(CoreLayering, NoQtIncludeInCore) {
    namespace fs = std::filesystem;
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qcustomplot))");
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(KC_SOURCE_DIR) / "core")) {
        if (!e.is_regular_file())
            continue;
        ++files;
        std::ifstream in(e.path());
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            EXPECT_FALSE(std::regex_search(line, qtInclude)) << e.path() << ":" << n << ": " << line;
        }
    }
    EXPECT_GT(files, 5);
}
