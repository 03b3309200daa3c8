// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing an output file so that a crash, a kill or a full disk never leaves a
// damaged one: every output (--record, --trace-out, --json, shot --out, the window's
// exports) goes through saveAtomically.
//
// How: a unique temporary file beside the target (mkostemp, O_EXCL, never following
// a planted symlink), written whole, fsync'ed, then renamed over the target. A target
// that exists and is not a regular file (a device, a FIFO, a folder) is refused; a
// target that is a symlink is written through: its final file is replaced atomically
// and the link stays. Temporary names carry our pid ("<dir>/.<name>.kc-tmp-<pid>-XXXXXX"),
// so the next save to the same folder removes ones left by a process that died.

#include "core/util/result.h"

#include <functional>
#include <string>
#include <string_view>

namespace kc::core {

/// Writes bytes to path atomically. Errors name the path and the reason ("disk full",
/// "permission denied", "is a character device, not a regular file"). On any error the
/// target is as it was and no temporary file is left behind.
Result<bool> saveAtomically(const std::string& path, std::string_view bytes);

/// The same, for output produced piece by piece: write(fd) gets the temporary file's
/// descriptor and returns an error message, or "" when all went well.
Result<bool> saveAtomicallyWith(const std::string& path,
                                const std::function<std::string(int fd)>& write);

/// Checks, before a run, that path can be saved later: its folder exists and is
/// writable, and the target, if it exists, is a regular file (through symlinks).
/// `what` names the option in the message ("--record").
Result<bool> checkOutputPath(const std::string& path, std::string_view what);

/// Removes "<dir>/.*.kc-tmp-<pid>-*" files whose process is gone. Returns how many.
/// saveAtomically calls it for its own folder; exposed for tests.
int removeStaleTemporaries(const std::string& dir);

} // namespace kc::core
