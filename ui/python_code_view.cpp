// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/python_code_view.h"

#include "ui/core_errors.h"

#include "core/python/python_locator.h"
#include "ui/charts/chart_style.h"
#include "ui/experiment_toolbar.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace kc::ui {

// ---------------------------------------------------------------- highlighter

namespace {
QTextCharFormat makeFormat(const QColor& colour, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

const QRegularExpression& keywordRe() {
    static const QRegularExpression re(QStringLiteral(
        "\\b(and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|"
        "for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|"
        "with|yield|None|True|False)\\b"));
    return re;
}
const QRegularExpression& builtinRe() {
    static const QRegularExpression re(QStringLiteral(
        "\\b(print|range|len|int|float|str|bytes|list|dict|set|tuple|min|max|sum|sorted|open|"
        "isinstance|enumerate|zip|map|super|object|Exception|ValueError|OSError|"
        "KeyboardInterrupt|self)\\b"));
    return re;
}
const QRegularExpression& numberRe() {
    static const QRegularExpression re(QStringLiteral("\\b(0[xX][0-9a-fA-F_]+|\\d[\\d_]*(\\.\\d+)?([eE][-+]?\\d+)?)\\b"));
    return re;
}
const QRegularExpression& nameRe() {
    static const QRegularExpression re(QStringLiteral("\\b(def|class)\\s+([A-Za-z_]\\w*)"));
    return re;
}
const QRegularExpression& decoratorRe() {
    static const QRegularExpression re(QStringLiteral("^\\s*@[\\w.]+"));
    return re;
}

enum BlockState { Normal = 0, InTripleDouble = 1, InTripleSingle = 2 };
} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* doc, bool dark) : QSyntaxHighlighter(doc) {
    setDark(dark);
}

void PythonHighlighter::setDark(bool dark) {
    m_keyword = makeFormat(dark ? QColor(0xC6, 0x78, 0xDD) : QColor(0x7A, 0x1F, 0xA2), true);
    m_builtin = makeFormat(dark ? QColor(0x61, 0xAF, 0xEF) : QColor(0x00, 0x5C, 0xC5));
    m_string = makeFormat(dark ? QColor(0x98, 0xC3, 0x79) : QColor(0x0A, 0x7A, 0x20));
    m_comment = makeFormat(dark ? QColor(0x8A, 0x93, 0x9F) : QColor(0x6A, 0x73, 0x7D), false, true);
    m_number = makeFormat(dark ? QColor(0xD1, 0x9A, 0x66) : QColor(0xB3, 0x50, 0x00));
    m_decorator = makeFormat(dark ? QColor(0xE5, 0xC0, 0x7B) : QColor(0x8A, 0x6D, 0x00));
    m_name = makeFormat(dark ? QColor(0x56, 0xB6, 0xC2) : QColor(0x00, 0x6B, 0x7A), true);
    rehighlight();
}

void PythonHighlighter::highlightBlock(const QString& text) {
    auto apply = [&](const QRegularExpression& re, const QTextCharFormat& f, int group = 0) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), f);
        }
    };
    apply(numberRe(), m_number);
    apply(builtinRe(), m_builtin);
    apply(keywordRe(), m_keyword);
    apply(nameRe(), m_name, 2);
    apply(decoratorRe(), m_decorator);

    // Strings and comments last, scanning left to right so that a '#' inside a string
    // or quotes inside a comment are taken for what they are.
    setCurrentBlockState(Normal);
    int i = 0;
    const int n = int(text.size());
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    if (state != Normal) {
        const QString close = state == InTripleDouble ? QStringLiteral("\"\"\"") : QStringLiteral("'''");
        const int end = int(text.indexOf(close));
        if (end < 0) {
            setFormat(0, n, m_string);
            setCurrentBlockState(state);
            return;
        }
        setFormat(0, end + 3, m_string);
        i = end + 3;
    }
    while (i < n) {
        const QChar c = text[i];
        if (c == u'#') {
            setFormat(i, n - i, m_comment);
            return;
        }
        if (c == u'"' || c == u'\'') {
            const QString triple(3, c);
            if (text.mid(i, 3) == triple) {
                const int end = int(text.indexOf(triple, i + 3));
                if (end < 0) {
                    setFormat(i, n - i, m_string);
                    setCurrentBlockState(c == u'"' ? InTripleDouble : InTripleSingle);
                    return;
                }
                setFormat(i, end + 3 - i, m_string);
                i = end + 3;
                continue;
            }
            int j = i + 1;
            while (j < n && text[j] != c) {
                if (text[j] == u'\\')
                    ++j;
                ++j;
            }
            const int end = std::min(j + 1, n);
            // An f/b/r prefix belongs to the string.
            int start = i;
            while (start > 0 && QStringLiteral("fbrFBR").contains(text[start - 1]) &&
                   (start - 1 == 0 || !text[start - 2].isLetterOrNumber()))
                --start;
            setFormat(start, end - start, m_string);
            i = end;
            continue;
        }
        ++i;
    }
}

// ---------------------------------------------------------------- the view

PythonCodeView::PythonCodeView(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_interpreter(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_copy(new QPushButton(this)), m_choose(new QPushButton(this)) {
    setObjectName(QStringLiteral("pythonCodeView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_interpreter->setWordWrap(true);
    m_interpreter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_interpreter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_choose);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &PythonCodeView::copyCurrent);
    connect(m_choose, &QPushButton::clicked, this, &PythonCodeView::chooseInterpreterRequested);
    retranslate();
    reload();
    refreshInterpreter();
}

PythonCodeView::~PythonCodeView() {
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
    }
}

void PythonCodeView::showModel(core::ModelKind model) {
    if (model == m_model && !m_paths.empty())
        return;
    m_model = model;
    reload();
    retranslate();
}

void PythonCodeView::reload() {
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_paths.clear();
    m_loadError.clear();
    auto files = core::twinFiles(m_model);
    if (!files.ok()) {
        m_loadError = QString::fromStdString(files.error());
        retranslate();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF());
    for (const std::string& path : *files) {
        QFile f(QString::fromStdString(path));
        auto* edit = new QPlainTextEdit(m_tabs);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(mono);
        if (f.open(QIODevice::ReadOnly)) {
            edit->setPlainText(QString::fromUtf8(f.readAll()));
        } else {
            edit->setPlainText(tr("# Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        }
        new PythonHighlighter(edit->document(), dark);
        m_tabs->addTab(edit, QFileInfo(f.fileName()).fileName());
        m_tabs->setTabToolTip(m_tabs->count() - 1, f.fileName());
        m_paths.push_back(f.fileName());
    }
    m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
}

QString PythonCodeView::fileText(int i) const {
    auto* edit = qobject_cast<QPlainTextEdit*>(m_tabs->widget(i));
    return edit ? edit->toPlainText() : QString();
}

QString PythonCodeView::filePath(int i) const {
    return i >= 0 && size_t(i) < m_paths.size() ? m_paths[size_t(i)] : QString();
}

QString PythonCodeView::interpreterText() const { return m_interpreter->text(); }

void PythonCodeView::copyCurrent() {
    const QString text = fileText(m_tabs->currentIndex());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PythonCodeView::refreshInterpreter() {
    if (m_probe)
        return; // one probe at a time; the running one reports soon
    const std::string hint = ExperimentToolbar::pythonPath().toStdString();
    auto result = std::make_shared<core::Result<core::PythonInfo>>(core::makeError("not probed"));
    m_probe = QThread::create([hint, result] { *result = core::probePython(hint); });
    connect(m_probe, &QThread::finished, this, [this, result] {
        m_probe->deleteLater();
        m_probe = nullptr;
        m_probeOk = result->ok();
        if (m_probeOk) {
            const core::PythonInfo& info = result->value();
            m_probeVersion = QString::fromStdString(info.version);
            m_probeExe = QString::fromStdString(info.executable.empty() ? info.path : info.executable);
            m_probeGil = info.gilEnabled;
            m_probeFreeThreaded = info.freeThreaded;
        } else {
            m_probeText = translateCoreError(result->error());
        }
        retranslate();
        emit interpreterChecked(m_probeOk, m_interpreter->text());
    });
    m_interpreter->setText(tr("Looking for Python…"));
    m_probe->start();
}

void PythonCodeView::retranslate() {
    m_copy->setText(tr("Copy code"));
    m_copy->setToolTip(tr("Copy the file shown to the clipboard"));
    m_choose->setText(tr("Choose Python…"));
    m_choose->setToolTip(tr("Use another interpreter, e.g. a free-threaded python3.13t"));
    if (!m_loadError.isEmpty()) {
        m_header->setText(tr("The Python twins cannot be found: %1").arg(m_loadError));
    } else {
        m_header->setText(tr("The Python twin of <b>%1</b>: exactly the code that runs when the "
                             "engine is Python. Run it yourself with <code>python3 %2 "
                             "--help</code>.")
                              .arg(modelLabel(m_model),
                                   QString::fromLatin1(core::twinScriptName(m_model))));
    }
    if (m_probe)
        return;
    if (m_probeOk) {
        QString gil = m_probeGil ? tr("GIL on") : tr("GIL off (free-threaded)");
        if (m_probeGil && m_probeFreeThreaded)
            gil = tr("GIL on (a free-threaded build: PYTHON_GIL=0 turns it off)");
        m_interpreter->setText(tr("Interpreter: Python %1, %2 — %3").arg(m_probeVersion, gil, m_probeExe));
        m_interpreter->setStyleSheet(QString());
    } else if (!m_probeText.isEmpty()) {
        m_interpreter->setText(tr("No usable Python: %1. The C++ engine keeps working.").arg(m_probeText));
        m_interpreter->setStyleSheet(QStringLiteral("QLabel { color: #B03A00; font-weight: bold; }"));
    }
}

void PythonCodeView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        // The code keeps a fixed-width font; it follows the app's size (presentation mode).
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto* edit = qobject_cast<QPlainTextEdit*>(m_tabs->widget(i))) {
                QFont mono = edit->font();
                mono.setPointSizeF(QApplication::font().pointSizeF());
                edit->setFont(mono);
            }
    }
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto* edit = qobject_cast<QPlainTextEdit*>(m_tabs->widget(i)))
                for (auto* h : edit->document()->findChildren<PythonHighlighter*>())
                    h->setDark(dark);
    }
    QWidget::changeEvent(event);
}

} // namespace kc::ui
