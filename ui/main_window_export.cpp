// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, exports for slides: the kitchen as PNG (2x), SVG or PDF or to the
// clipboard, and an animation of a recording (GIF, WebP; MP4/WebM with ffmpeg).
#include "ui/charts/charts_panel.h"
#include "ui/export/animation_dialog.h"
#include "ui/export/animation_export.h"
#include "ui/export/kitchen_image.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace kc::ui {

void MainWindow::addExportActions() {
    m_exportKitchenAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::exportKitchenDialog);
    m_copyKitchenAction = m_fileMenu->addAction(QString(), this, [this] {
        copyKitchenToClipboard(m_kitchen);
        m_status->setText(tr("The kitchen is on the clipboard."));
    });
    m_exportAnimationAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::exportAnimationDialog);
    // updateActions is not ours to change: the menu checks when it opens, and the replay
    // cursor moves whenever a recording comes or goes.
    connect(m_fileMenu, &QMenu::aboutToShow, this, &MainWindow::updateExportActions);
    connect(m_replay, &ReplayController::cursorChanged, this, &MainWindow::updateExportActions);
    updateExportActions();
}

void MainWindow::retranslateExports() {
    m_exportKitchenAction->setText(tr("Export &kitchen image (PNG, SVG, PDF)…"));
    m_copyKitchenAction->setText(tr("Copy kitchen to clip&board"));
    m_exportAnimationAction->setText(tr("Export &animation (GIF, WebP, MP4, WebM)…"));
    m_exportAnimationAction->setToolTip(tr("The kitchen, alone or above the chart, played from one "
                                           "time to another at a chosen speed: for slides"));
}

void MainWindow::updateExportActions() {
    if (m_exportAnimationAction)
        m_exportAnimationAction->setEnabled(m_recording.has_value());
}

QString MainWindow::currentChartName() const {
    for (const QString& name : ChartsPanel::chartNames())
        if (m_charts->chartByName(name) == m_charts->currentWidget())
            return name;
    return {};
}

void MainWindow::exportKitchenDialog() {
    const QString path = askSavePath(tr("Export kitchen image"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString err = exportKitchenImage(m_kitchen, path); !err.isEmpty())
        showError(err);
    else
        m_status->setText(tr("Exported %1").arg(path));
}

void MainWindow::exportAnimationDialog() {
    updateExportActions();
    if (!m_recording)
        return;
    // A copy: whatever the window opens while the frames render, they come from this one.
    const core::Recording rec = *m_recording;
    const double span = animationSpan(rec);
    const QString chart = currentChartName();
    const QString chartTitle = m_charts->tabText(m_charts->currentIndex());
    AnimationDialog dialog(span, m_kitchen->size(),
                           chart == QLatin1String("comparison") ? QString() : chart, chartTitle,
                           this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AnimationSpec spec = dialog.spec();
    const QString ext = animationExtension(spec.format);
    QString filter;
    switch (spec.format) {
    case AnimationFormat::Gif:
        filter = tr("Animated GIF (*.gif)");
        break;
    case AnimationFormat::WebP:
        filter = tr("Animated WebP (*.webp)");
        break;
    case AnimationFormat::Mp4:
        filter = tr("MP4 video (*.mp4)");
        break;
    case AnimationFormat::WebM:
        filter = tr("WebM video (*.webm)");
        break;
    }
    QString path = askSavePath(tr("Export animation"), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != ext)
        path += QLatin1Char('.') + ext;

    const int total = spec.frames();
    QProgressDialog progress(tr("Rendering %1 frames…").arg(total), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(tr("Export animation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    // Frames render here, in the GUI thread (widgets draw only there); the modal
    // dialog's setValue lets events through, so Cancel is seen after each frame.
    const AnimationResult result = exportAnimation(rec, spec, path, [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (result.cancelled)
        m_status->setText(tr("Export cancelled: nothing was written."));
    else if (!result.error.isEmpty())
        showError(result.error);
    else
        m_status->setText(tr("Exported %1: %2 frames, %3 s, %4 kB")
                              .arg(path)
                              .arg(result.frames)
                              .arg(spec.videoSeconds(), 0, 'f', 2)
                              .arg((result.bytes + 512) / 1024));
}

} // namespace kc::ui
