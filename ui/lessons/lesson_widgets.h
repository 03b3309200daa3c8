// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small widgets and helpers shared by the lesson panel's files: a clickable, wrapping
// label for a multiple-choice answer, and the panel's text, link and button styles.
//
// Threading: GUI thread only.

#include <QLabel>
#include <QString>
#include <string>

class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace kc::ui::lessonui {

inline QString q(const std::string& s) { return QString::fromStdString(s); }

/// A label that passes clicks to a radio button (radio buttons cannot wrap their text).
class ChoiceLabel : public QLabel {
public:
    ChoiceLabel(const QString& text, QRadioButton* radio, QWidget* parent);

protected:
    void mouseReleaseEvent(QMouseEvent* e) override;

private:
    QRadioButton* m_radio;
};

/// Markdown view, frameless, a little larger than the UI font.
QTextBrowser* makeBrowser(QWidget* parent);
/// Makes browser as tall as its text (no scroll bar of its own): for a text that reads
/// on in a scrolling page with more below it.
void fitHeightToText(QTextBrowser* browser);
/// A flat button that looks like a link (the teacher's skip, "show me again").
QPushButton* makeLinkButton(QWidget* parent);
/// The one obvious next step of a stage.
QPushButton* makePrimaryButton(QWidget* parent);
/// A wrapping plain-text label, its font scaled.
QLabel* makeText(QWidget* parent, double scale = 1.0);

} // namespace kc::ui::lessonui
