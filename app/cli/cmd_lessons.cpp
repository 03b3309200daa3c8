// `lessons`: lists the lessons in the chosen language; --validate checks every lesson
// file and names each problem (file: field: reason); --check runs the lessons'
// experiments headless and says whether each claim held on this machine.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/spec_flags.h"
#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_loader.h"

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

int check(const LessonLibrary& lib, const std::vector<std::string>& ids, int tries, Lang lang) {
    std::vector<const Lesson*> chosen;
    for (const std::string& id : ids) {
        const Lesson* l = lib.find(id);
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
    options.tries = tries;
    options.cancel = &cancel;
    options.progress = [&](const std::string&, int) {
        if (interrupted())
            cancel.cancel();
    };
    int held = 0, failed = 0, skipped = 0, unsure = 0;
    for (const Lesson* l : chosen) {
        std::cout << l->number << " " << l->id << " - " << l->title.in(lang) << "\n" << std::flush;
        LessonCheck c = checkLesson(*l, options);
        for (const ClaimResult& r : c.claims) {
            std::cout << "  [" << verdictName(r.verdict) << "] " << r.claim->id << ": "
                      << r.claim->text.in(lang) << "\n";
            if (r.verdict == Verdict::Holds || r.verdict == Verdict::Fails ||
                r.verdict == Verdict::Inconclusive)
                std::cout << "      " << r.detail()
                          << (r.attempt > 1 ? "  (try " + std::to_string(r.attempt) + ")" : "")
                          << "\n";
            if (!r.reason.empty())
                std::cout << "      " << r.reason << "\n";
            held += r.verdict == Verdict::Holds;
            failed += r.verdict == Verdict::Fails;
            skipped += r.verdict == Verdict::Skipped;
            unsure += r.verdict == Verdict::Inconclusive;
        }
        for (const std::string& e : c.errors)
            std::cout << "  error: " << e << "\n";
        std::cout << "  (" << formatNumber(c.seconds) << " s";
        if (c.othersBusyCpus >= 0.25)
            std::cout << "; other programs kept about " << formatNumber(c.othersBusyCpus)
                      << " CPUs busy";
        std::cout << ")\n" << std::flush;
        if (interrupted())
            return 130;
    }
    std::cout << "\n" << held << " held, " << failed << " failed, " << unsure << " inconclusive, "
              << skipped << " skipped\n";
    return failed ? ExitFailure : ExitOk;
}

int runLessons(const Args& args) {
    ArgParser p({"--lang", "--dir", "--tries"}, {"--validate", "--check"});
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
    auto tries = p.intValue("--tries", 2, 1, 10);
    if (!tries) {
        std::cerr << "lessons: " << p.error() << "\n";
        return ExitUsage;
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
        std::cerr << "lessons: cannot find the lessons folder (set KC_LESSONS_DIR or use --dir)\n";
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
        return check(lib, p.positional(), int(*tries), lang);
    return listLessons(lib, lang);
}

} // namespace

KC_REGISTER_COMMAND("lessons",
                    "lessons [--lang zh_TW|en] [--dir DIR] | lessons --validate [DIR] | "
                    "lessons --check [ID...] [--tries N] [--dir DIR]",
                    false, runLessons);

} // namespace kc::app
