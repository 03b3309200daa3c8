// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the files part: opening and saving recordings, and the exports
// (chart images, CSV numbers, Chrome traces for Perfetto).
#include "ui/main_window.h"
#include "ui/settings_guard.h"

#include "ui/core_errors.h"
#include "core/util/atomic_file.h"

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

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
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
// Atomic: a full disk or a crash leaves an existing export whole. Empty on success,
// else the reason in the interface language.
QString writeText(const QString& path, const std::string& text) {
    auto saved = core::saveAtomically(path.toStdString(), text);
    return saved.ok() ? QString() : translateCoreError(saved.error());
}
} // namespace

QString MainWindow::openRecording(const QString& path, bool showErrors) {
    auto rec = core::loadRecording(path.toStdString());
    if (!rec.ok()) {
        const QString msg = cannotOpenText(rec.error());
        if (showErrors)
            showError(msg);
        return msg;
    }
    showRecordingFile(std::move(rec).value(), path);
    return {};
}

QString MainWindow::cannotOpenText(const std::string& coreError) {
    return tr("Cannot open the recording: %1")
        .arg(translateCoreError(QString::fromStdString(coreError)));
}

void MainWindow::showRecordingFile(core::Recording rec, const QString& path) {
    m_recordingName = QFileInfo(path).fileName();
    showRecording(std::move(rec));
}

QString MainWindow::askSavePath(const QString& title, const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(
        this, title, settings::readString(QStringLiteral("ui/lastDir"), 4096).value_or(QString()), filter);
    if (!path.isEmpty())
        QSettings().setValue("ui/lastDir", QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::openRecordingDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open recording"), settings::readString(QStringLiteral("ui/lastDir"), 4096).value_or(QString()),
        tr("Kitchen recordings (*.kitchen.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue("ui/lastDir", QFileInfo(path).absolutePath());
    if (openRecording(path).isEmpty())
        rememberOpenedFile(path);
}

void MainWindow::saveRecordingAs() {
    if (!m_recording)
        return;
    QString path = askSavePath(tr("Save recording"), tr("Kitchen recordings (*.kitchen.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".kitchen.json")))
        path += QLatin1String(".kitchen.json");
    auto r = core::saveRecording(*m_recording, path.toStdString());
    if (!r.ok())
        showError(tr("Cannot save the recording: %1").arg(translateCoreError(r.error())));
    else
        m_status->setText(tr("Saved %1").arg(path));
}

void MainWindow::exportChartDialog() {
    const QString path =
        askSavePath(tr("Export chart"), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString err = exportWidget(m_charts->currentWidget(), path);
    if (!err.isEmpty())
        showError(err);
    else
        m_status->setText(tr("Exported %1").arg(path));
}

void MainWindow::exportCsvDialog() {
    if (!m_recording)
        return;
    const QString path = askSavePath(tr("Export samples as CSV"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString reportPath = path;
    reportPath.replace(QRegularExpression(QStringLiteral("\\.csv$")), QString());
    reportPath += QStringLiteral("-report.csv");
    QString err = writeText(path, core::samplesToCsv(*m_recording));
    if (err.isEmpty())
        err = writeText(reportPath, core::reportToCsv(m_recording->report));
    if (!err.isEmpty())
        showError(err);
    else
        m_status->setText(tr("Exported %1 and %2").arg(path, reportPath));
}

void MainWindow::exportTraceDialog() {
    if (!m_recording)
        return;
    const QString path = askSavePath(tr("Export Chrome trace"), tr("Trace (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString err = writeText(path, core::toChromeTrace(*m_recording).dump()); !err.isEmpty())
        showError(err);
    else
        m_status->setText(tr("Exported %1 — open it at ui.perfetto.dev").arg(path));
}

} // namespace kc::ui
