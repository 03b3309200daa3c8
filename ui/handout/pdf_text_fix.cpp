// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handout/pdf_text_fix.h"

#include <QHash>
#include <QRawFont>
#include <QString>

namespace kc::ui {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A <XXXX> token at i (exactly four hex digits): its value, else -1.
int token4(const QByteArray& s, qsizetype i) {
    if (i + 6 > s.size() || s[i] != '<' || s[i + 5] != '>')
        return -1;
    int v = 0;
    for (int k = 1; k <= 4; ++k) {
        const int h = hexValue(s[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// Radical -> the ideograph drawn with the same glyph in the font.
using RadicalMap = QHash<char16_t, char16_t>;

RadicalMap radicalMap(const QFont& font) {
    RadicalMap out;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return out;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = ideographGlyphs.size() - 1; i >= 0; --i) // the lowest code point wins
        if (ideographGlyphs[i] != 0)
            byGlyph[ideographGlyphs[i]] = char16_t(0x4E00 + i);
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
        if (auto it = byGlyph.constFind(radicalGlyphs[i]); radicalGlyphs[i] != 0 && it != byGlyph.constEnd())
            out.insert(char16_t(0x2E80 + i), *it);
    return out;
}

// Rewrites the destination token at i in place when it names such a radical.
int fixToken(QByteArray& s, qsizetype i, const RadicalMap& map) {
    const int v = token4(s, i);
    auto it = v < 0 ? map.constEnd() : map.constFind(char16_t(v));
    if (it == map.constEnd())
        return 0;
    const QByteArray hex = QByteArray::number(int(*it), 16).toUpper().rightJustified(4, '0');
    for (int k = 0; k < 4; ++k)
        s[i + 1 + k] = hex[k];
    return 1;
}

// One CMap stream, s[from, to): the destinations of its bfchar and bfrange entries.
int fixCmap(QByteArray& s, qsizetype from, qsizetype to, const RadicalMap& map) {
    enum class Block { None, Char, Range } block = Block::None;
    int changed = 0;
    int field = 0;      // tokens seen in the current entry
    int first = -1;     // a range's first source
    bool inArray = false;
    for (qsizetype i = from; i < to; ++i) {
        const char c = s[i];
        if (c == 'b' && s.mid(i, 11) == "beginbfchar") {
            block = Block::Char, field = 0, i += 10;
        } else if (c == 'b' && s.mid(i, 12) == "beginbfrange") {
            block = Block::Range, field = 0, inArray = false, i += 11;
        } else if (c == 'e' && (s.mid(i, 9) == "endbfchar" || s.mid(i, 10) == "endbfrange")) {
            block = Block::None;
        } else if (block != Block::None && c == '[') {
            inArray = true;
        } else if (block != Block::None && c == ']') {
            inArray = false, field = 0;
        } else if (block != Block::None && c == '<') {
            const int v = token4(s, i);
            if (block == Block::Char) {
                if (field == 1)
                    changed += fixToken(s, i, map);
                field = (field + 1) % 2;
            } else if (inArray) {
                changed += fixToken(s, i, map);
            } else if (field == 0) {
                first = v, field = 1;
            } else if (field == 1) {
                field = v == first ? 2 : 3; // a one-glyph range may be renamed, a run may not
            } else {
                if (field == 2)
                    changed += fixToken(s, i, map);
                field = 0;
            }
        }
    }
    return changed;
}

} // namespace

QByteArray fixCjkTextInPdf(QByteArray pdf, const QFont& font, int* changed) {
    int total = 0;
    const RadicalMap map = radicalMap(font);
    static const QByteArray kCmap = "/CIDInit /ProcSet findresource begin";
    for (qsizetype at = pdf.indexOf(kCmap); at >= 0; at = pdf.indexOf(kCmap, at + 1)) {
        const qsizetype end = pdf.indexOf("endstream", at);
        if (end < 0)
            break;
        total += fixCmap(pdf, at, end, map);
    }
    if (changed)
        *changed = total;
    return pdf;
}

} // namespace kc::ui
