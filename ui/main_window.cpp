// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"
#include "ui/charts/chart_style.h"

#include "ui/confidence_text.h"
#include "ui/core_errors.h"

#include "ui/charts/burners_chart.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/run_controller.h"
#include "ui/settings_guard.h"
#include "ui/i18n.h"
#include "ui/replay_bar.h"
#include "ui/replay_controller.h"
#include "ui/python_code_view.h"
#include "ui/results_panel.h"
#include "ui/telemetry_pump.h"
#include "ui/watch/code_dock.h"
#include "ui/watch/console_dock.h"
#include "ui/watch/watch_controller.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTimer>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace kc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_hub(std::make_unique<core::TelemetryHub>()),
      m_pump(new TelemetryPump(m_hub.get(), this)), m_charts(new ChartsPanel(this)),
      m_kitchen(new KitchenView(this)), m_split(new QSplitter(Qt::Vertical, this)),
      m_replay(new ReplayController(this)), m_replayBar(new ReplayBar(m_replay, this)),
      m_status(new QLabel(this)), m_banner(new QLabel(this)),
      m_toolbar(new ExperimentToolbar(this)), m_runs(new RunController(m_hub.get(), this)) {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #FBE3D6; color: #7A2E00; padding: 8px; font-weight: bold; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    // The kitchen in the middle, the charts below it: both follow one time cursor.
    m_split->addWidget(m_kitchen);
    m_split->addWidget(m_charts);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(true);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_replayBar);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    addToolBar(Qt::TopToolBarArea, m_toolbar);
    buildDocks();
    buildWatch();
    buildMenus();
    retranslate();
    connect(m_pump, &TelemetryPump::pointsAvailable, this,
            [this](const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points) {
                if (m_runs->running())
                    m_runs->addPoints(points);
                else if (m_watch->running())
                    m_watch->addPoints(points);
                else if (!m_recording) // a replayed recording owns the charts
                    m_charts->burners()->addPoints(points);
            });
    connect(m_toolbar, &ExperimentToolbar::runRequested, this, &MainWindow::startExperiment);
    connect(m_toolbar, &ExperimentToolbar::stopRequested, this, [this] {
        m_series.clear(); // Stop ends a series too
        m_runs->stop();
        m_watch->stop();
    });
    connect(m_runs, &RunController::runStarted, this, [this](const QString& what) {
        m_status->setText(tr("Cooking: %1").arg(what));
    });
    connect(m_runs, &RunController::liveUpdated, this, [this](double seconds) {
        m_charts->showRecording(m_runs->recording(), seconds, /*visibleOnly=*/true);
        // Re-indexing the growing recording costs more than a frame: twice a second.
        if (seconds - m_kitchenLoadedAt >= 0.5) {
            m_kitchen->setRecording(m_runs->recording());
            m_kitchenLoadedAt = seconds;
        }
        m_kitchen->setTime(seconds);
    });
    connect(m_runs, &RunController::runFailed, this, [this](const QString& why) {
        m_series.clear();
        m_seriesRunning = false;
        m_kitchen->setLive(false);
        showBanner(tr("The run could not finish: %1").arg(why));
    });
    connect(m_runs, &RunController::runFinished, this, [this](const core::Recording& rec) {
        m_toolbar->setRunning(false);
        m_kitchen->setLive(false);
        m_results->addRun(rec);
        m_recordingName = tr("last run");
        if (rec.report.status != core::RunStatus::Failed)
            showRecording(rec);
        if (rec.report.status == core::RunStatus::Cancelled)
            m_status->setText(tr("Stopped: %1 of %2 dishes were done.")
                                  .arg(rec.report.dishesDone)
                                  .arg(rec.report.spec.dishes));
        else if (rec.report.status == core::RunStatus::Deadlocked)
            m_status->setText(tr("Deadlocked after %1 of %2 dishes: %3. Nobody could go on, "
                                 "so the run was stopped.")
                                  .arg(rec.report.dishesDone)
                                  .arg(rec.report.spec.dishes)
                                  .arg(deadlockText(rec.report.share.deadlock)));
        else if (rec.report.status == core::RunStatus::Completed)
            m_status->setText(tr("Done: %1 dishes in %2 s (%3 % CPU). How sure: %4.")
                                  .arg(rec.report.dishesDone)
                                  .arg(rec.report.wallSeconds, 0, 'f', 3)
                                  .arg(rec.report.cpuPercent(), 0, 'f', 0)
                                  .arg(confidenceSummary(rec.report.confidence)));
        if (m_seriesRunning) {
            if (rec.report.status != core::RunStatus::Completed)
                m_series.clear();
            core::RunReport r = rec.report;
            r.events.clear();
            m_seriesReports.push_back(std::move(r));
            if (!m_series.empty()) {
                const core::ExperimentSpec next = m_series.front();
                m_series.erase(m_series.begin());
                // After this slot: the controller finishes its bookkeeping first.
                QTimer::singleShot(0, this, [this, next] {
                    if (m_seriesRunning)
                        startExperiment(next);
                });
            } else {
                m_seriesRunning = false;
                if (m_seriesReports.size() >= 2) {
                    m_charts->setComparison(m_seriesReports);
                    m_charts->setCurrentIndex(ChartsPanel::Comparison);
                }
            }
        }
    });
    connect(m_pump, &TelemetryPump::errorChanged, this, [this](const QString& msg) {
        if (msg.isEmpty())
            retranslate();
        else
            m_status->setText(tr("Cannot measure the cores: %1").arg(msg));
    });
    connect(m_replay, &ReplayController::cursorChanged, this, &MainWindow::onCursor);
    m_hub->start();
    m_pump->start();
    resize(1100, 700);
    // A stored value that cannot be used is reported once, in the status bar too (also
    // those found while the toolbar and the lessons restored theirs), and reset.
    // The banner names the keys (the details, one per problem, go to the log): several
    // bad values at once make one notice, not a flicker of status messages.
    settings::setProblemSink([w = QPointer<MainWindow>(this)](const QString& key,
                                                              const QString&) {
        if (!w)
            return;
        if (!w->m_resetSettings.contains(key))
            w->m_resetSettings << key;
        w->showBanner(tr("Some saved settings could not be used and were reset to their "
                         "defaults: %1. The details are in the program's log.")
                          .arg(w->m_resetSettings.join(QStringLiteral(", "))));
    });
    // Saved by Qt, but the file may be damaged: a refused one is reset, not retried forever.
    if (auto g = settings::readBytes("ui/geometry"); g && !g->isEmpty() && !restoreGeometry(*g))
        settings::reject("ui/geometry", QStringLiteral("not a saved window geometry"));
    // Kitchen a little larger than the charts, until the user drags the divider.
    auto split = settings::readBytes("ui/split");
    if (!split || !m_split->restoreState(*split)) {
        if (split && !split->isEmpty())
            settings::reject("ui/split", QStringLiteral("not a saved divider position"));
        m_split->setSizes({600, 400});
    }
    if (auto st = settings::readBytes("ui/windowState"); st && !st->isEmpty() && !restoreState(*st))
        settings::reject("ui/windowState", QStringLiteral("not a saved window layout"));
    m_theme = themeFromName(settings::readString("ui/theme", 32, [](const QString& t) {
                                return t == QLatin1String("light") || t == QLatin1String("dark") ||
                                       t == QLatin1String("contrast");
                            }).value_or(QString()));
    if (m_theme == Theme::HighContrast)
        m_theme = Theme::Light;
    applyCurrentTheme();
    updateActions();
}

void MainWindow::startExperiment(const core::ExperimentSpec& spec) {
    if (m_watch->running()) { // one thing at a time: the charts show one of them
        showBanner(tr("A program is being watched: stop it (Esc) before running an experiment."));
        return;
    }
    m_banner->hide();
    m_code->showModel(spec.model); // the Python twin of what runs (lessons included)
    m_replay->setDuration(0);
    m_charts->clearRecording();
    m_recording.reset();
    if (m_runs->start(spec)) {
        if (m_results) // "Cooking now: C++ chefs with a simulated GIL"
            m_results->showingSpec(spec);
        m_toolbar->setRunning(true);
        m_charts->showRecording(m_runs->recording(), 0.0);
        m_kitchen->setRecording(m_runs->recording());
        m_kitchen->setTime(0.0);
        m_kitchen->setLive(true); // 60 Hz between data points while the run lasts
        m_kitchenLoadedAt = 0.0;
        updateActions();
    }
}

bool MainWindow::compareEngines() {
    if (m_runs->running() || m_seriesRunning || m_watch->running())
        return false;
    auto spec = m_toolbar->spec();
    if (!spec.ok()) {
        showBanner(translateCoreError(spec.error()));
        return false;
    }
    core::ExperimentSpec native = *spec, python = *spec;
    native.engine = core::EngineKind::Native;
    native.pythonPath.clear();
    native.startMethod.clear();
    python.engine = core::EngineKind::Python;
    python.pythonPath = ExperimentToolbar::pythonPath().toStdString();
    m_seriesReports.clear();
    m_series = {python};
    m_seriesRunning = true;
    startExperiment(native);
    return true;
}

void MainWindow::choosePython() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Python interpreter"), QStringLiteral("/usr/bin"),
        tr("Python interpreters (python3*);;All files (*)"));
    if (path.isEmpty())
        return;
    ExperimentToolbar::setPythonPath(path);
    m_code->refreshInterpreter();
}

MainWindow::~MainWindow() {
    // Problems found after this window (by the next one, while it builds) wait for the
    // next sink instead of going to a window that is gone.
    settings::setProblemSink({});
    if (m_presentation)
        setPresentationMode(false); // remember the everyday window, not the full screen
    QSettings().setValue("ui/geometry", saveGeometry());
    QSettings().setValue("ui/windowState", saveState());
    QSettings().setValue("ui/split", m_split->saveState());
    // The controllers end their program or run and detach from the hub: before the hub
    // goes (Qt would delete them, as children, only after it).
    delete m_watch;
    m_watch = nullptr;
    delete m_runs;
    m_runs = nullptr;
    m_pump->stop();
    m_hub->stop();
}

BurnersChart* MainWindow::burnersChart() const { return m_charts->burners(); }

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this,
                                         &MainWindow::openRecordingDialog);
    m_saveAction = m_fileMenu->addAction(QString(), QKeySequence::Save, this,
                                         &MainWindow::saveRecordingAs);
    addFileActions();
    m_fileMenu->addSeparator();
    m_exportChartAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E),
                                                this, &MainWindow::exportChartDialog);
    m_copyChartAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                              this, [this] { copyToClipboard(m_charts->currentWidget()); });
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsvDialog);
    m_exportTraceAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportTraceDialog);
    addExportActions();
    m_fileMenu->addSeparator();
    addWatchActions();
    m_fileMenu->addSeparator();
    m_choosePython = m_fileMenu->addAction(QString(), this, &MainWindow::choosePython);
    m_compareEngines = new QAction(this);
    m_compareEngines->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_compareEngines, &QAction::triggered, this, [this] { compareEngines(); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_liveAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                         &MainWindow::showLive);
    m_presentationAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::Key_F11), this,
                                                 [this](bool on) { setPresentationMode(on); });
    m_presentationAction->setCheckable(true);
    m_exitPresentation = new QAction(this);
    connect(m_exitPresentation, &QAction::triggered, this, [this] { setPresentationMode(false); });
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exitPresentation);
    m_exitPresentation->setVisible(false);
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto* themes = new QActionGroup(this);
    m_lightAction = m_themeMenu->addAction(QString(), this, [this] { setTheme(Theme::Light); });
    m_darkAction = m_themeMenu->addAction(QString(), this, [this] { setTheme(Theme::Dark); });
    for (auto* a : {m_lightAction, m_darkAction}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->addAction(installLessonDock(this)->toggleViewAction());
    m_panelsMenu->addAction(m_resultsDock->toggleViewAction());
    m_panelsMenu->addAction(m_codeDock->toggleViewAction());
    m_panelsMenu->addAction(m_yourCode->toggleViewAction());
    m_panelsMenu->addAction(m_console->toggleViewAction());
    m_panelsMenu->addAction(m_toolbar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Language names are shown in their own language, so anyone can find theirs.
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_chinese = m_languageMenu->addAction(QStringLiteral("繁體中文"));
    for (auto* a : {m_english, m_chinese}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (currentLanguage() == "zh_TW" ? m_chinese : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { switchLanguage("en"); });
    connect(m_chinese, &QAction::triggered, this, [this] { switchLanguage("zh_TW"); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { showAbout(); });
    addKeyActions(); // the Run and Replay menus, Help -> Keyboard shortcuts
}

void MainWindow::switchLanguage(const QString& lang) {
    installLanguage(lang);
    QSettings().setValue("ui/language", lang);
    emit languageChanged(lang);
}

void MainWindow::retranslate() {
    setWindowTitle(m_recording ? tr("Concurrency Kitchen — %1").arg(m_recordingName)
                               : tr("Concurrency Kitchen"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open recording…"));
    m_saveAction->setText(tr("&Save recording…"));
    m_exportChartAction->setText(tr("&Export chart (PNG, SVG, PDF)…"));
    m_copyChartAction->setText(tr("&Copy chart to clipboard"));
    m_exportCsvAction->setText(tr("Export numbers as C&SV…"));
    m_exportTraceAction->setText(tr("Export for &Perfetto (Chrome trace)…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_liveAction->setText(tr("&Live view of this machine"));
    m_presentationAction->setText(tr("&Presentation mode"));
    m_presentationAction->setToolTip(tr("Full screen, large fonts and high contrast for a "
                                        "projector (F11)"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_resultsDock->setWindowTitle(tr("Results of the last runs"));
    m_codeDock->setWindowTitle(tr("Python code"));
    m_choosePython->setText(tr("Choose &Python interpreter…"));
    m_compareEngines->setText(tr("C++ vs Python"));
    m_compareEngines->setToolTip(tr("Run this experiment in our C++ engine and then in real "
                                    "Python, and compare them side by side (Ctrl+Shift+R)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_recording)
        m_status->setText(tr("Replaying %1: %2").arg(m_recordingName, describeRecording()));
    else
        m_status->setText(tr("Sampling /proc/stat at %1 Hz").arg(m_hub->rateHz()));
    retranslateWatch();
    retranslateKeys();
    retranslateFiles();
    retranslateExports();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::runOrStop() {
    if (m_watch->running())
        m_watch->stop();
    else if (m_runs->running() || m_seriesRunning) {
        m_series.clear();
        m_runs->stop();
    }
    else
        m_toolbar->runAction()->trigger();
}

void MainWindow::updateActions() {
    const bool have = m_recording.has_value();
    m_saveAction->setEnabled(have);
    m_exportCsvAction->setEnabled(have);
    m_exportTraceAction->setEnabled(have);
    m_liveAction->setEnabled(have);
    m_replayBar->setVisible(have);
    updateKeyActions();
    updateExportActions();
}

QString MainWindow::bannerText() const { return m_banner->isHidden() ? QString() : m_banner->text(); }

void MainWindow::showBanner(const QString& message) {
    m_banner->setText(message);
    m_banner->show();
    m_status->setText(message);
}

void MainWindow::showError(const QString& message) {
    m_status->setText(message);
    QMessageBox::warning(this, tr("Concurrency Kitchen"), message);
}

void MainWindow::showRecording(core::Recording rec) {
    double duration = rec.report.wallSeconds;
    if (!rec.samples.empty())
        duration = std::max(duration, rec.samples.back().seconds);
    m_recording = std::move(rec);
    // The toolbar shows what this recording ran, ready to run it again.
    if (m_recording->report.status != core::RunStatus::Failed &&
        m_recording->report.spec.model != core::ModelKind::Watched) // nothing to run again
        m_toolbar->setSpec(m_recording->report.spec);
    if (m_recordingName.isEmpty())
        m_recordingName = tr("this run");
    // The recording starts before the engine's clock and its last events (dishes served,
    // chefs going home) come after the wall time: the end is its last event.
    m_kitchen->setRecording(*m_recording);
    duration = std::max(duration, m_kitchen->duration());
    m_replay->setDuration(duration);
    m_replay->seek(duration);
    m_charts->pinRun(m_recording->report);
    // What cooked this recording, in words (replay bar and results panel).
    m_replayBar->setRecording(m_recording->report);
    if (m_results)
        m_results->showingRun(m_recording->report);
    m_charts->showRecording(*m_recording, duration);
    m_kitchen->setTime(duration);
    updateActions();
    retranslate();
}

void MainWindow::showLive() {
    m_replay->setDuration(0);
    m_charts->clearRecording(); // before the recording it points to goes away
    m_recording.reset();
    m_recordingName.clear();
    m_kitchen->clear();
    updateActions();
    retranslate();
}

void MainWindow::onCursor(double seconds) {
    if (!m_recording)
        return;
    m_charts->showRecording(*m_recording, seconds, /*visibleOnly=*/m_replay->playing());
    m_kitchen->setTime(seconds);
}

} // namespace kc::ui
