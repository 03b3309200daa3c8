// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help -> About: the app's version, the versions of Qt (run and built against),
// QCustomPlot and the Python found, the licence (GPL-3.0-or-later, because QCustomPlot
// is GPL-3.0) with its text, and the credits.

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace kc::ui {

/// Threading: GUI thread only. Python is probed on a thread of its own (the probe may
/// take seconds on a busy machine); the dialog shows "looking…" until it answers, and
/// a dialog closed meanwhile simply never hears the answer.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The text shown (plain, for tests and screen readers).
    QString text() const;
    bool pythonChecked() const { return m_pythonChecked; }
    /// The licence file found (installed copy, Debian's, or the source tree's); "" if none.
    static QString licenseFile();
    /// Shows the licence text (or, with no file, its name and address).
    void showLicense();

signals:
    void pythonProbed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void probePython();

    QLabel* m_text;
    QPushButton* m_license;
    QPushButton* m_close;
    bool m_pythonChecked = false;
    QString m_pythonVersion;  // "3.11.2"
    QString m_pythonPath;     // the real program
    QString m_pythonError;    // why none was found (translated)
};

} // namespace kc::ui
