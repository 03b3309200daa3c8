// SPDX-License-Identifier: GPL-3.0-or-later
// `replay FILE`: opens the window on a recording, ready to play it back.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/gui_session.h"
#include "core/experiment/recording.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"

#include <QApplication>
#include <iostream>

namespace kc::app {
namespace {

int runReplay(const Args& args) {
    ArgParser p({"--lang", "--speed"}, {"--play"});
    if (!p.parse(args)) {
        std::cerr << "replay: " << p.error() << "\n";
        return ExitUsage;
    }
    if (p.positional().size() != 1) {
        std::cerr << "replay: give exactly one recording (FILE.kitchen.json)\n";
        return ExitUsage;
    }
    auto speed = p.doubleValue("--speed", 1.0, ui::ReplayController::kMinSpeed,
                               ui::ReplayController::kMaxSpeed);
    if (!speed) {
        std::cerr << "replay: " << p.error() << "\n";
        return ExitUsage;
    }
    if (!applyLanguage(p.valueOr("--lang", "")))
        return ExitUsage;
    // Read before the window is built: a bad file is a message at once, not after a
    // second of building a window it will never show.
    const std::string& path = p.positional()[0];
    auto rec = core::loadRecording(path);
    if (!rec.ok()) {
        std::cerr << "replay: " << ui::MainWindow::cannotOpenText(rec.error()).toStdString()
                  << "\n";
        return ExitFailure;
    }
    ui::MainWindow window;
    window.showRecordingFile(std::move(rec).value(), QString::fromStdString(path));
    ui::MainWindow::addRecentFile(QString::fromStdString(path)); // replay FILE is an open too
    window.replay()->setSpeed(*speed);
    window.show();
    if (p.has("--play")) {
        window.replay()->seek(0);
        window.replay()->play();
    }
    return QApplication::exec();
}

} // namespace

KC_REGISTER_COMMAND("replay",
                    "replay FILE.kitchen.json [--speed 0.01..4] [--play] [--lang zh_TW|en]",
                    true, runReplay);

} // namespace kc::app
