// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QApplication>
#include <algorithm>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>
#include <qcustomplot.h>

namespace kc::ui {

namespace {

struct ThemeState {
    Theme theme = Theme::Light;
    double scale = 1.0;
    QFont baseFont;
    bool haveBase = false;
};

ThemeState& state() {
    static ThemeState s;
    return s;
}

QPalette lightPalette() {
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x30), base(0x1E, 0x1F, 0x22), text(0xE8, 0xE8, 0xE8),
        button(0x3C, 0x3F, 0x41), dim(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7B, 0xD9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x6A, 0xB0, 0xFF));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1D));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

// Black on white with strong accents: what a projector washes out least.
QPalette contrastPalette() {
    QPalette p = lightPalette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF0, 0xF0, 0xF0));
    p.setColor(QPalette::Button, QColor(0xF2, 0xF2, 0xF2));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText})
        p.setColor(role, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x4C, 0x99));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xE0));
    p.setColor(QPalette::Link, QColor(0x00, 0x40, 0x90));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x60, 0x60, 0x60));
    return p;
}

} // namespace

QString themeName(Theme t) {
    switch (t) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("contrast");
    }
    return QStringLiteral("light");
}

Theme themeFromName(const QString& name) {
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    if (name == QLatin1String("contrast"))
        return Theme::HighContrast;
    return Theme::Light;
}

Theme currentTheme() { return state().theme; }
double currentFontScale() { return state().scale; }

void applyTheme(Theme t, double fontScale) {
    ThemeState& s = state();
    if (!s.haveBase) {
        s.baseFont = QApplication::font();
        s.haveBase = true;
    }
    s.theme = t;
    s.scale = std::clamp(fontScale, 0.5, 4.0);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(t == Theme::Dark           ? darkPalette()
                             : t == Theme::HighContrast ? contrastPalette()
                                                        : lightPalette());
    QFont f = s.baseFont;
    f.setPointSizeF(s.baseFont.pointSizeF() * s.scale);
    if (t == Theme::HighContrast)
        f.setWeight(QFont::Medium);
    QApplication::setFont(f);
    for (QWidget* w : QApplication::allWidgets()) {
        const QVariant scale = w->property(kFontScaleProperty);
        if (scale.isValid()) {
            QFont own = w->font();
            own.setPointSizeF(f.pointSizeF() * scale.toDouble());
            w->setFont(own);
        }
    }
    for (QWidget* w : QApplication::topLevelWidgets())
        styleChartsUnder(w);
}

void styleChartForTheme(QCustomPlot* plot) {
    const Theme t = state().theme;
    const bool dark = t == Theme::Dark;
    const QColor fg = dark ? QColor(0xE0, 0xE0, 0xE0) : Qt::black;
    const QColor bg = dark ? QColor(0x1E, 0x1F, 0x22) : Qt::white;
    const QColor grid = dark ? QColor(0x50, 0x52, 0x56)
                             : (t == Theme::HighContrast ? QColor(0x90, 0x90, 0x90)
                                                         : QColor(0xC8, 0xC8, 0xC8));
    const double axisWidth = t == Theme::HighContrast ? 2.0 : 1.0;
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    plot->setBackground(bg);
    QList<QCPAxis*> axes;
    for (QCPAxisRect* r : plot->axisRects())
        axes += r->axes();
    for (QCPAxis* a : axes) {
        a->setBasePen(QPen(fg, axisWidth));
        a->setTickPen(QPen(fg, axisWidth));
        a->setSubTickPen(QPen(fg, axisWidth * 0.75));
        a->setLabelColor(fg);
        a->setTickLabelColor(fg);
        a->setLabelFont(f);
        a->setTickLabelFont(f);
        a->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    if (plot->legend) { // null once a chart cleared its layout (the comparison chart)
        plot->legend->setFont(f);
        plot->legend->setTextColor(fg);
        plot->legend->setBrush(dark ? QColor(0x2B, 0x2D, 0x30, 230) : QColor(255, 255, 255, 230));
        plot->legend->setBorderPen(QPen(dark ? QColor(0x70, 0x70, 0x70) : QColor(0x80, 0x80, 0x80)));
    }
    QFont tf = f;
    tf.setBold(true);
    tf.setPointSizeF(f.pointSizeF() * 1.15);
    // The title sits in row 0; other text elements (hints) only change colour.
    QCPLayoutElement* titleCell =
        plot->plotLayout()->rowCount() > 0 ? plot->plotLayout()->element(0, 0) : nullptr;
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            text->setTextColor(fg);
            if (e == titleCell)
                text->setFont(tf);
        }
    }
    // Values printed on charts and reference lines drawn in the text colour follow it.
    const auto isPlain = [](const QColor& c) {
        return c.saturation() < 20 && (c.lightness() < 40 || c.lightness() > 215);
    };
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (auto* text = qobject_cast<QCPItemText*>(item)) {
            if (isPlain(text->color()))
                text->setColor(fg);
        } else if (auto* line = qobject_cast<QCPItemLine*>(item)) {
            QPen pen = line->pen();
            if (isPlain(pen.color())) {
                pen.setColor(fg);
                line->setPen(pen);
            }
        }
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void styleChartsUnder(QWidget* root) {
    if (!root)
        return;
    for (QCustomPlot* plot : root->findChildren<QCustomPlot*>())
        styleChartForTheme(plot);
}

} // namespace kc::ui
