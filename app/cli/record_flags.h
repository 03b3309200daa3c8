// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --record FILE.kitchen.json and --trace-out FILE.json, shared by `run` and `compare`.

#include "app/cli/arg_parser.h"
#include "core/experiment/recording.h"

#include <string>
#include <vector>

namespace kc::app {

/// The flags to add to a command's ArgParser.
inline const char* const kRecordFlag = "--record";
inline const char* const kTraceOutFlag = "--trace-out";

/// True when the user asked for a recording or a trace (the run must then be recorded).
bool wantsRecording(const ArgParser& p);

/// Checks, before any run, that every file asked for can be written: the folder exists
/// and is writable, and none is a device, FIFO or folder. One check per suffix (the
/// files `compare` will write); {""} for a single run. False with a message in error.
bool checkRecordingOutputs(const ArgParser& p, const std::vector<std::string>& suffixes,
                           std::string& error);

/// Writes what was asked for, each file atomically (an existing one is replaced whole
/// or left as it was); prints where it went. On failure returns false with a
/// message for people in error. `suffix` distinguishes the files of several runs
/// ("-threads" gives run-threads.kitchen.json); empty for a single run.
bool writeRecordingOutputs(const ArgParser& p, const core::Recording& rec,
                           const std::string& suffix, std::string& error);

/// FILE.kitchen.json + "-x" → FILE-x.kitchen.json (also for .json).
std::string withSuffix(const std::string& path, const std::string& suffix);

} // namespace kc::app
