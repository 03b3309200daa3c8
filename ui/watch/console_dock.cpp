// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/console_dock.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace kc::ui {

ConsoleDock::ConsoleDock(QWidget* parent)
    : QDockWidget(parent), m_view(new QPlainTextEdit(this)), m_what(new QLabel(this)),
      m_clear(new QPushButton(this)) {
    setObjectName(QStringLiteral("consoleDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    m_what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long command must not widen the dock: the label elides by clipping, the
    // tooltip holds it whole.
    m_what->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_what, 1);
    row->addWidget(m_clear);
    layout->addLayout(row);
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF());
    m_view->setFont(mono);
    layout->addWidget(m_view, 1);
    setWidget(body);
    connect(m_clear, &QPushButton::clicked, this, &ConsoleDock::clear);
    retranslate();
}

bool ConsoleDock::dark() const { return m_view->palette().color(QPalette::Base).lightness() < 128; }

void ConsoleDock::beginWatch(const QString& command) {
    m_command = command;
    m_ended = false;
    if (!m_view->document()->isEmpty())
        append(QStringLiteral("\n"), QColor());
    append(QStringLiteral("$ %1\n").arg(command), palette().color(QPalette::PlaceholderText), true);
    retranslate();
}

void ConsoleDock::appendOutput(bool isError, const QString& text) {
    // stderr in red, a lighter one on a dark background so it stays readable.
    append(text, isError ? (dark() ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC0, 0x1C, 0x1C)) : QColor());
}

void ConsoleDock::appendExit(const QString& text) {
    m_ended = true;
    QString line;
    // The program's last line may lack its newline: the end goes on a line of its own.
    if (!m_view->document()->isEmpty() && !m_view->toPlainText().endsWith(u'\n'))
        line += u'\n';
    line += QStringLiteral("[%1]\n").arg(text);
    append(line, palette().color(QPalette::PlaceholderText), true);
    retranslate();
}

void ConsoleDock::clear() { m_view->clear(); }

QString ConsoleDock::text() const { return m_view->toPlainText(); }

void ConsoleDock::append(const QString& text, const QColor& colour, bool bold) {
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor c(m_view->document());
    c.movePosition(QTextCursor::End);
    QTextCharFormat f;
    if (colour.isValid())
        f.setForeground(colour);
    else
        f.setForeground(m_view->palette().color(QPalette::Text));
    if (bold)
        f.setFontWeight(QFont::Bold);
    c.insertText(text, f);
    if (atEnd) // follow the output unless the learner scrolled back to read
        bar->setValue(bar->maximum());
}

void ConsoleDock::retranslate() {
    setWindowTitle(tr("Program output"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Empty this panel (the program keeps running)"));
    if (m_command.isEmpty())
        m_what->setText(tr("Nothing watched yet: File → Watch a program…, or run your code."));
    else
        m_what->setText((m_ended ? tr("Last watched: %1") : tr("Watching: %1")).arg(m_command));
    m_what->setToolTip(m_what->text());
    m_view->setToolTip(tr("What the program printed: its output in the normal colour, "
                          "its errors (stderr) in red"));
}

void ConsoleDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        QFont mono = m_view->font();
        mono.setPointSizeF(QApplication::font().pointSizeF());
        m_view->setFont(mono);
    }
    QDockWidget::changeEvent(event);
}

} // namespace kc::ui
