// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the classroom part: its docks (lessons, results, Python code), the
// light and dark themes, and presentation mode (which hides every side panel but the
// lesson: results, code, "Your code" and "Program output").
#include "ui/main_window.h"

#include "ui/core_errors.h"

#include "ui/charts/burners_chart.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/run_controller.h"
#include "ui/i18n.h"
#include "ui/replay_bar.h"
#include "ui/replay_controller.h"
#include "ui/python_code_view.h"
#include "ui/results_panel.h"
#include "ui/telemetry_pump.h"
#include "ui/watch/code_dock.h"
#include "ui/watch/console_dock.h"

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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace kc::ui {

namespace {
// Whether a watch dock was open before presentation mode, kept on the dock itself (the
// window's other docks keep theirs in members).
constexpr char kShownBefore[] = "kcShownBeforePresentation";

void hideForPresentation(QDockWidget* dock) {
    if (!dock)
        return;
    dock->setProperty(kShownBefore, !dock->isHidden());
    dock->hide();
}

void restoreAfterPresentation(QDockWidget* dock) {
    if (!dock)
        return;
    // One opened meanwhile (a watch started in class shows its output) stays open.
    dock->setVisible(dock->property(kShownBefore).toBool() || !dock->isHidden());
}
} // namespace

void MainWindow::buildDocks() {
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_results = new ResultsPanel(this);
    m_resultsDock = new QDockWidget(this);
    m_resultsDock->setObjectName(QStringLiteral("resultsDock"));
    m_resultsDock->setWidget(m_results);
    addDockWidget(Qt::RightDockWidgetArea, m_resultsDock);
    m_code = new PythonCodeView(this);
    m_codeDock = new QDockWidget(this);
    m_codeDock->setObjectName(QStringLiteral("codeDock"));
    m_codeDock->setWidget(m_code);
    addDockWidget(Qt::RightDockWidgetArea, m_codeDock);
    tabifyDockWidget(m_resultsDock, m_codeDock);
    m_resultsDock->raise();
    connect(m_toolbar, &ExperimentToolbar::choiceChanged, this,
            [this](core::ModelKind model, core::EngineKind) { m_code->showModel(model); });
    if (auto spec = m_toolbar->spec(); spec.ok())
        m_code->showModel(spec->model);
    connect(m_code, &PythonCodeView::chooseInterpreterRequested, this, &MainWindow::choosePython);
    // The lessons, tabbed with the results and the code on the right, in front.
    LessonDock* lessons = installLessonDock(this);
    connect(lessons->panel(), &LessonPanel::lookAt, this,
            [this](const QString&, const QStringList& parts) { m_kitchen->setHighlights(parts); });
    connect(m_results, &ResultsPanel::openRequested, this, [this](const core::Recording& rec) {
        m_recordingName = tr("an earlier run");
        showRecording(rec);
    });
    connect(m_results, &ResultsPanel::compareRequested, this,
            [this](const std::vector<core::RunReport>& reports) {
                m_charts->setComparison(reports);
                m_charts->setCurrentIndex(ChartsPanel::Comparison);
            });
}

void MainWindow::applyCurrentTheme() {
    applyTheme(m_presentation ? Theme::HighContrast : m_theme, m_presentation ? 1.6 : 1.0);
    styleChartsUnder(this);
    if (m_lightAction) {
        m_lightAction->setChecked(m_theme == Theme::Light);
        m_darkAction->setChecked(m_theme == Theme::Dark);
    }
}

void MainWindow::setTheme(Theme theme) {
    if (theme == Theme::HighContrast)
        theme = Theme::Light; // the contrast theme belongs to presentation mode
    m_theme = theme;
    QSettings().setValue("ui/theme", themeName(theme));
    applyCurrentTheme();
}

void MainWindow::setPresentationMode(bool on) {
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (on) {
        m_geometryBeforePresentation = saveGeometry();
        m_maximizedBeforePresentation = isMaximized();
        // The kitchen, the charts and the lesson: what the class looks at.
        m_resultsShownBeforePresentation = !m_resultsDock->isHidden();
        m_codeShownBeforePresentation = !m_codeDock->isHidden();
        m_resultsDock->hide();
        m_codeDock->hide();
        hideForPresentation(m_yourCode);
        hideForPresentation(m_console);
        showFullScreen();
    } else {
        showNormal();
        restoreGeometry(m_geometryBeforePresentation);
        if (m_maximizedBeforePresentation)
            showMaximized();
        m_resultsDock->setVisible(m_resultsShownBeforePresentation);
        m_codeDock->setVisible(m_codeShownBeforePresentation);
        restoreAfterPresentation(m_yourCode);
        restoreAfterPresentation(m_console);
        installLessonDock(this)->raise();
    }
    m_toolbar->setCompact(on);
    // Run -> C++ vs Python (Ctrl+Shift+R) stays; its button makes room for the way out.
    m_compareToolAction->setVisible(!on);
    m_exitPresentation->setVisible(on);
    m_presentationAction->setChecked(on);
    applyCurrentTheme();
    m_status->setText(on ? tr("Presentation mode: F11 or the button on the toolbar to leave it")
                         : QString());
    if (!on)
        retranslate();
}

} // namespace kc::ui
