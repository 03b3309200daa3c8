#include "core/lessons/lesson_check.h"

#include "core/experiment/runner.h"
#include "core/loop/switch_cost.h"
#include "core/models/engine.h"
#include "core/telemetry/cpu_sampler.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <utility>
#include <sys/resource.h>

namespace kc::core::lessons {

namespace {

double selfCpuSeconds() {
    double s = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        if (getrusage(who, &u) == 0)
            s += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                 double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    return s;
}

std::vector<std::string> presetsOf(const Claim& c) {
    std::vector<std::string> out{c.left.preset};
    if (const auto* r = std::get_if<MetricRef>(&c.right))
        out.push_back(r->preset);
    return out;
}

bool lookup(const LessonMeasurements& m, const MetricRef& ref, double& out) {
    auto p = m.find(ref.preset);
    if (p == m.end())
        return false;
    auto v = p->second.find(ref.metric);
    if (v == p->second.end())
        return false;
    out = v->second;
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

std::string ClaimResult::detail() const {
    if (!claim)
        return {};
    std::string s = claim->left.text() + " = " + formatNumber(left) + " " + compareOpText(claim->op) + " ";
    if (const auto* r = std::get_if<MetricRef>(&claim->right)) {
        if (claim->factor != 1.0)
            s += formatNumber(claim->factor) + " x ";
        s += r->text() + " (" + formatNumber(claim->factor == 0 ? 0 : right / claim->factor) + ")";
        if (claim->factor != 1.0)
            s += " = " + formatNumber(right);
    } else {
        s += formatNumber(right);
    }
    return s;
}

bool LessonCheck::allHeld() const {
    return std::none_of(claims.begin(), claims.end(),
                        [](const ClaimResult& r) { return r.verdict == Verdict::Fails; });
}

ExperimentSpec specForPreset(const Preset& preset, const std::string& workerPath) {
    ExperimentSpec s = preset.spec;
    if (s.model == ModelKind::Sequential || s.model == ModelKind::Coroutines)
        s.chefs = 1;
    if (!workerPath.empty())
        s.workerPath = workerPath;
    return s;
}

bool presetAvailable(const Preset& preset) {
    return preset.kind == PresetKind::SwitchCost || makeEngine(preset.spec.model)->available();
}

Result<Metrics> runPreset(const Preset& preset, const std::string& workerPath, CancelToken* cancel) {
    if (preset.kind == PresetKind::SwitchCost) {
        // Smaller than the switch-cost command's defaults: a lesson needs the ratios
        // (orders of magnitude apart), not the last digit.
        loop::SwitchCostOptions o;
        o.repeats = preset.repeats;
        o.loopSwitches = 200'000;
        o.threadRoundTrips = 4'000;
        o.processRoundTrips = 4'000;
        o.creations = 40;
        o.coroutineCreations = 20'000;
        auto r = loop::measureSwitchCosts(o);
        if (!r.ok())
            return makeError(preset.id + ": " + r.error());
        return metricsFromSwitchCost(*r);
    }
    if (!presetAvailable(preset))
        return makeError(preset.id + ": the " + std::string(modelKindName(preset.spec.model)) +
                         " model is not built yet");
    RunReport report = runExperiment(specForPreset(preset, workerPath), {}, cancel);
    if (report.status == RunStatus::Failed)
        return makeError(preset.id + ": " + report.error);
    if (report.status == RunStatus::Cancelled)
        return makeError(preset.id + ": cancelled");
    return metricsFromReport(report);
}

namespace {

void addSpeedups(const Lesson& lesson, LessonMeasurements& m) {
    for (const Preset& p : lesson.presets) {
        if (p.baseline.empty() || !m.count(p.id) || !m.count(p.baseline))
            continue;
        const double base = m[p.baseline]["wall_seconds"];
        const double own = m[p.id]["wall_seconds"];
        if (own > 0)
            m[p.id]["speedup"] = base / own;
    }
}

void runSome(const Lesson& lesson, const std::set<std::string>& ids, LessonMeasurements& m,
             std::vector<std::string>& errors, const CheckOptions& o, int attempt) {
    for (const Preset& p : lesson.presets) {
        if (!ids.count(p.id) || (o.cancel && o.cancel->cancelled()))
            continue;
        if (o.progress)
            o.progress(p.id, attempt);
        auto r = runPreset(p, o.workerPath, o.cancel);
        if (r.ok())
            m[p.id] = *r;
        else {
            m.erase(p.id);
            errors.push_back(r.error());
        }
    }
    addSpeedups(lesson, m);
}

} // namespace

LessonMeasurements runLessonPresets(const Lesson& lesson, std::vector<std::string>& errors,
                                    const std::string& workerPath, CancelToken* cancel) {
    std::set<std::string> all;
    for (const Preset& p : lesson.presets)
        all.insert(p.id);
    CheckOptions o;
    o.workerPath = workerPath;
    o.cancel = cancel;
    LessonMeasurements m;
    runSome(lesson, all, m, errors, o, 1);
    return m;
}

ClaimResult evaluateClaim(const Claim& claim, const LessonMeasurements& m) {
    ClaimResult r;
    r.claim = &claim;
    if (!lookup(m, claim.left, r.left)) {
        r.reason = "no measurement of " + claim.left.text();
        return r;
    }
    double right = 0;
    if (const auto* ref = std::get_if<MetricRef>(&claim.right)) {
        if (!lookup(m, *ref, right)) {
            r.reason = "no measurement of " + ref->text();
            return r;
        }
    } else {
        right = std::get<double>(claim.right);
    }
    r.right = right * claim.factor;
    bool holds = false;
    switch (claim.op) {
    case CompareOp::Less: holds = r.left < r.right; break;
    case CompareOp::LessEqual: holds = r.left <= r.right; break;
    case CompareOp::Greater: holds = r.left > r.right; break;
    case CompareOp::GreaterEqual: holds = r.left >= r.right; break;
    }
    r.verdict = holds ? Verdict::Holds : Verdict::Fails;
    return r;
}

struct OtherLoadProbe::Impl {
    CpuSampler machine;
    double ours0 = selfCpuSeconds();
};

OtherLoadProbe::OtherLoadProbe() : m_impl(std::make_unique<Impl>()) {}
OtherLoadProbe::~OtherLoadProbe() = default;

double OtherLoadProbe::othersBusyCpus() {
    auto s = m_impl->machine.sample();
    const double ours1 = selfCpuSeconds();
    const double ours0 = std::exchange(m_impl->ours0, ours1);
    if (!s.ok() || s->intervalSeconds <= 0)
        return -1;
    const double capacity = double(std::max<size_t>(1, s->cores.size()));
    return std::max(0.0, s->all.busy * capacity - (ours1 - ours0) / s->intervalSeconds);
}

ClaimResult judgeClaim(const Claim& claim, const LessonMeasurements& m, int cpus,
                       double othersBusyCpus) {
    if (claim.minCpus > cpus) {
        ClaimResult r;
        r.claim = &claim;
        r.reason = "needs " + std::to_string(claim.minCpus) + " CPUs; this machine lets us use " +
                   std::to_string(cpus);
        return r;
    }
    ClaimResult r = evaluateClaim(claim, m);
    r.attempt = r.verdict == Verdict::Skipped ? 0 : 1;
    const double free = double(cpus) - std::max(0.0, othersBusyCpus);
    if (r.verdict == Verdict::Fails && claim.minCpus >= 2 && free < double(claim.minCpus) - 0.25) {
        r.verdict = Verdict::Inconclusive;
        r.reason = "other programs kept about " + formatNumber(std::max(0.0, othersBusyCpus)) +
                   " of " + std::to_string(cpus) + " CPUs busy, so fewer than " +
                   std::to_string(claim.minCpus) + " were free";
    }
    return r;
}

LessonCheck checkLesson(const Lesson& lesson, const CheckOptions& options) {
    const auto t0 = std::chrono::steady_clock::now();
    LessonCheck out;
    out.lesson = &lesson;
    const std::vector<int> allowed = allowedCpus();
    const int cpus = options.cpus > 0 ? options.cpus : int(allowed.size());
    std::vector<size_t> pending;
    for (const Claim& c : lesson.claims) {
        ClaimResult r;
        r.claim = &c;
        if (c.minCpus > cpus) {
            r.reason = "needs " + std::to_string(c.minCpus) + " CPUs; this machine lets us use " +
                       std::to_string(cpus);
        } else {
            for (const std::string& id : presetsOf(c)) {
                const Preset* p = lesson.findPreset(id);
                if (p && !presetAvailable(*p))
                    r.reason = std::string("the ") + modelKindName(p->spec.model) +
                               " model is not built yet";
                for (int cpu : p ? p->spec.cores : std::vector<int>{})
                    if (std::find(allowed.begin(), allowed.end(), cpu) == allowed.end())
                        r.reason = "preset " + id + " runs on CPU " + std::to_string(cpu) +
                                   ", which this process may not use";
            }
        }
        if (r.reason.empty())
            pending.push_back(out.claims.size());
        out.claims.push_back(r);
    }
    double leastBusy = -1;
    for (int attempt = 1; attempt <= std::max(1, options.tries) && !pending.empty(); ++attempt) {
        if (options.cancel && options.cancel->cancelled())
            break;
        std::set<std::string> ids;
        for (size_t i : pending)
            for (const std::string& id : presetsOf(*out.claims[i].claim)) {
                ids.insert(id);
                if (const Preset* p = lesson.findPreset(id); p && !p->baseline.empty())
                    ids.insert(p->baseline);
            }
        CpuSampler machine;
        const double ours0 = selfCpuSeconds();
        std::vector<std::string> errors;
        runSome(lesson, ids, out.measurements, errors, options, attempt);
        if (auto s = machine.sample(); s.ok() && s->intervalSeconds > 0) {
            const double capacity = double(std::max<size_t>(1, s->cores.size()));
            const double ours = (selfCpuSeconds() - ours0) / s->intervalSeconds;
            const double others = std::max(0.0, s->all.busy * capacity - ours);
            out.othersBusyCpus = std::max(out.othersBusyCpus, others);
            leastBusy = leastBusy < 0 ? others : std::min(leastBusy, others);
        }
        out.errors = errors;
        std::vector<size_t> still;
        for (size_t i : pending) {
            ClaimResult r = evaluateClaim(*out.claims[i].claim, out.measurements);
            r.attempt = attempt;
            out.claims[i] = r;
            if (r.verdict == Verdict::Fails)
                still.push_back(i);
            else if (r.verdict == Verdict::Skipped)
                out.claims[i].reason = r.reason + (errors.empty() ? "" : " (" + errors.front() + ")");
        }
        pending = still;
    }
    // A parallel claim that failed on every try while others kept its CPUs busy proves
    // nothing either way: say so, with the figure.
    for (size_t i : pending) {
        ClaimResult& r = out.claims[i];
        const double free = double(cpus) - std::max(0.0, leastBusy);
        if (r.claim->minCpus >= 2 && free < double(r.claim->minCpus) - 0.25) {
            r.verdict = Verdict::Inconclusive;
            r.reason = "other programs kept about " + formatNumber(std::max(0.0, leastBusy)) +
                       " of " + std::to_string(cpus) + " CPUs busy, so fewer than " +
                       std::to_string(r.claim->minCpus) + " were free";
        }
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace kc::core::lessons
