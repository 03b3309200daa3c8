#pragma once
// The main window: the charts (live machine, or a recording replayed with one time
// cursor), the replay bar, and the menus to open, save and export recordings.

#include "core/experiment/recording.h"
#include "core/telemetry/telemetry_hub.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;

namespace kc::ui {

class BurnersChart;
class ChartsPanel;
class ExperimentToolbar;
class KitchenView;
class RunController;
class ReplayBar;
class ReplayController;
class TelemetryPump;

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

    /// Runs the toolbar's experiment (or stops the one running): what Space does.
    void runOrStop();

    /// Opens a .kitchen.json; on failure returns the message (also shown in the
    /// window) and leaves everything as it was.
    QString openRecording(const QString& path, bool showErrors = true);
    /// Shows rec (replay mode, cursor at its end).
    void showRecording(core::Recording rec);
    const std::optional<core::Recording>& recording() const { return m_recording; }
    /// Back to the live view of this machine.
    void showLive();

signals:
    void languageChanged(const QString& lang);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

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
    ExperimentToolbar* m_toolbar;
    RunController* m_runs;
    std::optional<core::Recording> m_recording;
    QString m_recordingName;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
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
};

} // namespace kc::ui
