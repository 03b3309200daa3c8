// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The teacher's kit on paper: a worksheet (the class paths on the cover, then per
// lesson its questions with boxes to tick, a line to say why, the questions after the
// run and room for the measured numbers) and a separate answer key (right answers,
// the why texts, feedback per choice, the reveal with this machine's numbers when they
// were measured, blanks "____" otherwise). A4 PDFs drawn by QTextDocument (lesson texts
// are Markdown) in the CJK font, in the handout's language whatever the window's.
//
// Threading: GUI thread (QTextDocument and fonts), or any thread of a QGuiApplication
// program that has no window (the CLI); one handout at a time per thread.

#include "core/lessons/lesson.h"
#include "core/lessons/lesson_metrics.h"
#include "core/lessons/teaching_paths.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kc::ui {

/// What one lesson measured on this machine, for the answer key.
struct HandoutMeasured {
    /// Every engine's medians (core::lessons::mergeEngineMeasurements), so "{p.m}" and
    /// "{python:p.m}" both fill.
    core::lessons::LessonMeasurements merged;
    std::vector<core::lessons::Text> engines; ///< the engines that ran, in words
    int claimsHeld = 0;
    int claimsFailed = 0;
    int claimsUndecided = 0;                  ///< inconclusive here (a busy machine)
    std::vector<std::string> errors;          ///< presets that could not run
};

/// The machine the key's numbers come from.
struct HandoutMachine {
    std::string cpuModel;
    int cpus = 0;
    double load[3] = {0, 0, 0};  ///< /proc/loadavg when the measuring ended
    std::string date;            ///< ISO date and time
};

struct Handout {
    core::lessons::Lang lang = core::lessons::Lang::En;
    /// The lessons on paper, in teaching order.
    std::vector<core::lessons::Lesson> lessons;
    /// Every lesson's number and title by id, for the paths on the cover.
    std::map<std::string, std::pair<int, core::lessons::Text>> titles;
    /// The class paths shown (all of them, or the one chosen).
    std::vector<core::lessons::TeachingPath> paths;
    /// Lesson id -> what it measured; empty when nothing was measured (blanks in the key).
    std::map<std::string, HandoutMeasured> measured;
    std::optional<HandoutMachine> machine;
};

/// The blank a missing number shows as, in the key and on the worksheet.
inline constexpr const char* kHandoutBlank = "____";

/// A lesson text with its {preset.metric} placeholders filled from m (3 significant
/// digits); placeholders without a measurement become kHandoutBlank. Markdown-safe:
/// the blank is escaped so that it never reads as emphasis or a rule.
std::string fillForHandout(const std::string& markdown, const core::lessons::LessonMeasurements& m);

/// The two PDFs, in memory.
QByteArray worksheetPdf(const Handout& handout);
QByteArray answerKeyPdf(const Handout& handout);

/// Writes the worksheet to worksheetPath and, when keyPath is not empty, the key to
/// keyPath, each atomically (a failure leaves an old file whole). "" on success, else a
/// message naming the file and the reason, in the handout's language.
QString saveHandout(const Handout& handout, const QString& worksheetPath, const QString& keyPath);

/// keyPath's default beside the worksheet: "k.pdf" -> "k-key.pdf".
QString defaultKeyPath(const QString& worksheetPath);

/// A word of the handout in its own language (context "kc::ui::Handout"), whatever
/// language the window shows: the embedded translation is read, not installed.
QString handoutWord(core::lessons::Lang lang, const char* source);

} // namespace kc::ui
