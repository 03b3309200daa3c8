#include "app/gui_session.h"

#include "ui/settings_guard.h"

#include "app/cli/arg_parser.h"
#include "core/lessons/lesson_loader.h"
#include "ui/app_icon.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QSettings>
#include <cstdlib>
#include <iostream>

namespace kc::app {

namespace {
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("ConcurrencyKitchen"));
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-kitchen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        gui->setWindowIcon(ui::appIcon());
}
} // namespace

bool applyLanguage(const std::string& lang) {
    QString chosen;
    if (!lang.empty()) {
        chosen = ui::normaliseLanguage(QString::fromStdString(lang));
        if (chosen.isEmpty()) {
            std::cerr << "concurrency-kitchen: unknown language '" << lang
                      << "' (use zh_TW or en)\n";
            return false;
        }
    } else {
        chosen = ui::normaliseLanguage(
            ui::settings::readString(QStringLiteral("ui/language"), 32).value_or(QString()));
        if (chosen.isEmpty())
            chosen = ui::systemLanguage();
    }
    if (!ui::installLanguage(chosen))
        std::cerr << "concurrency-kitchen: no translation for " << chosen.toStdString()
                  << ", using English\n";
    return true;
}

std::optional<std::string> resolveLessonArg(const std::string& value, const char* who,
                                            int* exitCode) {
    if (exitCode)
        *exitCode = ExitUsage;
    using namespace kc::core::lessons;
    const std::string dir = findLessonsDir();
    if (dir.empty()) {
        std::cerr << who << ": --lesson: cannot find the lessons folder (set KC_LESSONS_DIR)\n";
        return std::nullopt;
    }
    const LessonLibrary lib = loadLessonLibrary(dir);
    for (const Lesson& l : lib.lessons)
        if (l.id == value || std::to_string(l.number) == value ||
            (value.size() == 2 && value[0] == '0' && std::to_string(l.number) == value.substr(1)))
            return l.id;
    if (!lib.problems.empty()) {
        // The lesson asked for may be in a broken file: say what is wrong with the folder.
        if (exitCode)
            *exitCode = ExitFailure;
        std::cerr << who << ": --lesson: no lesson '" << value << "' among the good files; the "
                  << "lessons folder " << dir << " has " << lib.problems.size()
                  << " problem(s):\n";
        for (size_t i = 0; i < lib.problems.size() && i < 10; ++i)
            std::cerr << "  " << lib.problems[i].text() << "\n";
        if (lib.problems.size() > 10)
            std::cerr << "  ... and " << lib.problems.size() - 10 << " more (lessons --validate "
                      << dir << " lists them all)\n";
    }
    std::cerr << who << ": --lesson: no lesson '" << value << "'. Use an id or a number:\n";
    for (const Lesson& l : lib.lessons)
        std::cerr << "  " << (l.number < 10 ? " " : "") << l.number << "  " << l.id << "\n";
    return std::nullopt;
}

bool canOpenWindows() {
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    // An explicit platform (offscreen, vnc, eglfs, ...) is the user's choice; trust it.
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
}

namespace {
int noDisplay() {
    std::cerr << "concurrency-kitchen: no display to open a window on ($DISPLAY and "
                 "$WAYLAND_DISPLAY are unset).\n"
                 "  Run it under a virtual display:  xvfb-run -a concurrency-kitchen ...\n"
                 "  or make pictures without one:    concurrency-kitchen shot --out FILE.png\n";
    return ExitFailure;
}
} // namespace

int runWithGui(int argc, char** argv, const std::function<int()>& body, bool offscreen) {
    if (offscreen && !std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (!offscreen && !canOpenWindows())
        return noDisplay();
    QApplication app(argc, argv);
    setIdentity();
    return body();
}

int runGuiApp(int argc, char** argv, const Args& args) {
    ArgParser parser({"--lang", "--lesson"});
    if (!parser.parse(args) || !parser.positional().empty()) {
        std::cerr << "concurrency-kitchen: "
                  << (parser.error().empty() ? "unexpected argument '" + parser.positional()[0] + "'"
                                             : parser.error())
                  << "\n";
        return ExitUsage;
    }
    // A wrong lesson is a usage error even without a display.
    std::optional<std::string> lesson;
    if (auto value = parser.value("--lesson")) {
        int failure = ExitUsage;
        lesson = resolveLessonArg(*value, "concurrency-kitchen", &failure);
        if (!lesson)
            return failure;
    }
    if (!canOpenWindows())
        return noDisplay();
    QApplication app(argc, argv);
    setIdentity();
    if (!applyLanguage(parser.valueOr("--lang", "")))
        return ExitUsage;
    ui::MainWindow window;
    ui::LessonDock* dock = ui::installLessonDock(&window);
    if (lesson) {
        dock->show();
        dock->panel()->selectLesson(QString::fromStdString(*lesson));
    }
    window.show();
    return app.exec();
}

} // namespace kc::app
