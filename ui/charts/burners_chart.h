#pragma once
// Burners: per-core busy % over the last minute, one line per CPU, from /proc/stat.

#include "core/telemetry/telemetry_hub.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCustomPlot;

namespace kc::ui {

/// Threading: GUI thread only. Fed by TelemetryPump::pointsAvailable.
class BurnersChart : public QWidget {
    Q_OBJECT
public:
    explicit BurnersChart(QWidget* parent = nullptr);

    void addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points);
    void setWindowSeconds(double seconds);
    QCustomPlot* plot() const { return m_plot; }

    /// Number of lines (one per CPU seen so far).
    int lineCount() const;
    /// Number of points the line of CPU `core` holds.
    int pointCount(int core) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void ensureLines(size_t cores);
    void retranslate();

    QCustomPlot* m_plot;
    double m_windowSeconds = 60.0;
};

} // namespace kc::ui
