// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortcuts_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc::ui {

namespace {

/// "&Open recording…" -> "Open recording"; "Run (Space)" -> "Run".
QString plain(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // zh_TW mnemonics: 檔案(&F)
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QRegularExpression(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$")));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& keys) {
    QStringList out;
    for (const QKeySequence& k : keys)
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral(", "));
}

/// Where a widget sits, for people: its dock's or toolbar's title, else "".
QString placeOf(const QWidget* w) {
    for (; w; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<const QDockWidget*>(w))
            return plain(dock->windowTitle());
        if (auto* bar = qobject_cast<const QToolBar*>(w))
            return plain(bar->windowTitle());
    }
    return {};
}

void walkMenu(QMenu* menu, const QString& path, QSet<const QAction*>& seen,
              std::vector<ShortcutsDialog::Entry>& out) {
    for (QAction* a : menu->actions()) {
        if (a->menu()) {
            walkMenu(a->menu(), path + QStringLiteral(" → ") + plain(a->menu()->title()), seen, out);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        out.push_back({keysText(a->shortcuts()), plain(a->text()), path});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent), m_window(window), m_table(new QTreeWidget(this)), m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_table->setColumnCount(3);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    // Our own Close: Qt's standard buttons are translated only with Qt's own catalogues.
    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 620);
    retranslate();
    refresh();
}

std::vector<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget* window) {
    std::vector<Entry> out;
    QSet<const QAction*> seen;
    // The menus first, in their order: where people look for a command.
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuWidget())
        for (QAction* top : main->menuBar()->actions())
            if (top->menu())
                walkMenu(top->menu(), plain(top->menu()->title()), seen, out);
    // Then every other action of the window: on toolbars, in docks, on the window.
    QList<QAction*> rest = window->actions();
    for (QWidget* w : window->findChildren<QWidget*>())
        rest += w->actions();
    rest += window->findChildren<QAction*>();
    for (QAction* a : rest) {
        if (a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        QString where;
        for (QObject* o : a->associatedObjects())
            if (auto* w = qobject_cast<QWidget*>(o); w && w != window && where.isEmpty())
                where = qobject_cast<QToolBar*>(w) ? plain(w->windowTitle()) : placeOf(w);
        if (where.isEmpty())
            where = tr("Window");
        out.push_back({keysText(a->shortcuts()), plain(a->text()), where});
    }
    // Buttons with a key of their own (the lesson's arrows and stages).
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->shortcut().isEmpty())
            continue;
        QString what = b->accessibleName();
        if (what.isEmpty())
            what = plain(b->text());
        if (what.isEmpty())
            what = plain(b->toolTip());
        const QString where = placeOf(b);
        out.push_back({keysText({b->shortcut()}), what, where.isEmpty() ? tr("Window") : where});
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        if (s->keys().isEmpty())
            continue;
        const QString where = placeOf(qobject_cast<QWidget*>(s->parent()));
        const QString what = !s->whatsThis().isEmpty() ? s->whatsThis()
                                                       : tr("A shortcut of this panel");
        out.push_back({keysText(s->keys()), what, where.isEmpty() ? tr("Window") : where});
    }
    // Keys that are no command of ours but work everywhere in the window.
    out.push_back({tr("Alt + underlined letter"), tr("Open that menu or press that button"),
                   tr("Everywhere")});
    out.push_back({tr("Tab, Shift+Tab"), tr("Move to the next or previous control"),
                   tr("Everywhere")});
    // The timeline's own keys (ui/charts/timeline_chart_view.cpp): they win over the
    // window's while the timeline has focus.
    out.push_back({tr("+, −, 0"), tr("Zoom the time axis in, out, back to the whole run"),
                   tr("Chef timeline, when focused")});
    out.push_back({tr("←, →, Home, End"), tr("Pan along the run, go to its start or end"),
                   tr("Chef timeline, when focused")});
    return out;
}

void ShortcutsDialog::refresh() {
    m_entries = collect(m_window);
    m_table->clear();
    for (const Entry& e : m_entries) {
        auto* item = new QTreeWidgetItem(m_table, {e.keys, e.what, e.where});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
}

void ShortcutsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate() {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHeaderLabels({tr("Keys"), tr("What it does"), tr("Where")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_close->setText(tr("Close"));
    m_note->setText(tr("The keys work wherever the focus is, except that a text field (such as "
                       "the recipe box) types Space, P, + and − and moves with the arrows, a "
                       "focused button or check box is pressed with Space, and a focused slider, "
                       "list or chooser moves with the arrows. The replay keys work while a "
                       "recording is shown."));
    // The actions' texts follow the language too, once the window has retranslated them
    // (each window gets its own LanguageChange, in no set order).
    QTimer::singleShot(0, this, &ShortcutsDialog::refresh);
}

} // namespace kc::ui
