// SPDX-License-Identifier: GPL-3.0-or-later
// `handout`: the teacher's kit on paper. A worksheet PDF and an answer key PDF, in one
// language, for every lesson, some lessons, or a teaching path's; with --measure the
// key carries this machine's numbers (every lesson's claims run first). Needs no
// display: the pages are laid out offscreen.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/command_help.h"
#include "app/cli/spec_flags.h"
#include "app/gui_session.h"
#include "ui/handout/handout_measure.h"
#include "ui/handout/handout_plan.h"
#include "ui/i18n.h"

#include "core/lessons/lesson_loader.h"
#include "core/util/app_paths.h"
#include "core/util/atomic_file.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <iostream>

namespace kc::app {
namespace {

using core::lessons::Lang;

// A message of this command in the language chosen with --lang ("cli" context).
QString tc(const char* source) { return QCoreApplication::translate("cli", source); }

void say(const QString& text) { std::cerr << "handout: " << text.toStdString() << "\n"; }

int runHandout(const Args& args) {
    ArgParser p({"--lang", "--out", "--key", "--lessons", "--path", "--rounds"}, {"--measure"});
    if (!p.parse(args)) {
        std::cerr << "handout: " << p.error() << "\n";
        return ExitUsage;
    }
    // The language first: every later message is in it.
    if (!applyLanguage(p.valueOr("--lang", "")))
        return ExitUsage;
    const Lang lang = ui::currentLanguage() == QLatin1String("zh_TW") ? Lang::ZhTW : Lang::En;
    if (!p.positional().empty()) {
        say(tc("unexpected argument '%1'").arg(QString::fromStdString(p.positional().front())));
        return ExitUsage;
    }
    const QString out = QString::fromStdString(p.valueOr("--out", ""));
    if (out.isEmpty()) {
        say(tc("--out FILE.pdf is needed: where to write the worksheet"));
        return ExitUsage;
    }
    if (p.has("--lessons") && p.has("--path")) {
        say(tc("choose one of --lessons and --path"));
        return ExitUsage;
    }
    if (p.has("--rounds") && !p.has("--measure")) {
        say(tc("--rounds counts the rounds of --measure: add --measure"));
        return ExitUsage;
    }
    auto rounds = p.intValue("--rounds", core::lessons::kLessonMaxRounds, 1, core::lessons::kLessonMaxRounds);
    if (!rounds) {
        std::cerr << "handout: " << p.error() << "\n";
        return ExitUsage;
    }
    const QString key = p.has("--key") ? QString::fromStdString(*p.value("--key")) : ui::defaultKeyPath(out);
    if (key == out) {
        say(tc("--key must name another file than --out"));
        return ExitUsage;
    }
    QStringList lessons;
    if (auto l = p.value("--lessons")) {
        lessons = QString::fromStdString(*l).split(QLatin1Char(','));
        for (const QString& one : lessons)
            if (one.trimmed().isEmpty()) {
                say(tc("--lessons: give lesson numbers or ids separated by commas, such as 1,4,9"));
                return ExitUsage;
            }
    }

    const std::string dir = core::lessons::findLessonsDir();
    if (dir.empty()) {
        say(tc("cannot find the lessons folder: %1 (or set KC_LESSONS_DIR)")
                .arg(QString::fromStdString(core::paths::dataPath("lessons").error())));
        return ExitFailure;
    }
    const core::lessons::LessonLibrary library = core::lessons::loadLessonLibrary(dir);
    ui::HandoutPlan plan = ui::planHandout(library, lang, lessons, QString::fromStdString(p.valueOr("--path", "")));
    for (const QString& w : plan.warnings)
        say(w);
    if (!plan.error.isEmpty()) {
        say(plan.error);
        return plan.usageError ? ExitUsage : ExitFailure;
    }
    // Both files must be writable before minutes of measuring begin.
    for (const auto& [flag, path] : {std::pair{"--out", out}, std::pair{"--key", key}})
        if (auto ok = core::checkOutputPath(path.toStdString(), flag); !ok.ok()) {
            say(tc("nothing was written: %1").arg(QString::fromStdString(ok.error())));
            return ExitFailure;
        }

    if (p.has("--measure")) {
        installInterruptFlag();
        core::CancelToken cancel;
        core::lessons::CheckOptions options;
        options.rounds = int(*rounds);
        options.cancel = &cancel;
        options.progress = [&](const core::lessons::CheckProgress&) {
            if (interrupted())
                cancel.cancel();
        };
        const auto& chosen = plan.handout.lessons;
        for (size_t i = 0; i < chosen.size(); ++i) {
            const auto& l = chosen[i];
            std::cerr << "handout: "
                      << tc("measuring lesson %1 (%2 of %3): %4")
                             .arg(l.number)
                             .arg(i + 1)
                             .arg(chosen.size())
                             .arg(QString::fromStdString(l.title.in(lang)))
                             .toStdString()
                      << " ..." << std::flush;
            const auto t0 = std::chrono::steady_clock::now();
            plan.handout.measured[l.id] = ui::measureLessonForHandout(l, options);
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::cerr << " " << QString::number(s, 'f', 1).toStdString() << " s\n";
            if (interrupted()) {
                say(tc("stopped: nothing was written"));
                return interruptedExitCode();
            }
        }
        plan.handout.machine = ui::currentHandoutMachine();
    }
    if (const QString error = ui::saveHandout(plan.handout, out, key); !error.isEmpty()) {
        say(error);
        return ExitFailure;
    }
    std::cout << tc("Worksheet: %1\nAnswer key: %2").arg(out, key).toStdString() << "\n";
    return ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("handout",
                    "handout --out FILE.pdf [--key KEY.pdf] [--lang zh_TW|en] "
                    "[--lessons 1,4,9 | --path ID] [--measure [--rounds N]]",
                    /*needsGui=*/true, runHandout, /*offscreen=*/true);

} // namespace kc::app
