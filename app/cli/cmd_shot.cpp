// SPDX-License-Identifier: GPL-3.0-or-later
// `shot`: render the main window offscreen after some live sampling and save a PNG,
// for lecture slides and for tests that look at the UI; or, with --out k.gif (.webp,
// .mp4, .webm), an animation of a recording's kitchen (ui/export/animation_export.h).
// With --lesson the lesson dock shows that lesson at a stage; --run first runs its
// experiments for real.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/gui_session.h"
#include "ui/charts/chart_export.h"
#include "ui/export/animation_export.h"
#include "ui/export/kitchen_image.h"
#include "ui/charts/charts_panel.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"
#include "ui/results_panel.h"

#include "core/experiment/recording.h"
#include "core/util/atomic_file.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QLabel>
#include <QTimer>
#include <cerrno>
#include <climits>
#include <csignal>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace kc::app {
namespace {

// The reports in a `compare --json` file, every field checked as for a recording. The
// file is read bounded (a FIFO or /dev/zero is refused, not waited on).
std::optional<std::vector<core::RunReport>> readComparison(const std::string& path,
                                                           std::string& why) {
    auto text = core::readBoundedFile(path, core::kMaxReportBytes, "report");
    if (!text.ok()) {
        why = text.error();
        return std::nullopt;
    }
    auto parsed = core::parseJsonText(*text);
    if (!parsed.ok()) {
        why = parsed.error();
        return std::nullopt;
    }
    const nlohmann::json& j = *parsed;
    if (!j.is_object() || !j.contains("runs") || !j["runs"].is_array()) {
        why = "not the JSON of `compare --json` (no \"runs\" list)";
        return std::nullopt;
    }
    const nlohmann::json& runs = j["runs"];
    if (runs.empty() || runs.size() > 64) {
        why = "it holds " + std::to_string(runs.size()) + " runs (1 to 64 can be shown)";
        return std::nullopt;
    }
    std::vector<core::RunReport> out;
    for (size_t i = 0; i < runs.size(); ++i) {
        const std::string where = "runs[" + std::to_string(i) + "]";
        const nlohmann::json& run = runs[i];
        if (!run.is_object()) {
            why = core::jsonTypeError(where, "an object", run);
            return std::nullopt;
        }
        if (!run.contains("report")) {
            why = where + ": has no \"report\"";
            return std::nullopt;
        }
        auto r = core::reportFromJson(run["report"]);
        if (!r.ok()) {
            // reportFromJson names its paths from "report" on: runs[3].report.spec.chefs.
            const std::string& e = r.error();
            why = e.rfind("report", 0) == 0 ? where + "." + e : where + ".report: " + e;
            return std::nullopt;
        }
        out.push_back(std::move(r).value());
    }
    return out;
}

// Settings live in a folder of their own for each shot. Its name carries our pid, so
// that a later shot removes the folders of shots that were killed.
const QString kSettingsDirPrefix = QStringLiteral("concurrency-kitchen-shot-");

void removeStaleSettingsDirs() {
    const QDir tmp(QDir::tempPath());
    for (const QString& name :
         tmp.entryList({kSettingsDirPrefix + QStringLiteral("*")}, QDir::Dirs | QDir::NoSymLinks)) {
        const QString rest = name.mid(kSettingsDirPrefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid > INT_MAX || pid == qint64(::getpid()))
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(tmp.filePath(name)).removeRecursively();
    }
}

// Options that make sense only for a still picture, refused with an animation.
const char* const kStillOnly[] = {"--at", "--seconds", "--lesson", "--stage", "--run",
                                  "--compare", "--presentation"};

// `shot --recording F --from A --to B --speed S --fps N --out k.gif|webp|mp4|webm`: the
// recording's kitchen (or the kitchen above --chart) played from A to B at S, N frames
// per second; the format is the file's extension.
int runShotAnimation(ArgParser& p, const std::string& out, ui::AnimationFormat format,
                     QSize size) {
    auto rec = core::loadRecording(*p.value("--recording"));
    if (!rec.ok()) {
        std::cerr << "shot: " << ui::MainWindow::cannotOpenText(rec.error()).toStdString() << "\n";
        return ExitFailure;
    }
    const double span = ui::animationSpan(*rec);
    ui::AnimationSpec spec;
    spec.format = format;
    spec.size = size;
    const QString chart = QString::fromStdString(p.valueOr("--chart", "kitchen"));
    spec.chart = chart == QLatin1String("kitchen") ? QString() : chart;
    // Out-of-range times and speeds are left to checkAnimationSpec, which says why.
    auto from = p.doubleValue("--from", 0.0, -1e6, 1e6);
    auto to = p.doubleValue("--to", span, -1e6, 1e6);
    auto speed = p.doubleValue("--speed", 1.0, -1e6, 1e6);
    auto fps = p.intValue("--fps", ui::AnimationSpec::kDefaultFps, 1, ui::AnimationSpec::kMaxFps);
    if (!from || !to || !speed || !fps) {
        std::cerr << "shot: " << p.error() << "\n";
        return ExitUsage;
    }
    spec.from = *from;
    spec.to = *to;
    spec.speed = *speed;
    spec.fps = int(*fps);
    if (const QString why = ui::checkAnimationSpec(spec, span); !why.isEmpty()) {
        std::cerr << "shot: " << why.toStdString() << "\n";
        return ExitUsage;
    }
    if (ui::formatNeedsFfmpeg(format) && ui::findFfmpeg().isEmpty()) {
        std::cerr << "shot: " << ui::ffmpegMissingText().toStdString() << "\n";
        return ExitFailure;
    }
    const ui::AnimationResult result =
        ui::exportAnimation(*rec, spec, QString::fromStdString(out));
    if (!result.error.isEmpty()) {
        std::cerr << "shot: " << result.error.toStdString() << "\n";
        return ExitFailure;
    }
    std::cout << "shot: saved " << QFileInfo(QString::fromStdString(out)).absoluteFilePath().toStdString()
              << " (" << result.frames << " frames, " << result.size.width() << "x"
              << result.size.height() << ", " << QString::number(spec.videoSeconds(), 'f', 2).toStdString()
              << " s, " << (result.bytes + 512) / 1024 << " kB)\n";
    return ExitOk;
}

int runShot(const Args& args) {
    ArgParser p({"--out", "--seconds", "--lang", "--size", "--recording", "--at", "--chart",
                 "--lesson", "--stage", "--theme", "--compare", "--from", "--to", "--speed",
                 "--fps"},
                {"--run", "--presentation"});
    if (!p.parse(args)) {
        std::cerr << "shot: " << p.error() << "\n";
        return ExitUsage;
    }
    auto out = p.value("--out");
    if (!out || out->empty()) {
        std::cerr << "shot: --out FILE.png is required\n";
        return ExitUsage;
    }
    // Checked before seconds of sampling or a lesson's runs, not after.
    if (auto ok = core::checkOutputPath(*out, "--out"); !ok.ok()) {
        std::cerr << "shot: " << ok.error() << "\n";
        return ExitFailure;
    }
    const bool replay = p.has("--recording");
    const bool lesson = p.has("--lesson");
    // An animation: asked for by its options or by the file's extension.
    const auto format = ui::animationFormatFromPath(QString::fromStdString(*out));
    const bool animationOptions =
        p.has("--from") || p.has("--to") || p.has("--speed") || p.has("--fps");
    if (animationOptions && !format) {
        std::cerr << "shot: --from, --to, --speed and --fps make an animation: --out must end in "
                     ".gif, .webp, .mp4 or .webm\n";
        return ExitUsage;
    }
    if (format) {
        if (!replay) {
            std::cerr << "shot: an animation (--out " << *out
                      << ") plays a recording: add --recording FILE.kitchen.json\n";
            return ExitUsage;
        }
        for (const char* still : kStillOnly)
            if (p.has(still)) {
                std::cerr << "shot: " << still << " is for a still picture, not an animation\n";
                return ExitUsage;
            }
    }
    auto seconds = p.doubleValue("--seconds", replay ? 0.0 : lesson ? 0.5 : 3.0, 0.0, 600.0);
    auto at = p.doubleValue("--at", -1.0, 0.0, 1e6);
    if (!seconds || !at) {
        std::cerr << "shot: " << p.error() << "\n";
        return ExitUsage;
    }
    int width = 1280, height = 720;
    if (format) // the kitchen at 960x540, and the chart below it in 360 more rows
        width = 960, height = p.has("--chart") && p.valueOr("--chart", "") != "kitchen" ? 900 : 540;
    if (auto size = p.value("--size")) {
        char x = 0;
        int consumed = 0;
        if (std::sscanf(size->c_str(), "%d%c%d%n", &width, &x, &height, &consumed) != 3 ||
            (x != 'x' && x != 'X') || consumed != int(size->size()) || width < 200 ||
            height < 150 || width > 7680 || height > 4320) {
            std::cerr << "shot: --size expects WIDTHxHEIGHT between 200x150 and 7680x4320, got '"
                      << *size << "'\n";
            return ExitUsage;
        }
    }
    const QString chart = QString::fromStdString(p.valueOr("--chart", ""));
    QStringList views = ui::ChartsPanel::chartNames();
    views << QStringLiteral("kitchen");
    if (!chart.isEmpty() && !views.contains(chart)) {
        std::cerr << "shot: --chart must be one of " << views.join(", ").toStdString() << ", got '"
                  << chart.toStdString() << "'\n";
        return ExitUsage;
    }
    if (p.has("--at") && !replay) {
        std::cerr << "shot: --at needs --recording FILE\n";
        return ExitUsage;
    }
    std::optional<std::string> lessonId;
    ui::LessonStage stage = p.has("--run") ? ui::LessonStage::Reveal : ui::LessonStage::Explain;
    if ((p.has("--stage") || p.has("--run")) && !lesson) {
        std::cerr << "shot: --stage and --run need --lesson ID\n";
        return ExitUsage;
    }
    if (lesson) {
        if (replay) {
            std::cerr << "shot: choose one of --lesson and --recording\n";
            return ExitUsage;
        }
        int failure = ExitUsage;
        lessonId = resolveLessonArg(*p.value("--lesson"), "shot", &failure);
        if (!lessonId)
            return failure;
        if (auto name = p.value("--stage")) {
            auto s = ui::lessonStageFromName(QString::fromStdString(*name));
            if (!s) {
                std::cerr << "shot: --stage must be one of explain, predict, run, look, reveal; got '"
                          << *name << "'\n";
                return ExitUsage;
            }
            stage = *s;
        }
        if (int(stage) > int(ui::LessonStage::Run) && !p.has("--run")) {
            std::cerr << "shot: --stage " << p.valueOr("--stage", "")
                      << " shows the numbers of a run: add --run\n";
            return ExitUsage;
        }
    }
    // A shot is reproducible: default layout, and the user's saved settings neither
    // read nor changed. The language comes from --lang or the system.
    removeStaleSettingsDirs();
    QTemporaryDir settingsDir(QDir(QDir::tempPath()).filePath(
        kSettingsDirPrefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    if (!applyLanguage(p.valueOr("--lang", "")))
        return ExitUsage;

    const QString themeArg = QString::fromStdString(p.valueOr("--theme", "light"));
    if (themeArg != QLatin1String("light") && themeArg != QLatin1String("dark")) {
        std::cerr << "shot: --theme must be light or dark, got '" << themeArg.toStdString() << "'\n";
        return ExitUsage;
    }

    if (format) {
        if (p.valueOr("--chart", "") == "comparison") {
            std::cerr << "shot: --chart comparison does not move with time: an animation shows "
                         "the kitchen alone or above burners, switches or timeline\n";
            return ExitUsage;
        }
        return runShotAnimation(p, *out, *format, QSize(width, height));
    }
    // A recording is read before the window is built: a bad file is a message at once.
    std::optional<core::Recording> recording;
    if (replay) {
        auto rec = core::loadRecording(*p.value("--recording"));
        if (!rec.ok()) {
            std::cerr << "shot: " << ui::MainWindow::cannotOpenText(rec.error()).toStdString()
                      << "\n";
            return ExitFailure;
        }
        recording = std::move(rec).value();
    }
    ui::MainWindow window;
    window.setTheme(ui::themeFromName(themeArg));
    if (p.has("--presentation")) {
        // The presentation look (contrast theme, large fonts, reduced toolbar) at the
        // requested size rather than this virtual screen's.
        window.setPresentationMode(true);
        window.showNormal();
    }
    window.resize(width, height);
    if (replay) {
        window.showRecordingFile(std::move(*recording),
                                 QString::fromStdString(*p.value("--recording")));
        if (*at >= 0)
            window.replay()->seek(*at);
    }
    if (auto file = p.value("--compare")) {
        // The runs of `compare --json FILE`: side by side in the comparison chart and
        // listed in the results dock, with how sure each one is.
        std::string why;
        auto reports = readComparison(*file, why);
        if (!reports) {
            std::cerr << "shot: --compare " << *file << ": " << why << "\n";
            return ExitFailure;
        }
        for (const core::RunReport& r : *reports) {
            core::Recording rec;
            rec.report = r;
            window.results()->addRun(rec);
        }
        window.charts()->setComparison(*reports);
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (dock->widget() == window.results())
                dock->raise();
        window.charts()->setCurrentWidget(window.charts()->chartByName(QStringLiteral("comparison")));
    }
    ui::LessonPanel* panel = nullptr;
    if (lessonId) {
        panel = ui::installLessonDock(&window)->panel();
        panel->selectLesson(QString::fromStdString(*lessonId));
        panel->setStage(std::min(stage, ui::LessonStage::Run));
    }
    QWidget* target = &window;
    if (!chart.isEmpty()) {
        // A chart alone, at the requested size: the slide-ready picture.
        if (chart == QLatin1String("kitchen")) {
            target = window.kitchen();
        } else {
            target = window.charts()->chartByName(chart);
            window.charts()->setCurrentWidget(target);
        }
    }
    window.show();
    if (panel && p.has("--run")) {
        // The lesson's experiments, for real; the reveal then shows their numbers.
        QEventLoop running;
        bool completed = false;
        QObject::connect(panel->runner(), &ui::LessonRunner::finished, &running,
                         [&](bool ok) {
                             completed = ok;
                             running.quit();
                         });
        panel->skipPrediction();
        if (!panel->runLesson()) {
            std::cerr << "shot: the lesson's experiments could not start: "
                      << panel->runStatus()->text().toStdString() << "\n";
            return ExitFailure;
        }
        running.exec();
        if (!completed)
            std::cerr << "shot: some experiments did not run: "
                      << panel->runner()->errors().join("; ").toStdString() << "\n";
        panel->setStage(stage);
    }
    QEventLoop loop;
    QTimer::singleShot(int(*seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    // Let queued replots land before grabbing.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);

    if (target != &window) {
        target->setParent(nullptr);
        target->resize(width, height);
        target->show();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    if (target == &window && window.size() != QSize(width, height)) {
        // Smaller than the window's docks allow: the lesson (if any) stays, the others
        // go, and if it is still too small the picture is scaled to the size asked for.
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (!(panel && dock == ui::installLessonDock(&window)))
                dock->hide();
        window.resize(width, height);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    const QString suffix = QFileInfo(QString::fromStdString(*out)).suffix().toLower();
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        // Vectors, as the window's exports draw them (the kitchen in its light look).
        const QString path = QString::fromStdString(*out);
        const QString err = target == window.kitchen() ? ui::exportKitchenImage(window.kitchen(), path)
                                                       : ui::exportWidget(target, path);
        if (!err.isEmpty()) {
            std::cerr << "shot: " << err.toStdString() << "\n";
            return ExitFailure;
        }
        std::cout << "shot: saved " << QFileInfo(path).absoluteFilePath().toStdString() << " ("
                  << target->width() << "x" << target->height() << ")\n";
        return ExitOk;
    }
    QImage image = target->grab().toImage();
    if (image.size() != QSize(width, height) * image.devicePixelRatio())
        image = image.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Encoded in memory, then saved atomically: a full disk leaves an old picture whole.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        std::cerr << "shot: cannot encode the picture as PNG\n";
        return ExitFailure;
    }
    if (auto saved = core::saveAtomically(*out, std::string_view(png.constData(), size_t(png.size())));
        !saved.ok()) {
        std::cerr << "shot: " << saved.error() << "\n";
        return ExitFailure;
    }
    std::cout << "shot: saved " << QFileInfo(QString::fromStdString(*out)).absoluteFilePath().toStdString()
              << " (" << image.width() << "x" << image.height() << ")\n";
    return ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("shot",
                    "shot --out FILE.png|.svg|.pdf [--seconds S] [--lang zh_TW|en] [--size WxH] "
                    "[--recording FILE.kitchen.json [--at SECONDS]] "
                    "[--chart burners|switches|timeline|comparison|kitchen] [--compare COMPARE.json] "
                    "[--lesson ID [--stage explain|predict|run|look|reveal] [--run]] "
                    "[--theme light|dark] [--presentation] | "
                    "shot --recording FILE.kitchen.json --out FILE.gif|.webp|.mp4|.webm "
                    "[--from S] [--to S] [--speed X] [--fps N] [--size WxH] "
                    "[--chart kitchen|burners|switches|timeline] [--lang zh_TW|en]",
                    true, runShot, /*offscreen=*/true);

} // namespace kc::app
