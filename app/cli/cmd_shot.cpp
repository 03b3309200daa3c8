// `shot`: render the main window offscreen after some live sampling and save a PNG,
// for lecture slides and for tests that look at the UI.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/gui_session.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <iostream>

namespace kc::app {
namespace {

int runShot(const Args& args) {
    ArgParser p({"--out", "--seconds", "--lang", "--size"});
    if (!p.parse(args)) {
        std::cerr << "shot: " << p.error() << "\n";
        return ExitUsage;
    }
    auto out = p.value("--out");
    if (!out || out->empty()) {
        std::cerr << "shot: --out FILE.png is required\n";
        return ExitUsage;
    }
    auto seconds = p.doubleValue("--seconds", 3.0, 0.0, 600.0);
    if (!seconds) {
        std::cerr << "shot: " << p.error() << "\n";
        return ExitUsage;
    }
    int width = 1280, height = 720;
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
    if (!applyLanguage(p.valueOr("--lang", "")))
        return ExitUsage;

    ui::MainWindow window;
    window.resize(width, height);
    window.show();
    QEventLoop loop;
    QTimer::singleShot(int(*seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    // Let queued replots land before grabbing.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);

    QImage image = window.grab().toImage();
    if (!image.save(QString::fromStdString(*out), "PNG")) {
        std::cerr << "shot: cannot write " << *out
                  << " (does the folder exist, and may I write there?)\n";
        return ExitFailure;
    }
    std::cout << "shot: saved " << QFileInfo(QString::fromStdString(*out)).absoluteFilePath().toStdString()
              << " (" << image.width() << "x" << image.height() << ")\n";
    return ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("shot", "shot --out FILE.png [--seconds S] [--lang zh_TW|en] [--size WxH]",
                    true, runShot);

} // namespace kc::app
