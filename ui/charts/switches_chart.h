// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Context switches per second of the experiment's threads and processes, voluntary
// and involuntary apart, with the whole machine as a faint line; totals in the legend.

#include "core/experiment/recording.h"

#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPTextElement;

namespace kc::ui {

/// Threading: GUI thread only.
class SwitchesChart : public QWidget {
    Q_OBJECT
public:
    explicit SwitchesChart(QWidget* parent = nullptr);

    /// Shows samples up to `until` seconds (replay cursor); live: everything.
    void setSamples(const std::vector<core::RecordedSample>& samples, double until);
    void clear();
    QCustomPlot* plot() const { return m_plot; }

    uint64_t voluntaryTotal() const { return m_voluntary; }
    uint64_t involuntaryTotal() const { return m_involuntary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    uint64_t m_voluntary = 0, m_involuntary = 0, m_machine = 0;
};

} // namespace kc::ui
