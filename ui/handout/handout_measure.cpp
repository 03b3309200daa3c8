// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handout/handout_measure.h"

#include "core/experiment/recording.h"
#include "core/lessons/engine_words.h"
#include "core/python/python_locator.h"

#include <cstdlib>
#include <ctime>

namespace kc::ui {

using namespace core::lessons;

HandoutMeasured measureLessonForHandout(const Lesson& lesson, const CheckOptions& options) {
    HandoutMeasured out;
    const std::vector<LessonCheck> checks = checkLessonEngines(lesson, options);
    std::vector<std::pair<core::EngineKind, LessonMeasurements>> byEngine;
    bool gil = false;
    for (const Preset& p : lesson.presets)
        gil = gil || (p.spec.gil && p.spec.model == core::ModelKind::Threads);
    for (const LessonCheck& c : checks) {
        byEngine.emplace_back(c.engine, c.measurements);
        std::string version, pythonGil;
        if (c.engine == core::EngineKind::Python)
            if (auto info = core::probePython(options.pythonPath); info.ok()) {
                version = info->version;
                pythonGil = info->gilEnabled ? "on" : "off";
            }
        out.engines.push_back(engineStageWords(c.engine, gil, version, pythonGil));
        for (const ClaimResult& r : c.claims) {
            if (r.verdict == Verdict::Skipped)
                continue;
            out.claimsHeld += r.verdict == Verdict::Holds;
            out.claimsFailed += r.verdict == Verdict::Fails;
            out.claimsUndecided += r.verdict == Verdict::Inconclusive;
        }
        for (const std::string& e : c.errors)
            out.errors.push_back(e);
    }
    out.merged = mergeEngineMeasurements(byEngine);
    return out;
}

HandoutMachine currentHandoutMachine() {
    HandoutMachine m;
    const core::MachineInfo info = core::currentMachine();
    m.cpuModel = info.cpuModel.empty() ? "unknown CPU" : info.cpuModel;
    m.cpus = info.cpus;
    if (::getloadavg(m.load, 3) != 3)
        m.load[0] = m.load[1] = m.load[2] = 0;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
    m.date = buf;
    return m;
}

} // namespace kc::ui
