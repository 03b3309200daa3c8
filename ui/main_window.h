// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: the charts (live machine, or a recording replayed with one time
// cursor), the replay bar, and the menus to open, save and export recordings.

#include "core/experiment/recording.h"
#include "core/telemetry/telemetry_hub.h"
#include "ui/theme.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QSplitter;
class QTemporaryDir;

namespace kc::core::watch {
struct WatchSpec;
}

namespace kc::ui {

class BurnersChart;
class ChartsPanel;
class CodeDock;
class ConsoleDock;
class ExperimentToolbar;
class KitchenView;
class RunController;
class ReplayBar;
class ReplayController;
class PythonCodeView;
class ResultsPanel;
class TelemetryPump;
class WatchController;
namespace watch {
class ExamplesMenu;
}

/// Threading: GUI thread only. Owns the telemetry hub (its own thread) and the pump.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ChartsPanel* charts() const { return m_charts; }
    KitchenView* kitchen() const { return m_kitchen; }
    BurnersChart* burnersChart() const;
    ReplayController* replay() const { return m_replay; }
    core::TelemetryHub* telemetryHub() const { return m_hub.get(); }
    ExperimentToolbar* experimentToolbar() const { return m_toolbar; }
    RunController* runController() const { return m_runs; }
    ResultsPanel* results() const { return m_results; }
    QDockWidget* resultsDock() const { return m_resultsDock; }
    PythonCodeView* codeView() const { return m_code; }
    QDockWidget* codeDock() const { return m_codeDock; }

    // Watching a learner's program (ui/watch/main_window_watch.cpp).
    WatchController* watchController() const { return m_watch; }
    ConsoleDock* consoleDock() const { return m_console; }
    CodeDock* yourCodeDock() const { return m_yourCode; }
    /// Watches spec's program (kitchen, charts and console follow it). False, with a
    /// banner, when it cannot start or an experiment or another watch is going on.
    /// display names it for people ("" = its command line).
    bool startWatch(const core::watch::WatchSpec& spec, const QString& display = {});
    /// "Run this code": writes code to a private temporary folder (removed when the
    /// watch ends) and watches `<python> -u your_code.py` there.
    bool runSnippet(const QString& code);
    /// File -> Watch a program…
    void openWatchDialog();

    /// Runs the toolbar's experiment in C++ and then in Python, and puts the two side
    /// by side in the comparison chart. False when one is running already.
    bool compareEngines();
    /// A series of runs is going on (compareEngines); empty when none.
    bool runningSeries() const { return !m_series.empty() || m_seriesRunning; }

    /// Presentation mode (F11): full screen, the high-contrast theme with large fonts,
    /// and the toolbar reduced to what a teacher clicks. Leaving it restores the
    /// window, theme and toolbar as they were.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    /// The everyday theme (light or dark), remembered between launches. In
    /// presentation mode it takes effect when the mode ends.
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    /// Runs the toolbar's experiment (or stops the one running): what Space does.
    void runOrStop();

    /// Opens a .kitchen.json; on failure returns the message (also shown in the
    /// window) and leaves everything as it was.
    QString openRecording(const QString& path, bool showErrors = true);
    /// Shows rec (replay mode, cursor at its end).
    void showRecording(core::Recording rec);
    /// Shows a recording already read from path (core::loadRecording), under its name.
    void showRecordingFile(core::Recording rec, const QString& path);
    /// "Cannot open the recording: <why>", in the interface language.
    static QString cannotOpenText(const std::string& coreError);
    const std::optional<core::Recording>& recording() const { return m_recording; }
    /// The notice above the charts ("" when none shows): errors, reset settings.
    QString bannerText() const;
    /// Back to the live view of this machine.
    void showLive();

signals:
    void languageChanged(const QString& lang);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void switchLanguage(const QString& lang);
    void updateActions();
    void showError(const QString& message);
    void showBanner(const QString& message);
    void onCursor(double seconds);
    void saveRecordingAs();
    void openRecordingDialog();
    void exportChartDialog();
    void exportCsvDialog();
    void exportTraceDialog();
    /// A save dialog starting in the last folder used, which it then remembers.
    QString askSavePath(const QString& title, const QString& filter);
    void buildDocks();
    void applyCurrentTheme();
    void buildWatch();
    void addWatchActions();
    void retranslateWatch();
    // Files like every app (ui/main_window_recent.cpp): Open Recent, drag and drop,
    // reset for the next student. Called from buildMenus and retranslate.
    void addFileActions();
    void retranslateFiles();
    // Exports for slides (ui/main_window_export.cpp): the kitchen as an image, and an
    // animation of a recording. Called from buildMenus and retranslate.
    void addExportActions();
    void retranslateExports();
    // --- Exports for slides (issue 15 item 8; ui/main_window_export.cpp, ui/export/):
    // the kitchen as PNG (2x), SVG, PDF or on the clipboard; an animation of the recording.
public:
    QAction* exportKitchenAction() const { return m_exportKitchenAction; }
    QAction* copyKitchenAction() const { return m_copyKitchenAction; }
    QAction* exportAnimationAction() const { return m_exportAnimationAction; }
    /// The chart on screen by ChartsPanel::chartNames() name ("" when none).
    QString currentChartName() const;
    /// Enables what needs a recording (the animation); also from updateActions.
    void updateExportActions();

private:
    void exportKitchenDialog();
    void exportAnimationDialog();
    QAction* m_exportKitchenAction = nullptr;
    QAction* m_copyKitchenAction = nullptr;
    QAction* m_exportAnimationAction = nullptr;
    // --- end of exports for slides ---
    // --- Teacher's kit (issue 17; ui/main_window_export.cpp, ui/handout/): File -> Print
    // handout… (worksheet and answer key PDFs) and Help -> Teaching paths.
public:
    QAction* printHandoutAction() const { return m_printHandoutAction; }
    QAction* teachingPathsAction() const { return m_teachingPathsAction; }
    /// Help -> Teaching paths (one, not modal); "Open lesson" shows it in the lesson dock.
    QWidget* showTeachingPaths();
    /// Writes the handout as File -> Print handout… does after its dialogs (lang "zh_TW" or
    /// "en"): measured first when asked, with a progress dialog that can cancel. "" on
    /// success, else the message (also shown in the window).
    QString printHandout(const QString& lang, const QStringList& lessons, const QString& pathId,
                         const QString& worksheetPath, const QString& keyPath, bool measure);

private:
    void printHandoutDialog();
    QAction* m_printHandoutAction = nullptr;
    QAction* m_teachingPathsAction = nullptr;
    QWidget* m_teachingPathsDialog = nullptr;
    // --- end of the teacher's kit ---
    /// What a replayed recording was, for the status bar (the command for a watch).
    QString describeRecording() const;
    /// Says why nothing new can start now ("" when something may): one thing at a time.
    QString busyText() const;

    std::unique_ptr<core::TelemetryHub> m_hub;
    TelemetryPump* m_pump;
    ChartsPanel* m_charts;
    KitchenView* m_kitchen;
    QSplitter* m_split;
    double m_kitchenLoadedAt = -1; // live: when the kitchen last took the growing recording
    ReplayController* m_replay;
    ReplayBar* m_replayBar;
    QLabel* m_status;
    QLabel* m_banner;  // errors in plain words, above the charts, until the next run
    QStringList m_resetSettings; // keys whose stored values were refused at this start
    ExperimentToolbar* m_toolbar;
    RunController* m_runs;
    std::optional<core::Recording> m_recording;
    QString m_recordingName;
    ResultsPanel* m_results = nullptr;
    PythonCodeView* m_code = nullptr;
    QDockWidget* m_codeDock = nullptr;
    QAction* m_compareEngines = nullptr;
    QAction* m_choosePython = nullptr;
    std::vector<core::ExperimentSpec> m_series;     // still to run
    std::vector<core::RunReport> m_seriesReports;   // finished so far
    bool m_seriesRunning = false;
    void startExperiment(const core::ExperimentSpec& spec);
    void choosePython();
    QDockWidget* m_resultsDock = nullptr;
    Theme m_theme = Theme::Light;
    bool m_presentation = false;
    QByteArray m_geometryBeforePresentation;
    bool m_maximizedBeforePresentation = false;
    bool m_resultsShownBeforePresentation = true;
    bool m_codeShownBeforePresentation = true;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QAction* m_exitPresentation = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_copyChartAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportTraceAction = nullptr;
    QAction* m_liveAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
    QAction* m_aboutAction = nullptr;

    WatchController* m_watch = nullptr;
    ConsoleDock* m_console = nullptr;
    CodeDock* m_yourCode = nullptr;
    watch::ExamplesMenu* m_examplesMenu = nullptr;
    QAction* m_watchAction = nullptr;
    QAction* m_yourCodeAction = nullptr;
    std::unique_ptr<QTemporaryDir> m_snippetDir; // "Run this code"'s file, while it runs
    QString m_watchStuck;                        // what looked stuck in this watch

    // --- Files and shared lab machines (issue 15 items 4 and 6; ui/main_window_recent.cpp):
    // Open Recent, drag and drop, Reset progress and settings, the two-windows notice.
public:
    /// Longest Open Recent list.
    static constexpr int kMaxRecent = 10;
    /// Opens a recording as the command line, a drop, Open Recent and a second start do:
    /// a failure is a banner (never a modal dialog: nobody may be there to close it) and
    /// leaves everything as it was; success adds it to Open Recent. "" or the message.
    QString openFile(const QString& path);
    /// Open Recent's files, newest first, as remembered (QSettings "files/recent").
    static QStringList recentFiles();
    /// Puts path (made absolute) first in Open Recent, at most kMaxRecent kept.
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static void clearRecentFiles();
    QMenu* recentMenu() const { return m_recentMenu; }
    /// Open Recent -> path: a file that is gone is removed from the list, with a message.
    void openRecent(const QString& path);
    /// Forgets lesson progress, remembered settings, recent files and the window layout,
    /// and returns the window to its defaults. The language stays as it is until the app
    /// closes; the next start uses the system's. False (with a banner) while something runs.
    bool resetProgressAndSettings();
    QAction* resetAction() const { return m_resetAction; }
    /// others windows of this user run alongside (--new-instance): a notice, until 0,
    /// says that their measurements disturb each other.
    void setOtherInstances(int others);
    /// The notice's text ("" when hidden).
    QString otherInstancesText() const;
    /// Brings the window to the front (a second start asked).
    void raiseWindow();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void rebuildRecentMenu();
    void askResetProgressAndSettings();
    void rememberOpenedFile(const QString& path);
    QMenu* m_recentMenu = nullptr;
    QAction* m_resetAction = nullptr;
    QLabel* m_instancesNotice = nullptr;
    int m_otherInstances = 0;
    QByteArray m_defaultLayout; // the docks and toolbars as built, before any restore
    QString m_openedPath;       // the file shown, when a file is shown
    // --- end of files and shared lab machines ---
private:

    // --- Keyboard, About, shortcuts help, accessibility (issue 15, window part;
    // ui/main_window_keys.cpp). Shortcuts are actions of the window, so they work
    // wherever focus is; a focused control that uses the key itself keeps it.
public:
    QAction* runStopAction() const { return m_runStopAction; }  ///< Space, F5
    QAction* playAction() const { return m_playAction; }        ///< P
    QAction* stepBackAction() const { return m_stepBackAction; }       ///< Left
    QAction* stepForwardAction() const { return m_stepForwardAction; } ///< Right
    QAction* fasterAction() const { return m_fasterAction; }    ///< + and =
    QAction* slowerAction() const { return m_slowerAction; }    ///< -
    QAction* shortcutsAction() const { return m_shortcutsAction; } ///< F1, Ctrl+/
    QAction* aboutAction() const { return m_aboutAction; }
    /// Help -> Keyboard shortcuts… and Help -> About (one of each, not modal).
    QWidget* showShortcuts();
    QWidget* showAbout();

private:
    void addKeyActions();     // from buildMenus, once the Help menu exists
    void retranslateKeys();   // from retranslate
    void updateKeyActions();  // from updateActions: replay keys only with a recording
    QMenu* m_runMenu = nullptr;
    QMenu* m_replayMenu = nullptr;
    QAction* m_runStopAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_fasterAction = nullptr;
    QAction* m_slowerAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_compareToolAction = nullptr; // the toolbar's C++ vs Python (not in presentation)
    QWidget* m_shortcutsDialog = nullptr;
    QWidget* m_aboutDialog = nullptr;
    // --- end of the keyboard part ---
};

} // namespace kc::ui
