#include "ui/charts/burners_chart.h"

#include "ui/palette.h"

#include <QEvent>
#include <algorithm>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace kc::ui {

BurnersChart::BurnersChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setMinimumSize(320, 200);
    m_plot->yAxis->setRange(0, 104); // headroom: a pegged core's line stays visible
    m_plot->xAxis->setRange(0, m_windowSeconds);
    m_plot->legend->setVisible(true);
    // The legend gets its own column right of the plot, so it never hides a line.
    auto* side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot)); // pushes the legend to the top
    side->setRowStretchFactor(0, 0.001);
    side->setAutoMargins(QCP::msNone);
    side->setMargins(QMargins(0, 10, 12, 0));
    m_plot->legend->setMargins(QMargins(8, 4, 8, 4));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_plot->xAxis->setLabelFont(f);
    m_plot->yAxis->setLabelFont(f);
    m_plot->legend->setFont(f);
    auto* title = new QCPTextElement(m_plot, QString(), QFont(f.family(), int(f.pointSizeF() * 1.2), QFont::Bold));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, title);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    retranslate();
}

void BurnersChart::retranslate() {
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Busy (%)"));
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(tr("Burners: per-core CPU usage"));
    for (int i = 0; i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->setName(tr("CPU %1").arg(i));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BurnersChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BurnersChart::setWindowSeconds(double seconds) { m_windowSeconds = seconds; }

int BurnersChart::lineCount() const { return m_plot->graphCount(); }

int BurnersChart::pointCount(int core) const {
    if (core < 0 || core >= m_plot->graphCount())
        return 0;
    return m_plot->graph(core)->data()->size();
}

void BurnersChart::ensureLines(size_t cores) {
    while (size_t(m_plot->graphCount()) < cores) {
        int i = m_plot->graphCount();
        auto* g = m_plot->addGraph();
        QPen pen(palette::series(i));
        pen.setWidthF(2.0);
        g->setPen(pen);
        g->setName(tr("CPU %1").arg(i));
    }
}

void BurnersChart::addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points) {
    if (points.empty())
        return;
    double latest = 0;
    for (const auto& p : points) {
        ensureLines(p->cpu.cores.size());
        for (size_t c = 0; c < p->cpu.cores.size(); ++c) {
            const auto& u = p->cpu.cores[c];
            // An offline CPU has no usage to show: leave a gap, not a false zero.
            double v = u.online ? u.busy * 100.0 : qQNaN();
            m_plot->graph(int(c))->addData(p->seconds, v);
        }
        latest = p->seconds;
    }
    // The first minute fills from the left; after that the window scrolls.
    const double from = std::max(0.0, latest - m_windowSeconds);
    for (int i = 0; i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->data()->removeBefore(from - 1.0);
    m_plot->xAxis->setRange(from, std::max(latest, from + m_windowSeconds));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace kc::ui
