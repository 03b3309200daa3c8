// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/frame_renderer.h"

#include "ui/charts/charts_panel.h"
#include "ui/theme.h"

#include <QPainter>
#include <qcustomplot.h>

namespace kc::ui {

FrameRenderer::FrameRenderer(const core::Recording& rec, QSize size, const QString& chart)
    : m_rec(rec), m_size(size), m_kitchenHeight(size.height()) {
    m_model.setRecording(rec);
    m_painter.setFollowTheme(false);
    if (chart.isEmpty())
        return;
    m_charts = std::make_unique<ChartsPanel>();
    m_chart = m_charts->chartByName(chart);
    if (!m_chart) {
        m_charts.reset();
        return;
    }
    m_kitchenHeight = size.height() - int(size.height() * kChartShare);
    const QSize chartSize(size.width(), size.height() - m_kitchenHeight);
    // Laid out as if shown, but never on screen: the chart then has its real size and
    // its plots their buffers.
    m_charts->setAttribute(Qt::WA_DontShowOnScreen);
    m_charts->setCurrentWidget(m_chart);
    m_charts->resize(chartSize);
    m_charts->show();
    // The tab bar and frame take some room: grow the panel so the chart gets exactly its share.
    const QSize extra = m_charts->size() - m_chart->size();
    m_charts->resize(chartSize + extra);
    styleChartsUnder(m_charts.get());
    if (chart == QLatin1String("comparison"))
        m_charts->setComparison({rec.report});
}

FrameRenderer::~FrameRenderer() = default;

QImage FrameRenderer::render(double seconds) {
    QImage frame(m_size, QImage::Format_RGB32);
    frame.fill(Qt::white);
    QPainter p(&frame);
    m_painter.paint(p, QRectF(0, 0, m_size.width(), m_kitchenHeight), m_model.stateAt(seconds));
    if (m_chart) {
        m_charts->showRecording(m_rec, seconds, /*visibleOnly=*/true);
        // The charts queue their replots; the frame needs this one now.
        for (QCustomPlot* plot : m_chart->findChildren<QCustomPlot*>())
            plot->replot(QCustomPlot::rpImmediateRefresh);
        m_chart->render(&p, QPoint(0, m_kitchenHeight));
    }
    return frame;
}

} // namespace kc::ui
