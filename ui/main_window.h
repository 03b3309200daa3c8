#pragma once
// The main window. For now: the live burners chart of this machine's cores.

#include "core/telemetry/telemetry_hub.h"

#include <QMainWindow>
#include <memory>

class QLabel;

namespace kc::ui {

class BurnersChart;
class TelemetryPump;

/// Threading: GUI thread only. Owns the telemetry hub (its own thread) and the pump.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    BurnersChart* burnersChart() const { return m_burners; }
    core::TelemetryHub* telemetryHub() const { return m_hub.get(); }

signals:
    void languageChanged(const QString& lang);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void switchLanguage(const QString& lang);

    std::unique_ptr<core::TelemetryHub> m_hub;
    TelemetryPump* m_pump;
    BurnersChart* m_burners;
    QLabel* m_status;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace kc::ui
