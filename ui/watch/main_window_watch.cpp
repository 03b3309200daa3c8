// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the watch part: File -> Watch a program…, "Your code" with its
// examples, the program's output, and the kitchen and charts following a watched
// program as they follow our own experiments. One thing at a time: a watch and an
// experiment never run together.
#include "ui/main_window.h"

#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/replay_controller.h"
#include "ui/run_controller.h"
#include "ui/i18n.h"
#include "ui/watch/code_dock.h"
#include "ui/watch/command_line.h"
#include "ui/watch/console_dock.h"
#include "ui/watch/examples_menu.h"
#include "ui/watch/watch_controller.h"
#include "ui/watch/watch_dialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>

namespace kc::ui {

void MainWindow::buildWatch() {
    m_watch = new WatchController(m_hub.get(), this);
    // The output below the kitchen, the editor with the other panels on the right;
    // both hidden until the learner watches something (or opens them from Panels).
    m_console = new ConsoleDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_console);
    m_console->hide();
    m_yourCode = new CodeDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_yourCode);
    tabifyDockWidget(m_codeDock, m_yourCode);
    m_yourCode->hide();
    m_yourCode->setInterpreter(watchInterpreter());
    connect(m_yourCode, &CodeDock::runRequested, this, [this](const QString& code) { runSnippet(code); });
    connect(m_yourCode, &CodeDock::stopRequested, m_watch, &WatchController::stop);

    connect(m_watch, &WatchController::outputArrived, m_console, &ConsoleDock::appendOutput);
    connect(m_watch, &WatchController::started, this, [this](const QString& command) {
        m_status->setText(WatchController::statusText(command, nullptr));
    });
    connect(m_watch, &WatchController::liveUpdated, this, [this](double seconds) {
        const core::Recording& rec = m_watch->recording();
        m_charts->showRecording(rec, seconds, /*visibleOnly=*/true);
        // Re-indexing the growing recording costs more than a frame: twice a second.
        if (seconds - m_kitchenLoadedAt >= 0.5) {
            m_kitchen->setRecording(rec);
            m_kitchenLoadedAt = seconds;
        }
        m_kitchen->setTime(seconds);
        retranslateWatch();
    });
    connect(m_watch, &WatchController::stuck, this, [this](const QString& text) {
        m_watchStuck = text;
        retranslateWatch();
    });
    connect(m_watch, &WatchController::failed, this, [this](const QString& why) {
        m_snippetDir.reset();
        showBanner(tr("Cannot watch the program: %1").arg(why));
    });
    connect(m_watch, &WatchController::finished, this, [this](const core::Recording& rec) {
        m_toolbar->setRunning(false);
        m_kitchen->setLive(false);
        m_yourCode->setWatching(false);
        m_snippetDir.reset(); // the program is gone: its private folder goes too
        const QString end = rec.report.watch ? WatchController::exitText(*rec.report.watch) : QString();
        m_console->appendExit(end);
        m_recordingName = tr("the watched program");
        showRecording(rec);
        m_status->setText(tr("%1: %2 after %3 s. Save it with File → Save recording.")
                              .arg(m_watch->commandText(), end)
                              .arg(rec.report.wallSeconds, 0, 'f', 1));
    });
}

void MainWindow::addWatchActions() {
    m_watchAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                          this, &MainWindow::openWatchDialog);
    m_yourCodeAction = m_fileMenu->addAction(QString(), this, [this] {
        m_yourCode->show();
        m_yourCode->raise();
        m_yourCode->editor()->setFocus();
    });
    m_examplesMenu = new watch::ExamplesMenu(this);
    m_fileMenu->addMenu(m_examplesMenu);
    connect(m_examplesMenu, &watch::ExamplesMenu::exampleChosen, this, [this](const QString& path) {
        if (const QString err = m_yourCode->loadExample(path); !err.isEmpty())
            showBanner(tr("Cannot open the example: %1").arg(err));
    });
}

void MainWindow::retranslateWatch() {
    m_watchAction->setText(tr("&Watch a program…"));
    m_watchAction->setToolTip(tr("Run any program and see its processes as kitchens and its "
                                 "threads as chefs (Ctrl+Shift+W)"));
    m_yourCodeAction->setText(tr("Write and watch &your code"));
    if (m_watch->running()) {
        const auto& live = m_watch->recording().report.watch;
        QString text = WatchController::statusText(m_watch->commandText(), live ? &*live : nullptr);
        if (!m_watchStuck.isEmpty())
            text = tr("Looks stuck: %1 — Stop (Esc) ends it.").arg(m_watchStuck);
        m_status->setText(text);
    }
}

QString MainWindow::describeRecording() const {
    if (!m_recording)
        return {};
    const core::RunReport& r = m_recording->report;
    if (r.spec.model != core::ModelKind::Watched)
        return describeSpec(r.spec);
    QStringList args;
    if (r.watch)
        for (const auto& a : r.watch->command)
            args << QString::fromStdString(a);
    return tr("watched %1 (%n thread(s))", nullptr, int(r.spec.chefs)).arg(watch::joinCommandLine(args));
}

QString MainWindow::busyText() const {
    if (m_runs->running() || m_seriesRunning)
        return tr("An experiment is running: stop it (Esc) before watching a program.");
    if (m_watch->running())
        return tr("A program is being watched: stop it (Esc) first.");
    return {};
}

bool MainWindow::startWatch(const core::watch::WatchSpec& spec, const QString& display) {
    if (const QString busy = busyText(); !busy.isEmpty()) {
        showBanner(busy);
        return false;
    }
    m_banner->hide();
    m_watchStuck.clear();
    m_replay->setDuration(0);
    m_charts->clearRecording();
    m_recording.reset();
    if (!m_watch->start(spec, display))
        return false; // failed() put up the banner
    if (m_console->isHidden()) {
        m_console->show();
        // Room for eight lines: the kitchen and the charts stay the larger part.
        resizeDocks({m_console}, {fontMetrics().lineSpacing() * 8}, Qt::Vertical);
    }
    m_console->beginWatch(m_watch->commandText());
    m_toolbar->setRunning(true); // its Stop (Esc) ends the watch
    m_yourCode->setWatching(true);
    m_charts->showRecording(m_watch->recording(), 0.0);
    m_kitchen->setRecording(m_watch->recording());
    m_kitchen->setTime(0.0);
    m_kitchen->setLive(true);
    m_kitchenLoadedAt = 0.0;
    updateActions();
    retranslate();
    return true;
}

bool MainWindow::runSnippet(const QString& code) {
    if (const QString busy = busyText(); !busy.isEmpty()) {
        showBanner(busy);
        return false;
    }
    if (code.trimmed().isEmpty()) {
        showBanner(tr("Type some Python code first, or open an example."));
        return false;
    }
    if (code.size() > CodeDock::kMaxCodeChars) {
        showBanner(tr("Your code is longer than %1 KB: save it as a file and watch it with File → "
                      "Watch a program…").arg(CodeDock::kMaxCodeChars / 1024));
        return false;
    }
    // Private (0700) and removed when the watch ends: nothing of the snippet stays behind.
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kc-your-code-XXXXXX"));
    const QString path = dir->isValid() ? dir->filePath(QStringLiteral("your_code.py")) : QString();
    QFile f(path);
    if (!dir->isValid() || !f.open(QIODevice::WriteOnly) || f.write(code.toUtf8()) < 0 || !f.flush()) {
        showBanner(tr("Cannot write your code to a temporary file: %1")
                       .arg(dir->isValid() ? f.errorString() : dir->errorString()));
        return false;
    }
    f.close();
    const QString python = watchInterpreter();
    m_yourCode->setInterpreter(python);
    BuiltWatch built = buildWatchSpec(watch::joinCommandLine({python, QStringLiteral("-u"), path}),
                                      dir->path(), python, watchRate());
    if (!built.error.isEmpty()) {
        showBanner(tr("Cannot watch the program: %1").arg(built.error));
        return false;
    }
    m_snippetDir = std::move(dir);
    // The private folder's name means nothing to the learner.
    return startWatch(built.spec, watch::joinCommandLine({python, QStringLiteral("-u"),
                                                           QStringLiteral("your_code.py")}));
}

void MainWindow::openWatchDialog() {
    if (const QString busy = busyText(); !busy.isEmpty()) {
        showBanner(busy);
        return;
    }
    WatchDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_yourCode->setInterpreter(watchInterpreter());
        startWatch(dialog.spec());
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing the window ends the watched program (the destructor waits for it).
    m_watch->stop();
    QMainWindow::closeEvent(event);
}

} // namespace kc::ui
