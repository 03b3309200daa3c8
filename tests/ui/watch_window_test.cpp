// SPDX-License-Identifier: GPL-3.0-or-later
// Watching the learner's own program from the window: the command line as typed, the
// dialog's messages, the examples, a real watch with its output, and nothing left
// running when a watch ends or the window closes.
#include "ui/experiment_toolbar.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"
#include "ui/watch/code_dock.h"
#include "ui/watch/command_line.h"
#include "ui/watch/console_dock.h"
#include "ui/watch/examples_menu.h"
#include "ui/watch/watch_controller.h"
#include "ui/watch/watch_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <cerrno>
#include <csignal>
#include <gtest/gtest.h>

using namespace kc::ui;
namespace cw = kc::core::watch;

namespace {
bool gone(pid_t pid) { return ::kill(pid, 0) == -1 && errno == ESRCH; }

cw::WatchSpec specFor(const QString& line) {
    BuiltWatch b = buildWatchSpec(line, QString(), QStringLiteral("python3"), 100);
    EXPECT_TRUE(b.error.isEmpty()) << b.error.toStdString();
    return b.spec;
}

void maybeShoot(QWidget& w, const char* name) {
    if (const char* dir = std::getenv("KC_SHOT_DIR"))
        w.grab().save(QString("%1/%2.png").arg(dir, name));
}
} // namespace

TEST(CommandLine, SplitsLikeAShellWithoutOne) {
    auto args = [](const char* line) { return watch::splitCommandLine(QString::fromUtf8(line)).args; };
    EXPECT_EQ(args("  a  b\tc "), (QStringList{"a", "b", "c"}));
    EXPECT_EQ(args(R"(python3 "my file.py" 'it''s' x"y"z)"),
              (QStringList{"python3", "my file.py", "its", "xyz"}));
    EXPECT_EQ(args(R"(a\ b "q\"q" "\$x\n" 'p\q' "" '')"),
              (QStringList{"a b", "q\"q", "$x\\n", "p\\q", "", ""}));
    EXPECT_EQ(args(R"(echo $HOME * | wc)"), (QStringList{"echo", "$HOME", "*", "|", "wc"}));
    EXPECT_TRUE(args("").isEmpty());
    EXPECT_TRUE(args("   ").isEmpty());
    for (const char* bad : {R"(echo "open)", "echo 'open", "echo trailing\\"}) {
        auto s = watch::splitCommandLine(QString::fromUtf8(bad));
        EXPECT_FALSE(s.ok()) << bad;
        EXPECT_TRUE(s.args.isEmpty()) << bad;
    }
    const QStringList odd{"plain", "with space", "it's", "", "\"q\"", "a\\b", "$x"};
    EXPECT_EQ(watch::splitCommandLine(watch::joinCommandLine(odd)).args, odd);
    EXPECT_EQ(watch::withInterpreter({"demo.py", "3"}, "python3"), (QStringList{"python3", "demo.py", "3"}));
    EXPECT_EQ(watch::withInterpreter({"python3", "demo.py"}, "py"), (QStringList{"python3", "demo.py"}));
}

TEST(WatchDialog, SaysWhatIsWrongInsideAndStaysOpen) {
    WatchDialog d;
    d.show();
    d.commandEdit()->setText("kc-no-such-program-here --fast");
    d.accept();
    EXPECT_NE(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.isVisible());
    EXPECT_TRUE(d.errorText().contains("kc-no-such-program-here")) << d.errorText().toStdString();
    d.commandEdit()->setText("echo 'open");
    d.accept();
    EXPECT_TRUE(d.errorText().contains("quote")) << d.errorText().toStdString();
    d.commandEdit()->setText("   ");
    d.accept();
    EXPECT_FALSE(d.errorText().isEmpty());
    d.commandEdit()->setText("sh -c 'exit 0'");
    d.folderEdit()->setText("/kc/no/such/folder");
    d.accept();
    EXPECT_FALSE(d.errorText().isEmpty());
    maybeShoot(d, "watch-dialog-error");
    d.folderEdit()->setText(QDir::tempPath());
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Accepted) << d.errorText().toStdString();
    ASSERT_EQ(d.spec().argv.size(), 3u);
    EXPECT_TRUE(QString::fromStdString(d.spec().argv[0]).endsWith("sh")); // found on PATH
    EXPECT_EQ(d.spec().argv[2], "exit 0");
}

TEST(CodeDock, ExamplesAreListedAndLoadIntoTheEditor) {
    const auto examples = watch::listExamples(watch::findExamplesDir());
    ASSERT_FALSE(examples.isEmpty());
    MainWindow w;
    CodeDock* dock = w.yourCodeDock();
    EXPECT_EQ(dock->examples()->count(), examples.size() + 1); // and its title
    QFile f(examples.front().path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    dock->setCode("mine = 1\n");
    EXPECT_TRUE(dock->loadExample(examples.front().path).isEmpty());
    EXPECT_EQ(dock->code(), text);
    EXPECT_FALSE(dock->isHidden());
    dock->editor()->undo(); // the learner's own code comes back
    EXPECT_EQ(dock->code(), "mine = 1\n");
    EXPECT_FALSE(dock->loadExample("/kc/no/such/example.py").isEmpty());
}

TEST(MainWindowWatch, AShortWatchLeavesARecordingItsOutputAndNoChild) {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QSignalSpy finished(w.watchController(), &WatchController::finished);
    ASSERT_TRUE(w.startWatch(specFor("sh -c 'echo hi; echo oops >&2; sleep 0.3'")));
    EXPECT_TRUE(w.watchController()->running());
    EXPECT_FALSE(w.experimentToolbar()->runAction()->isEnabled());
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_TRUE(w.recording().has_value());
    const kc::core::Recording& rec = *w.recording();
    EXPECT_EQ(rec.report.spec.model, kc::core::ModelKind::Watched);
    ASSERT_TRUE(rec.report.watch.has_value());
    ASSERT_FALSE(rec.report.watch->kitchens.empty());
    EXPECT_TRUE(gone(rec.report.watch->kitchens.front().pid));
    const QString out = w.consoleDock()->text();
    EXPECT_TRUE(out.contains("hi\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("exited with status 0")) << out.toStdString();
    // stderr in red.
    const QTextDocument* doc = w.consoleDock()->view()->document();
    QColor oops;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().text().contains("oops"))
                oops = it.fragment().charFormat().foreground().color();
    EXPECT_GT(oops.red(), 150) << oops.name().toStdString();
    EXPECT_LT(oops.green(), 120) << oops.name().toStdString();
    // Saved like any recording, and it opens again as a watch.
    QTemporaryDir dir;
    const std::string path = dir.filePath("w.kitchen.json").toStdString();
    ASSERT_TRUE(kc::core::saveRecording(rec, path).ok());
    const QString opened = w.openRecording(QString::fromStdString(path), false);
    EXPECT_TRUE(opened.isEmpty()) << opened.toStdString();
    ASSERT_TRUE(w.recording()->report.watch.has_value());
    EXPECT_EQ(w.recording()->report.spec.model, kc::core::ModelKind::Watched);
}

TEST(MainWindowWatch, ClosingTheWindowMidWatchLeavesNothing) {
    auto* w = new MainWindow;
    w->show();
    ASSERT_TRUE(w->startWatch(specFor("sleep 30")));
    QTRY_VERIFY_WITH_TIMEOUT(w->watchController()->programPid() != 0, 3000);
    const pid_t pid = w->watchController()->programPid();
    EXPECT_FALSE(gone(pid));
    w->close();
    delete w;
    EXPECT_TRUE(gone(pid));
    EXPECT_TRUE(::kill(-pid, 0) == -1 && errno == ESRCH) << "its process group is still there";
}

TEST(MainWindowWatch, OneThingAtATimeAndStopEndsTheWatch) {
    MainWindow w;
    w.show();
    ASSERT_TRUE(w.startWatch(specFor("sleep 30")));
    QTRY_VERIFY_WITH_TIMEOUT(w.watchController()->programPid() != 0, 3000);
    const pid_t pid = w.watchController()->programPid();
    w.compareEngines();
    EXPECT_FALSE(w.runController()->running());
    EXPECT_FALSE(w.startWatch(specFor("sleep 1")));
    EXPECT_TRUE(w.bannerText().contains("watched")) << w.bannerText().toStdString();
    QSignalSpy finished(w.watchController(), &WatchController::finished);
    w.experimentToolbar()->stopAction()->trigger(); // Esc
    ASSERT_TRUE(finished.wait(3000));
    EXPECT_TRUE(gone(pid));
    EXPECT_TRUE(w.consoleDock()->text().contains("[stopped]")) << w.consoleDock()->text().toStdString();

    // And the other way round: no watch while an experiment cooks.
    kc::core::ExperimentSpec s;
    s.recipe = kc::core::parseRecipe("simmer:3000").value();
    ASSERT_TRUE(w.runController()->start(s));
    EXPECT_FALSE(w.startWatch(specFor("sleep 1")));
    EXPECT_TRUE(w.bannerText().contains("experiment")) << w.bannerText().toStdString();
    EXPECT_FALSE(w.watchController()->running());
    QSignalSpy ran(w.runController(), &RunController::runFinished);
    w.runController()->stop();
    ASSERT_TRUE(ran.wait(3000));
}

TEST(MainWindowWatch, YourCodeRunsFromAPrivateFolderThatIsRemovedAfter) {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.yourCodeDock()->show();
    w.yourCodeDock()->setCode("import time\nprint('hello from your code')\ntime.sleep(0.3)\n");
    QSignalSpy finished(w.watchController(), &WatchController::finished);
    QApplication::setActiveWindow(&w); // shortcuts need an active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    w.yourCodeDock()->editor()->setFocus();
    QTest::keyClick(w.yourCodeDock()->editor(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(w.watchController()->running()) << "banner: " << w.bannerText().toStdString();
    EXPECT_TRUE(w.watchController()->commandText().endsWith(" -u your_code.py"));
    const QString file = QString::fromStdString(w.watchController()->spec().argv.back());
    EXPECT_TRUE(QFile::exists(file)) << file.toStdString();
    EXPECT_EQ(QFileInfo(file).absolutePath(), QString::fromStdString(w.watchController()->spec().workingDir));
    QTest::qWait(200);
    maybeShoot(w, "watch-your-code-live");
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_TRUE(w.consoleDock()->text().contains("hello from your code")) << w.consoleDock()->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(file).absolutePath()));
    maybeShoot(w, "watch-your-code-done");
}

TEST(MainWindowWatch, AStuckProgramIsSaidOnceAndStopEndsIt) {
    MainWindow w;
    w.show();
    QSignalSpy stuck(w.watchController(), &WatchController::stuck);
    QSignalSpy finished(w.watchController(), &WatchController::finished);
    // A .py given alone runs with the interpreter (python3 here).
    const QString script = watch::findExamplesDir() + "/deadlock.py";
    ASSERT_TRUE(w.startWatch(specFor(watch::joinCommandLine({script}))));
    EXPECT_TRUE(QString::fromStdString(w.watchController()->spec().argv[0]).contains("python"));
    ASSERT_TRUE(stuck.wait(5000)) << "the deadlock was not seen";
    QString status;
    for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
        status += l->text();
    EXPECT_TRUE(status.contains("Looks stuck")) << status.toStdString();
    w.runOrStop(); // Space
    ASSERT_TRUE(finished.wait(3000));
    EXPECT_EQ(stuck.count(), 1);
    EXPECT_EQ(w.recording()->report.status, kc::core::RunStatus::Deadlocked);
    EXPECT_TRUE(w.consoleDock()->text().contains("[looked stuck: stopped]"))
        << w.consoleDock()->text().toStdString();
}
