// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/rounds.h"

#include <algorithm>
#include <string>

namespace kc::core {

namespace {

double cpuOf(const RunReport& r) { return r.cpuUserSeconds + r.cpuSysSeconds; }

} // namespace

RunReport summarizeRounds(std::vector<RunReport> rounds) {
    if (rounds.empty())
        return {};
    for (RunReport& r : rounds)
        if (r.status != RunStatus::Completed)
            return std::move(r);
    std::vector<size_t> steady, all;
    for (size_t i = 0; i < rounds.size(); ++i) {
        all.push_back(i);
        if (rounds[i].confidence.steady())
            steady.push_back(i);
    }
    // Left-out rounds are named; the worst of the counted ones gives the confidence.
    const bool dropSome = steady.size() >= 2 && steady.size() * 2 > rounds.size() &&
                          steady.size() < rounds.size();
    const std::vector<size_t>& counted = dropSome ? steady : all;
    Assessment confidence;
    for (size_t i : counted)
        confidence = worse(confidence, rounds[i].confidence);

    RoundsSummary summary;
    std::vector<double> wall, cpu;
    for (size_t i = 0; i < rounds.size(); ++i) {
        summary.wallSeconds.push_back(rounds[i].wallSeconds);
        summary.cpuSeconds.push_back(cpuOf(rounds[i]));
        summary.confidence.push_back(rounds[i].confidence.level);
    }
    for (size_t i : counted) {
        wall.push_back(rounds[i].wallSeconds);
        cpu.push_back(cpuOf(rounds[i]));
    }
    summary.wall = spreadOf(wall);
    summary.cpu = spreadOf(cpu);

    // Rounds that disagree say something disturbed them that /proc did not show.
    const double range = summary.wall.relativeRange();
    if (counted.size() >= 2 && range > kNoisyRoundsRange) {
        Assessment byRange;
        byRange.level = range > kDisturbedRoundsRange ? Confidence::Disturbed : Confidence::Noisy;
        byRange.reason = "the rounds' wall times differ by " + percentText(range);
        confidence = worse(confidence, byRange);
    }
    if (dropSome) {
        const size_t left = rounds.size() - steady.size();
        std::string why;
        for (size_t i = 0; i < rounds.size() && why.empty(); ++i)
            if (!rounds[i].confidence.steady())
                why = rounds[i].confidence.reason;
        const std::string note = std::to_string(left) + " of " + std::to_string(rounds.size()) +
                                 " rounds left out (" + why + ")";
        confidence.reason = confidence.reason.empty() ? note : confidence.reason + "; " + note;
    }

    // The representative: the counted round whose wall time is the (lower) median.
    std::vector<size_t> byWall = counted;
    std::sort(byWall.begin(), byWall.end(), [&](size_t a, size_t b) {
        return rounds[a].wallSeconds < rounds[b].wallSeconds;
    });
    RunReport out = std::move(rounds[byWall[(byWall.size() - 1) / 2]]);
    out.rounds = std::move(summary);
    out.confidence = confidence;
    return out;
}

RunReport runRounds(const ExperimentSpec& spec, int count, RunOptions options,
                    CancelToken* cancel, const RoundFn& onRound) {
    count = std::clamp(count, 1, kMaxRounds);
    std::vector<RunReport> done;
    for (int i = 1; i <= count; ++i) {
        RunReport r = runExperiment(spec, options, cancel);
        if (onRound)
            onRound(i, r);
        const bool stop = r.status != RunStatus::Completed;
        done.push_back(std::move(r));
        if (stop || (cancel && cancel->cancelled()))
            break;
    }
    if (count == 1 || done.back().status != RunStatus::Completed)
        return std::move(done.back());
    return summarizeRounds(std::move(done));
}

} // namespace kc::core
