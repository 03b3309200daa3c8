// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the handout: the worksheet (questions to answer on paper) and the
// answer key (answers, why, feedback per choice, the reveal with this machine's numbers).
// Lessons are rendered with whatever they hold: a lesson without feedback, transfer
// questions or change steps simply has no such part.

#include "ui/handout/handout_doc.h"

#include "core/lessons/engine_words.h"

#include <QCoreApplication>

namespace kc::ui::handout {

using core::lessons::Lang;
using core::lessons::langCode;
using core::lessons::Lesson;
using core::lessons::LessonMeasurements;
using core::lessons::Question;
using core::lessons::TeachingPath;
using core::lessons::StepKind;

namespace {

QString lessonHeading(const DocBuilder& b, const Lesson& l) {
    return b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Lesson %1 · %2")).arg(l.number).arg(b.text(l.title));
}

QString stepLessonText(const DocBuilder& b, const Handout& h, const core::lessons::PathStep& s) {
    switch (s.kind) {
    case StepKind::Intro:
        return b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Introduction"));
    case StepKind::WrapUp:
        return b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Wrap-up"));
    case StepKind::Lesson:
        break;
    }
    auto it = h.titles.find(s.lesson);
    if (it == h.titles.end())
        return QString::fromStdString(s.lesson);
    return b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Lesson %1 · %2")).arg(it->second.first).arg(b.text(it->second.second));
}

// The class paths: one table per period; with notes (the key) or without (the worksheet).
void paths(DocBuilder& b, const Handout& h, bool notes) {
    if (h.paths.empty())
        return;
    b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Class paths")), 1);
    for (const TeachingPath& p : h.paths) {
        b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "%1 — %2 minutes")).arg(b.text(p.title)).arg(p.minutes()), 2);
        if (!p.summary.in(b.lang()).empty())
            b.markdown(p.summary.in(b.lang()));
        for (size_t s = 0; s < p.sessions.size(); ++s) {
            const auto& session = p.sessions[s];
            if (p.sessions.size() > 1)
                b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Period %1 (%2 minutes)")).arg(s + 1).arg(session.minutes), true);
            std::vector<QStringList> rows;
            for (size_t i = 0; i < session.steps.size(); ++i) {
                const auto& step = session.steps[i];
                QStringList row{QString::number(i + 1), stepLessonText(b, h, step),
                                QString::number(step.minutes)};
                if (notes)
                    row << b.text(step.note);
                rows.push_back(row);
            }
            if (notes)
                b.table({b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Step")), b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Lesson")), b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Minutes")), b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "What to do in class"))}, rows,
                        {10, 26, 12, 52});
            else
                b.table({b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Step")), b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Lesson")), b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Minutes"))}, rows, {10, 75, 15});
        }
    }
}

std::string blankOnly(const std::string& md) { return fillForHandout(md, {}); }

// A question on the worksheet: prompt, boxes to tick, and room to say why.
void askQuestion(DocBuilder& b, const QString& label, const Question& q, int whyLines) {
    b.paragraph(label, true);
    b.markdown(blankOnly(q.prompt.in(b.lang())));
    for (size_t i = 0; i < q.choices.size(); ++i)
        b.markdown("□ **" + choiceLetter(i).toStdString() + ".** " + blankOnly(q.choices[i].in(b.lang())), 5);
    b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Why do you think so?")), false, true, 0);
    b.writingLines(whyLines);
}

// Room for the numbers of some presets: one row each, one column per engine.
void numbersTable(DocBuilder& b, const Lesson& l, const std::vector<std::string>& presetIds) {
    if (presetIds.empty())
        return;
    bool gil = false;
    for (const auto& p : l.presets)
        gil = gil || (p.spec.gil && p.spec.model == core::ModelKind::Threads);
    QStringList header{b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Experiment"))};
    std::vector<double> widths{40};
    for (core::EngineKind e : l.engines) {
        header << QString::fromStdString(core::lessons::engineStageWords(e, gil).in(b.lang()));
        widths.push_back(60.0 / double(l.engines.size()));
    }
    std::vector<QStringList> rows;
    for (const std::string& id : presetIds)
        if (const auto* p = l.findPreset(id)) {
            QStringList row{b.text(p->label)};
            for (size_t e = 0; e < l.engines.size(); ++e)
                row << QString();
            rows.push_back(row);
        }
    b.table(header, rows, widths, 5);
}

// A question in the key: the answer, why, and what each choice tells about the student.
void answerQuestion(DocBuilder& b, const QString& label, const Question& q, const LessonMeasurements& m) {
    b.paragraph(label, true);
    b.markdown(fillForHandout(q.prompt.in(b.lang()), m));
    if (q.answer < q.choices.size())
        b.markdown("**" + b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Answer: %1.")).arg(choiceLetter(q.answer)).toStdString() + "** " +
                   fillForHandout(q.choices[q.answer].in(b.lang()), m), 5);
    if (!q.why.in(b.lang()).empty())
        b.markdown(fillForHandout(q.why.in(b.lang()), m), 5);
    if (q.feedback.size() == q.choices.size() && !q.feedback.empty()) {
        b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "What each choice tells you")), false, true, 5);
        for (size_t i = 0; i < q.choices.size(); ++i)
            b.markdown(std::string(i == q.answer ? "■" : "□") + " **" + choiceLetter(i).toStdString() +
                           ".** " + fillForHandout(q.choices[i].in(b.lang()), m) + " — " +
                           fillForHandout(q.feedback[i].in(b.lang()), m),
                       10);
    }
    b.space(1.5);
}

const LessonMeasurements& measurementsOf(const Handout& h, const Lesson& l) {
    static const LessonMeasurements none;
    auto it = h.measured.find(l.id);
    return it == h.measured.end() ? none : it->second.merged;
}

} // namespace

void buildWorksheet(DocBuilder& b, const Handout& h) {
    b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Concurrency Kitchen: Worksheet")), 0);
    b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Name: ______________   Class: ________   Date: ____________")));
    b.space(2);
    b.markdown(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "For each lesson: **before the run**, tick the answer you expect and write why. "
                 "**During the run**, note the numbers measured. **After the run**, answer the "
                 "new questions: they ask about situations the run did not show."))
                   .toStdString());
    paths(b, h, false);
    for (const Lesson& l : h.lessons) {
        b.heading(lessonHeading(b, l), 1, true);
        b.markdown(blankOnly(l.summary.in(b.lang())), 0, true);
        b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Before the run: predict")), 2);
        for (size_t i = 0; i < l.questions.size(); ++i)
            askQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Question %1")).arg(i + 1), l.questions[i], 3);
        b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "The numbers you measured")), 2);
        numbersTable(b, l, l.mainPresetIds());
        if (!l.transfer.empty()) {
            b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "After the run: a new situation")), 2);
            for (size_t i = 0; i < l.transfer.size(); ++i)
                askQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "New situation %1")).arg(i + 1), l.transfer[i], 2);
        }
        for (size_t i = 0; i < l.changeSteps.size(); ++i) {
            const auto& step = l.changeSteps[i];
            b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Change one thing and predict again")), 2);
            b.markdown("**" + b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "The change:")).toStdString() + "** " + blankOnly(step.change.in(b.lang())));
            askQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Change %1")).arg(i + 1), step.question, 2);
            numbersTable(b, l, step.presets);
        }
    }
}

void buildAnswerKey(DocBuilder& b, const Handout& h) {
    b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Concurrency Kitchen: Answer key")), 0);
    if (h.machine && !h.measured.empty()) {
        const HandoutMachine& m = *h.machine;
        b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Measured on this machine: %1, %2 CPUs, load %3 %4 %5, %6."))
                        .arg(QString::fromStdString(m.cpuModel))
                        .arg(m.cpus)
                        .arg(m.load[0], 0, 'f', 2)
                        .arg(m.load[1], 0, 'f', 2)
                        .arg(m.load[2], 0, 'f', 2)
                        .arg(QString::fromStdString(m.date)));
        b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Each number is the median of the rounds each lesson ran. Another machine, "
                      "or this one while busy, gives other numbers: the class's own run is the "
                      "one to discuss.")),
                    false, true);
    } else {
        b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Not measured.")), true);
        b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "The blanks (____) are numbers the run shows: fill them in from the "
                      "lesson's reveal in the app, or make this key again on the class's machine "
                      "with the command below, which runs every lesson's experiments and writes "
                      "their medians in.")));
        // On a line of its own: a command broken at "--" would not be typed as it is.
        b.markdown(std::string("`concurrency-kitchen handout --measure --lang ") + langCode(b.lang()) + " --out " +
                       b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "class")).toStdString() + ".pdf`",
                   5);
    }
    paths(b, h, true);
    for (const Lesson& l : h.lessons) {
        const LessonMeasurements& m = measurementsOf(h, l);
        b.heading(lessonHeading(b, l), 1, true);
        if (auto it = h.measured.find(l.id); it != h.measured.end()) {
            QStringList engines;
            for (const auto& e : it->second.engines)
                engines << b.text(e);
            b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Measured with: %1.")).arg(engines.join(QStringLiteral("; "))), false, true);
            const HandoutMeasured& got = it->second;
            // "Undecided" only when some claim was: a calm run is not called busy.
            if (got.claimsUndecided > 0)
                b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "The lesson's claims on this machine: "
                                                                        "%1 held, %2 failed, %3 undecided "
                                                                        "(the machine was busy)."))
                                .arg(got.claimsHeld)
                                .arg(got.claimsFailed)
                                .arg(got.claimsUndecided),
                            false, true);
            else if (got.claimsHeld + got.claimsFailed > 0)
                b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout",
                                                     "The lesson's claims on this machine: %1 held, %2 failed."))
                                .arg(got.claimsHeld)
                                .arg(got.claimsFailed),
                            false, true);
            for (const std::string& e : it->second.errors)
                b.paragraph(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Could not run: %1")).arg(QString::fromStdString(e)), false, true);
        }
        b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Predictions")), 2);
        for (size_t i = 0; i < l.questions.size(); ++i)
            answerQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Question %1")).arg(i + 1), l.questions[i], m);
        b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "What the run shows")), 2);
        b.markdown(fillForHandout(l.reveal.in(b.lang()), m));
        if (!l.transfer.empty()) {
            b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "After the run: a new situation")), 2);
            for (size_t i = 0; i < l.transfer.size(); ++i)
                answerQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "New situation %1")).arg(i + 1), l.transfer[i], m);
        }
        for (size_t i = 0; i < l.changeSteps.size(); ++i) {
            const auto& step = l.changeSteps[i];
            b.heading(b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Change one thing and predict again")), 2);
            b.markdown("**" + b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "The change:")).toStdString() + "** " + fillForHandout(step.change.in(b.lang()), m));
            answerQuestion(b, b.word(QT_TRANSLATE_NOOP("kc::ui::Handout", "Change %1")).arg(i + 1), step.question, m);
        }
    }
}

} // namespace kc::ui::handout
