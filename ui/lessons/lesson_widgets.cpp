// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_widgets.h"

#include "ui/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <cmath>

namespace kc::ui::lessonui {

ChoiceLabel::ChoiceLabel(const QString& text, QRadioButton* radio, QWidget* parent)
    : QLabel(text, parent), m_radio(radio) {
    setWordWrap(true);
    setCursor(Qt::PointingHandCursor);
    setTextFormat(Qt::PlainText);
}

void ChoiceLabel::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton && m_radio->isEnabled())
        m_radio->click();
    QLabel::mouseReleaseEvent(e);
}

QTextBrowser* makeBrowser(QWidget* parent) {
    auto* b = new QTextBrowser(parent);
    b->setOpenExternalLinks(true);
    b->setFrameShape(QFrame::NoFrame);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    b->setFont(f);
    b->setProperty(kFontScaleProperty, 1.1); // follows the app's font (presentation mode)
    b->document()->setDocumentMargin(6);
    return b;
}

void fitHeightToText(QTextBrowser* b) {
    b->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The document lays itself out at the browser's width; its height follows.
    QObject::connect(b->document()->documentLayout(),
                     &QAbstractTextDocumentLayout::documentSizeChanged, b,
                     [b](const QSizeF& size) {
                         b->setFixedHeight(int(std::ceil(size.height())) + 2 * b->frameWidth());
                     });
}

QPushButton* makeLinkButton(QWidget* parent) {
    auto* b = new QPushButton(parent);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(QStringLiteral(
        "QPushButton { color: #2E6DB4; text-decoration: underline; border: none; padding: 2px; }"
        "QPushButton:disabled { color: #A8B0B8; }"));
    return b;
}

QPushButton* makePrimaryButton(QWidget* parent) {
    auto* b = new QPushButton(parent);
    b->setStyleSheet(QStringLiteral(
        "QPushButton { background: #2E6DB4; color: white; border-radius: 4px; padding: 6px 14px;"
        " font-weight: bold; }"
        "QPushButton:disabled { background: #C9D3DE; color: #F5F7FA; }"));
    return b;
}

QLabel* makeText(QWidget* parent, double scale) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    if (scale != 1.0) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        l->setFont(f);
        l->setProperty(kFontScaleProperty, scale);
    }
    return l;
}

} // namespace kc::ui::lessonui
