// SPDX-License-Identifier: GPL-3.0-or-later
// The window's watch beside its other modes: presentation mode hides the watch's docks
// and gives them back as they were; a lesson refuses to start while a program is watched.
#include "core/lessons/lesson_loader.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"
#include "ui/watch/code_dock.h"
#include "ui/watch/command_line.h"
#include "ui/watch/console_dock.h"
#include "ui/watch/watch_controller.h"
#include "ui/watch/watch_dialog.h"
#include <iostream>

#include <QApplication>
#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>

using namespace kc::ui;
namespace cw = kc::core::watch;

namespace {

cw::WatchSpec specFor(const QString& line) {
    BuiltWatch b = buildWatchSpec(line, QString(), QStringLiteral("python3"), 100);
    return b.spec;
}

TEST(WatchModes, PresentationHidesAndRestoresTheWatchDocks) {
    MainWindow w;
    w.show();
    auto* console = w.findChild<ConsoleDock*>();
    auto* code = w.findChild<CodeDock*>();
    ASSERT_TRUE(console && code);
    console->show();
    code->hide();
    QApplication::processEvents();
    w.setPresentationMode(true);
    EXPECT_TRUE(console->isHidden());
    EXPECT_TRUE(code->isHidden());
    w.setPresentationMode(false);
    EXPECT_FALSE(console->isHidden());
    EXPECT_TRUE(code->isHidden());
    code->show();
    console->hide();
    w.setPresentationMode(true);
    EXPECT_TRUE(console->isHidden() && code->isHidden());
    w.setPresentationMode(false);
    EXPECT_TRUE(console->isHidden());
    EXPECT_FALSE(code->isHidden());
}

kc::core::lessons::Lesson tiny() {
    auto lib = kc::core::lessons::loadLessonLibrary(KC_SOURCE_DIR "/tests/fixtures/lessons/good");
    const auto* l = lib.find("tiny");
    EXPECT_NE(l, nullptr);
    return *l;
}

} // namespace

TEST(WatchModes, ALessonRefusesToStartWhileAProgramIsWatched) {
    MainWindow w;
    w.show();
    ASSERT_TRUE(w.startWatch(specFor("sleep 30")));
    LessonRunner runner(&w);
    EXPECT_FALSE(runner.start(tiny()));
    ASSERT_EQ(runner.errors().size(), 1);
    std::cerr << runner.errors().front().toStdString() << "\n";
    EXPECT_TRUE(runner.errors().front().contains("watched"));
    w.watchController()->stop();
    QSignalSpy fin(w.watchController(), &WatchController::finished);
    ASSERT_TRUE(fin.wait(5000));
}
