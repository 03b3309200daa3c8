// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui_session.h"

#include "ui/settings_guard.h"

#include "app/cli/arg_parser.h"
#include "core/lessons/lesson_loader.h"
#include "core/util/app_paths.h"
#include "ui/app_icon.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/single_instance.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace kc::app {

namespace {
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("ConcurrencyKitchen"));
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-kitchen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION));
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        gui->setWindowIcon(ui::appIcon());
    // Wayland matches a window to its launcher (name, icon) by the desktop file's id.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.concurrency_kitchen.ConcurrencyKitchen"));
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
        std::cerr << who << ": --lesson: cannot find the lessons folder: "
                  << kc::core::paths::dataPath("lessons").error() << " (or set KC_LESSONS_DIR)\n";
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

bool looksLikeRecording(const std::string& arg) {
    if (arg.empty() || arg[0] == '-')
        return false;
    // A name a file manager or a shell gives (Exec=... %f): *.json, or a file that exists.
    const QString a = QString::fromStdString(arg);
    return a.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || QFileInfo(a).isFile();
}

namespace {

// What a second start prints: it did its work through the first window.
int reportHandOver(const ui::SingleInstance::Reply& r, const std::optional<std::string>& file) {
    std::cout << "concurrency-kitchen: a window is already open (pid " << r.pid
              << "): it was brought to the front";
    if (file && r.error.isEmpty())
        std::cout << " and opened " << *file;
    std::cout << ". Its title: " << r.title.toStdString() << "\n";
    if (!r.banner.isEmpty() && r.banner != r.error)
        std::cout << "  It says: " << r.banner.toStdString() << "\n";
    if (r.others > 0)
        std::cout << "  " << r.others << " more window(s) run beside it (--new-instance).\n";
    std::cout << "  (to run a second window anyway: concurrency-kitchen --new-instance; both "
                 "will say that their measurements disturb each other)\n";
    if (!r.error.isEmpty()) {
        std::cerr << "concurrency-kitchen: " << r.error.toStdString() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

int runGuiApp(int argc, char** argv, const Args& args) {
    ArgParser parser({"--lang", "--lesson"}, {"--new-instance"});
    if (!parser.parse(args)) {
        std::cerr << "concurrency-kitchen: " << parser.error() << "\n";
        return ExitUsage;
    }
    // One positional word: a recording to open (FILE.kitchen.json), as a desktop's
    // "Open with" gives it. Anything else is a mistake, said plainly.
    const auto& words = parser.positional();
    std::optional<std::string> file;
    if (words.size() > 1) {
        std::cerr << "concurrency-kitchen: give at most one recording to open, not "
                  << words.size() << " words ('" << words[0] << "', '" << words[1]
                  << "', ...); see --help\n";
        return ExitUsage;
    }
    if (words.size() == 1) {
        if (!looksLikeRecording(words[0])) {
            std::cerr << "concurrency-kitchen: unknown command '" << words[0]
                      << "', and not a recording to open (FILE.kitchen.json); see --help\n";
            return ExitUsage;
        }
        file = words[0];
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
    setIdentity(); // the lock file names the app
    // One window per user (ui/single_instance.h): before building anything, so that a
    // second start answers at once.
    std::unique_ptr<ui::SingleInstance> single;
    if (ui::SingleInstance::wanted()) {
        single = std::make_unique<ui::SingleInstance>();
        if (!single->problem().isEmpty()) {
            std::cerr << "concurrency-kitchen: cannot check for another window ("
                      << single->problem().toStdString() << "); starting anyway\n";
            single.reset();
        } else if (parser.has("--new-instance")) {
            single->runAlongside();
        } else if (!single->tryBecomeFirst()) {
            const QString abs = file ? QFileInfo(QString::fromStdString(*file)).absoluteFilePath()
                                     : QString();
            QString why;
            auto reply = single->handOver(abs, lesson ? QString::fromStdString(*lesson) : QString(),
                                          10000, &why);
            if (reply)
                return reportHandOver(*reply, file);
            if (!single->tryBecomeFirst()) { // it may have ended meanwhile
                std::cerr << "concurrency-kitchen: another window (pid " << single->firstPid()
                          << ") holds " << single->lockPath().toStdString()
                          << " but does not answer: " << why.toStdString()
                          << ".\n  Close it, or start with --new-instance to run anyway.\n";
                return ExitFailure;
            }
        }
    }
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
    // A missing or broken file is a banner in the window, which stays open.
    if (file)
        window.openFile(QString::fromStdString(*file));
    if (single) {
        single->setActivateHandler([&window, dock](const QString& path, const QString& id) {
            window.raiseWindow();
            QJsonObject r;
            if (!path.isEmpty())
                if (const QString error = window.openFile(path); !error.isEmpty())
                    r.insert(QStringLiteral("error"), error);
            if (!id.isEmpty()) {
                dock->show();
                dock->raise();
                dock->panel()->selectLesson(id);
            }
            r.insert(QStringLiteral("title"), window.windowTitle());
            r.insert(QStringLiteral("banner"), window.bannerText());
            return r;
        });
        QObject::connect(single.get(), &ui::SingleInstance::othersChanged, &window,
                         &ui::MainWindow::setOtherInstances);
        window.setOtherInstances(single->others());
        single->start();
    }
    window.show();
    const int code = app.exec();
    single.reset(); // its socket notifiers go while the application still exists
    return code;
}

} // namespace kc::app
