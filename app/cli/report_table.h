// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Readable text for run reports: the `run` summary and the `compare` table.

#include "core/experiment/run_report.h"

#include <ostream>
#include <string>
#include <vector>

namespace kc::app {

/// "652 ms", "1.94 s", "180 us".
std::string formatDuration(double seconds);

/// "steady", or "disturbed: the hypervisor took 23 % of the CPUs  (steal 0.46, ...)".
std::string confidenceLine(const core::RunReport& r);

/// The one-experiment summary printed by `run`.
void printRunReport(std::ostream& out, const core::RunReport& r);

/// One row per report, columns: model, wall, speedup, efficiency, CPU %, switches, GIL wait.
void printComparisonTable(std::ostream& out, const std::vector<core::RunReport>& reports,
                          const std::vector<std::string>& labels);

/// Writes json text (and a newline) to path atomically: an existing file is replaced
/// whole or left as it was. False with a message in error when it cannot.
bool writeTextFile(const std::string& path, const std::string& text, std::string& error);

} // namespace kc::app
