// SPDX-License-Identifier: GPL-3.0-or-later
// The window's keys as window-level actions: they work wherever focus is, except where
// the focused control needs the key (a text field types Space, a slider moves with the
// arrows); Help -> Keyboard shortcuts lists every one; accessible names; presentation
// mode's toolbar fits 1440 px.
#include "recording_fixture.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"
#include "ui/shortcuts_dialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc::ui;
using kc::core::ModelKind;

namespace {

struct ActiveWindow {
    MainWindow w;
    ActiveWindow() {
        w.resize(1200, 800);
        w.show();
        w.activateWindow();
        ok = QTest::qWaitForWindowActive(&w);
    }
    bool ok = false;
    /// A key as the keyboard sends it: to the window, then to its focused widget.
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(w.windowHandle(), key, mods);
    }
    void focus(QWidget* widget) {
        widget->setFocus(Qt::OtherFocusReason);
        QCoreApplication::processEvents();
    }
    template <class T>
    T* toolbarChild() const { return w.experimentToolbar()->findChild<T*>(); }
};

/// The run action runs nothing with a recipe that cannot run: Space only has to be seen.
void makeRunHarmless(MainWindow& w) {
    w.experimentToolbar()->recipeBox()->setCurrentText(QStringLiteral("not a recipe"));
    ASSERT_FALSE(w.experimentToolbar()->runAction()->isEnabled());
}

} // namespace

TEST(MainWindowKeys, SpaceRunsWhereverFocusIsButTextFieldsAndButtonsKeepIt) {
    ActiveWindow a;
    ASSERT_TRUE(a.ok);
    makeRunHarmless(a.w);
    QSignalSpy runs(a.w.runStopAction(), &QAction::triggered);
    // The window starts with the kitchen focused: not the charts' tab bar, which keeps
    // the arrows for itself (and is the first control Qt would pick).
    EXPECT_EQ(QApplication::focusWidget(), a.w.kitchen());

    // The kitchen, a number box: Space runs (a number has no spaces).
    a.focus(a.w.kitchen());
    a.press(Qt::Key_Space);
    EXPECT_EQ(runs.count(), 1);
    auto* dishes = a.toolbarChild<QSpinBox>();
    ASSERT_NE(dishes, nullptr);
    a.focus(dishes);
    a.press(Qt::Key_Space);
    EXPECT_EQ(runs.count(), 2) << "a focused spin box kept Space";
    a.press(Qt::Key_F5);
    EXPECT_EQ(runs.count(), 3) << "F5";

    // The recipe box types a space, as before.
    QComboBox* recipe = a.w.experimentToolbar()->recipeBox();
    recipe->setCurrentText(QStringLiteral("chop:1,"));
    a.focus(recipe);
    recipe->lineEdit()->end(false);
    a.press(Qt::Key_Space);
    EXPECT_EQ(recipe->currentText(), QStringLiteral("chop:1, "));
    EXPECT_EQ(runs.count(), 3) << "Space in the recipe box ran the experiment";
    a.press(Qt::Key_F5); // F5 runs from a text field too
    EXPECT_EQ(runs.count(), 4);
    makeRunHarmless(a.w);

    // A check box reached with Tab is pressed with Space; one clicked with the mouse does
    // not take the focus, so Space runs again.
    auto* gil = a.toolbarChild<QCheckBox>();
    ASSERT_NE(gil, nullptr);
    a.w.experimentToolbar()->modelBox()->setCurrentIndex(
        a.w.experimentToolbar()->modelBox()->findData(QStringLiteral("threads")));
    ASSERT_TRUE(gil->isEnabled());
    a.focus(a.w.kitchen());
    gil->setFocus(Qt::TabFocusReason);
    const bool before = gil->isChecked();
    a.press(Qt::Key_Space);
    EXPECT_NE(gil->isChecked(), before) << "Space did not press the focused check box";
    EXPECT_EQ(runs.count(), 4);
    a.focus(a.w.kitchen());
    QTest::mouseClick(gil, Qt::LeftButton);
    EXPECT_EQ(gil->isChecked(), before);
    EXPECT_FALSE(gil->hasFocus()) << "a click took the focus";
    a.press(Qt::Key_Space);
    EXPECT_EQ(runs.count(), 5);
}

TEST(MainWindowKeys, ReplayKeysWorkWithARecordingAndLeaveArrowsToFocusedControls) {
    ActiveWindow a;
    ASSERT_TRUE(a.ok);
    ReplayController* replay = a.w.replay();
    a.focus(a.w.kitchen());
    a.press(Qt::Key_Right); // nothing to replay: nothing happens, nothing breaks
    EXPECT_FALSE(a.w.stepForwardAction()->isEnabled());

    a.w.showRecording(kc::test::recordExperiment(ModelKind::Threads, 4, 4, "simmer:20"));
    ASSERT_GT(replay->duration(), 0.05);
    replay->seek(replay->duration() / 2);
    QSignalSpy forward(a.w.stepForwardAction(), &QAction::triggered);
    QSignalSpy back(a.w.stepBackAction(), &QAction::triggered);

    a.focus(a.w.kitchen());
    double t = replay->cursor();
    a.press(Qt::Key_Right);
    EXPECT_GT(replay->cursor(), t);
    t = replay->cursor();
    a.press(Qt::Key_Left);
    EXPECT_LT(replay->cursor(), t);
    EXPECT_EQ(forward.count(), 1);
    EXPECT_EQ(back.count(), 1);

    const double speed = replay->speed();
    a.press(Qt::Key_Minus);
    EXPECT_LT(replay->speed(), speed);
    a.press(Qt::Key_Plus);
    EXPECT_DOUBLE_EQ(replay->speed(), speed);
    a.press(Qt::Key_Equal);
    EXPECT_GT(replay->speed(), speed);
    a.press(Qt::Key_P);
    EXPECT_TRUE(replay->playing());
    a.press(Qt::Key_P);
    EXPECT_FALSE(replay->playing());

    // A focused slider, spin box or text field keeps its arrows (and a text field its P).
    auto* scrub = a.w.findChild<QSlider*>();
    ASSERT_NE(scrub, nullptr);
    a.focus(scrub);
    const int value = scrub->value();
    a.press(Qt::Key_Right);
    EXPECT_GT(scrub->value(), value) << "the slider did not get its arrow";
    a.focus(a.toolbarChild<QSpinBox>());
    a.press(Qt::Key_Left);
    auto* cores = a.w.experimentToolbar()->findChildren<QLineEdit*>().last();
    a.focus(cores);
    a.press(Qt::Key_Right);
    a.press(Qt::Key_P);
    EXPECT_TRUE(cores->text().endsWith(QLatin1Char('p')));
    cores->clear();
    EXPECT_EQ(forward.count(), 1) << "a focused control's arrow stepped the replay";
    EXPECT_EQ(back.count(), 1) << "a focused control's arrow stepped the replay";
    EXPECT_FALSE(replay->playing()) << "P typed in a text field played the replay";
}

namespace {
QList<QAction*> actionsWithShortcuts(QWidget* window) {
    QList<QAction*> all = window->findChildren<QAction*>();
    for (QWidget* w : window->findChildren<QWidget*>())
        all += w->actions();
    QList<QAction*> out;
    for (QAction* a : all)
        if (!a->shortcuts().isEmpty() && !out.contains(a))
            out << a;
    return out;
}

void expectEveryShortcutListed(MainWindow& w) {
    auto* dialog = qobject_cast<ShortcutsDialog*>(w.showShortcuts());
    ASSERT_NE(dialog, nullptr);
    const auto& entries = dialog->entries();
    EXPECT_EQ(dialog->table()->topLevelItemCount(), int(entries.size()));
    const QList<QAction*> actions = actionsWithShortcuts(&w);
    EXPECT_GE(actions.size(), 15);
    for (QAction* a : actions)
        for (const QKeySequence& k : a->shortcuts()) {
            const QString key = k.toString(QKeySequence::NativeText);
            const bool listed = std::any_of(entries.begin(), entries.end(), [&](const auto& e) {
                return e.keys.split(QStringLiteral(", ")).contains(key) && !e.what.isEmpty();
            });
            EXPECT_TRUE(listed) << key.toStdString() << " of " << a->text().toStdString();
        }
    // The keys that are not actions: the lesson's buttons. Named as the dialog names
    // them, in the interface language (Qt's own catalogue says 左 for Left in zh_TW).
    for (const char* portable : {"Alt+Left", "Alt+Right", "Alt+1", "Alt+5"}) {
        const QString key = QKeySequence(QString::fromLatin1(portable)).toString(QKeySequence::NativeText);
        EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                                [&](const auto& e) { return e.keys == key; }))
            << key.toStdString();
    }
    w.showShortcuts()->close();
}
} // namespace

TEST(MainWindowKeys, ShortcutsDialogListsEveryShortcutInBothLanguages) {
    MainWindow w;
    const QList<QAction*> actions = actionsWithShortcuts(&w);
    // The window's own keys are among them, with their documented keys.
    for (QAction* a : {w.runStopAction(), w.playAction(), w.stepBackAction(),
                       w.stepForwardAction(), w.fasterAction(), w.slowerAction(),
                       w.shortcutsAction()})
        EXPECT_TRUE(actions.contains(a)) << a->text().toStdString();
    EXPECT_EQ(w.runStopAction()->shortcuts(),
              QList<QKeySequence>({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_F5)}));
    expectEveryShortcutListed(w);
    auto* dialog = qobject_cast<ShortcutsDialog*>(w.showShortcuts());
    const QString englishOpen = dialog->entries().front().what;
    ASSERT_TRUE(installLanguage(QStringLiteral("zh_TW")));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    expectEveryShortcutListed(w);
    // The actions' own texts follow the language (File -> Open recording is the first).
    EXPECT_NE(dialog->entries().front().what, englishOpen);
    EXPECT_TRUE(kc::test::hasChinese(dialog->entries().front().what.toStdU16String()));
    installLanguage(QStringLiteral("en"));
    // An open dialog follows by itself.
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->entries().front().what == englishOpen; }, 2000));
}

TEST(MainWindowKeys, KitchenChartsReplayToolbarAndLessonControlsHaveAccessibleNames) {
    for (const char* lang : {"en", "zh_TW"}) {
        ASSERT_TRUE(installLanguage(QString::fromLatin1(lang)));
        MainWindow w;
        w.resize(1400, 900);
        w.showRecording(kc::test::recordExperiment(ModelKind::Sequential, 1, 4, "simmer:20"));
        w.show();
        QCoreApplication::processEvents();
        LessonPanel* lessons = installLessonDock(&w)->panel();
        ASSERT_TRUE(lessons->selectLesson(QStringLiteral("1")));
        QList<QWidget*> parts{w.kitchen(), w.experimentToolbar(), lessons};
        for (int i = 0; i < w.charts()->count(); ++i) {
            w.charts()->setCurrentIndex(i);
            QWidget* chart = w.charts()->widget(i);
            EXPECT_FALSE(chart->accessibleName().isEmpty()) << lang << " chart " << i;
            EXPECT_FALSE(chart->accessibleDescription().isEmpty()) << lang << " chart " << i;
        }
        EXPECT_FALSE(w.kitchen()->accessibleName().isEmpty());
        EXPECT_FALSE(w.kitchen()->accessibleDescription().isEmpty());
        // The replay bar: the parent of the scrub slider.
        auto* scrub = w.findChild<QSlider*>();
        ASSERT_NE(scrub, nullptr);
        parts << scrub->parentWidget();
        int checked = 0;
        for (QWidget* part : parts) {
            QList<QWidget*> controls{part};
            controls += part->findChildren<QWidget*>();
            for (QWidget* c : controls) {
                const bool interactive =
                    qobject_cast<QAbstractButton*>(c) || qobject_cast<QComboBox*>(c) ||
                    qobject_cast<QAbstractSpinBox*>(c) || qobject_cast<QSlider*>(c) ||
                    qobject_cast<QListWidget*>(c) || qobject_cast<QTextBrowser*>(c) ||
                    qobject_cast<QProgressBar*>(c) || c == w.kitchen();
                if (!interactive || !c->isVisibleTo(&w) ||
                    c->objectName() == QLatin1String("qt_toolbar_ext_button"))
                    continue;
                QAccessibleInterface* ai = QAccessible::queryAccessibleInterface(c);
                ASSERT_NE(ai, nullptr);
                EXPECT_FALSE(ai->text(QAccessible::Name).trimmed().isEmpty())
                    << lang << ": " << c->metaObject()->className() << " '"
                    << c->objectName().toStdString() << "' tooltip '"
                    << c->toolTip().toStdString() << "'";
                ++checked;
            }
        }
        EXPECT_GE(checked, 25) << lang;
    }
    installLanguage(QStringLiteral("en"));
}

TEST(MainWindowKeys, PresentationToolbarFitsAt1440PixelsInBothLanguages) {
    for (const char* lang : {"en", "zh_TW"}) {
        ASSERT_TRUE(installLanguage(QString::fromLatin1(lang)));
        MainWindow w;
        w.show();
        w.setPresentationMode(true);
        w.showNormal(); // the offscreen screen is smaller than a projector's: 1440 px asked
        w.resize(1440, 900);
        // Fonts, then layouts, then the toolbar's own layout: several rounds of events.
        QTest::qWait(200);
        ExperimentToolbar* bar = w.experimentToolbar();
        ASSERT_EQ(w.width(), 1440);
        auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        ASSERT_NE(more, nullptr);
        EXPECT_FALSE(more->isVisible()) << lang << ": the toolbar overflows into »";
        // What it needs, measured afresh (the » appears only at the next layout).
        EXPECT_LE(bar->sizeHint().width(), bar->width()) << lang;
        for (QAction* a : bar->actions()) {
            QWidget* shown = bar->widgetForAction(a);
            if (a->isVisible() && !a->isSeparator() && shown) {
                EXPECT_TRUE(shown->isVisible()) << lang << ": " << a->text().toStdString();
            }
        }
        w.setPresentationMode(false);
    }
    installLanguage(QStringLiteral("en"));
}
