// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, exports for slides: the kitchen as PNG (2x), SVG or PDF or to the
// clipboard, and an animation of a recording (GIF, WebP; MP4/WebM with ffmpeg). And the
// teacher's kit: File -> Print handout… and Help -> Teaching paths.
#include "ui/charts/charts_panel.h"
#include "ui/handout/handout_dialog.h"
#include "ui/handout/handout_measure.h"
#include "ui/handout/handout_plan.h"
#include "ui/handout/teaching_paths_dialog.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/export/animation_dialog.h"
#include "ui/export/animation_export.h"
#include "ui/export/kitchen_image.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"

#include <QAction>
#include <QEventLoop>
#include <QFileInfo>
#include <QMenuBar>
#include <QPointer>
#include <QRadioButton>
#include <QThread>
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
    m_printHandoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::printHandoutDialog);
    m_printHandoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // The Help menu does not exist yet: retranslateExports puts this action in it.
    m_teachingPathsAction = new QAction(this);
    connect(m_teachingPathsAction, &QAction::triggered, this, [this] { showTeachingPaths(); });
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
    m_printHandoutAction->setText(tr("P&rint handout…"));
    m_printHandoutAction->setToolTip(tr("A worksheet and an answer key for a class, as PDF files "
                                        "(Ctrl+Shift+P)"));
    m_teachingPathsAction->setText(tr("&Teaching paths"));
    m_teachingPathsAction->setToolTip(tr("Lesson plans for one class period or two: which lessons, "
                                         "in what order, and for how long"));
    // Called first after buildMenus has made the Help menu: the action goes in once.
    if (m_helpMenu && !m_helpMenu->actions().contains(m_teachingPathsAction))
        m_helpMenu->insertAction(m_helpMenu->actions().value(0), m_teachingPathsAction);
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

namespace {

core::lessons::Lang windowLang() {
    return currentLanguage() == QLatin1String("zh_TW") ? core::lessons::Lang::ZhTW
                                                       : core::lessons::Lang::En;
}

core::lessons::LessonLibrary readLessons() {
    const std::string dir = core::lessons::findLessonsDir();
    return core::lessons::loadLessonLibrary(dir.empty() ? std::string("lessons") : dir);
}

} // namespace

QWidget* MainWindow::showTeachingPaths() {
    if (m_teachingPathsDialog) {
        m_teachingPathsDialog->raise();
        m_teachingPathsDialog->activateWindow();
        return m_teachingPathsDialog;
    }
    const core::lessons::LessonLibrary lib = readLessons();
    std::vector<core::lessons::Problem> problems;
    const auto paths = libraryPaths(lib, problems);
    std::map<std::string, std::pair<int, core::lessons::Text>> titles;
    for (const auto& l : lib.lessons)
        titles[l.id] = {l.number, l.title};
    QString problem;
    for (const auto& p : problems)
        problem += QString::fromStdString(p.text()) + QLatin1Char('\n');
    auto* dialog = new TeachingPathsDialog(paths ? paths->paths : std::vector<core::lessons::TeachingPath>{},
                                           titles, windowLang(), problem.trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeachingPathsDialog::openLessonRequested, this, [this](const QString& id) {
        LessonDock* dock = installLessonDock(this);
        dock->show();
        dock->raise();
        dock->panel()->selectLesson(id);
    });
    // The tables are in the language the window had when it opened: close it on a switch.
    connect(this, &MainWindow::languageChanged, dialog, &QWidget::close);
    m_teachingPathsDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] { m_teachingPathsDialog = nullptr; });
    dialog->show();
    return dialog;
}

void MainWindow::printHandoutDialog() {
    if (const QString busy = busyText(); !busy.isEmpty()) {
        showError(busy);
        return;
    }
    const core::lessons::LessonLibrary lib = readLessons();
    std::vector<core::lessons::Problem> problems;
    const auto paths = libraryPaths(lib, problems);
    PrintHandoutDialog dialog(paths ? paths->paths : std::vector<core::lessons::TeachingPath>{},
                              windowLang(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.lessonsChoice()->isChecked() && dialog.lessons().isEmpty()) {
        showError(tr("Name the lessons to print, such as 1,4,9."));
        return;
    }
    QString path = askSavePath(tr("Print handout"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        path += QStringLiteral(".pdf");
    const QString lang = dialog.language() == core::lessons::Lang::ZhTW ? QStringLiteral("zh_TW")
                                                                        : QStringLiteral("en");
    printHandout(lang, dialog.lessons(), dialog.pathId(), path,
                 dialog.answerKey() ? defaultKeyPath(path) : QString(), dialog.measure());
}

QString MainWindow::printHandout(const QString& lang, const QStringList& lessons, const QString& pathId,
                                 const QString& worksheetPath, const QString& keyPath, bool measure) {
    const core::lessons::LessonLibrary lib = readLessons();
    const auto l = lang == QLatin1String("zh_TW") ? core::lessons::Lang::ZhTW : core::lessons::Lang::En;
    HandoutPlan plan = planHandout(lib, l, lessons, pathId);
    if (!plan.error.isEmpty()) {
        showError(plan.error);
        return plan.error;
    }
    if (measure) {
        // The experiments run on a worker thread; this thread shows where they are and
        // lets Cancel through. The progress dialog is window-modal: nothing else starts.
        const auto& chosen = plan.handout.lessons;
        QProgressDialog progress(tr("Measuring on this machine…"), tr("Cancel"), 0, int(chosen.size()), this);
        progress.setWindowTitle(tr("Print handout"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setValue(0);
        core::CancelToken cancel;
        std::map<std::string, HandoutMeasured> measured;
        QPointer<QProgressDialog> shown(&progress);
        QThread* worker = QThread::create([&chosen, &measured, &cancel, shown, lang = l] {
            core::lessons::CheckOptions options;
            options.cancel = &cancel;
            for (size_t i = 0; i < chosen.size() && !cancel.cancelled(); ++i) {
                const QString label = tr("Measuring lesson %1 of %2: %3")
                                          .arg(i + 1)
                                          .arg(chosen.size())
                                          .arg(QString::fromStdString(chosen[i].title.in(lang)));
                QMetaObject::invokeMethod(shown, [shown, label, i] {
                    if (shown) {
                        shown->setLabelText(label);
                        shown->setValue(int(i));
                    }
                }, Qt::QueuedConnection);
                HandoutMeasured m = measureLessonForHandout(chosen[i], options);
                measured[chosen[i].id] = std::move(m); // read only after the thread ends
            }
        });
        QEventLoop loop;
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel.cancel(); });
        worker->start();
        loop.exec();
        worker->wait();
        delete worker;
        progress.reset();
        if (cancel.cancelled()) {
            m_status->setText(tr("Handout cancelled: nothing was written."));
            return tr("Handout cancelled: nothing was written.");
        }
        plan.handout.measured = std::move(measured);
        plan.handout.machine = currentHandoutMachine();
    }
    if (const QString error = saveHandout(plan.handout, worksheetPath, keyPath); !error.isEmpty()) {
        showError(error);
        return error;
    }
    m_status->setText(keyPath.isEmpty() ? tr("Saved the worksheet %1").arg(worksheetPath)
                                        : tr("Saved the worksheet %1 and the answer key %2")
                                              .arg(worksheetPath, keyPath));
    return {};
}

} // namespace kc::ui
