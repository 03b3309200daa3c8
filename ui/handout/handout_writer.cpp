// SPDX-License-Identifier: GPL-3.0-or-later
// The handout's PDFs: a QTextDocument built block by block, printed by QPdfWriter on A4
// (QTextDocument::print paginates it and numbers the pages), saved atomically.

#include "ui/handout/handout_doc.h"
#include "ui/handout/pdf_text_fix.h"

#include "core/util/atomic_file.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextTable>
#include <QTranslator>

#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace kc::ui {

using core::lessons::Lang;

QString handoutWord(Lang lang, const char* source) {
    if (lang == Lang::En)
        return QString::fromUtf8(source);
    // The embedded translation, read but never installed: the window keeps its language.
    static std::mutex mutex;
    static std::unique_ptr<QTranslator> zh;
    static bool tried = false;
    std::lock_guard lock(mutex);
    if (!tried) {
        tried = true;
        auto t = std::make_unique<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/kc_zh_TW.qm")))
            zh = std::move(t);
    }
    const QString s = zh ? zh->translate("kc::ui::Handout", source) : QString();
    return s.isEmpty() ? QString::fromUtf8(source) : s;
}

std::string fillForHandout(const std::string& markdown, const core::lessons::LessonMeasurements& m) {
    // Placeholders with no measurement become a marker first (so that "{{" escapes and
    // fillPlaceholders' own rules stay as they are), then the escaped blank.
    static const std::string kMark = "\xEE\x80\x80"; // U+E000, never in a lesson text
    std::set<std::string> missing;
    for (const std::string& p : core::lessons::placeholdersIn(markdown)) {
        const size_t dot = p.rfind('.');
        const std::string preset = dot == std::string::npos ? p : p.substr(0, dot);
        const std::string metric = dot == std::string::npos ? std::string() : p.substr(dot + 1);
        auto it = m.find(preset);
        if (it == m.end() || !it->second.count(metric))
            missing.insert(p);
    }
    std::string marked;
    for (size_t i = 0; i < markdown.size();) {
        if (markdown.compare(i, 2, "{{") == 0) {
            marked += "{{";
            i += 2;
            continue;
        }
        if (markdown[i] == '{') {
            const size_t close = markdown.find('}', i);
            if (close != std::string::npos && missing.count(markdown.substr(i + 1, close - i - 1))) {
                marked += kMark;
                i = close + 1;
                continue;
            }
        }
        marked += markdown[i++];
    }
    std::string filled = core::lessons::fillPlaceholders(marked, m);
    std::string out;
    for (size_t pos = 0;;) {
        const size_t at = filled.find(kMark, pos);
        out += filled.substr(pos, at == std::string::npos ? std::string::npos : at - pos);
        if (at == std::string::npos)
            break;
        out += "\\_\\_\\_\\_"; // kHandoutBlank, escaped for Markdown
        pos = at + kMark.size();
    }
    return out;
}

QString defaultKeyPath(const QString& worksheetPath) {
    // The folder as written ("k.pdf" stays relative, without "./").
    const qsizetype slash = worksheetPath.lastIndexOf(QLatin1Char('/'));
    const QString folder = worksheetPath.left(slash + 1);
    QString name = worksheetPath.mid(slash + 1);
    if (name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name.chop(4);
    return folder + name + QStringLiteral("-key.pdf");
}

namespace handout {

QString choiceLetter(size_t i) { return QString(QChar(char16_t(u'A' + (i % 26)))); }

DocBuilder::DocBuilder(QTextDocument& doc, Lang lang) : m_doc(doc), m_cursor(&doc), m_lang(lang) {}

void DocBuilder::newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars) {
    if (m_reuseBlock) {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
}

void DocBuilder::heading(const QString& text, int level, bool newPage) {
    QTextBlockFormat block;
    block.setHeadingLevel(level + 1);
    block.setTopMargin(mm(level == 0 ? 0 : level == 1 ? 2 : 4));
    block.setBottomMargin(mm(level == 0 ? 3 : 1.5));
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 0 ? 18 : level == 1 ? 15 : 12);
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void DocBuilder::paragraph(const QString& text, bool bold, bool italic, double indentMm, double sizePt) {
    QTextBlockFormat block;
    block.setLeftMargin(mm(indentMm));
    block.setBottomMargin(mm(1.2));
    QTextCharFormat chars;
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    chars.setFontItalic(italic);
    if (sizePt > 0)
        chars.setFontPointSize(sizePt);
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void DocBuilder::markdown(const std::string& md, double indentMm, bool italic) {
    QTextBlockFormat block;
    block.setLeftMargin(mm(indentMm));
    newBlock(block, QTextCharFormat());
    const int start = m_cursor.position();
    m_cursor.insertMarkdown(QString::fromStdString(md), QTextDocument::MarkdownDialectGitHub);
    // Indent every block it made, and space them like the other paragraphs.
    QTextCursor c(&m_doc);
    c.setPosition(start);
    for (QTextBlock b = c.block(); b.isValid() && b.position() <= m_cursor.position(); b = b.next()) {
        QTextCursor bc(b);
        QTextBlockFormat f = b.blockFormat();
        f.setLeftMargin(f.leftMargin() + mm(indentMm));
        f.setTopMargin(0);
        f.setBottomMargin(mm(1.2));
        bc.setBlockFormat(f);
        if (italic) {
            bc.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat it;
            it.setFontItalic(true);
            bc.mergeCharFormat(it);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocBuilder::writingLines(int n, double indentMm) {
    for (int i = 0; i < n; ++i) {
        QTextBlockFormat block;
        block.setLeftMargin(mm(indentMm));
        block.setTopMargin(mm(5.5));
        block.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength::PercentageLength, 100));
        newBlock(block, QTextCharFormat());
    }
    space(1.5);
}

void DocBuilder::space(double heightMm) {
    QTextBlockFormat block;
    block.setTopMargin(mm(heightMm));
    QTextCharFormat chars;
    chars.setFontPointSize(2);
    newBlock(block, chars);
}

void DocBuilder::table(const QStringList& header, const std::vector<QStringList>& rows,
                       const std::vector<double>& widths, double rowHeightMm) {
    const int cols = int(header.size());
    space(0.5);
    QTextTableFormat f;
    f.setBorder(pt(0.5));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderBrush(QColor(0x66, 0x66, 0x66));
    f.setBorderCollapse(true);
    f.setCellPadding(mm(0.9));
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setHeaderRowCount(1);
    QList<QTextLength> lengths;
    for (double w : widths)
        lengths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(lengths);
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + 1, cols, f);
    // A size smaller than the text: the notes of a path fit beside their lesson.
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontPointSize(9);
    QTextCharFormat normal;
    normal.setFontWeight(QFont::Normal);
    normal.setFontPointSize(9);
    for (int c = 0; c < cols; ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextCharFormat shade = cell.format();
        shade.setBackground(QColor(0xEE, 0xEE, 0xEE));
        cell.setFormat(shade);
        cell.firstCursorPosition().insertText(header[c], bold);
    }
    for (size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < cols && c < rows[r].size(); ++c) {
            QTextCursor cc = t->cellAt(int(r) + 1, c).firstCursorPosition();
            if (rows[r][c].isEmpty() && rowHeightMm > 0) {
                // Room to write: an empty block as tall as asked.
                QTextBlockFormat tall;
                tall.setTopMargin(mm(rowHeightMm));
                cc.setBlockFormat(tall);
            } else {
                cc.insertText(rows[r][c], normal);
            }
        }
    m_cursor.movePosition(QTextCursor::End);
    m_reuseBlock = true; // QTextDocument keeps an empty block after a table
    space(2);
}

} // namespace handout

namespace {

QByteArray renderPdf(const Handout& h, bool key) {
    QTextDocument doc;
    // Latin in DejaVu Sans, Chinese in Noto Sans CJK TC: Noto CJK's digits are shaped
    // into glyphs its character map does not list, and Qt's PDF then has no text for them
    // (pdftotext, search and copy lose every number).
    const QFont cjk(QStringLiteral("Noto Sans CJK TC"));
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), cjk.family()});
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    handout::DocBuilder b(doc, h.lang);
    if (key)
        handout::buildAnswerKey(b, h);
    else
        handout::buildWorksheet(b, h);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(handout::kDpi));
    // QTextDocument::print keeps 2 cm margins of its own and numbers the pages in them.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setCreator(QStringLiteral("Concurrency Kitchen"));
    writer.setTitle(key ? handoutWord(h.lang, QT_TRANSLATE_NOOP("kc::ui::Handout", "Concurrency Kitchen: Answer key"))
                        : handoutWord(h.lang, QT_TRANSLATE_NOOP("kc::ui::Handout", "Concurrency Kitchen: Worksheet")));
    doc.print(&writer);
    buffer.close();
    return fixCjkTextInPdf(bytes, cjk);
}

} // namespace

QByteArray worksheetPdf(const Handout& handout) { return renderPdf(handout, false); }
QByteArray answerKeyPdf(const Handout& handout) { return renderPdf(handout, true); }

QString saveHandout(const Handout& handout, const QString& worksheetPath, const QString& keyPath) {
    // Both are checked before either is written: a key that cannot be saved must not
    // leave a new worksheet beside an old key.
    for (const QString& path : {worksheetPath, keyPath}) {
        if (path.isEmpty())
            continue;
        auto ok = core::checkOutputPath(path.toStdString(), "PDF");
        if (!ok.ok())
            return handoutWord(handout.lang, QT_TRANSLATE_NOOP("kc::ui::Handout", "The handout was not saved: %1"))
                .arg(QString::fromStdString(ok.error()));
    }
    const QByteArray sheet = worksheetPdf(handout);
    const QByteArray key = keyPath.isEmpty() ? QByteArray() : answerKeyPdf(handout);
    const std::vector<std::pair<QString, const QByteArray*>> outputs = {{worksheetPath, &sheet},
                                                                        {keyPath, &key}};
    for (const auto& [path, bytes] : outputs) {
        if (path.isEmpty())
            continue;
        auto saved = core::saveAtomically(path.toStdString(),
                                          std::string_view(bytes->constData(), size_t(bytes->size())));
        if (!saved.ok())
            return handoutWord(handout.lang, QT_TRANSLATE_NOOP("kc::ui::Handout", "The handout was not saved: %1"))
                .arg(QString::fromStdString(saved.error()));
    }
    return {};
}

} // namespace kc::ui
