// SPDX-License-Identifier: GPL-3.0-or-later
// `lessons`: lists the lessons in the chosen language; --validate checks every lesson
// file and names each problem (file: field: reason); --check runs the lessons'
// experiments headless, in rounds, and says whether each claim held on this machine
// (exit 0), failed (1), or could not be decided here (3: inconclusive, too few CPUs);
// Ctrl-C stops it (130, SIGTERM 143). Each block of verdicts names the engine it ran
// in (the C++ chefs or CPython, core/lessons/engine_words.h): by default the lesson's
// own engines, or --engine native|python|both.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "core/util/app_paths.h"
#include "app/cli/spec_flags.h"
#include "core/lessons/engine_words.h"
#include "core/lessons/lesson_check.h"
#include "core/python/python_locator.h"
#include "core/lessons/lesson_loader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace kc::app {
namespace {

using namespace kc::core::lessons;

Lang defaultLang() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return langFromLocale(v);
    return Lang::En;
}

void printProblems(std::ostream& out, const LessonLibrary& lib) {
    for (const Problem& p : lib.problems)
        out << p.text() << "\n";
}

int listLessons(const LessonLibrary& lib, Lang lang) {
    for (const Lesson& l : lib.lessons)
        std::cout << (l.number < 10 ? " " : "") << l.number << "  " << l.id << "  "
                  << l.title.in(lang) << "\n";
    for (const std::string& f : lib.brokenFiles)
        std::cout << " ?  " << f << "  "
                  << (lang == Lang::ZhTW ? "(這個課程檔有問題，請執行 lessons --validate)"
                                         : "(this lesson file has problems: run lessons --validate)")
                  << "\n";
    return lib.lessons.empty() ? ExitFailure : ExitOk;
}

int validate(const LessonLibrary& lib) {
    printProblems(std::cout, lib);
    if (!lib.problems.empty()) {
        std::cout << lib.problems.size() << " problem" << (lib.problems.size() == 1 ? "" : "s")
                  << " in " << lib.dir << "\n";
        return ExitFailure;
    }
    std::cout << lib.lessons.size() << " lessons"
              << (lib.glossary ? ", " + std::to_string(lib.glossary->terms.size()) + " glossary terms" : "")
              << " in " << lib.dir << ": no problems\n";
    return ExitOk;
}

void printResult(const ClaimResult& r, Lang lang) {
    std::cout << "  [" << verdictName(r.verdict) << "] " << r.claim->id << ": "
              << r.claim->text.in(lang) << "\n";
    if (r.verdict != Verdict::Skipped && r.left != 0)
        std::cout << "      " << r.detail()
                  << (r.round > 1 ? "  (median of " + std::to_string(r.round) + " rounds)" : "")
                  << "\n";
    if (!r.reason.empty())
        std::cout << "      " << r.reason << "\n";
    else if (!r.confidence.steady())
        std::cout << "      " << confidenceName(r.confidence.level) << ": " << r.confidence.reason
                  << "\n";
}

// "setup: pinned to one CPU - ok": a fact of the set-up, not a claim that held.
void printSetup(const ClaimResult& r, Lang lang) {
    const char* word = r.verdict == Verdict::Holds   ? "ok"
                       : r.verdict == Verdict::Fails ? "FAILED"
                                                     : verdictName(r.verdict);
    std::cout << "  setup: " << r.claim->text.in(lang) << " - " << word << "\n";
    if (r.verdict != Verdict::Holds) {
        if (r.left != 0)
            std::cout << "      " << r.detail() << "\n";
        if (!r.reason.empty())
            std::cout << "      " << r.reason << "\n";
    }
}

/// Which engines --check runs: the lesson's own (no --engine), or the ones asked for.
struct EngineChoice {
    std::vector<core::EngineKind> engines;  ///< empty: each lesson's own engines
    std::string pythonPath;
};

/// "C++ chefs, no GIL" / "CPython 3.11.7, real GIL" for a block of verdicts.
std::string engineLine(const Lesson& l, core::EngineKind engine, const std::string& pythonPath,
                       Lang lang) {
    std::string version, gil;
    if (engine == core::EngineKind::Python) {
        if (auto info = core::probePython(pythonPath); info.ok()) {
            version = info->version;
            gil = info->gilEnabled ? "on" : "off";
        }
    }
    bool gilAnywhere = false;
    for (const Preset& p : l.presets)
        gilAnywhere |= p.kind == PresetKind::Experiment && p.spec.gil &&
                       p.spec.model == core::ModelKind::Threads;
    return (lang == Lang::ZhTW ? "  引擎：" : "  engine: ") +
           engineStageWords(engine, gilAnywhere, version, gil).in(lang);
}

int check(const LessonLibrary& lib, const std::vector<std::string>& ids, int rounds, Lang lang,
          const EngineChoice& choice) {
    std::vector<const Lesson*> chosen;
    for (const std::string& id : ids) {
        const Lesson* l = lib.find(id);
        for (const Lesson& byNumber : lib.lessons)  // a number works too: --check 4
            if (!l && std::to_string(byNumber.number) == id)
                l = &byNumber;
        if (!l) {
            std::cerr << "lessons: no lesson '" << id << "' (see `concurrency-kitchen lessons`)\n";
            return ExitUsage;
        }
        chosen.push_back(l);
    }
    if (ids.empty())
        for (const Lesson& l : lib.lessons)
            chosen.push_back(&l);
    installInterruptFlag();
    core::CancelToken cancel;
    CheckOptions options;
    options.rounds = rounds;
    options.cancel = &cancel;
    options.pythonPath = choice.pythonPath;
    int shownRound = 1;
    options.progress = [&](const CheckProgress& p) {
        if (interrupted())
            cancel.cancel();
        if (p.round != shownRound) {  // a claim was not clear yet: say why it takes longer
            shownRound = p.round;
            std::cout << "  round " << p.round << " of " << p.maxRounds << "...\n" << std::flush;
        }
    };
    ClaimTally total, setup;  // setup checks are counted apart: they prove nothing
    std::vector<std::string> failed, unsure;
    for (const Lesson* l : chosen) {
        std::cout << l->number << " " << l->id << " - " << l->title.in(lang) << "\n" << std::flush;
        const std::vector<core::EngineKind>& engines =
            choice.engines.empty() ? l->engines : choice.engines;
        for (core::EngineKind engine : engines) {
            std::cout << engineLine(*l, engine, choice.pythonPath, lang) << "\n" << std::flush;
            shownRound = 1;
            options.engine = engine;
            const LessonCheck c = checkLesson(*l, options);
            for (const ClaimResult& r : c.setup)
                printSetup(r, lang);
            for (const ClaimResult& r : c.claims)
                printResult(r, lang);
            if (c.setup.empty() && c.claims.empty() && c.errors.empty())
                std::cout << "  (no claim of this lesson is stated for this engine)\n";
            // Several engines: a claim's name says which one it failed in.
            const std::string in =
                engines.size() > 1 ? std::string(" [") + core::engineKindName(engine) + "]" : "";
            for (const auto* list : {&c.setup, &c.claims})
                for (const ClaimResult& r : *list) {
                    (list == &c.setup ? setup : total).add(r);
                    const std::string name = l->id + "." + r.claim->id + in;
                    if (r.verdict == Verdict::Fails)
                        failed.push_back(name);
                    else if (r.verdict != Verdict::Holds)
                        unsure.push_back(name + " (" +
                                         (r.verdict == Verdict::Skipped ? "skipped: " : "") +
                                         r.reason + ")");
                }
            for (const std::string& e : c.errors)
                std::cout << "  error: " << e << "\n";
            std::cout << "  (" << formatNumber(c.seconds) << " s, " << c.rounds << " round"
                      << (c.rounds == 1 ? "" : "s") << ")\n"
                      << std::flush;
            if (interrupted())
                return interruptedExitCode();
        }
    }
    std::cout << "\n" << total.held << " held, " << total.failed << " failed, "
              << total.inconclusive << " inconclusive, " << total.skipped
              << " could not be shown here";
    if (setup.held + setup.failed + setup.inconclusive + setup.skipped > 0)
        std::cout << "; setup checks: " << setup.held << " ok, " << setup.failed
                  << " not as intended, " << setup.inconclusive + setup.skipped << " unsure";
    std::cout << "\n";
    for (const std::string& f : failed)
        std::cout << "failed: " << f << "\n";
    for (const std::string& u : unsure)
        std::cout << "not shown: " << u << "\n";
    // 0: everything this machine can show held; 1: a claim failed; 3: some claims were
    // inconclusive or need what this machine lacks (never a silent pass).
    // A setup not as intended makes the claims meaningless: a failure too.
    return setup.failed ? 1 : std::max(total.exitCode(), setup.exitCode());
}

int runLessons(const Args& args) {
    ArgParser p({"--lang", "--dir", "--rounds", "--tries", kEngineFlag, kPythonFlag},
                {"--validate", "--check"});
    if (!p.parse(args)) {
        std::cerr << "lessons: " << p.error() << "\n";
        return ExitUsage;
    }
    if (p.has("--validate") && p.has("--check")) {
        std::cerr << "lessons: choose one of --validate and --check\n";
        return ExitUsage;
    }
    Lang lang = defaultLang();
    if (auto l = p.value("--lang")) {
        if (*l != "zh_TW" && *l != "en") {
            std::cerr << "lessons: --lang: '" << *l << "' is not a language (zh_TW or en)\n";
            return ExitUsage;
        }
        lang = *l == "zh_TW" ? Lang::ZhTW : Lang::En;
    }
    // --tries: the old name of --rounds.
    auto tries = p.intValue(p.has("--rounds") ? "--rounds" : "--tries", kLessonMaxRounds, 1,
                            kLessonMaxRounds);
    if (!tries) {
        std::cerr << "lessons: " << p.error() << "\n";
        return ExitUsage;
    }
    EngineChoice choice;
    if (auto e = p.value(kEngineFlag)) {
        if (*e == "native" || *e == "both")
            choice.engines.push_back(core::EngineKind::Native);
        if (*e == "python" || *e == "both")
            choice.engines.push_back(core::EngineKind::Python);
        if (choice.engines.empty()) {
            std::cerr << "lessons: " << kEngineFlag << " expects native, python or both, got '"
                      << *e << "'\n";
            return ExitUsage;
        }
    }
    for (const char* flag : {kEngineFlag, kPythonFlag})
        if (p.has(flag) && !p.has("--check")) {
            std::cerr << "lessons: " << flag << " needs --check\n";
            return ExitUsage;
        }
    choice.pythonPath = p.valueOr(kPythonFlag, "");
    const bool askedPython =
        std::find(choice.engines.begin(), choice.engines.end(), core::EngineKind::Python) !=
        choice.engines.end();
    if (p.has(kPythonFlag) && !choice.engines.empty() && !askedPython) {
        std::cerr << "lessons: " << kPythonFlag << " needs --engine python or both\n";
        return ExitUsage;
    }
    // Asked for by name: a missing or too old interpreter is a bad command line, said now.
    if (askedPython || p.has(kPythonFlag)) {
        if (auto info = core::probePython(choice.pythonPath); !info.ok()) {
            std::cerr << "lessons: --engine python: " << info.error() << "\n";
            return ExitUsage;
        }
    }
    std::string dir = p.valueOr("--dir", "");
    if (p.has("--validate")) {
        if (p.positional().size() > 1 || (p.positional().size() == 1 && p.has("--dir"))) {
            std::cerr << "lessons: --validate takes one folder\n";
            return ExitUsage;
        }
        if (!p.positional().empty())
            dir = p.positional().front();
    } else if (!p.has("--check") && !p.positional().empty()) {
        std::cerr << "lessons: unexpected argument '" << p.positional().front()
                  << "' (lesson ids go after --check)\n";
        return ExitUsage;
    }
    if (dir.empty())
        dir = findLessonsDir();
    if (dir.empty()) {
        std::cerr << "lessons: cannot find the lessons folder: "
                  << kc::core::paths::dataPath("lessons").error()
                  << " (or set KC_LESSONS_DIR, or use --dir)\n";
        return ExitUsage;
    }
    if (std::error_code ec; !std::filesystem::is_directory(dir, ec)) {
        std::cerr << "lessons: '" << dir << "' is not a folder (does it exist?)\n";
        return ExitUsage;
    }
    const LessonLibrary lib = loadLessonLibrary(dir);
    if (p.has("--validate"))
        return validate(lib);
    if (lib.lessons.empty() && !lib.problems.empty()) {
        printProblems(std::cerr, lib);
        return p.has("--check") ? ExitUsage : ExitFailure;
    }
    if (p.has("--check"))
        return check(lib, p.positional(), int(*tries), lang, choice);
    return listLessons(lib, lang);
}

} // namespace

KC_REGISTER_COMMAND("lessons",
                    "lessons [--lang zh_TW|en] [--dir DIR] | lessons --validate [DIR] | "
                    "lessons --check [ID...] [--rounds N] [--engine native|python|both] "
                    "[--python PATH] [--dir DIR] (exit 0 all held, 1 one failed, "
                    "3 some inconclusive or not shown here)",
                    false, runLessons);

} // namespace kc::app
