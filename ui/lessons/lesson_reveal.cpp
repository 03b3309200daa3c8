// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_reveal.h"

#include "core/lessons/lesson_metrics.h"
#include "ui/confidence_text.h"
#include "ui/lessons/lesson_engines.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kc::ui {

using namespace kc::core::lessons;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// The confidence word in the reader's language, with its reason (kept as measured).
QString confidenceNote(const ClaimResult& r) {
    if (r.confidence.steady())
        return {};
    const QString word = r.confidence.disturbed()
                             ? QCoreApplication::translate("LessonReveal", "disturbed")
                             : QCoreApplication::translate("LessonReveal", "noisy");
    return QCoreApplication::translate("LessonReveal", " *(measurement %1: %2)*")
        .arg(word, confidenceReason(r.confidence.reason));
}

} // namespace

QString claimVerdictLine(const ClaimResult& r, Lang lang, int cpus) {
    const QString claim = q(r.claim->text.in(lang));
    const QString detail = QStringLiteral("`%1`").arg(q(r.detail()));
    switch (r.verdict) {
    case Verdict::Holds:
        return QCoreApplication::translate("LessonReveal", "✔ **Holds** — %1 %2").arg(claim, detail) +
               confidenceNote(r);
    case Verdict::Fails:
        return QCoreApplication::translate("LessonReveal", "✘ **Did not hold this time** — %1 %2")
                   .arg(claim, r.left != 0 ? detail : QStringLiteral("(%1)").arg(q(r.reason))) +
               confidenceNote(r);
    case Verdict::Inconclusive:
        return QCoreApplication::translate(
                   "LessonReveal",
                   "? **Inconclusive** — %1 %2 The machine was disturbed while it was measured "
                   "(%3), so these numbers can neither confirm nor refute it. Run it again when "
                   "the machine is quieter, or open the recording shipped with the app.")
            .arg(claim, detail, confidenceReason(r.confidence.reason));
    case Verdict::Skipped:
        if (r.claim->minCpus > cpus)
            return QCoreApplication::translate("LessonReveal", "– **Cannot be shown on this machine** — %1 It needs %2 CPUs and this "
                      "machine lets the app use %3. The recording shipped with the app shows it "
                      "on a machine with enough.")
                .arg(claim, QString::number(r.claim->minCpus), QString::number(cpus));
        return QCoreApplication::translate("LessonReveal", "– **Not measured** — %1 (%2)").arg(claim, q(r.reason));
    }
    return claim;
}

// A setup check: a fact of how the experiment was set up, not something it showed.
QString setupCheckLine(const ClaimResult& r, Lang lang) {
    const QString text = q(r.claim->text.in(lang));
    switch (r.verdict) {
    case Verdict::Holds:
        return QCoreApplication::translate("LessonReveal", "setup: %1 — ok").arg(text);
    case Verdict::Fails:
        return QCoreApplication::translate("LessonReveal", "setup: %1 — **not as intended** `%2`")
            .arg(text, q(r.left != 0 ? r.detail() : r.reason));
    case Verdict::Inconclusive:
        return QCoreApplication::translate("LessonReveal", "setup: %1 — inconclusive (%2)")
            .arg(text, confidenceReason(r.confidence.reason));
    case Verdict::Skipped:
        return QCoreApplication::translate("LessonReveal", "setup: %1 — not checked (%2)").arg(text, q(r.reason));
    }
    return text;
}

namespace {

bool fullWidthPunct(QChar c) {
    static const QString punct = QStringLiteral("：，。；！？、）（「」『』");
    return punct.contains(c);
}

} // namespace

QString cjkSafeEmphasis(const QString& md) {
    QString out = md;
    bool open = false; // inside a "**" pair
    bool code = false; // inside a `code span`
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out[i] == u'\n' && i + 1 < out.size() && out[i + 1] == u'\n')
            open = code = false; // emphasis never spans paragraphs
        if (out[i] == u'`') {
            code = !code;
            continue;
        }
        if (code || out[i] != u'*' || out[i + 1] != u'*')
            continue;
        if (open && i > 0 && fullWidthPunct(out[i - 1]) && i + 2 < out.size() &&
            !out[i + 2].isSpace() && !out[i + 2].isPunct()) {
            // "X：**Y" -> "X**：Y"
            const QChar p = out[i - 1];
            out[i - 1] = u'*';
            out[i] = u'*';
            out[i + 1] = p;
        } else if (!open && i + 2 < out.size() && fullWidthPunct(out[i + 2]) && i > 0 &&
                   !out[i - 1].isSpace() && !out[i - 1].isPunct()) {
            // "X**「Y" -> "X「**Y"
            const QChar p = out[i + 2];
            out[i + 2] = u'*';
            out[i + 1] = u'*';
            out[i] = p;
            ++i;
        }
        open = !open;
        ++i;
    }
    return out;
}

std::vector<ClaimResult> judgeLessonClaims(const Lesson& lesson, const LessonOutcome& outcome) {
    std::vector<ClaimResult> out;
    for (const Claim& c : lesson.claims)
        if (c.statedFor(outcome.engine))  // a claim about CPython is judged on CPython only
            out.push_back(judgeClaim(c, outcome.measurements, outcome.cpus, outcome.confidence));
    return out;
}

std::vector<ClaimResult> judgeLessonSetup(const Lesson& lesson, const LessonOutcome& outcome) {
    std::vector<ClaimResult> out;
    for (const Claim& c : lesson.setupChecks)
        if (c.statedFor(outcome.engine))
            out.push_back(judgeClaim(c, outcome.measurements, outcome.cpus, outcome.confidence));
    return out;
}

LessonMeasurements mergedMeasurements(const std::vector<LessonOutcome>& outcomes) {
    std::vector<std::pair<core::EngineKind, LessonMeasurements>> byEngine;
    for (const LessonOutcome& o : outcomes)
        byEngine.emplace_back(o.engine, o.measurements);
    return mergeEngineMeasurements(byEngine);
}

QString fillLessonText(const std::string& text, const LessonMeasurements& m) {
    QString filled = q(fillPlaceholders(text, m));
    static const QRegularExpression unfilled(
        QStringLiteral("\\{((?:[a-z]+:)?[a-z][a-z0-9_]*\\.[a-z0-9_.]+)\\}"));
    return filled.replace(unfilled, QStringLiteral("`\\1`"));
}

bool someClaimNotShownHere(const std::vector<ClaimResult>& results, int cpus) {
    for (const ClaimResult& r : results)
        if (r.verdict == Verdict::Inconclusive ||
            (r.verdict == Verdict::Skipped && r.claim->minCpus > cpus))
            return true;
    return false;
}

QString revealMarkdown(const Lesson& lesson, Lang lang, const std::vector<int>& predictions,
                       bool predictionSkipped, const std::optional<LessonOutcome>& outcome) {
    std::vector<LessonOutcome> outcomes;
    if (outcome) {
        outcomes.push_back(*outcome);
        // A run saved before outcomes knew their engine: "python" said it.
        if (outcome->python && outcome->engine == core::EngineKind::Native)
            outcomes.back().engine = core::EngineKind::Python;
    }
    return revealMarkdown(lesson, lang, predictions, predictionSkipped, outcomes);
}

} // namespace kc::ui
