// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/animation_dialog.h"

#include "ui/export/frame_renderer.h"
#include "ui/replay_controller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

namespace kc::ui {

double AnimationDialog::defaultSpeed(double span) {
    double best = 1.0;
    for (double s : ReplayController::speedSteps())
        if (std::abs(std::log(span / s / 10.0)) < std::abs(std::log(span / best / 10.0)))
            best = s;
    return best;
}

AnimationDialog::AnimationDialog(double span, QSize kitchenSize, const QString& chart,
                                 const QString& chartTitle, QWidget* parent)
    : QDialog(parent), m_span(span), m_chart(chart) {
    setWindowTitle(tr("Export animation"));
    auto* form = new QFormLayout;
    m_from = new QDoubleSpinBox;
    m_to = new QDoubleSpinBox;
    for (QDoubleSpinBox* box : {m_from, m_to}) {
        box->setDecimals(3);
        box->setRange(0, span);
        box->setSingleStep(0.05);
        box->setSuffix(tr(" s"));
    }
    m_from->setValue(0);
    m_to->setValue(span);
    m_from->setToolTip(tr("Where the animation starts, in seconds of the recording"));
    m_to->setToolTip(tr("Where it ends, in seconds of the recording"));
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    m_speed = new QDoubleSpinBox;
    m_speed->setDecimals(3);
    m_speed->setRange(0.001, 100);
    m_speed->setSingleStep(0.05);
    m_speed->setValue(defaultSpeed(span));
    m_speed->setSuffix(tr("x"));
    m_speed->setToolTip(tr("0.1x plays the recording at a tenth of the speed it ran at"));
    form->addRow(tr("Speed:"), m_speed);
    m_fps = new QSpinBox;
    m_fps->setRange(1, AnimationSpec::kMaxFps);
    m_fps->setValue(AnimationSpec::kDefaultFps);
    form->addRow(tr("Frames per second:"), m_fps);
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    m_width->setRange(AnimationSpec::kMinWidth, AnimationSpec::kMaxWidth);
    m_height->setRange(AnimationSpec::kMinHeight, AnimationSpec::kMaxHeight);
    const bool usable = kitchenSize.width() >= AnimationSpec::kMinWidth &&
                        kitchenSize.height() >= AnimationSpec::kMinHeight;
    const QSize size =
        usable ? kitchenSize.boundedTo({AnimationSpec::kMaxWidth, AnimationSpec::kMaxHeight})
               : QSize(960, 540);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(new QLabel(tr("pixels")));
    sizeRow->addStretch();
    form->addRow(tr("Size:"), sizeRow);
    m_content = new QComboBox;
    m_content->addItem(tr("The kitchen"));
    if (!chart.isEmpty())
        m_content->addItem(tr("The kitchen above the chart \"%1\"").arg(chartTitle));
    form->addRow(tr("Show:"), m_content);
    m_format = new QComboBox;
    const bool ffmpeg = !findFfmpeg().isEmpty();
    m_format->addItem(tr("Animated GIF (.gif)"), int(AnimationFormat::Gif));
    m_format->addItem(tr("Animated WebP (.webp)"), int(AnimationFormat::WebP));
    m_format->addItem(ffmpeg ? tr("MP4 video (.mp4)") : tr("MP4 video (.mp4, needs ffmpeg)"),
                      int(AnimationFormat::Mp4));
    m_format->addItem(ffmpeg ? tr("WebM video (.webm)") : tr("WebM video (.webm, needs ffmpeg)"),
                      int(AnimationFormat::WebM));
    form->addRow(tr("Format:"), m_format);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel")); // Qt's own may be missing
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    for (QDoubleSpinBox* box : {m_from, m_to, m_speed})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::update);
    for (QSpinBox* box : {m_fps, m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &AnimationDialog::update);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationDialog::update);
    connect(m_content, &QComboBox::currentIndexChanged, this, &AnimationDialog::contentChanged);
    update();
}

void AnimationDialog::contentChanged() {
    // The kitchen keeps its size: the chart is added below it, or taken away.
    const bool withChart = m_content->currentIndex() == 1;
    if (withChart != m_withChart) {
        const double kitchenShare = 1.0 - FrameRenderer::kChartShare;
        const double h = m_height->value();
        m_height->setValue(int(std::lround(withChart ? h / kitchenShare : h * kitchenShare)));
        m_withChart = withChart;
    }
    update();
}

AnimationSpec AnimationDialog::spec() const {
    AnimationSpec s;
    s.from = m_from->value();
    s.to = m_to->value();
    s.speed = m_speed->value();
    s.fps = m_fps->value();
    s.size = QSize(m_width->value(), m_height->value());
    s.chart = m_content->currentIndex() == 1 ? m_chart : QString();
    s.format = AnimationFormat(m_format->currentData().toInt());
    return s;
}

QString AnimationDialog::problem() const {
    const AnimationSpec s = spec();
    if (formatNeedsFfmpeg(s.format) && findFfmpeg().isEmpty())
        return ffmpegMissingText();
    return checkAnimationSpec(s, m_span);
}

void AnimationDialog::update() {
    const QString why = problem();
    const AnimationSpec s = spec();
    if (why.isEmpty())
        m_summary->setText(
            tr("%1 frames, %2 s of video.").arg(s.frames()).arg(s.videoSeconds(), 0, 'f', 2));
    else
        m_summary->setText(why);
    m_summary->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace kc::ui
