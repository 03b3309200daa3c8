// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names the calling thread, so that `top -H`, `ps -L`, a debugger and our own views
// (the hub reads "kc-chef-N" to tell lanes apart) can tell the app's threads apart.

#include <string>

namespace kc::core {

/// The kernel keeps 15 characters of a thread's name (16 with the NUL).
inline constexpr size_t kThreadNameMax = 15;

/// Names the calling thread; a longer name is cut to kThreadNameMax characters.
/// Best effort: a failure (never expected on Linux) leaves the old name.
void setCurrentThreadName(const std::string& name);

/// The calling thread's name as the kernel has it ("" if it cannot be read).
std::string currentThreadName();

} // namespace kc::core
