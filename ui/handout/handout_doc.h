// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the handout writer: a QTextDocument built block by block for A4 paper (sizes
// in millimetres and points, whatever the PDF's resolution), and the pages of the
// worksheet and the key (ui/handout/handout_pages.cpp).

#include "ui/handout/handout_writer.h"

#include <QTextCursor>
#include <QTextDocument>

namespace kc::ui::handout {

/// The PDF's resolution: the document is laid out in these device pixels.
inline constexpr double kDpi = 300;
inline double mm(double v) { return v * kDpi / 25.4; }
inline double pt(double v) { return v * kDpi / 72.0; }

/// Appends blocks, Markdown, tables and room to write to a document.
class DocBuilder {
public:
    DocBuilder(QTextDocument& doc, core::lessons::Lang lang);
    core::lessons::Lang lang() const { return m_lang; }
    QString word(const char* source) const { return handoutWord(m_lang, source); }
    QString text(const core::lessons::Text& t) const { return QString::fromStdString(t.in(m_lang)); }

    /// A heading (level 0: the title of the sheet, 1: a lesson, 2: a part of it).
    void heading(const QString& text, int level, bool newPage = false);
    /// One paragraph of plain text.
    void paragraph(const QString& text, bool bold = false, bool italic = false, double indentMm = 0,
                   double sizePt = 0);
    /// Markdown (bold, lists, code), as QTextDocument reads it, indented by indentMm.
    void markdown(const std::string& md, double indentMm = 0, bool italic = false);
    /// n ruled lines to write on.
    void writingLines(int n, double indentMm = 0);
    /// A table: a header row and rows of cells (Markdown-free text); empty cells give
    /// room to write, each rowHeightMm high at least. widths: percentages per column.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& widths, double rowHeightMm = 0);
    /// Space before the next block.
    void space(double heightMm);

private:
    void newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    QTextDocument& m_doc;
    QTextCursor m_cursor;
    core::lessons::Lang m_lang;
    bool m_reuseBlock = true; // the document's first block (or the one after a table) is empty
};

/// The pages, in a document made for them.
void buildWorksheet(DocBuilder& b, const Handout& h);
void buildAnswerKey(DocBuilder& b, const Handout& h);

/// "A", "B", ... for choice i.
QString choiceLetter(size_t i);

} // namespace kc::ui::handout
