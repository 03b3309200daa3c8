// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a file we did not write: it is hostile until parsed. Refuse anything that
// is not a regular file (a FIFO would block forever, /dev/zero never ends) and
// anything larger than the caller's stated maximum, before reading a byte of it.

#include "core/util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kc::core {

/// Largest files we read, by kind. A recording of a 1,000,000-dish run is ~60 MB.
inline constexpr size_t kMaxRecordingBytes = size_t(256) << 20;
inline constexpr size_t kMaxReportBytes = size_t(64) << 20;
inline constexpr size_t kMaxLessonBytes = size_t(1) << 20;
inline constexpr size_t kMaxSmallFileBytes = size_t(64) << 10; ///< caches, settings values

/// The whole file, or an error naming the path and the reason: missing, unreadable,
/// not a regular file (FIFO, device, folder, socket), or larger than maxBytes. `what`
/// names the kind in the message ("recording", "lesson"). Never blocks on a FIFO.
Result<std::string> readBoundedFile(const std::string& path, size_t maxBytes,
                                    std::string_view what = "file");

/// "a folder", "a FIFO (named pipe)", "a character device", …: what a path that is not
/// a regular file is (st_mode from stat), for messages about reading and writing it.
const char* fileKindText(unsigned mode);

/// "12.5 MB", "64 KB", "300 bytes": sizes in messages.
std::string byteSizeText(size_t bytes);

/// At most maxChars of a file's own content, for a message: control characters as
/// \xNN, cut on a UTF-8 boundary, "…" when cut. Never echo more than this.
std::string clipForMessage(std::string_view text, size_t maxChars = 60);

} // namespace kc::core
