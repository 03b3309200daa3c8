// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_engines.h"

#include "core/lessons/engine_words.h"
#include "core/lessons/lesson_metrics.h"
#include "core/python/python_locator.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_runner.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace kc::ui {

using namespace kc::core::lessons;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const LessonOutcome* outcomeOf(const std::vector<LessonOutcome>& outcomes, core::EngineKind e) {
    for (const LessonOutcome& o : outcomes)
        if (o.engine == e)
            return &o;
    return nullptr;
}

// Table cells: a pipe in a label would split the cell.
QString cell(QString text) {
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

std::vector<std::string> stagePresets(const Lesson& lesson, const ChangeStep* step) {
    if (!step)
        return lesson.mainPresetIds();
    // The step's runs beside the main runs of their baselines.
    std::set<std::string> ids(step->presets.begin(), step->presets.end());
    for (const std::string& id : step->presets)
        if (const Preset* p = lesson.findPreset(id); p && !p->baseline.empty())
            ids.insert(p->baseline);
    std::vector<std::string> out;
    for (const Preset& p : lesson.presets)
        if (ids.count(p.id))
            out.push_back(p.id);
    return out;
}

// The prediction of one question, the student's reason, every choice's feedback and the
// question's "why", filled from m.
QStringList answeredQuestion(const Question& question, Lang lang, int chosen, bool skipped,
                             const QString& reason, const LessonMeasurements& m) {
    QStringList md;
    md << QStringLiteral("#### %1").arg(q(question.prompt.in(lang)));
    if (chosen >= 0 && size_t(chosen) < question.choices.size()) {
        const QString said = q(question.choices[size_t(chosen)].in(lang));
        md << (size_t(chosen) == question.answer
                   ? QCoreApplication::translate("LessonReveal", "You predicted “%1” — **right**.")
                         .arg(said)
                   : QCoreApplication::translate(
                         "LessonReveal",
                         "You predicted “%1” — not this time; that is what the experiment is for.")
                         .arg(said));
    } else {
        md << (skipped ? QCoreApplication::translate("LessonReveal", "The prediction was skipped.")
                       : QCoreApplication::translate("LessonReveal", "No prediction was made."));
    }
    if (!reason.trimmed().isEmpty())
        md << QCoreApplication::translate("LessonReveal", "Your reason: “%1”")
                  .arg(escapeMarkdown(reason.trimmed()));
    md << questionFeedbackMarkdown(question, lang, chosen, m);
    md << fillLessonText(question.why.in(lang), m);
    return md;
}

} // namespace

QString inCurrentLanguage(const Text& text) {
    return q(text.in(currentLanguage() == QLatin1String("zh_TW") ? Lang::ZhTW : Lang::En));
}

QString runEngineWords(const core::RunReport& report) {
    // A watched program is nobody's engine: it cooked itself.
    if (report.spec.model == core::ModelKind::Watched)
        return QCoreApplication::translate("kc::ui::EngineWords", "a program of your own, watched");
    return inCurrentLanguage(engineWords(report));
}

QString specEngineWords(const core::ExperimentSpec& spec) {
    if (spec.engine != core::EngineKind::Python)
        return inCurrentLanguage(
            engineWords(spec.engine, spec.gil && spec.model == core::ModelKind::Threads));
    auto info = core::probePython(spec.pythonPath); // cached per interpreter file
    return inCurrentLanguage(engineWords(spec.engine, true,
                                         info.ok() ? info->version : std::string(),
                                         info.ok() && !info->gilEnabled ? "off" : "on"));
}

QString escapeMarkdown(const QString& text) {
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~");
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += QLatin1Char(' '); // one line: a blank line would end the paragraph
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString outcomeEngineWords(const LessonOutcome& outcome, Lang lang) {
    const std::string& w = outcome.engineWords.in(lang);
    if (!w.empty())
        return q(w);
    return q(engineStageWords(outcome.engine, false).in(lang));
}

QString ranLine(const std::vector<LessonOutcome>& outcomes, Lang lang, const Lesson* lesson,
                const std::vector<std::string>& ids) {
    QStringList words;
    for (const LessonOutcome& o : outcomes)
        words << outcomeEngineWords(o, lang);
    // A stage that did not run in CPython may still hold presets of its own that always
    // do (lesson 9's CPython switch costs): say so, with their labels.
    if (lesson && !outcomeOf(outcomes, core::EngineKind::Python)) {
        QStringList own;
        for (const std::string& id : ids)
            if (const Preset* p = lesson->findPreset(id); p && p->spec.engine == core::EngineKind::Python)
                own << q(p->label.in(lang));
        if (!own.isEmpty())
            words << QCoreApplication::translate("LessonReveal", "CPython for %1").arg(own.join(QStringLiteral(", ")));
    }
    return QCoreApplication::translate("LessonReveal", "**Ran:** %1")
        .arg(words.join(QStringLiteral(" · ")));
}

QString missingPythonNote(const Lesson& lesson, const std::vector<LessonOutcome>& outcomes) {
    if (outcomes.empty() || !lesson.runsEngine(core::EngineKind::Python) ||
        outcomeOf(outcomes, core::EngineKind::Python))
        return {};
    return QCoreApplication::translate(
        "LessonReveal",
        "*This lesson also runs in CPython, but no Python interpreter was found, so only "
        "the C++ engine ran and the claims about CPython were not judged. Install Python "
        "3.8 or newer (Debian: `apt install python3`) or choose an interpreter in the "
        "Python settings, then run the lesson again.*");
}

QString engineTableMarkdown(const Lesson& lesson, Lang lang, const std::vector<std::string>& ids,
                            const std::vector<LessonOutcome>& outcomes) {
    if (outcomes.size() < 2)
        return {};
    QStringList head{QCoreApplication::translate("LessonReveal", "Experiment")};
    QStringList rule{QStringLiteral("---")};
    for (const LessonOutcome& o : outcomes) {
        head << QCoreApplication::translate("LessonReveal", "%1: wall time")
                    .arg(cell(outcomeEngineWords(o, lang)))
             << QCoreApplication::translate("LessonReveal", "Speedup");
        rule << QStringLiteral("--:") << QStringLiteral("--:");
    }
    // A preset other presets are compared with: its speedup is 1 by definition.
    std::set<std::string> baselines;
    for (const Preset& p : lesson.presets)
        if (!p.baseline.empty())
            baselines.insert(p.baseline);
    QStringList rows;
    for (const std::string& id : ids) {
        const Preset* p = lesson.findPreset(id);
        if (!p || p->kind != PresetKind::Experiment)
            continue;
        QStringList row{cell(q(p->label.in(lang)))};
        bool any = false;
        for (const LessonOutcome& o : outcomes) {
            const auto m = o.measurements.find(id);
            const Metrics* metrics = m == o.measurements.end() ? nullptr : &m->second;
            const auto wall = metrics ? metrics->find("wall_seconds") : Metrics::const_iterator();
            if (!metrics || wall == metrics->end()) {
                row << QCoreApplication::translate("LessonReveal", "not run")
                    << QStringLiteral("–");
                continue;
            }
            any = true;
            row << QCoreApplication::translate("LessonReveal", "%1 s")
                       .arg(q(formatNumber(wall->second)));
            const auto speedup = metrics->find("speedup");
            if (speedup != metrics->end())
                row << QCoreApplication::translate("LessonReveal", "%1×")
                           .arg(q(formatNumber(speedup->second)));
            else
                row << (baselines.count(id)
                            ? QCoreApplication::translate("LessonReveal", "baseline")
                            : QStringLiteral("–"));
        }
        if (any)
            rows << QStringLiteral("| %1 |").arg(row.join(QStringLiteral(" | ")));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("| %1 |\n| %2 |\n%3")
        .arg(head.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")),
             rows.join(QStringLiteral("\n")));
}

std::vector<const Claim*> stageClaims(const Lesson& lesson, const std::vector<Claim>& all,
                                      const std::string& stepId) {
    const ChangeStep* step = nullptr;
    for (const ChangeStep& s : lesson.changeSteps)
        if (s.id == stepId)
            step = &s;
    std::vector<const Claim*> out;
    for (const Claim& c : all) {
        const std::vector<std::string> presets = presetsOf(c);
        if (!step) {
            if (stepId.empty() &&
                std::none_of(presets.begin(), presets.end(),
                             [&](const std::string& id) { return lesson.stepOf(id) != nullptr; }))
                out.push_back(&c);
            continue;
        }
        const auto& named = step->question.claims;
        const bool mine =
            named.empty()
                ? std::any_of(presets.begin(), presets.end(),
                              [&](const std::string& id) { return lesson.stepOf(id) == step; })
                : std::find(named.begin(), named.end(), c.id) != named.end();
        if (mine)
            out.push_back(&c);
    }
    return out;
}

QStringList engineVerdictItems(const Lesson& lesson, Lang lang,
                               const std::vector<const Claim*>& claims,
                               const std::vector<LessonOutcome>& outcomes, bool setup) {
    const bool several = outcomes.size() > 1 || lesson.engines.size() > 1;
    QStringList items;
    for (const Claim* c : claims) {
        for (core::EngineKind e : lesson.engines) {
            if (!c->statedFor(e))
                continue;
            const LessonOutcome* o = outcomeOf(outcomes, e);
            if (!o) {
                items
                    << QStringLiteral("- ") +
                           QCoreApplication::translate(
                               "LessonReveal",
                               "– **Not judged** — %1 It is stated for %2, which did not run here.")
                               .arg(q(c->text.in(lang)), q(engineStageWords(e, false).in(lang)));
                continue;
            }
            const ClaimResult r = judgeClaim(*c, o->measurements, o->cpus, o->confidence);
            QString line = setup ? setupCheckLine(r, lang) : claimVerdictLine(r, lang, o->cpus);
            if (several)
                line += QCoreApplication::translate("LessonReveal", " *(judged on %1)*")
                            .arg(outcomeEngineWords(*o, lang));
            items << QStringLiteral("- ") + line;
        }
    }
    return items;
}

QString questionFeedbackMarkdown(const Question& question, Lang lang, int chosen,
                                 const LessonMeasurements& m) {
    QStringList md;
    if (question.answer < question.choices.size())
        md << QCoreApplication::translate("LessonReveal", "**Answer:** %1")
                  .arg(q(question.choices[question.answer].in(lang)));
    if (question.feedback.size() != question.choices.size() || question.feedback.empty())
        return md.join(QStringLiteral("\n\n"));
    QStringList items;
    for (size_t i = 0; i < question.choices.size(); ++i) {
        const QString mark = i == question.answer ? QStringLiteral("✔") : QStringLiteral("✘");
        QString item = QStringLiteral("- %1 **%2**").arg(mark, q(question.choices[i].in(lang)));
        if (int(i) == chosen)
            item += QCoreApplication::translate("LessonReveal", " ← *your prediction*");
        item += QStringLiteral(" — ") + fillLessonText(question.feedback[i].in(lang), m);
        items << item;
    }
    md << items.join(QStringLiteral("\n"));
    return md.join(QStringLiteral("\n\n"));
}

QString questionFeedbackMarkdown(const Question& question, Lang lang, int chosen) {
    return cjkSafeEmphasis(questionFeedbackMarkdown(question, lang, chosen, LessonMeasurements{}));
}

QString revealMarkdown(const Lesson& lesson, Lang lang, const std::vector<int>& predictions,
                       bool predictionSkipped, const std::vector<LessonOutcome>& outcomes,
                       const std::vector<QString>& whyTexts) {
    const LessonMeasurements m = mergedMeasurements(outcomes);
    QStringList md;
    if (outcomes.empty()) {
        md << QCoreApplication::translate(
            "LessonReveal", "*Not run yet: the numbers below appear once you run the experiment.*");
    } else {
        md << ranLine(outcomes, lang, &lesson, lesson.mainPresetIds());
        if (const QString note = missingPythonNote(lesson, outcomes); !note.isEmpty())
            md << note;
    }
    for (size_t i = 0; i < lesson.questions.size(); ++i)
        md << answeredQuestion(lesson.questions[i], lang,
                               i < predictions.size() ? predictions[i] : -1, predictionSkipped,
                               i < whyTexts.size() ? whyTexts[i] : QString(), m);
    md << QStringLiteral("#### %1").arg(
        QCoreApplication::translate("LessonReveal", "What was measured"));
    if (const QString table = engineTableMarkdown(lesson, lang, lesson.mainPresetIds(), outcomes);
        !table.isEmpty())
        md << QCoreApplication::translate(
                  "LessonReveal",
                  "The C++ run shows *why* (watch the knife lane in its recording); CPython "
                  "shows *that* — the same dishes cooked by the real interpreter.")
           << table;
    md << fillLessonText(lesson.reveal.in(lang), m);
    md << QStringLiteral("#### %1").arg(
        QCoreApplication::translate("LessonReveal", "The claims, checked on this machine"));
    if (outcomes.empty()) {
        md << QCoreApplication::translate("LessonReveal",
                                          "Each claim is checked against the numbers of your run.");
        return cjkSafeEmphasis(md.join(QStringLiteral("\n\n")));
    }
    int rounds = 0;
    for (const LessonOutcome& o : outcomes)
        rounds = std::max(rounds, o.rounds);
    if (rounds > 1)
        md << QCoreApplication::translate(
                  "LessonReveal",
                  "*Some claims were not clear after one round: the figures are the medians of "
                  "%1 rounds.*")
                  .arg(rounds);
    md << engineVerdictItems(lesson, lang, stageClaims(lesson, lesson.claims, {}), outcomes, false)
              .join(QStringLiteral("\n"));
    // Apart from the claims: these hold by construction, so they prove nothing.
    const QStringList setup = engineVerdictItems(
        lesson, lang, stageClaims(lesson, lesson.setupChecks, {}), outcomes, true);
    if (!setup.isEmpty())
        md << QStringLiteral("#### %1").arg(
                  QCoreApplication::translate("LessonReveal", "How the experiment was set up"))
           << setup.join(QStringLiteral("\n"));
    return cjkSafeEmphasis(md.join(QStringLiteral("\n\n")));
}

QString changeStepMarkdown(const Lesson& lesson, const ChangeStep& step, Lang lang, int prediction,
                           const std::vector<LessonOutcome>& outcomes) {
    const LessonMeasurements m = mergedMeasurements(outcomes);
    QStringList md;
    md << QCoreApplication::translate("LessonReveal", "**Changed:** %1")
              .arg(q(step.change.in(lang)));
    if (outcomes.empty())
        md << QCoreApplication::translate(
            "LessonReveal", "*Not run yet: run the changed experiment to see who was right.*");
    else
        md << ranLine(outcomes, lang, &lesson, step.presets);
    md << answeredQuestion(step.question, lang, prediction, false, {}, m);
    if (outcomes.empty())
        return cjkSafeEmphasis(md.join(QStringLiteral("\n\n")));
    if (const QString table =
            engineTableMarkdown(lesson, lang, stagePresets(lesson, &step), outcomes);
        !table.isEmpty())
        md << table;
    const QStringList items = engineVerdictItems(
        lesson, lang, stageClaims(lesson, lesson.claims, step.id), outcomes, false);
    if (!items.isEmpty())
        md << QStringLiteral("#### %1").arg(QCoreApplication::translate(
                  "LessonReveal", "The claims, checked on this machine"))
           << items.join(QStringLiteral("\n"));
    return cjkSafeEmphasis(md.join(QStringLiteral("\n\n")));
}

// LessonRunner's engine choice and words, kept here beside the rest of what the
// lessons say about engines (lesson_runner.cpp runs the presets).

std::vector<core::EngineKind> LessonRunner::plannedEngines(const Lesson& lesson, QString* note,
                                                           Text* pythonWords) {
    std::vector<core::EngineKind> out;
    for (core::EngineKind e : lesson.engines) {
        if (std::find(out.begin(), out.end(), e) != out.end())
            continue;
        if (e == core::EngineKind::Python) {
            auto info = core::probePython(pythonPath()); // cached per interpreter file
            if (!info.ok()) {
                if (note)
                    *note = LessonRunner::tr(
                                "This lesson also runs in CPython, but no usable Python was found "
                                "(%1), so only the C++ engine runs. Install Python 3.8 or newer "
                                "(Debian: apt install python3) or choose an interpreter in the "
                                "Python settings, then run the lesson again.")
                                .arg(q(info.error()));
                continue;
            }
            if (pythonWords)
                *pythonWords = engineWords(e, true, info->version, info->gilEnabled ? "on" : "off");
        }
        out.push_back(e);
    }
    if (out.empty())
        out.push_back(core::EngineKind::Native);
    return out;
}

Text LessonRunner::stageEngineWords(core::EngineKind engine) const {
    if (engine == core::EngineKind::Python)
        return pythonEngineWords();
    bool gil = false;
    for (const std::string& id : m_scope)
        if (const Preset* p = m_lesson.findPreset(id))
            gil = gil || (p->kind == PresetKind::Experiment && p->spec.gil &&
                          p->spec.model == core::ModelKind::Threads);
    // The engine's own words: "with a simulated GIL" when some preset of the stage turns
    // it on (the knife lane is what the C++ run is there to show), else "no GIL".
    return engineWords(core::EngineKind::Native, gil);
}

Text LessonRunner::pythonEngineWords() const {
    return engineWords(core::EngineKind::Python, true, m_pythonVersion, m_pythonGil);
}

Text LessonRunner::presetEngineWords(const Preset& preset, core::EngineKind engine,
                                     const Text& pythonWords) {
    // A preset that names its own engine ("engine": "python") keeps it in every stage.
    if (preset.spec.engine == core::EngineKind::Python ||
        (preset.kind == PresetKind::Experiment && engine == core::EngineKind::Python))
        return pythonWords;
    if (preset.kind == PresetKind::SwitchCost)
        return engineWords(core::EngineKind::Native, false);
    return engineWords(core::EngineKind::Native,
                       preset.spec.gil && preset.spec.model == core::ModelKind::Threads);
}

} // namespace kc::ui
