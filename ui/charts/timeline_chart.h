#pragma once
// Chef timeline: one lane per chef, coloured by state; the CPU on hover; mouse wheel
// zooms and dragging pans (time axis); Shift+drag selects a range and shows its figures.

#include "core/experiment/recording.h"
#include "ui/charts/timeline_model.h"

#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QCPItemRect;
class QCPGraph;
class QLabel;

namespace kc::ui {

class LaneSegmentsPlottable;

/// Threading: GUI thread only.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget* parent = nullptr);

    /// Draws the recording's events up to `until` seconds (the replay cursor).
    void setRecording(const core::Recording& r, double until);
    void clear();

    const TimelineModel& model() const { return m_model; }
    QCustomPlot* plot() const { return m_plot; }
    /// Selects [a, b] seconds as if Shift-dragged; the summary label shows its figures.
    void selectRange(double a, double b);
    QString selectionSummary() const;
    /// The states the legend lists now, in its order.
    std::vector<core::ChefState> legendStates() const;
    /// The lane drawn in row (top = 0): a watched program's lanes are grouped by process.
    int laneOfRow(int row) const;
    /// The label of row on the lane axis: "chef 3", or "python3 1234 / worker-1".
    QString laneLabel(int row) const;

signals:
    void rangeSelected(double from, double to);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateLaneAxis();
    void showTooltip(const QPoint& pos);
    void showBlockedLegend();
    void setLanes(const core::Recording& r);

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    LaneSegmentsPlottable* m_segments;
    QCPGraph* m_blockedLegend;
    QCPItemRect* m_selection;
    QLabel* m_summary;
    TimelineModel m_model;
    double m_selFrom = -1, m_selTo = -1;
    bool m_selecting = false;
    double m_anchor = 0; // where a Shift+drag started
    // A watched program: rows grouped by process, lanes named after their threads.
    bool m_watched = false;
    std::vector<int> m_rows;            // row -> lane; empty: the lanes in order
    std::vector<bool> m_groupStarts;    // row starts another process's lanes
    std::vector<QString> m_laneLabels;  // per lane; empty: "chef N"
};

} // namespace kc::ui
