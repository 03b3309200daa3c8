// `replay FILE`: opens the window on a recording, ready to play it back.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/gui_session.h"
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
    ui::MainWindow window;
    // Checked before the window shows, so a bad file is a message, not an empty window.
    const QString err = window.openRecording(QString::fromStdString(p.positional()[0]), false);
    if (!err.isEmpty()) {
        std::cerr << "replay: " << err.toStdString() << "\n";
        return ExitFailure;
    }
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
