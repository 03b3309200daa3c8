// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/lesson_check.h"

#include "core/experiment/runner.h"
#include "core/loop/switch_cost.h"
#include "core/models/engine.h"
#include "core/python/python_engine.h"
#include "core/python/python_switch_cost.h"

#include <algorithm>
#include <chrono>

namespace kc::core::lessons {

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

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

// Why this machine or build cannot show a claim at all (empty: it can).
std::string notShownHere(const Lesson& lesson, const Claim& c, int cpus,
                         const std::vector<int>& allowed) {
    if (c.minCpus > cpus)
        return "needs " + std::to_string(c.minCpus) + " CPUs; this machine lets us use " +
               std::to_string(cpus);
    for (const std::string& id : presetsOf(c)) {
        const Preset* p = lesson.findPreset(id);
        if (!p)
            continue;
        if (!presetAvailable(*p))
            return std::string("the ") + modelKindName(p->spec.model) + " model is not built yet";
        for (int cpu : p->spec.cores)
            if (std::find(allowed.begin(), allowed.end(), cpu) == allowed.end())
                return "preset " + id + " runs on CPU " + std::to_string(cpu) +
                       ", which this process may not use";
    }
    return {};
}

} // namespace

ExperimentSpec specForPreset(const Preset& preset, const std::string& workerPath,
                             EngineKind engine, const std::string& pythonPath) {
    ExperimentSpec s = preset.spec;
    if (preset.kind == PresetKind::Experiment && engine == EngineKind::Python)
        s.engine = EngineKind::Python;
    if (s.engine == EngineKind::Python && !pythonPath.empty())
        s.pythonPath = pythonPath;
    if (s.model == ModelKind::Sequential || s.model == ModelKind::Coroutines)
        s.chefs = 1;
    if (!workerPath.empty())
        s.workerPath = workerPath;
    return s;
}

bool presetAvailable(const Preset& preset) {
    if (preset.kind == PresetKind::SwitchCost)
        return true;
    return (preset.spec.engine == EngineKind::Python ? makePythonEngine(preset.spec.model)
                                                     : makeEngine(preset.spec.model))
        ->available();
}

Result<PresetRun> runPreset(const Preset& preset, const std::string& workerPath, CancelToken* cancel,
                            EngineKind engine, const std::string& pythonPath) {
    if (preset.kind == PresetKind::SwitchCost && preset.spec.engine == EngineKind::Python) {
        // Smaller than the command's defaults, as below: orders of magnitude, quickly.
        python::PythonSwitchCostOptions o;
        o.pythonPath = pythonPath;
        o.repeats = preset.repeats;
        o.taskSwitches = 40'000;
        o.threadRoundTrips = 2'000;
        o.taskCreations = 10'000;
        o.threadCreations = 100;
        LoadWatch watch(allowedCpus());
        auto r = python::measurePythonSwitchCosts(o, cancel);
        if (!r.ok())
            return makeError(preset.id + ": " + r.error());
        return PresetRun{metricsFromSwitchCost(r->costs), assessLoad(watch.finish())};
    }
    if (preset.kind == PresetKind::SwitchCost) {
        // Smaller than the switch-cost command's defaults: a lesson needs the ratios
        // (orders of magnitude apart), not the last digit. The rounds of the lesson
        // check take the median again.
        loop::SwitchCostOptions o;
        o.repeats = preset.repeats;
        o.loopSwitches = 200'000;
        o.threadRoundTrips = 4'000;
        o.processRoundTrips = 4'000;
        o.creations = 40;
        o.coroutineCreations = 20'000;
        LoadWatch watch(allowedCpus());
        auto r = loop::measureSwitchCosts(o);
        if (!r.ok())
            return makeError(preset.id + ": " + r.error());
        return PresetRun{metricsFromSwitchCost(*r), assessLoad(watch.finish())};
    }
    const ExperimentSpec spec = specForPreset(preset, workerPath, engine, pythonPath);
    if (spec.engine == EngineKind::Native && !presetAvailable(preset))
        return makeError(preset.id + ": the " + std::string(modelKindName(preset.spec.model)) +
                         " model is not built yet");
    RunReport report = runExperiment(spec, {}, cancel);
    if (report.status == RunStatus::Failed)
        return makeError(preset.id + ": " + report.error);
    if (report.status == RunStatus::Cancelled)
        return makeError(preset.id + ": cancelled");
    return PresetRun{metricsFromReport(report), report.confidence};
}

LessonRounds::LessonRounds(const Lesson& lesson, int cpus, int maxRounds, EngineKind engine,
                           std::set<std::string> scope)
    : m_lesson(&lesson), m_cpus(cpus), m_maxRounds(std::clamp(maxRounds, 1, kLessonMaxRounds)),
      m_engine(engine), m_scope(std::move(scope)) {}

bool LessonRounds::judges(const Claim& claim) const {
    if (!claim.statedFor(m_engine))
        return false;
    if (m_scope.empty())
        return true;
    bool any = false;
    for (const std::string& id : presetsOf(claim)) {
        if (m_scope.count(id))
            any = true;
        else if (!m_runs.count(id))
            return false;
    }
    return any;
}

void LessonRounds::add(const std::string& presetId, const PresetRun& run) {
    m_runs[presetId].push_back(run);
}

namespace {

// The rounds of one preset that count: those not disturbed, or all when every one was.
std::vector<const PresetRun*> counted(const std::vector<PresetRun>& runs) {
    std::vector<const PresetRun*> calm, all;
    for (const PresetRun& r : runs) {
        all.push_back(&r);
        if (!r.confidence.disturbed())
            calm.push_back(&r);
    }
    return calm.empty() ? all : calm;
}

} // namespace

LessonMeasurements LessonRounds::measurements() const {
    LessonMeasurements out;
    for (const auto& [id, runs] : m_runs) {
        std::map<std::string, std::vector<double>> values;
        for (const PresetRun* r : counted(runs))
            for (const auto& [name, v] : r->metrics)
                values[name].push_back(v);
        for (auto& [name, v] : values)
            out[id][name] = median(v);
    }
    addSpeedups(*m_lesson, out);
    return out;
}

LessonConfidence LessonRounds::confidence() const {
    LessonConfidence out;
    for (const auto& [id, runs] : m_runs) {
        Assessment a;
        for (const PresetRun* r : counted(runs))
            a = worse(a, r->confidence);
        out[id] = a;
    }
    return out;
}

std::vector<ClaimResult> LessonRounds::judge(const std::vector<Claim>& claims) const {
    const LessonMeasurements m = measurements();
    const LessonConfidence c = confidence();
    const std::vector<int> allowed = allowedCpus();
    std::vector<ClaimResult> out;
    for (const Claim& claim : claims) {
        if (!judges(claim))
            continue;
        ClaimResult r;
        r.claim = &claim;
        r.reason = notShownHere(*m_lesson, claim, m_cpus, allowed);
        if (r.reason.empty()) {
            r = judgeClaim(claim, m, m_cpus, c);
            r.round = m_round;
        }
        out.push_back(r);
    }
    return out;
}

std::vector<ClaimResult> LessonRounds::judgeClaims() const { return judge(m_lesson->claims); }
std::vector<ClaimResult> LessonRounds::judgeSetupChecks() const { return judge(m_lesson->setupChecks); }

std::set<std::string> LessonRounds::presetsForNextRound() const {
    std::set<std::string> ids;
    if (m_round >= m_maxRounds)
        return ids;
    const std::vector<int> allowed = allowedCpus();
    if (m_round == 0) {  // the reveal talks about every preset: run them all once
        for (const Preset& p : m_lesson->presets) {
            if (!inScope(p.id))
                continue;
            // The Python twins exist for every model; a native model may not be built.
            bool runs = (m_engine == EngineKind::Python && p.kind == PresetKind::Experiment) ||
                        presetAvailable(p);
            for (int cpu : p.spec.cores)
                runs = runs && std::find(allowed.begin(), allowed.end(), cpu) != allowed.end();
            if (runs)
                ids.insert(p.id);
        }
        return ids;
    }
    for (const auto& results : {judgeClaims(), judgeSetupChecks()})
        for (const ClaimResult& r : results) {
            if (r.verdict != Verdict::Fails && r.verdict != Verdict::Inconclusive)
                continue;
            for (const std::string& id : presetsOf(*r.claim)) {
                ids.insert(id);
                if (const Preset* p = m_lesson->findPreset(id); p && !p->baseline.empty())
                    ids.insert(p->baseline);
            }
        }
    return ids;
}

ClaimTally LessonCheck::tally() const {
    ClaimTally t;
    for (const auto* list : {&setup, &claims})
        for (const ClaimResult& r : *list)
            t.add(r);
    return t;
}

LessonCheck checkLesson(const Lesson& lesson, const CheckOptions& options) {
    const auto t0 = std::chrono::steady_clock::now();
    LessonCheck out;
    out.lesson = &lesson;
    const int cpus = options.cpus > 0 ? options.cpus : int(allowedCpus().size());
    out.engine = options.engine;
    LessonRounds rounds(lesson, cpus, options.rounds, options.engine);
    for (;;) {
        const std::set<std::string> ids = rounds.presetsForNextRound();
        if (ids.empty() || (options.cancel && options.cancel->cancelled()))
            break;
        rounds.beginRound();
        out.errors.clear();
        for (const Preset& p : lesson.presets) {
            if (!ids.count(p.id) || (options.cancel && options.cancel->cancelled()))
                continue;
            if (options.progress)
                options.progress({p.id, rounds.round(), rounds.maxRounds()});
            auto r = runPreset(p, options.workerPath, options.cancel, options.engine,
                               options.pythonPath);
            if (r.ok())
                rounds.add(p.id, *r);
            else
                out.errors.push_back(r.error());
        }
    }
    out.setup = rounds.judgeSetupChecks();
    out.claims = rounds.judgeClaims();
    out.measurements = rounds.measurements();
    out.confidence = rounds.confidence();
    out.rounds = rounds.round();
    // A claim whose preset could not run says why, beside "no measurement of ...".
    for (auto* list : {&out.setup, &out.claims})
        for (ClaimResult& r : *list)
            if (r.verdict == Verdict::Fails && r.reason.rfind("no measurement", 0) == 0 &&
                !out.errors.empty())
                r.reason += " (" + out.errors.front() + ")";
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

std::vector<LessonCheck> checkLessonEngines(const Lesson& lesson, const CheckOptions& options) {
    std::vector<LessonCheck> out;
    for (EngineKind e : lesson.engines) {
        if (options.cancel && options.cancel->cancelled())
            break;
        CheckOptions o = options;
        o.engine = e;
        out.push_back(checkLesson(lesson, o));
    }
    return out;
}

} // namespace kc::core::lessons
