// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chef timeline: one lane per chef, coloured by state; the CPU on hover; mouse wheel
// zooms and dragging pans (time axis); Shift+drag selects a range and shows its figures.
// With focus (Tab or a click; a frame shows it) the keys do the same: + and − zoom,
// ← and → pan, Home and End go to the start and the end, 0 shows the whole run.

#include "core/experiment/recording.h"
#include "ui/charts/timeline_model.h"

#include <QWidget>
#include <utility>

class QCustomPlot;
class QCPTextElement;
class QCPItemRect;
class QCPLayoutGrid;
class QCPGraph;
class QLabel;
class QKeyEvent;

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

    // The time axis, as the keys move it (timeline_chart_view.cpp).
    /// factor > 1 zooms in around the view's centre, < 1 out (never past the whole run).
    void zoomBy(double factor);
    /// Moves the view by fraction of its width (negative: earlier), within the run.
    void panBy(double fraction);
    /// The view's start at 0 (toEnd false) or its end at the run's end, width kept.
    void jumpTo(bool toEnd);
    /// The whole run in view.
    void resetView();
    /// The visible time range, seconds.
    std::pair<double, double> viewRange() const;
    /// A key the timeline takes for itself while it has focus (before any shortcut).
    static bool isViewKey(const QKeyEvent* key);

signals:
    void rangeSelected(double from, double to);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void retranslate();
    void updateLaneAxis();
    void showTooltip(const QPoint& pos);
    void showBlockedLegend();
    void setLanes(const core::Recording& r);
    void setView(double lower, double upper);
    /// Before each replot: the legend beside the lanes while it fits there in one
    /// column, else under them in as many columns as fit (presentation fonts, Chinese).
    void placeLegend();
    double runEnd() const;

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
    bool m_keyView = false; // the keys chose the view (setRecording keeps it)
    QCPLayoutGrid* m_side = nullptr; // the legend's column beside the lanes
    bool m_legendBelow = false;
    int m_legendCols = 0;
    // A watched program: rows grouped by process, lanes named after their threads.
    bool m_watched = false;
    std::vector<int> m_rows;            // row -> lane; empty: the lanes in order
    std::vector<bool> m_groupStarts;    // row starts another process's lanes
    std::vector<QString> m_laneLabels;  // per lane; empty: "chef N"
};

} // namespace kc::ui
