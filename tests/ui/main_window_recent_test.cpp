// SPDX-License-Identifier: GPL-3.0-or-later
// Files like every app and a shared lab machine (issue 15): Open Recent, drag and drop,
// Reset progress and settings, and one window per user (ui/single_instance.h).
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/single_instance.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace kc::ui;

namespace {

const QString kFixture = QStringLiteral(KC_SOURCE_DIR) +
                         "/tests/ui/fixtures/coroutines-1x4-simmer5-block15-simmer5-gil.kitchen.json";

// Each test reads and writes settings of its own: ctest runs the others in parallel on
// the same settings file, and Reset clears everything.
class FilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path() + "/config");
        QSettings().clear();
    }
    void TearDown() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    // A copy of a real recording, so that it can be moved away.
    QString recording(const QString& name) {
        const QString path = m_dir.path() + "/" + name;
        EXPECT_TRUE(QFile::copy(kFixture, path));
        return path;
    }
    QTemporaryDir m_dir;
};

QStringList menuTexts(QMenu* menu) {
    QStringList texts;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    return texts;
}

} // namespace

TEST_F(FilesTest, OpenRecentKeepsTheLastTenNewestFirstWithoutRepeats) {
    for (int i = 0; i < 12; ++i)
        MainWindow::addRecentFile(m_dir.path() + QStringLiteral("/r%1.kitchen.json").arg(i));
    MainWindow::addRecentFile(m_dir.path() + "/r5.kitchen.json"); // again: to the front
    const QStringList list = MainWindow::recentFiles();
    ASSERT_EQ(list.size(), MainWindow::kMaxRecent);
    EXPECT_EQ(list.front(), m_dir.path() + "/r5.kitchen.json");
    EXPECT_EQ(list[1], m_dir.path() + "/r11.kitchen.json");
    EXPECT_EQ(list.count(m_dir.path() + "/r5.kitchen.json"), 1);
    EXPECT_FALSE(list.contains(m_dir.path() + "/r0.kitchen.json")); // the oldest went
    MainWindow::clearRecentFiles();
    EXPECT_TRUE(MainWindow::recentFiles().isEmpty());
}

TEST_F(FilesTest, EverySuccessfulOpenIsRememberedAndShownInTheTitle) {
    MainWindow w;
    const QString good = recording("lab.kitchen.json");
    EXPECT_EQ(w.openFile(good), QString());
    EXPECT_TRUE(w.windowTitle().contains("lab.kitchen.json")) << w.windowTitle().toStdString();
    EXPECT_EQ(w.windowFilePath(), good);
    EXPECT_EQ(MainWindow::recentFiles(), QStringList{good});
    emit w.recentMenu()->aboutToShow();
    EXPECT_TRUE(menuTexts(w.recentMenu()).front().contains("lab.kitchen.json"));
    // A broken file: a banner, the window as it was, nothing remembered.
    const QString broken = m_dir.path() + "/broken.kitchen.json";
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    EXPECT_NE(w.openFile(broken), QString());
    EXPECT_TRUE(w.bannerText().contains("Cannot open the recording")) << w.bannerText().toStdString();
    EXPECT_TRUE(w.windowTitle().contains("lab.kitchen.json"));
    EXPECT_EQ(MainWindow::recentFiles(), QStringList{good});
    // Back to the live view: no file is the window's any more.
    w.showLive();
    EXPECT_EQ(w.windowFilePath(), QString());
}

TEST_F(FilesTest, AMissingRecentFileIsRemovedWithAMessageWhenChosen) {
    MainWindow w;
    const QString kept = recording("kept.kitchen.json");
    const QString gone = recording("gone.kitchen.json");
    ASSERT_EQ(w.openFile(kept), QString());
    ASSERT_EQ(w.openFile(gone), QString());
    ASSERT_TRUE(QFile::remove(gone));
    emit w.recentMenu()->aboutToShow();
    const QStringList texts = menuTexts(w.recentMenu());
    ASSERT_GE(texts.size(), 3); // two files and Clear list
    EXPECT_TRUE(texts[0].contains("gone.kitchen.json") && texts[0].contains("(missing)"))
        << texts[0].toStdString();
    EXPECT_FALSE(texts[1].contains("(missing)"));
    w.recentMenu()->actions().front()->trigger();
    EXPECT_EQ(MainWindow::recentFiles(), QStringList{kept});
    EXPECT_TRUE(w.bannerText().contains("removed from Open Recent")) << w.bannerText().toStdString();
    // Clear list empties it; the menu says there is nothing.
    QAction* clear = w.recentMenu()->actions().back();
    ASSERT_TRUE(clear->isEnabled());
    clear->trigger();
    EXPECT_TRUE(MainWindow::recentFiles().isEmpty());
    EXPECT_FALSE(w.recentMenu()->actions().front()->isEnabled()); // "No recent recordings"
}

TEST_F(FilesTest, ResetForgetsProgressSettingsRecentFilesAndLayout) {
    QSettings().setValue("lessons/completed", QStringList{"kitchen"}); // lesson 1 done
    MainWindow w;
    w.show();
    auto* lessons = w.findChild<LessonDock*>();
    ASSERT_NE(lessons, nullptr);
    QListWidget* list = lessons->panel()->lessonList();
    ASSERT_GT(list->count(), 0) << "no lessons found";
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("✓"))) << list->item(0)->text().toStdString();
    ASSERT_EQ(w.openFile(recording("student.kitchen.json")), QString());
    w.setTheme(Theme::Dark);
    QSettings st;
    st.setValue("lessons/completed", QStringList{"gil", "threads"});
    st.setValue("lessons/gil/stage", "reveal");
    st.setValue("experiment/chefs", 7);
    st.setValue("python/path", "/usr/bin/python3");
    st.setValue("ui/geometry", w.saveGeometry());
    st.setValue("ui/lastDir", m_dir.path());
    st.sync();
    w.resize(700, 500);
    lessons->panel()->lessonList()->setCurrentRow(0);
    EXPECT_TRUE(lessons->panel()->setStage(LessonStage::Predict));
    ASSERT_TRUE(w.resetProgressAndSettings());
    QSettings after;
    EXPECT_EQ(after.allKeys(), QStringList()) << after.allKeys().join(", ").toStdString();
    EXPECT_TRUE(MainWindow::recentFiles().isEmpty());
    EXPECT_EQ(w.theme(), Theme::Light);
    EXPECT_FALSE(w.recording().has_value()); // the live view, as at a first start
    EXPECT_EQ(w.size(), QSize(1100, 700));
    EXPECT_FALSE(list->item(0)->text().startsWith(QStringLiteral("✓"))) << list->item(0)->text().toStdString();
    EXPECT_EQ(lessons->panel()->stage(), LessonStage::Explain);
    emit w.recentMenu()->aboutToShow();
    EXPECT_FALSE(w.recentMenu()->actions().front()->isEnabled());
}

TEST_F(FilesTest, ADropOpensOneRecordingAndRefusesAnythingElse) {
    MainWindow w;
    w.show();
    const QString good = recording("dropped.kitchen.json");
    auto enter = [&](const QList<QUrl>& urls) {
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent e(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &e);
        return e.isAccepted();
    };
    EXPECT_TRUE(enter({QUrl::fromLocalFile(good)}));
    EXPECT_FALSE(enter({QUrl::fromLocalFile(m_dir.path() + "/picture.png")}));
    EXPECT_FALSE(enter({QUrl::fromLocalFile(good), QUrl::fromLocalFile(good)}));
    EXPECT_FALSE(enter({QUrl("https://example.org/x.kitchen.json")}));

    // Qt delivers the drop only to the widget that took the drag's enter: a refused
    // drag never drops here (dropEvent checks again all the same).
    EXPECT_FALSE(w.recording().has_value());

    ASSERT_TRUE(enter({QUrl::fromLocalFile(good)}));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(good)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_TRUE(w.recording().has_value());
    EXPECT_TRUE(w.windowTitle().contains("dropped.kitchen.json"));
    EXPECT_EQ(MainWindow::recentFiles(), QStringList{good});
}

TEST_F(FilesTest, TheTwoWindowsNoticeShowsOnlyWhileAnotherRuns) {
    MainWindow w;
    w.show();
    auto* notice = w.findChild<QLabel*>("otherInstancesNotice");
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible());
    w.setOtherInstances(1);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(w.otherInstancesText().contains("disturb each other"));
    w.setOtherInstances(0);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(w.otherInstancesText(), QString());
}

// Two "windows" in one process: the lock and the socket are the real ones.
TEST(SingleInstance, ASecondStartHandsItsFileToTheFirst) {
    QTemporaryDir dir;
    SingleInstance first(dir.path()), second(dir.path());
    ASSERT_EQ(first.problem(), QString());
    ASSERT_TRUE(first.tryBecomeFirst());
    EXPECT_FALSE(second.tryBecomeFirst());
    EXPECT_EQ(second.firstPid(), qint64(getpid()));
    QString asked;
    first.setActivateHandler([&](const QString& file, const QString& lesson) {
        asked = file + "|" + lesson;
        return QJsonObject{{"title", "Concurrency Kitchen — x.kitchen.json"}};
    });
    first.start();
    std::optional<SingleInstance::Reply> reply;
    QString why;
    std::atomic<bool> answered{false};
    std::thread client([&] {
        reply = second.handOver("/abs/x.kitchen.json", "gil", 5000, &why);
        answered = true;
    });
    // The first window answers from this thread's event loop.
    QTest::qWaitFor([&] { return answered.load(); }, 6000);
    client.join();
    ASSERT_TRUE(reply.has_value()) << why.toStdString();
    EXPECT_EQ(asked, "/abs/x.kitchen.json|gil");
    EXPECT_EQ(reply->pid, qint64(getpid()));
    EXPECT_EQ(reply->title, "Concurrency Kitchen — x.kitchen.json");
    // A relative path is not what a start sends: refused, no answer.
    answered = false;
    std::thread bad([&] {
        reply = second.handOver("x.kitchen.json", "", 1000, &why);
        answered = true;
    });
    QTest::qWaitFor([&] { return answered.load(); }, 2000);
    bad.join();
    EXPECT_FALSE(reply.has_value());
}

TEST(SingleInstance, WindowsAlongsideKnowOfEachOtherAndTakeOver) {
    QTemporaryDir dir;
    auto first = std::make_unique<SingleInstance>(dir.path());
    ASSERT_TRUE(first->tryBecomeFirst());
    first->start();
    auto extra = std::make_unique<SingleInstance>(dir.path());
    extra->runAlongside();
    EXPECT_FALSE(extra->isFirst());
    EXPECT_EQ(extra->others(), 1);
    extra->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return first->others() == 1; }, 3000)) << first->others();
    // The first ends: the one alongside takes over and is alone.
    first.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return extra->isFirst(); }, 3000));
    EXPECT_EQ(extra->others(), 0);
    // A later one alongside says hello to the new first; its end ends the notice.
    auto later = std::make_unique<SingleInstance>(dir.path());
    later->runAlongside();
    later->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return extra->others() == 1; }, 3000)) << extra->others();
    later.reset();
    EXPECT_TRUE(QTest::qWaitFor([&] { return extra->others() == 0; }, 3000)) << extra->others();
}

TEST(SingleInstance, AStaleLockOfACrashedWindowDoesNotBlockAStart) {
    QTemporaryDir dir;
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    ASSERT_GT(child, 0);
    waitpid(child, nullptr, 0); // its pid is now nobody's
    SingleInstance probe(dir.path());
    QFile lock(probe.lockPath());
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(child) + "\nconcurrency-kitchen\n" +
               QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    EXPECT_TRUE(probe.tryBecomeFirst());
}
