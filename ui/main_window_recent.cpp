// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, files like every app: File -> Open Recent, drag and drop of a recording,
// and File -> Reset progress and settings for a shared lab machine; the notice shown
// while another window of this user runs alongside (ui/single_instance.h).
#include "ui/main_window.h"

#include "ui/experiment_toolbar.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/python_code_view.h"
#include "ui/run_controller.h"
#include "ui/settings_guard.h"
#include "ui/watch/watch_controller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace kc::ui {

namespace {

const QString kRecentKey = QStringLiteral("files/recent");

// The local path of a drop holding exactly one *.kitchen.json, else "".
QString droppedRecording(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return {};
    const QString path = urls.front().toLocalFile();
    return path.endsWith(QLatin1String(".kitchen.json"), Qt::CaseInsensitive) ? path : QString();
}

// "name  —  ~/folder", the folder shortened in the middle: ten entries must fit a menu.
QString recentLabel(int index, const QString& path) {
    const QFileInfo fi(path);
    QString dir = QDir::toNativeSeparators(fi.absolutePath());
    const QString home = QDir::homePath();
    if (home.size() > 1 && (dir == home || dir.startsWith(home + QLatin1Char('/'))))
        dir = QLatin1Char('~') + dir.mid(home.size());
    if (dir.size() > 40)
        dir = dir.left(18) + QStringLiteral("…") + dir.right(21);
    // &1 … &9, then 1&0: a key for each entry.
    const QString number = index < 9 ? QStringLiteral("&%1").arg(index + 1) : QStringLiteral("1&0");
    QString name = fi.fileName();
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    dir.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return QStringLiteral("%1  %2  —  %3").arg(number, name, dir);
}

} // namespace

void MainWindow::addFileActions() {
    // Open Recent goes right after Open, as in every other app.
    m_recentMenu = new QMenu(this);
    m_fileMenu->insertMenu(m_saveAction, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    // Reset goes above Quit once the menu is complete (retranslateFiles).
    m_resetAction = new QAction(this);
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::askResetProgressAndSettings);
    setAcceptDrops(true);
    // The notice for windows running alongside, under the error banner.
    m_instancesNotice = new QLabel(this);
    m_instancesNotice->setWordWrap(true);
    m_instancesNotice->setObjectName(QStringLiteral("otherInstancesNotice"));
    m_instancesNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF1C2; color: #4A3600; padding: 6px 8px; }"));
    m_instancesNotice->hide();
    if (auto* layout = qobject_cast<QVBoxLayout*>(centralWidget()->layout()))
        layout->insertWidget(1, m_instancesNotice);
    rebuildRecentMenu();
}

void MainWindow::retranslateFiles() {
    if (m_defaultLayout.isEmpty()) {
        // The first call comes from the constructor, after every dock and toolbar is
        // built and before the saved layout is restored: the layout Reset goes back to.
        m_defaultLayout = saveState();
        m_fileMenu->insertAction(m_quitAction, m_resetAction);
        m_fileMenu->insertSeparator(m_quitAction);
    }
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_resetAction->setText(tr("R&eset progress and settings…"));
    m_resetAction->setStatusTip(tr("Forget lesson progress, settings, recent files and the "
                                   "window layout, for the next student"));
    setOtherInstances(m_otherInstances);
    // The window's file is the one shown; a run or an earlier run shown has none.
    if (!m_recording || m_openedPath.isEmpty() ||
        m_recordingName != QFileInfo(m_openedPath).fileName())
        m_openedPath.clear();
    setWindowFilePath(m_openedPath);
    rebuildRecentMenu();
}

QStringList MainWindow::recentFiles() {
    // Checked like every stored value: a damaged list is reported and forgotten.
    return settings::readStringList(kRecentKey, 4 * kMaxRecent, 4096).value_or(QStringList())
        .mid(0, kMaxRecent);
}

void MainWindow::addRecentFile(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    QSettings().setValue(kRecentKey, list.mid(0, kMaxRecent));
}

void MainWindow::removeRecentFile(const QString& path) {
    QStringList list = recentFiles();
    if (list.removeAll(path) > 0)
        QSettings().setValue(kRecentKey, list);
}

void MainWindow::clearRecentFiles() { QSettings().remove(kRecentKey); }

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // A file that is gone (moved, deleted, a USB stick taken out) says so; choosing
        // it removes it, with a message.
        const bool missing = !QFileInfo::exists(path);
        QString text = recentLabel(i, path);
        if (missing)
            text = tr("%1 (missing)").arg(text);
        QAction* a = m_recentMenu->addAction(text, this, [this, path] { openRecent(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent recordings"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        clearRecentFiles();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        removeRecentFile(path);
        rebuildRecentMenu();
        showBanner(tr("%1 is no longer there (moved or deleted); it was removed from Open Recent.")
                       .arg(path));
        return;
    }
    openFile(path);
}

void MainWindow::rememberOpenedFile(const QString& path) {
    addRecentFile(path);
    m_openedPath = QFileInfo(path).absoluteFilePath();
    setWindowFilePath(m_openedPath);
    rebuildRecentMenu();
}

QString MainWindow::openFile(const QString& path) {
    if (m_runs->running() || m_seriesRunning || m_watch->running()) {
        const QString busy = tr("An experiment or a watched program is running: stop it (Esc) "
                                "before opening a recording.");
        showBanner(busy);
        return busy;
    }
    const QString error = openRecording(path, /*showErrors=*/false);
    if (!error.isEmpty()) {
        showBanner(error);
        return error;
    }
    m_banner->hide(); // an earlier error is about something else
    rememberOpenedFile(path);
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QString path = droppedRecording(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        m_status->setText(tr("Drop to open %1").arg(QFileInfo(path).fileName()));
        return;
    }
    // Refused at once (the cursor says no), and the status bar says why.
    if (event->mimeData() && event->mimeData()->hasUrls())
        m_status->setText(tr("Only one recording (a .kitchen.json file) can be dropped here."));
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedRecording(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        showBanner(tr("Only one recording (a .kitchen.json file) can be dropped here."));
        return;
    }
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::askResetProgressAndSettings() {
    if (m_runs->running() || m_seriesRunning || m_watch->running()) {
        resetProgressAndSettings(); // says why not
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Reset progress and settings"),
                    tr("Make the app as it was on its first start, for the next student?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(
        tr("This forgets:\n"
           "• the progress in every lesson: stages reached, predictions, the numbers of the "
           "last runs;\n"
           "• the remembered settings: the experiment, the theme, the Python interpreter, the "
           "watched program, the last folder;\n"
           "• the list of recent recordings;\n"
           "• the window layout: its size, the panels and the divider.\n\n"
           "Recordings saved as files are kept. The language stays until the app is closed; "
           "the next start uses the system's language."));
    QPushButton* reset = box.addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reset)
        resetProgressAndSettings();
}

bool MainWindow::resetProgressAndSettings() {
    if (m_runs->running() || m_seriesRunning || m_watch->running()) {
        showBanner(tr("An experiment or a watched program is running: stop it (Esc) before "
                      "resetting."));
        return false;
    }
    // Everything the app remembers lives in its QSettings: lessons/..., experiment/...,
    // ui/..., python/..., watch/..., files/recent. (The CPU calibration cache is a
    // fact about this machine, not a person's: it stays.)
    QSettings().clear();
    // Then the window as a first start shows it. Some of these write a key again (the
    // theme, the lesson shown): cleared once more below.
    if (m_presentation)
        setPresentationMode(false);
    setTheme(Theme::Light);
    if (isMaximized() || isFullScreen())
        showNormal();
    resize(1100, 700);                        // as the constructor
    m_split->setSizes({600, 400});            // as the constructor
    restoreState(m_defaultLayout);
    {
        // A toolbar built now reads no settings: its values are the defaults.
        const ExperimentToolbar fresh;
        if (auto spec = fresh.spec(); spec.ok())
            m_toolbar->setSpec(*spec);
    }
    m_code->refreshInterpreter();
    if (auto* dock = findChild<LessonDock*>(QString(), Qt::FindDirectChildrenOnly)) {
        LessonPanel* panel = dock->panel();
        QEvent relabel(QEvent::LanguageChange); // the list's ticks are read again
        QCoreApplication::sendEvent(panel, &relabel);
        // Leaving the row and coming back reads the lesson's (now empty) progress.
        panel->lessonList()->setCurrentRow(-1);
        panel->lessonList()->setCurrentRow(0);
        resizeDocks({dock}, {qMax(360, width() / 3)}, Qt::Horizontal);
    }
    showLive();
    m_resetSettings.clear();
    m_banner->hide();
    QSettings().clear();
    rebuildRecentMenu();
    m_status->setText(tr("Progress and settings were reset: the app is as on its first start."));
    return true;
}

void MainWindow::setOtherInstances(int others) {
    m_otherInstances = std::max(0, others);
    if (!m_instancesNotice)
        return;
    m_instancesNotice->setText(
        tr("Another Concurrency Kitchen window of this user is running (started with "
           "--new-instance). Both sample /proc and run experiments on the same cores, so their "
           "measurements disturb each other: close one for figures you can trust."));
    m_instancesNotice->setVisible(m_otherInstances > 0);
}

QString MainWindow::otherInstancesText() const {
    return m_otherInstances > 0 && m_instancesNotice ? m_instancesNotice->text() : QString();
}

void MainWindow::raiseWindow() {
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    QApplication::alert(this); // where the window manager refuses to focus it
}

} // namespace kc::ui
