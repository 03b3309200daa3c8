// SPDX-License-Identifier: GPL-3.0-or-later
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
/// <state>_seconds: time the chefs spent in each state, summed over chefs (idle,
/// cooking, waiting_io, waiting_timer, waiting_gil, ready, waiting_lock = in line for
/// the whiteboard's marker or a tool, passing = handing dishes to the pass).
/// What the chefs shared (core/models/engine.h KitchenShare), only for a preset whose
/// recipe has such steps (isKnownMetric refuses them elsewhere):
/// - tally steps: tally_expected (increments made), tally_counted (what the whiteboards
///   say, summed), tally_lost (expected - counted), tally_lost_share (0..1),
///   tally_lost_percent, tally_boards (whiteboards: 1 in one kitchen, one per process),
///   tally_board_max (the largest board: below expected when every kitchen had its own).
///   "Nothing lost" is claimed as tally_counted >= tally_expected, never lost == 0: a
///   claim on a reading of 0 fails, so a missing tally fails too.
/// - tally-locked and tools steps: lock_wait_seconds (in line, summed over chefs),
///   lock_acquisitions, lock_contended (acquisitions that had to wait),
///   lock_contended_percent.
/// - send steps: send_dishes, send_mb (plates handed over), send_copied_mb (of those,
///   copied to another kitchen; 0 within one), send_seconds (summed over chefs),
///   send_ms_each (per dish).
/// - tools steps: deadlocked (1 when the deadlock watch stopped the run, else 0),
///   deadlock_chefs (chefs in the cycle), deadlock_after_seconds (how long the cycle
///   had lasted when declared).
const std::vector<std::string>& experimentMetricNames();
/// Keys of switch_ns.<key> and of create_ns.<key> / bytes_each.<key> (native; a
/// switch_cost preset with "engine": "python" has core/python/python_switch_cost.h's).
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

/// "python:threads_gil": the key of one engine's figures in merged measurements, so a
/// text may say "{python:threads_gil.wall_ms}" beside "{threads_gil.wall_ms}".
std::string engineKey(EngineKind engine, const std::string& presetId);
/// One map of every engine's measurements: the first engine's (the lesson's first)
/// under plain preset ids, and every engine's under engineKey(engine, preset).
LessonMeasurements mergeEngineMeasurements(
    const std::vector<std::pair<EngineKind, LessonMeasurements>>& byEngine);
/// A number for people: 3 significant digits, no exponent for everyday sizes.
std::string formatNumber(double v);

} // namespace kc::core::lessons
