// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target per parser, all built from this file: CMake compiles it once per
// entry of fuzz_entries.h, naming the entry in KC_FUZZ_TARGET (e.g. "recording").
// Built by the fuzz preset, run by `make fuzz`; seeds in tests/fuzz/corpus/<target>.

#include "tests/fuzz/fuzz_entries.h"

#include <cstdio>
#include <cstdlib>

namespace {

const std::function<kc::fuzz::Outcome(std::string_view)>& entry() {
    static const auto& found = [] () -> const std::function<kc::fuzz::Outcome(std::string_view)>& {
        for (const auto& [name, fn] : kc::fuzz::targets())
            if (name == KC_FUZZ_TARGET)
                return fn;
        std::fprintf(stderr, "fuzz: no entry named %s in fuzz_entries.h\n", KC_FUZZ_TARGET);
        std::abort();
    }();
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const kc::fuzz::Outcome o = entry()(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!o.broken.empty()) {
        // A broken promise is a finding like a crash: abort so that libFuzzer saves the input.
        std::fprintf(stderr, "fuzz_%s: %s\n", KC_FUZZ_TARGET, o.broken.c_str());
        std::abort();
    }
    return 0;
}
