// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/code_dock.h"

#include "ui/python_code_view.h"
#include "ui/settings_guard.h"
#include "ui/watch/examples_menu.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace kc::ui {

namespace {
const QString kCodeKey = QStringLiteral("watch/code");
} // namespace

CodeDock::CodeDock(QWidget* parent)
    : QDockWidget(parent), m_examples(new QComboBox(this)), m_run(new QPushButton(this)),
      m_editor(new QPlainTextEdit(this)), m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("yourCodeDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    // The button keeps its whole text in a narrow dock; the combo gives way.
    m_examples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_examples->setMinimumContentsLength(8);
    m_run->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    row->addWidget(m_examples, 1);
    row->addWidget(m_run);
    layout->addLayout(row);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF());
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabStopDistance(4 * QFontMetricsF(mono).horizontalAdvance(u' '));
    const bool dark = m_editor->palette().color(QPalette::Base).lightness() < 128;
    m_highlighter = new PythonHighlighter(m_editor->document(), dark);
    layout->addWidget(m_editor, 1);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    setWidget(body);

    if (auto saved = settings::readString(kCodeKey, kMaxCodeChars))
        m_editor->setPlainText(*saved);
    reloadExamples();
    connect(m_examples, &QComboBox::activated, this, [this](int index) {
        const QString path = m_examples->itemData(index).toString();
        if (!path.isEmpty())
            loadExample(path);
        m_examples->setCurrentIndex(0); // the combo is a menu: it keeps its title
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_watching)
            emit stopRequested();
        else
            emit runRequested(code());
    });
    // In the editor (and anywhere in the dock): Ctrl+Return runs, as in notebooks.
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_run, &QPushButton::click);
    auto* enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enter, &QShortcut::activated, m_run, &QPushButton::click);
    // Help -> Keyboard shortcuts names a QShortcut by its "What's this" text.
    for (QShortcut* s : {shortcut, enter})
        s->setObjectName(QStringLiteral("kc_run_code_shortcut"));
    retranslate();
}

CodeDock::~CodeDock() {
    const QString c = code();
    if (c.size() <= kMaxCodeChars)
        QSettings().setValue(kCodeKey, c);
}

QString CodeDock::code() const { return m_editor->toPlainText(); }

void CodeDock::setCode(const QString& code) {
    // Through a cursor, not setPlainText: Ctrl+Z brings the learner's own code back.
    QTextCursor c(m_editor->document());
    c.select(QTextCursor::Document);
    c.insertText(code);
    m_editor->moveCursor(QTextCursor::Start);
}

QString CodeDock::loadExample(const QString& path) {
    QString error;
    const QString text = watch::readExample(path, &error);
    if (!error.isEmpty())
        return error;
    setCode(text);
    show();
    raise();
    return {};
}

void CodeDock::setWatching(bool watching) {
    m_watching = watching;
    retranslate();
}

void CodeDock::setInterpreter(const QString& interpreter) {
    m_interpreter = interpreter;
    retranslate();
}

void CodeDock::reloadExamples() {
    m_examples->clear();
    m_examples->addItem(QString());
    const auto list = watch::listExamples(watch::findExamplesDir(&m_examplesWhy));
    for (const auto& e : list) {
        m_examples->addItem(e.name, e.path);
        m_examples->setItemData(m_examples->count() - 1, e.summary, Qt::ToolTipRole);
    }
    retranslate();
}

void CodeDock::retranslate() {
    setWindowTitle(tr("Your code"));
    for (QShortcut* s : findChildren<QShortcut*>(QStringLiteral("kc_run_code_shortcut")))
        s->setWhatsThis(tr("Run this code (or stop it)"));
    const bool none = m_examples->count() <= 1;
    m_examples->setItemText(0, none ? tr("No examples found") : tr("Open an example…"));
    m_examples->setToolTip(none ? m_examplesWhy
                                : tr("Small programs to watch: threads on a CPU, threads "
                                     "waiting for I/O, asyncio, a pool, a lock, a deadlock…"));
    m_run->setText(m_watching ? tr("Stop") : tr("Run this code"));
    m_run->setToolTip(m_watching ? tr("End the program and everything it started (Ctrl+Return)")
                                 : tr("Run this Python code and watch its threads as chefs "
                                      "(Ctrl+Return)"));
    m_editor->setPlaceholderText(tr("Type or paste Python here, or open an example, then press "
                                    "Ctrl+Return."));
    const QString python = m_interpreter.isEmpty() ? QStringLiteral("python3") : m_interpreter;
    m_hint->setText(tr("Runs as %1 -u your_code.py in a private temporary folder, deleted "
                       "afterwards.").arg(python));
}

void CodeDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        QFont mono = m_editor->font();
        mono.setPointSizeF(QApplication::font().pointSizeF());
        m_editor->setFont(mono);
    }
    if (event->type() == QEvent::PaletteChange)
    {
        m_highlighter->setDark(m_editor->palette().color(QPalette::Base).lightness() < 128);
        m_highlighter->rehighlight();
    }
    QDockWidget::changeEvent(event);
}

} // namespace kc::ui
