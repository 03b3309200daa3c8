// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/report_table.h"

#include "core/lessons/engine_words.h"
#include "core/util/atomic_file.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace kc::app {

using namespace kc::core;

std::string formatDuration(double s) {
    char buf[32];
    if (s >= 10)
        std::snprintf(buf, sizeof buf, "%.1f s", s);
    else if (s >= 1)
        std::snprintf(buf, sizeof buf, "%.2f s", s);
    else if (s >= 1e-3)
        std::snprintf(buf, sizeof buf, "%.1f ms", s * 1e3);
    else
        std::snprintf(buf, sizeof buf, "%.0f us", s * 1e6);
    return buf;
}

namespace {
std::string fixed(double v, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

uint64_t combinedChecksum(const RunReport& r) {
    uint64_t x = 0;
    for (uint64_t c : r.checksums)
        x ^= c + 0x9E3779B97F4A7C15ull + (x << 6) + (x >> 2);
    return x;
}

void row(std::ostream& out, const std::string& label, const std::string& value) {
    out << "  " << std::left << std::setw(16) << label << (label.size() >= 16 ? " " : "") << value
        << "\n";
}

// Whole numbers without decimals, others with three significant decimals.
std::string figure(double v) {
    if (v == double(int64_t(v)))
        return std::to_string(int64_t(v));
    return fixed(v, 3);
}
// The whiteboard, the locks, the pass and a deadlock: only for runs that used them.
void shareRows(std::ostream& out, const RunReport& r) {
    const KitchenShare& s = r.share;
    if (!s.tallies.empty()) {
        if (s.tallyShared)
            row(out, "tally", "expected " + std::to_string(s.tallyExpected()) + ", counted " +
                                  std::to_string(s.tallyCounted()) + ", lost " +
                                  std::to_string(s.tallyLost()) +
                                  (s.tallyLost() > 0 ? "  (chefs overwrote each other's updates)"
                                                     : "  (nothing lost)"));
        else
            row(out, "tally", std::to_string(s.tallies.size()) +
                                  " separate whiteboards, one per kitchen (processes share no "
                                  "memory): no board holds the total of " +
                                  std::to_string(s.tallyExpected()));
        if (!s.tallyShared || s.tallies.size() > 1)
            for (const KitchenTally& t : s.tallies)
                row(out, "", "kitchen " + std::to_string(t.kitchen + 1) + ": expected " +
                                 std::to_string(t.expected) + ", counted " +
                                 std::to_string(t.counted) + ", lost " + std::to_string(t.lost()));
    }
    if (s.lockAcquisitions > 0)
        row(out, "locks", std::to_string(s.lockAcquisitions) + " taken, " +
                              std::to_string(s.lockContended) + " had to wait, " +
                              formatDuration(s.lockWaitSeconds) +
                              " in line (summed over chefs)");
    if (s.sendDishes > 0)
        row(out, "send", std::to_string(s.sendDishes) + " dishes, " +
                             fixed(double(s.sendBytes) / 1e6, 3) + " MB, " +
                             (s.sendCopiedBytes > 0
                                  ? fixed(double(s.sendCopiedBytes) / 1e6, 3) + " MB copied between kitchens"
                                  : std::string("handed over as pointers (no copy)")) +
                             ", " + formatDuration(s.sendSeconds) + " handing over");
    if (!s.deadlock.empty())
        row(out, "deadlock", describeDeadlock(s.deadlock) + "  (found after " +
                                 formatDuration(s.deadlockAfterSeconds) + ")");
}
} // namespace

std::string confidenceLine(const RunReport& r) {
    std::string line = confidenceName(r.confidence.level);
    if (!r.confidence.reason.empty())
        line += ": " + r.confidence.reason;
    if (r.load.known)
        line += "  (steal " + fixed(r.load.stealCpus, 2) + ", other programs " +
                fixed(r.load.othersCpus, 2) + " of " + std::to_string(r.load.cpus) + " CPUs" +
                (r.load.runQueueShare >= 0
                     ? ", chefs waited " + fixed(r.load.runQueueShare * 100, 0) + " % for a CPU"
                     : std::string()) +
                ")";
    return line;
}

void printRunReport(std::ostream& out, const RunReport& r) {
    out << "Experiment: " << r.spec.describe() << "\n";
    row(out, "status", std::string(runStatusName(r.status)) + " (" + std::to_string(r.dishesDone) +
                           " of " + std::to_string(r.spec.dishes) + " dishes)");
    if (!r.error.empty())
        row(out, "error", r.error);
    // What cooked, in the words every run, lesson and recording uses.
    const std::string words = core::lessons::engineWords(r).en;
    if (r.spec.engine == EngineKind::Python) {
        auto detail = [&](const char* key) {
            auto it = r.engineDetails.find(key);
            return it == r.engineDetails.end() ? std::string() : it->second;
        };
        std::string python = words;
        if (!detail("start_method").empty())
            python += ", start method " + detail("start_method");
        if (!detail("python_executable").empty())
            python += "  (" + detail("python_executable") + ")";
        row(out, "engine", python);
    } else {
        row(out, "engine", words);
    }
    if (r.spec.engine == EngineKind::Native && r.spec.model == ModelKind::Processes) {
        auto method = r.engineDetails.find("start_method");
        if (method != r.engineDetails.end())
            row(out, "start method", method->second +
                                         (method->second == "fork"
                                              ? "  (a copy of this program cooks, no exec)"
                                              : "  (posix_spawn of a fresh kc-worker)"));
    }
    if (r.rounds && r.rounds->wallSeconds.size() > 1) {
        const Spread& w = r.rounds->wall;
        row(out, "wall time", formatDuration(w.median) + " median of " +
                                  std::to_string(r.rounds->wallSeconds.size()) + " rounds (min " +
                                  formatDuration(w.min) + ", max " + formatDuration(w.max) + ")");
    } else {
        row(out, "wall time", formatDuration(r.wallSeconds));
    }
    if (r.startupSeconds > 0)
        row(out, "start-up", formatDuration(r.startupSeconds) +
                                 "  (interpreter and pool before the first dish; not in the wall time)");
    row(out, "how sure", confidenceLine(r));
    row(out, "CPU time", "user " + formatDuration(r.cpuUserSeconds) + ", sys " +
                             formatDuration(r.cpuSysSeconds) + "  (" + fixed(r.cpuPercent(), 0) +
                             " % = " + fixed(r.cpuPercent() / 100, 2) + " cores busy)");
    row(out, "waited for CPU", formatDuration(r.runQueueWaitSeconds) +
                                   "  (chefs ready to run while every burner was taken)");
    if (r.speedup)
        row(out, "speedup", fixed(*r.speedup, 2) + "x vs sequential " +
                                formatDuration(*r.sequentialWallSeconds) + ", efficiency " +
                                fixed(*r.efficiency * 100, 0) + " % of " +
                                std::to_string(r.parallelUnits) + " parallel chefs");
    else
        row(out, "speedup", "(no sequential baseline: add --baseline, or use compare)");
    row(out, "switches", "voluntary " + std::to_string(r.switches.voluntary) + " (" +
                             fixed(r.voluntaryPerSecond, 0) + "/s), involuntary " +
                             std::to_string(r.switches.involuntary) + " (" +
                             fixed(r.involuntaryPerSecond, 0) + "/s)");
    if (!r.gilPerChef.empty()) {
        const GilChefStats& g = r.gilTotal;
        row(out, "GIL", std::to_string(g.acquisitions) + " acquisitions, " +
                            std::to_string(g.dropRequests) + " drop requests, " +
                            std::to_string(g.forcedSwitches) + " forced switches");
        row(out, "", "held " + formatDuration(double(g.holdNs) / 1e9) + ", waited " +
                         formatDuration(double(g.waitNs) / 1e9) + " (all chefs, interval " +
                         fixed(r.spec.switchIntervalMs, 1) + " ms)");
    }
    shareRows(out, r);
    row(out, "dish latency", "p50 " + formatDuration(r.latency.p50Ms / 1e3) + ", p95 " +
                                 formatDuration(r.latency.p95Ms / 1e3) + ", max " +
                                 formatDuration(r.latency.maxMs / 1e3));
    std::string states;
    for (int i = 0; i < kChefStateCount; ++i) {
        if (r.stateSeconds[size_t(i)] <= 0)
            continue;
        states += (states.empty() ? "" : ", ") + std::string(chefStateName(ChefState(i))) + " " +
                  formatDuration(r.stateSeconds[size_t(i)]);
    }
    row(out, "chef time", states.empty() ? "(tracing off)" : states + "  (summed over chefs)");
    std::string memory = "peak RSS " + fixed(double(r.peakRssKb) / 1024, 1) + " MiB";
    if (r.workersPeakRssKb)
        memory += ", largest worker " + fixed(double(r.workersPeakRssKb) / 1024, 1) + " MiB";
    row(out, "memory", memory);
    row(out, "events", std::to_string(r.recordedEvents) + " recorded, " +
                           std::to_string(r.droppedEvents) + " dropped");
    for (const auto& [name, value] : r.engineFigures)
        if (name != "startup_seconds")  // has its own line above
            row(out, name, figure(value));
    char sum[24];
    std::snprintf(sum, sizeof sum, "%016llx", static_cast<unsigned long long>(combinedChecksum(r)));
    row(out, "checksum", std::string(sum) + "  (all dishes combined; same in every model)");
}

void printComparisonTable(std::ostream& out, const std::vector<RunReport>& reports,
                          const std::vector<std::string>& labels) {
    out << std::left << std::setw(22) << "model" << std::right << std::setw(10) << "wall"
        << std::setw(9) << "speedup" << std::setw(8) << "effic." << std::setw(8) << "CPU %"
        << std::setw(10) << "vol sw" << std::setw(10) << "invol sw" << std::setw(11)
        << "GIL wait" << "  how sure\n";
    for (size_t i = 0; i < reports.size(); ++i) {
        const RunReport& r = reports[i];
        out << std::left << std::setw(22) << labels[i] << std::right;
        if (r.status != RunStatus::Completed) {
            out << "  " << runStatusName(r.status) << ": " << r.error << "\n";
            continue;
        }
        out << std::setw(10) << formatDuration(r.wallSeconds) << std::setw(9)
            << (r.speedup ? fixed(*r.speedup, 2) + "x" : "-") << std::setw(8)
            << (r.efficiency ? fixed(*r.efficiency * 100, 0) + "%" : "-") << std::setw(8)
            << fixed(r.cpuPercent(), 0) << std::setw(10) << r.switches.voluntary << std::setw(10)
            << r.switches.involuntary << std::setw(11)
            << (r.gilPerChef.empty() ? std::string("-")
                                     : formatDuration(double(r.gilTotal.waitNs) / 1e9))
            << "  " << confidenceName(r.confidence.level);
        if (r.rounds && r.rounds->wallSeconds.size() > 1)
            out << " (" << r.rounds->wallSeconds.size() << " rounds, wall " +
                               formatDuration(r.rounds->wall.min) + "-" +
                               formatDuration(r.rounds->wall.max) + ")";
        out << "\n";
    }
}

bool writeTextFile(const std::string& path, const std::string& text, std::string& error) {
    auto saved = core::saveAtomically(path, text + "\n");
    if (!saved.ok()) {
        error = saved.error();
        return false;
    }
    return true;
}

} // namespace kc::app
