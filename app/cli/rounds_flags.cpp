// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rounds_flags.h"

#include "app/cli/record_flags.h"
#include "app/cli/spec_flags.h"
#include "core/experiment/recorded_run.h"

#include <vector>

namespace kc::app {

using namespace kc::core;

std::optional<int> repeatFromFlags(ArgParser& p, int fallback, std::string& error) {
    auto n = p.intValue(kRepeatFlag, fallback, 1, kMaxRounds);
    if (!n) {
        error = p.error();
        return std::nullopt;
    }
    return int(*n);
}

OneRound runOneRound(const ArgParser& p, const ExperimentSpec& spec, const RunOptions& options,
                     const WaitFn& wait) {
    OneRound one;
    if (wantsRecording(p)) {
        RecordedRunOptions ro;
        ro.run = options;
        ro.shouldStop = [] { return interrupted(); };
        Recording rec = recordRun(spec, ro);
        one.report = rec.report;
        one.report.events.clear();  // the recording keeps them
        one.recording = std::move(rec);
        return one;
    }
    Runner runner;
    if (auto s = runner.start(spec, options); !s.ok()) {
        one.startError = s.error();
        one.report.spec = spec;
        one.report.status = RunStatus::Failed;
        one.report.error = s.error();
        return one;
    }
    one.report = wait(runner, spec);
    return one;
}

RoundsOutcome foldRounds(std::vector<OneRound> rounds) {
    RoundsOutcome out;
    if (rounds.empty()) {
        out.report.status = RunStatus::Cancelled;
        return out;
    }
    std::vector<RunReport> reports;
    for (const OneRound& r : rounds)
        reports.push_back(r.report);
    const bool summarize = reports.size() > 1 && reports.back().status == RunStatus::Completed;
    RunReport summary = summarize ? summarizeRounds(reports) : reports.back();
    // The representative round is found again by its figures, to pair it with its file.
    size_t pick = rounds.size() - 1;
    for (size_t i = 0; summarize && i < reports.size(); ++i)
        if (reports[i].wallSeconds == summary.wallSeconds &&
            reports[i].cpuUserSeconds == summary.cpuUserSeconds)
            pick = i;
    if (rounds[pick].recording) {
        Recording rec = std::move(*rounds[pick].recording);
        summary.events = std::move(rec.report.events);
        rec.report = summary;
        out.recording = std::move(rec);
    }
    out.startError = rounds.back().startError;
    out.report = std::move(summary);
    return out;
}

RoundsOutcome runSpecRounds(const ArgParser& p, const ExperimentSpec& spec,
                            const RunOptions& options, int rounds, const WaitFn& wait,
                            const std::function<void(int, int)>& onRound) {
    std::vector<OneRound> done;
    for (int i = 1; i <= rounds && !interrupted(); ++i) {
        if (onRound)
            onRound(i, rounds);
        done.push_back(runOneRound(p, spec, options, wait));
        if (done.back().report.status != RunStatus::Completed)
            break;
    }
    RoundsOutcome out = foldRounds(std::move(done));
    if (out.report.spec.dishes == 0)
        out.report.spec = spec;
    return out;
}

} // namespace kc::app
