// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help -> Keyboard shortcuts: every shortcut of the window, read from the window itself
// (its menus' and toolbars' actions, the docks' buttons and shortcuts) each time it is
// shown, so the list cannot drift from what the keys really do.

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kc::ui {

/// Threading: GUI thread only.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString keys;   ///< "Space, F5" (as the menus show them)
        QString what;   ///< "Run or stop"
        QString where;  ///< "Run", "View → Theme", "Lessons"
    };

    /// window: the one whose shortcuts are listed.
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// Every shortcut of window, menus first in their order, then the rest.
    static std::vector<Entry> collect(QWidget* window);
    /// Reads the window again (actions come and go with modes and languages).
    void refresh();
    const std::vector<Entry>& entries() const { return m_entries; }
    QTreeWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QWidget* m_window;
    QTreeWidget* m_table;
    QLabel* m_note;
    QPushButton* m_close;
    std::vector<Entry> m_entries;
};

} // namespace kc::ui
