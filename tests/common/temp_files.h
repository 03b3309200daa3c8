// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A private temporary folder (mkdtemp, so no other user can guess or pre-create it),
// removed with everything in it when the test ends; and a whole file read as bytes.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace kc::test {

struct TempFolder {
    std::string path;
    explicit TempFolder(const char* name = "kc-test") {
        std::string tmpl = std::string("/tmp/") + name + "-XXXXXX";
        if (const char* made = mkdtemp(tmpl.data()))
            path = made;
    }
    ~TempFolder() {
        std::error_code ec;
        if (!path.empty())
            std::filesystem::remove_all(path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
};

inline std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace kc::test
