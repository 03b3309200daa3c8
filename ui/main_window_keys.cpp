// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the keyboard part: Run/Stop and the replay keys as actions of the window
// (the Run and Replay menus show them), Help -> Keyboard shortcuts and About, and the
// accessible names of the kitchen and the charts.
//
// Window-level actions (Qt::WindowShortcut) work wherever focus is, unlike the old
// keyPressEvent, which never saw a key that the focused control ate. The reverse risk —
// a window shortcut stealing a key a focused control needs — is settled in two ways:
// text fields claim printable keys and their editing keys themselves (Qt's
// ShortcutOverride), and KeyGuard below makes the controls that use Space or the arrows
// for their own job keep them.
#include "ui/main_window.h"

#include "ui/about_dialog.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/replay_controller.h"
#include "ui/shortcuts_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

namespace kc::ui {

namespace {

template <class T>
T* selfOrParent(QWidget* w) {
    // A spin box's or an editable combo's line edit, a view's viewport: the control is
    // the widget or its parent.
    for (int i = 0; w && i < 2; ++i, w = w->parentWidget())
        if (auto* t = qobject_cast<T*>(w))
            return t;
    return nullptr;
}

/// Decides, for the window's plain Space and Left/Right shortcuts, whether the focused
/// control keeps the key. Installed on the application (a floating dock is a window of
/// its own, and ShortcutOverride stops at windows), acting only for this window's
/// widgets.
class KeyGuard : public QObject {
public:
    explicit KeyGuard(QWidget* window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject* obj, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride || !obj->isWidgetType())
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
            return false;
        auto* w = static_cast<QWidget*>(obj);
        if (!ours(w))
            return false;
        if (key->key() == Qt::Key_Space) {
            // A focused button or check box is pressed with Space (how keyboard and
            // screen reader users press it; the mouse does not give them focus, see
            // ExperimentToolbar); a list selects with it.
            if (selfOrParent<QAbstractButton>(w) || selfOrParent<QAbstractItemView>(w))
                return claim(key);
            // A number has no spaces: in a spin box Space runs, as everywhere else.
            if (selfOrParent<QAbstractSpinBox>(w))
                return release(key);
            return false; // text fields claim it themselves (the recipe box types it)
        }
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            if (selfOrParent<QAbstractSlider>(w) || selfOrParent<QAbstractItemView>(w) ||
                selfOrParent<QTabBar>(w) || selfOrParent<QComboBox>(w) ||
                selfOrParent<QAbstractSpinBox>(w) || selfOrParent<QTextEdit>(w) ||
                selfOrParent<QPlainTextEdit>(w))
                return claim(key);
            // Radio buttons move between the choices of a question with the arrows.
            if (auto* b = selfOrParent<QAbstractButton>(w); b && b->autoExclusive())
                return claim(key);
        }
        return false;
    }

private:
    bool ours(QWidget* w) const {
        for (; w; w = w->parentWidget())
            if (w == m_window)
                return true;
        return false;
    }
    static bool claim(QKeyEvent* key) {
        key->accept(); // the focused control gets the key press, no shortcut fires
        return true;
    }
    static bool release(QKeyEvent* key) {
        key->ignore(); // not accepted: the shortcut fires
        return true;
    }
    QWidget* m_window;
};

QAction* windowAction(QWidget* window, QMenu* menu, std::initializer_list<QKeySequence> keys) {
    auto* a = new QAction(window);
    a->setShortcuts(QList<QKeySequence>(keys));
    a->setShortcutContext(Qt::WindowShortcut);
    // On the window itself too: the shortcut works with the menu bar hidden or closed.
    window->addAction(a);
    menu->addAction(a);
    return a;
}

} // namespace

void MainWindow::addKeyActions() {
    qApp->installEventFilter(new KeyGuard(this));
    // The kitchen takes the focus first (else Qt picks the charts' tab bar, which keeps
    // the arrows), and Tab reaches it, so a screen reader reads its name.
    m_kitchen->setFocusPolicy(Qt::StrongFocus);
    m_kitchen->setFocus();

    m_runMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_runMenu);
    m_runStopAction = windowAction(this, m_runMenu, {QKeySequence(Qt::Key_Space),
                                                     QKeySequence(Qt::Key_F5)});
    connect(m_runStopAction, &QAction::triggered, this, &MainWindow::runOrStop);
    m_runMenu->addAction(m_toolbar->runAction()); // Ctrl+R
    m_runMenu->addAction(m_toolbar->stopAction()); // Esc
    m_runMenu->addAction(m_compareEngines);        // Ctrl+Shift+R
    addAction(m_compareEngines);
    // The toolbar's own button for it: presentation mode leaves it out (no room at
    // 1440 px), while the menu item and its shortcut stay.
    m_compareToolAction = new QAction(this);
    connect(m_compareToolAction, &QAction::triggered, m_compareEngines, &QAction::trigger);
    m_toolbar->insertAction(m_toolbar->stopAction(), m_compareToolAction);

    m_replayMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_replayMenu);
    m_playAction = windowAction(this, m_replayMenu, {QKeySequence(Qt::Key_P)});
    connect(m_playAction, &QAction::triggered, m_replay, &ReplayController::togglePlay);
    m_stepBackAction = windowAction(this, m_replayMenu, {QKeySequence(Qt::Key_Left)});
    connect(m_stepBackAction, &QAction::triggered, this, [this] { m_replay->step(-1); });
    m_stepForwardAction = windowAction(this, m_replayMenu, {QKeySequence(Qt::Key_Right)});
    connect(m_stepForwardAction, &QAction::triggered, this, [this] { m_replay->step(+1); });
    m_replayMenu->addSeparator();
    m_fasterAction = windowAction(this, m_replayMenu,
                                  {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    connect(m_fasterAction, &QAction::triggered, m_replay, &ReplayController::faster);
    m_slowerAction = windowAction(this, m_replayMenu, {QKeySequence(Qt::Key_Minus)});
    connect(m_slowerAction, &QAction::triggered, m_replay, &ReplayController::slower);
    m_replayMenu->addSeparator();
    m_replayMenu->addAction(m_liveAction); // Ctrl+L: back to this machine

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    addAction(m_shortcutsAction);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] { showShortcuts(); });
    m_helpMenu->insertAction(m_aboutAction, m_shortcutsAction);
    m_helpMenu->insertSeparator(m_aboutAction);
}

void MainWindow::retranslateKeys() {
    m_runMenu->setTitle(tr("&Run"));
    m_runStopAction->setText(tr("Run or &stop"));
    m_runStopAction->setToolTip(tr("Runs the experiment set on the toolbar, or stops what is "
                                   "running (Space or F5)"));
    m_compareToolAction->setText(m_compareEngines->text());
    m_compareToolAction->setToolTip(m_compareEngines->toolTip());
    m_replayMenu->setTitle(tr("Re&play"));
    m_playAction->setText(tr("&Play or pause"));
    m_stepBackAction->setText(tr("Step &back"));
    m_stepForwardAction->setText(tr("Step &forward"));
    m_fasterAction->setText(tr("F&aster"));
    m_slowerAction->setText(tr("S&lower"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts…"));
    m_aboutAction->setText(tr("&About Concurrency Kitchen"));
    m_exitPresentation->setText(tr("Leave (F11)"));
    m_exitPresentation->setToolTip(tr("Leave presentation mode (F11)"));

    // What a screen reader says for the two big pictures (the tabs' own texts change
    // after this window's, so the names are said here).
    m_kitchen->setAccessibleName(tr("Kitchen"));
    m_kitchen->setAccessibleDescription(
        tr("The running program drawn as a restaurant: kitchens are processes, chefs are "
           "threads, burners are CPU cores, tickets are dishes not started"));
    m_charts->setAccessibleName(tr("Charts"));
    const QString names[] = {tr("Burners chart"), tr("Context switches chart"),
                             tr("Chef timeline chart"), tr("Comparison chart")};
    const QString descriptions[] = {
        tr("Per-core CPU usage from /proc/stat; the experiment's share filled"),
        tr("Voluntary and involuntary context switches, as the kernel counts them"),
        tr("What every chef was doing, when, and on which CPU"),
        tr("Wall time, speedup, efficiency and switches of finished runs")};
    const ChartsPanel::Chart charts[] = {ChartsPanel::Burners, ChartsPanel::Switches,
                                         ChartsPanel::Timeline, ChartsPanel::Comparison};
    for (int i = 0; i < 4; ++i)
        if (QWidget* chart = m_charts->widget(charts[i])) {
            chart->setAccessibleName(names[i]);
            chart->setAccessibleDescription(descriptions[i]);
        }
}

void MainWindow::updateKeyActions() {
    // Without a recording the replay keys do nothing, so they go to the focused control.
    const bool have = m_recording.has_value();
    for (QAction* a : {m_playAction, m_stepBackAction, m_stepForwardAction, m_fasterAction,
                       m_slowerAction})
        a->setEnabled(have);
}

QWidget* MainWindow::showShortcuts() {
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this, this);
    static_cast<ShortcutsDialog*>(m_shortcutsDialog)->refresh(); // actions change with modes
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

QWidget* MainWindow::showAbout() {
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

} // namespace kc::ui
