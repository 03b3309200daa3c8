// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File -> Watch a program…: the command line, the folder it runs in, the Python that
// runs a .py given alone, and how often to look. Problems are said inside the dialog
// (the core's validateWatchSpec message), which stays open until they are fixed. The
// choices are remembered for the next time.

#include "core/watch/watch_session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kc::ui {

/// A watch spec from what the learner typed; error (in the interface language) empty
/// when it is good. A .py first word runs with interpreter; a Python gets its output
/// unbuffered so the console shows it as it is printed.
struct BuiltWatch {
    core::watch::WatchSpec spec;
    QString error;
};
BuiltWatch buildWatchSpec(const QString& commandLine, const QString& workingDir,
                          const QString& interpreter, int hz);

/// The Python the watch uses for .py files and "Run this code": the one saved by this
/// dialog, else the toolbar's, else python3.
QString watchInterpreter();
/// The saved sampling rate, 100 or 50.
int watchRate();

/// Threading: GUI thread only.
class WatchDialog : public QDialog {
    Q_OBJECT
public:
    explicit WatchDialog(QWidget* parent = nullptr);

    /// Checks the fields; on success remembers them, closes, and spec() is set.
    void accept() override;
    const core::watch::WatchSpec& spec() const { return m_spec; }
    /// What is wrong, as shown under the fields ("" when nothing).
    QString errorText() const;

    QLineEdit* commandEdit() const { return m_command; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* pythonEdit() const { return m_python; }
    QComboBox* rateBox() const { return m_rate; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showProblem(const QString& text);

    QLineEdit* m_command;
    QLineEdit* m_folder;
    QPushButton* m_browseFolder;
    QLineEdit* m_python;
    QPushButton* m_browsePython;
    QComboBox* m_rate;
    QLabel* m_intro;
    QLabel* m_error;
    QLabel* m_labels[4];
    QDialogButtonBox* m_buttons;
    core::watch::WatchSpec m_spec;
};

} // namespace kc::ui
