// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/lesson_judge.h"

#include <algorithm>
#include <cmath>

namespace kc::core::lessons {

namespace {

// A reading of 0 (or less, or not a number) means nothing was measured: a resident
// memory that did not grow is clamped to 0, a count that never moved is 0. Comparing
// with it would let "0 >= 10 x 0" pass.
bool usable(double v) { return std::isfinite(v) && v > 0; }

bool lookup(const LessonMeasurements& m, const MetricRef& ref, double& out, std::string& why) {
    auto p = m.find(ref.preset);
    auto v = p == m.end() ? Metrics::const_iterator{} : p->second.find(ref.metric);
    if (p == m.end() || v == p->second.end()) {
        why = "no measurement of " + ref.text();
        return false;
    }
    out = v->second;
    if (!usable(out)) {
        why = ref.text() + " measured " + formatNumber(out) +
              ": a claim cannot rest on a reading of nothing";
        return false;
    }
    return true;
}

} // namespace

const char* verdictName(Verdict v) {
    switch (v) {
    case Verdict::Holds: return "holds";
    case Verdict::Fails: return "FAILS";
    case Verdict::Skipped: return "skipped";
    case Verdict::Inconclusive: return "inconclusive";
    }
    return "?";
}

std::vector<std::string> presetsOf(const Claim& c) {
    std::vector<std::string> out{c.left.preset};
    if (const auto* r = std::get_if<MetricRef>(&c.right); r && r->preset != c.left.preset)
        out.push_back(r->preset);
    return out;
}

std::string ClaimResult::detail() const {
    if (!claim)
        return {};
    const std::string l = claim->left.text() + " = " + formatNumber(left);
    const auto* ref = std::get_if<MetricRef>(&claim->right);
    const double base = ref ? (claim->between ? (claim->between->first == 0 ? 0 : right / claim->between->first)
                                              : (claim->factor == 0 ? 0 : right / claim->factor))
                            : std::get<double>(claim->right);
    const std::string r = ref ? ref->text() + " (" + formatNumber(base) + ")" : formatNumber(base);
    if (claim->between)
        return l + " between " + formatNumber(claim->between->first) + " and " +
               formatNumber(claim->between->second) + " x " + r + " = [" + formatNumber(right) +
               ", " + formatNumber(rightHigh) + "]";
    std::string s = l + " " + compareOpText(claim->op) + " ";
    if (claim->factor != 1.0)
        s += formatNumber(claim->factor) + " x ";
    s += r;
    if (claim->factor != 1.0)
        s += " = " + formatNumber(right);
    return s;
}

ClaimResult evaluateClaim(const Claim& claim, const LessonMeasurements& m) {
    ClaimResult r;
    r.claim = &claim;
    r.verdict = Verdict::Fails;
    if (!lookup(m, claim.left, r.left, r.reason))
        return r;
    double right = 0;
    if (const auto* ref = std::get_if<MetricRef>(&claim.right)) {
        if (!lookup(m, *ref, right, r.reason))
            return r;
    } else {
        right = std::get<double>(claim.right);
    }
    bool holds = false;
    if (claim.between) {
        r.right = right * claim.between->first;
        r.rightHigh = right * claim.between->second;
        holds = r.left >= r.right && r.left <= r.rightHigh;
    } else {
        r.right = right * claim.factor;
        switch (claim.op) {
        case CompareOp::Less: holds = r.left < r.right; break;
        case CompareOp::LessEqual: holds = r.left <= r.right; break;
        case CompareOp::Greater: holds = r.left > r.right; break;
        case CompareOp::GreaterEqual: holds = r.left >= r.right; break;
        }
    }
    r.verdict = holds ? Verdict::Holds : Verdict::Fails;
    return r;
}

bool metricDependsOnTiming(const std::string& metric) {
    // Counts, sizes and outcomes do not change with a busy machine: a whiteboard that
    // lost updates lost them, a run the watch stopped did deadlock, however busy the
    // machine was. Times, rates and ratios of times do change.
    static const char* const kCounts[] = {
        "dishes_done",      "parallel_units",     "memory_mb",        "memory_bytes_each",
        "figure.tasks_created", "figure.threads_created", "tally_expected", "tally_counted",
        "tally_lost",       "tally_lost_share",   "tally_lost_percent", "tally_boards",
        "tally_board_max",  "lock_acquisitions",  "send_dishes",      "send_mb",
        "send_copied_mb",   "deadlocked",         "deadlock_chefs"};
    for (const char* c : kCounts)
        if (metric == c)
            return false;
    return metric.rfind("bytes_each.", 0) != 0;
}

bool claimDependsOnTiming(const Claim& claim) {
    if (metricDependsOnTiming(claim.left.metric))
        return true;
    const auto* ref = std::get_if<MetricRef>(&claim.right);
    return ref && metricDependsOnTiming(ref->metric);
}

ClaimResult judgeClaim(const Claim& claim, const LessonMeasurements& m, int cpus,
                       const LessonConfidence& confidence) {
    if (claim.minCpus > cpus) {
        ClaimResult r;
        r.claim = &claim;
        r.reason = "needs " + std::to_string(claim.minCpus) + " CPUs; this machine lets us use " +
                   std::to_string(cpus);
        return r;
    }
    ClaimResult r = evaluateClaim(claim, m);
    if (!claimDependsOnTiming(claim))
        return r;  // a count is what it is, however busy the machine was
    for (const std::string& id : presetsOf(claim))
        if (auto it = confidence.find(id); it != confidence.end())
            r.confidence = worse(r.confidence, it->second);
    // Disturbed numbers prove nothing either way: neither "holds" nor "did not hold".
    if (r.confidence.disturbed()) {
        r.verdict = Verdict::Inconclusive;
        r.reason = "inconclusive: " + r.confidence.reason;
    }
    return r;
}

void ClaimTally::add(const ClaimResult& r) {
    held += r.verdict == Verdict::Holds;
    failed += r.verdict == Verdict::Fails;
    inconclusive += r.verdict == Verdict::Inconclusive;
    skipped += r.verdict == Verdict::Skipped;
}

int ClaimTally::exitCode() const {
    if (failed)
        return 1;
    return inconclusive || skipped ? kExitUnsure : 0;
}

} // namespace kc::core::lessons
