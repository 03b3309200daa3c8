// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests of the Python engine share: the one allowed skip (no usable Python on
// this machine; CI always has one) and a spec that runs the twins.

#include "core/python/python_locator.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>
#include <iostream>
#include <string>

// The skip's text is exactly the CI allowlist's entry (Python is always on CI); why
// this machine has none goes to stderr.
#define SKIP_WITHOUT_PYTHON()                                                                   \
    do {                                                                                       \
        if (auto p = ::kc::core::probePython(); !p.ok()) {                                     \
            std::cerr << p.error() << "\n";                                                    \
            GTEST_SKIP() << "no usable Python here";                                           \
        }                                                                                      \
    } while (0)

namespace kc::test {

/// spec, cooked by the Python twins.
inline core::ExperimentSpec pySpec(core::ModelKind model, uint32_t chefs, uint32_t dishes,
                                   const std::string& recipe) {
    core::ExperimentSpec s = makeSpec(model, chefs, dishes, recipe);
    s.engine = core::EngineKind::Python;
    return s;
}

} // namespace kc::test
