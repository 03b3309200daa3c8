// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shape_translation.h"

#include <QCoreApplication>

namespace kc::ui {

QString translateByShape(const QString& text, const std::vector<ShapeRule>& rules,
                         const char* context) {
    for (const ShapeRule& rule : rules) {
        const auto m = rule.pattern.match(text);
        if (!m.hasMatch())
            continue;
        QString out = QCoreApplication::translate(context, rule.text);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            out = out.arg(m.captured(i));
        return out;
    }
    return text;
}

} // namespace kc::ui
