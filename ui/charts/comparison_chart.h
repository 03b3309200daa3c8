// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Comparison of finished runs (after `compare`, or runs the user pinned): wall time,
// speedup against the ideal N-times line, parallel efficiency, and context switches,
// as bars coloured by model with their values printed on them.

#include "core/experiment/run_report.h"

#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPItemText;
class QCPTextElement;

namespace kc::ui {

/// Threading: GUI thread only.
class ComparisonChart : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget* parent = nullptr);

    void setReports(std::vector<core::RunReport> reports);
    const std::vector<core::RunReport>& reports() const { return m_reports; }
    QCustomPlot* plot() const { return m_plot; }
    /// The label under bar i ("threads ×2, GIL on").
    QString runLabel(size_t i) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    /// Once the plot is laid out (each bar's width in pixels known): labels that would
    /// touch their neighbours are shortened, turned upright, or thinned.
    void fitLabels();

    QCustomPlot* m_plot;
    std::vector<core::RunReport> m_reports;
    struct Label {
        QCPItemText* item;
        QCPAxisRect* rect;
        QString full;      // as wide as the bar allows: the value, or "n/a:" and why
        bool known;        // a value (printed above its bar) or an "n/a" (in the middle)
        size_t run;
    };
    std::vector<Label> m_labels;
    std::vector<std::pair<QCPAxisRect*, QCPItemText*>> m_notes; // "n/a: why", once per rect
};

} // namespace kc::ui
