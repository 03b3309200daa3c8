// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/comparison_chart.h"

#include "ui/confidence_text.h"
#include "ui/theme.h"

#include "ui/charts/chart_style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QTextLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <qcustomplot.h>

namespace kc::ui {

ComparisonChart::ComparisonChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(320, 140);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ComparisonChart::fitLabels);
    rebuild();
}

void ComparisonChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ComparisonChart::setReports(std::vector<core::RunReport> reports) {
    m_reports = std::move(reports);
    rebuild();
}

QString ComparisonChart::runLabel(size_t i) const {
    const auto& s = m_reports[i].spec;
    // A lesson shows C++ and CPython runs of the same preset side by side: the engine
    // tells them apart, and CPython's GIL is the real one (on unless a free-threaded build
    // says otherwise), not the toolbar's emulated one.
    const bool python = s.engine == core::EngineKind::Python;
    QString label = python ? tr("CPython: ") + modelLabel(s.model) : modelLabel(s.model);
    if (s.model == core::ModelKind::Threads || s.model == core::ModelKind::Processes)
        label += QStringLiteral(" ×%1").arg(s.chefs);
    if (s.model == core::ModelKind::Threads) {
        if (python) {
            const auto gil = m_reports[i].engineDetails.find("python_gil");
            label += gil != m_reports[i].engineDetails.end() && gil->second == "off"
                         ? tr(", no GIL (free-threaded)")
                         : tr(", real GIL");
        } else {
            label += s.gil ? tr(", GIL") : tr(", no GIL");
        }
    }
    if (!s.cores.empty())
        label += tr(", %n CPU(s)", nullptr, int(s.cores.size()));
    return label;
}

namespace {
/// The lines of a label as one phrase: a space between words, none between Chinese.
QString joinLines(const QStringList& lines) {
    QString out;
    for (const QString& l : lines) {
        if (!out.isEmpty() && !l.isEmpty() && out.back().unicode() < 0x2E80 && l.front().unicode() < 0x2E80)
            out += QLatin1Char(' ');
        out += l;
    }
    return out;
}

/// text broken into lines no wider than width.
QString wrapped(const QString& text, const QFont& font, double width) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(20.0, width));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

// More waiting than CPU work in every dish: parallel efficiency says nothing useful.
bool mostlyWaiting(const core::ExperimentSpec& spec) {
    double cpu = 0, wait = 0;
    for (uint32_t d = 0; d < std::max<uint32_t>(1, std::min<uint32_t>(spec.dishes, 64)); ++d) {
        cpu += spec.recipeFor(d).cpuMs();
        wait += spec.recipeFor(d).waitMs();
    }
    return wait > cpu;
}
} // namespace

void ComparisonChart::rebuild() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_labels.clear();
    m_notes.clear();
    m_plot->plotLayout()->clear();
    auto* title = new QCPTextElement(m_plot, tr("Comparison of runs"),
                                     QFont(font().family(), int(font().pointSizeF() * 1.25), QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, title);
    // How sure the whole comparison is: the worst of its runs, said once, in words.
    core::Assessment sure;
    for (const core::RunReport& r : m_reports)
        if (r.status == core::RunStatus::Completed)
            sure = core::worse(sure, r.confidence);
    const bool anyRounds = std::any_of(m_reports.begin(), m_reports.end(), [](const auto& r) {
        return r.rounds && r.rounds->wallSeconds.size() > 1;
    });
    int nextRow = 1;
    QCPTextElement* subtitle = nullptr;
    if (!m_reports.empty()) {
        QString line = tr("How sure: %1").arg(confidenceSummary(sure));
        if (sure.disturbed())
            line += tr(" — the speedups are inconclusive (hatched bars)");
        if (anyRounds)
            line += tr(" · bars: median of the rounds, whiskers: fastest and slowest");
        subtitle = new QCPTextElement(m_plot, line, font());
        m_plot->plotLayout()->addElement(nextRow++, 0, subtitle);
        m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    auto* row = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(nextRow, 0, row);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);

    const size_t n = m_reports.size();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t i = 0; i < n; ++i)
        ticker->addTick(double(i + 1), runLabel(i));

    struct Metric {
        QString label;
        std::function<double(const core::RunReport&)> value;
        QString format;  // arg() pattern for the printed value
    };
    const std::vector<Metric> metrics = {
        {tr("Wall time (s)"), [](const core::RunReport& r) { return r.wallSeconds; }, "%1"},
        {tr("Speedup (×, vs sequential)"),
         [](const core::RunReport& r) { return r.speedup.value_or(-1.0); }, "%1×"},
        {tr("Parallel efficiency (%)"),
         [](const core::RunReport& r) {
             // Efficiency measures how well CPU work used the burners; for dishes
             // that mostly wait it is not a meaningful number (it can pass 1000 %).
             if (mostlyWaiting(r.spec))
                 return -2.0;
             return r.efficiency ? *r.efficiency * 100.0 : -1.0;
         },
         "%1%"},
        {tr("Context switches (per s)"),
         [](const core::RunReport& r) { return r.voluntaryPerSecond + r.involuntaryPerSecond; }, "%1"},
    };
    QFont valueFont = font();
    valueFont.setBold(true);
    for (size_t m = 0; m < metrics.size(); ++m) {
        auto* rect = new QCPAxisRect(m_plot);
        row->addElement(0, int(m), rect);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setTicker(ticker);
        x->setTickLabelRotation(n > 2 ? 30 : 0);
        x->setRange(0.4, double(n) + 0.6);
        x->grid()->setVisible(false);
        y->setLabel(metrics[m].label);
        double top = 0;
        for (size_t i = 0; i < n; ++i) {
            auto* bars = new QCPBars(x, y);
            const double raw = metrics[m].value(m_reports[i]);
            const bool known = raw >= 0; // no sequential baseline: no speedup to show
            const bool waiting = raw == -2.0;
            const double v = known ? raw : 0.0;
            bars->addData(double(i + 1), v);
            bars->setWidth(0.7);
            const QColor c = modelColour(m_reports[i].spec.model);
            bars->setBrush(c);
            bars->setPen(QPen(c.darker(130)));
            top = std::max(top, v);
            // Repeated runs: a bar is the median, the whisker the fastest and slowest
            // round (for the speedup, this run's rounds against the baseline's median).
            const core::RunReport& rep = m_reports[i];
            double lo = v, hi = v;
            if (known && rep.rounds && rep.rounds->wallSeconds.size() > 1 && (m == 0 || m == 1)) {
                const core::Spread& w = rep.rounds->wall;
                if (m == 0) {
                    lo = w.min;
                    hi = w.max;
                } else if (w.min > 0 && w.max > 0 && rep.wallSeconds > 0) {
                    lo = v * rep.wallSeconds / w.max;
                    hi = v * rep.wallSeconds / w.min;
                }
                auto* whisker = new QCPErrorBars(x, y);
                whisker->setDataPlottable(bars);
                whisker->addData(std::max(0.0, v - lo), std::max(0.0, hi - v));
                whisker->setPen(QPen(QColor(40, 40, 40), 1.5));
                whisker->setWhiskerWidth(10);
                top = std::max(top, hi);
            }
            auto* text = new QCPItemText(m_plot);
            text->setClipAxisRect(rect);
            text->position->setAxes(x, y);
            text->position->setCoords(double(i + 1), v);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setFont(valueFont);
            const int decimals = v >= 100 ? 0 : (v >= 10 ? 1 : 2);
            const QString shown = metrics[m].format.arg(v, 0, 'f', decimals);
            // Timings of a disturbed run decide nothing: hatched, not solid (the
            // subtitle says why).
            if (rep.confidence.disturbed())
                bars->setBrush(QBrush(c, Qt::BDiagPattern));
            text->setText(known     ? shown
                          : waiting ? tr("n/a:\nthe dishes\nmostly wait")
                                    : tr("n/a:\nno sequential\nbaseline"));
            m_labels.push_back({text, rect, text->text(), known, i});
                if (known && m < 2) {
                // The label sits above the whisker, not on it.
                text->position->setCoords(double(i + 1), std::max(v, hi));
            }
            if (!known) {
                text->setFont(font());
                text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
                text->position->setCoords(double(i + 1), 0.5);
                text->setPositionAlignment(Qt::AlignCenter);
            }
        }
        // Speedup: the ideal is N× on N parallel units; draw each run's ideal as a dash.
        if (m == 1) {
            for (size_t i = 0; i < n; ++i) {
                const double ideal = double(m_reports[i].parallelUnits);
                auto* line = new QCPItemLine(m_plot);
                line->setClipAxisRect(rect);
                line->start->setAxes(x, y);
                line->end->setAxes(x, y);
                line->start->setCoords(double(i + 1) - 0.45, ideal);
                line->end->setCoords(double(i + 1) + 0.45, ideal);
                line->setPen(QPen(Qt::black, 2, Qt::DashLine));
                top = std::max(top, ideal);
            }
        }
        if (m == 1 || m == 2) { // said once for the rect when the bars are too narrow for it
            auto* note = new QCPItemText(m_plot);
            note->setClipAxisRect(rect);
            note->position->setType(QCPItemPosition::ptAxisRectRatio);
            note->position->setAxisRect(rect);
            note->position->setCoords(0.5, 0.01);
            note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
            note->setTextAlignment(Qt::AlignHCenter);
            note->setFont(font());
            note->setVisible(false);
            m_notes.emplace_back(rect, note);
        }
        if (m == 2)
            top = std::max(top, 100.0);
        y->setRange(0, top > 0 ? top * 1.22 : 1.0);
    }
    if (n == 0) {
        auto* hint = new QCPTextElement(m_plot, tr("Run `compare`, or pin finished runs, to compare them here."));
        m_plot->plotLayout()->addElement(nextRow + 1, 0, hint);
    }
    styleChartForTheme(m_plot); // the new items take the theme's colours (and replot)
    if (subtitle && !sure.steady()) {
        subtitle->setTextColor(confidenceColour(sure.level));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ComparisonChart::fitLabels() {
    const size_t n = m_reports.size();
    if (n == 0)
        return;
    for (const auto& [rect, note] : m_notes) {
        // Bars sit at 1..n on an axis from 0.4 to n + 0.6: one bar's slot in pixels.
        const double slot = rect->width() / (double(n) + 0.2);
        QStringList why;
        std::vector<Label*> here;
        for (Label& l : m_labels)
            if (l.rect == rect)
                here.push_back(&l);
        bool shortened = false;
        for (Label* l : here) {
            const QFontMetricsF fm(l->item->font());
            double w = 0;
            for (const QString& line : l->full.split(QLatin1Char('\n')))
                w = std::max(w, fm.horizontalAdvance(line));
            shortened = shortened || (!l->known && w + 6 > slot);
        }
        // Every label the same way in a rect (a row of mixed ones reads badly).
        for (Label* l : here) {
            const QFontMetricsF fm(l->item->font());
            QString text = l->full;
            if (!l->known && shortened) {
                const QString reason = joinLines(l->full.split(QLatin1Char('\n')).mid(1));
                if (!why.contains(reason))
                    why << reason;
                text = tr("n/a");
            }
            const double w = fm.horizontalAdvance(text);
            const bool upright = (l->known || shortened) && w + 4 > slot;
            // Upright labels take a line's height of the axis; fewer of them if even that
            // is too wide (every k-th bar keeps its label).
            const size_t every = upright ? size_t(std::ceil((fm.height() + 2) / std::max(1.0, slot))) : 1;
            l->item->setText(text);
            l->item->setRotation(upright ? -90 : 0);
            if (l->known)
                l->item->setPositionAlignment(upright ? Qt::AlignLeft | Qt::AlignVCenter
                                                      : Qt::AlignHCenter | Qt::AlignBottom);
            l->item->setVisible(l->run % std::max<size_t>(1, every) == 0);
        }
        note->setVisible(shortened && !why.isEmpty());
        if (shortened) {
            // The reasons, wrapped to the rect's width (QTextLayout breaks Chinese too).
            QStringList lines;
            for (const QString& reason : why)
                lines << wrapped(tr("n/a: %1").arg(reason), note->font(), rect->width() - 8);
            note->setText(lines.join(QLatin1Char('\n')));
        }
    }
    // Value labels in rects without a note (wall time, switches) are fitted the same way.
    for (Label& l : m_labels) {
        if (std::any_of(m_notes.begin(), m_notes.end(), [&](const auto& p) { return p.first == l.rect; }))
            continue;
        const double slot = l.rect->width() / (double(n) + 0.2);
        const QFontMetricsF fm(l.item->font());
        const bool upright = fm.horizontalAdvance(l.full) + 4 > slot;
        const size_t every = upright ? size_t(std::ceil((fm.height() + 2) / std::max(1.0, slot))) : 1;
        l.item->setText(l.full);
        l.item->setRotation(upright ? -90 : 0);
        l.item->setPositionAlignment(upright ? Qt::AlignLeft | Qt::AlignVCenter
                                             : Qt::AlignHCenter | Qt::AlignBottom);
        l.item->setVisible(l.run % std::max<size_t>(1, every) == 0);
    }
}

} // namespace kc::ui
