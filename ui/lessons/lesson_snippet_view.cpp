// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_snippet_view.h"

#include "ui/lessons/lesson_reveal.h"
#include "ui/lessons/lesson_widgets.h"
#include "ui/python_code_view.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <algorithm>
#include <QToolButton>
#include <QVBoxLayout>

namespace kc::ui {

using namespace kc::core::lessons;

namespace {
bool darkPalette(const QWidget* w) { return w->palette().color(QPalette::Base).lightness() < 128; }
} // namespace

LessonSnippetView::LessonSnippetView(QWidget* parent) : QWidget(parent) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    // A heading that opens and closes the code: the story keeps the room it needs on a
    // small screen, and the code is one click (or Space) away.
    m_heading = new QToolButton(this);
    m_heading->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_heading->setArrowType(Qt::DownArrow);
    m_heading->setCheckable(true);
    m_heading->setChecked(true);
    m_heading->setAutoRaise(true);
    QFont hf = m_heading->font();
    hf.setBold(true);
    m_heading->setFont(hf);
    v->addWidget(m_heading);

    m_body = new QWidget(this);
    auto* b = new QVBoxLayout(m_body);
    b->setContentsMargins(0, 0, 0, 0);
    b->setSpacing(4);
    m_note = new QLabel(m_body);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::MarkdownText);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setOpenExternalLinks(false);
    b->addWidget(m_note);
    m_view = new QPlainTextEdit(m_body);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Read-only, yet reachable and selectable from the keyboard.
    m_view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_view->setTabChangesFocus(true);
    m_highlighter = new PythonHighlighter(m_view->document(), darkPalette(this));
    // The buttons above the code: in sight without scrolling past it.
    auto* row = new QHBoxLayout;
    m_copy = new QPushButton(m_body);
    m_run = new QPushButton(m_body);
    m_copied = new QLabel(m_body);
    connect(m_copy, &QPushButton::clicked, this, &LessonSnippetView::copy);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_code.isEmpty() && m_busy.isEmpty())
            emit runRequested(m_code);
    });
    row->addWidget(m_copy);
    row->addWidget(m_run);
    row->addWidget(m_copied, 1);
    b->addLayout(row);
    b->addWidget(m_view);
    v->addWidget(m_body);
    connect(m_heading, &QToolButton::toggled, this, &LessonSnippetView::setExpanded);
    applyFont();
    retranslate();
    setVisible(false);
}

void LessonSnippetView::setLesson(const Lesson* lesson, Lang lang) {
    const bool has = lesson && lesson->snippet && !lesson->snippet->code.empty();
    m_code = has ? QString::fromStdString(lesson->snippet->code) : QString();
    m_file = has ? QString::fromStdString(lesson->snippet->file) : QString();
    m_status.clear();
    m_view->setPlainText(m_code);
    fitHeight();
    m_note->setText(has ? cjkSafeEmphasis(QString::fromStdString(lesson->snippet->note.in(lang)))
                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    setVisible(has);
    retranslate();
}

void LessonSnippetView::setBusy(const QString& busy) {
    m_busy = busy;
    retranslate();
}

void LessonSnippetView::setExpanded(bool expanded) {
    m_body->setVisible(expanded);
    m_heading->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_heading->isChecked() != expanded)
        m_heading->setChecked(expanded);
    m_heading->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
}

bool LessonSnippetView::expanded() const { return m_heading->isChecked(); }

void LessonSnippetView::copy() {
    QApplication::clipboard()->setText(m_code);
    m_status = tr("Copied.");
    m_copied->setText(m_status);
}

void LessonSnippetView::applyFont() {
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF());
    m_view->setFont(mono);
    fitHeight();
}

void LessonSnippetView::fitHeight() {
    // Every line in sight (snippets are short): the lesson's page scrolls, not the code;
    // a long line scrolls sideways.
    const int lines = std::max(1, m_view->document()->blockCount());
    const int h = QFontMetrics(m_view->font()).lineSpacing() * lines +
                  int(2 * m_view->document()->documentMargin()) + 2 * m_view->frameWidth() +
                  m_view->horizontalScrollBar()->sizeHint().height() + 4;
    m_view->setFixedHeight(std::min(h, 2000));
}

void LessonSnippetView::retranslate() {
    m_heading->setText(m_file.isEmpty() ? tr("The code (Python)")
                                        : tr("The code (Python): %1").arg(m_file));
    m_heading->setToolTip(tr("Shows or hides the lesson's Python program"));
    m_heading->setAccessibleName(tr("The lesson's Python code"));
    m_view->setAccessibleName(tr("Python code of this lesson"));
    m_view->setAccessibleDescription(tr("Read-only; select with the keyboard and copy"));
    m_note->setAccessibleName(tr("What to notice in the code"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Puts the code on the clipboard"));
    m_copy->setAccessibleDescription(m_copy->toolTip());
    m_run->setText(tr("Run this code"));
    m_run->setEnabled(!m_code.isEmpty() && m_busy.isEmpty());
    m_run->setToolTip(m_busy.isEmpty()
                          ? tr("Runs exactly this code with Python and shows its threads, "
                               "processes and tasks in the kitchen")
                          : m_busy);
    m_run->setAccessibleDescription(m_run->toolTip());
    m_copied->setText(m_status);
}

void LessonSnippetView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        applyFont();
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(darkPalette(this));
    QWidget::changeEvent(event);
}

} // namespace kc::ui
