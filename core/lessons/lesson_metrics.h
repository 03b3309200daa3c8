#pragma once
// The measured numbers a lesson can talk about: every metric a claim or a reveal
// placeholder may name, taken from a RunReport or a SwitchCostReport, flattened into
// name -> value so that checking a claim is a lookup.

#include "core/experiment/run_report.h"
#include "core/lessons/lesson.h"
#include "core/loop/switch_cost.h"

#include <map>
#include <string>
#include <vector>

namespace kc::core::lessons {

/// A preset's measurements by metric name ("wall_seconds", "switch_ns.loop_task", ...).
using Metrics = std::map<std::string, double>;
/// Every preset's measurements of one lesson run, by preset id.
using LessonMeasurements = std::map<std::string, Metrics>;

/// Metric names an experiment preset provides (besides "figure.<engine figure>").
/// memory_mb, memory_bytes_each and create_us_each exist only when the engine reported
/// what creating its chefs or tasks cost (figures memory_kb, create_seconds and
/// threads_created / tasks_created): memory_kb in MiB, and each figure divided by the
/// number created.
const std::vector<std::string>& experimentMetricNames();
/// Keys of switch_ns.<key> and of create_ns.<key> / bytes_each.<key>.
const std::vector<std::string>& switchKeys();
const std::vector<std::string>& creationKeys();

/// Whether the preset can provide the metric (names only, no run needed): its kind's
/// metrics, "speedup" when it names a baseline, and figure.<name> for the figures its
/// model's engines declare (core/models/engine_figures.h). reason says why not, e.g.
/// "unknown metric 'wal_seconds' (known: ...)".
bool isKnownMetric(const Preset& preset, const std::string& metric, std::string& reason);

/// Flattens a finished run. "speedup" is added later, when the baseline is known.
Metrics metricsFromReport(const RunReport& report);
Metrics metricsFromSwitchCost(const loop::SwitchCostReport& report);

/// Fills {preset.metric} placeholders with measured numbers (3 significant digits);
/// a placeholder without a measurement stays as "{preset.metric}" — "?" is never
/// invented. "{{" gives a literal "{".
std::string fillPlaceholders(const std::string& text, const LessonMeasurements& m);

/// The placeholders a text uses, as written ("preset.metric").
std::vector<std::string> placeholdersIn(const std::string& text);

/// A number for people: 3 significant digits, no exponent for everyday sizes.
std::string formatNumber(double v);

} // namespace kc::core::lessons
