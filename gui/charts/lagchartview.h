// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/eta.h"
#include "model/laggate.h"
#include "model/series.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace ferry::gui {

class BandSeries;
class PolylineItem;
class TimeChartView;

/// DTS replication lag over time: the lag line (decimated to the pixel width on every zoom or
/// pan), the threshold line, a shaded "go" band where the lag gate is open, shaded gaps where
/// there was no reading, and above the chart the current lag, its trend, the drain ETA and the
/// gate's state. It reads a model series of lag in milliseconds and nothing else.
class LagChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagChartView)

public:
    explicit LagChartView(QWidget *parent = nullptr);
    ~LagChartView() override;

    /// The lag series to draw (ms, already normalised; see model/lagunits.h), shared with the
    /// code that appends to it. Shows all of it.
    void setLagSeries(std::shared_ptr<const model::Series> lagMs);
    /// Re-reads the series after readings were added: gate, ETA, labels and plot. When the view
    /// showed the newest reading it keeps following it.
    void refresh();
    /// The gate's threshold, window and maximum gap between readings.
    void setGateConfig(const model::LagGateConfig &config);
    /// How the drain ETA reads the recent lag.
    void setDrainConfig(const model::LagDrainConfig &config);
    /// The clock the gate and ETA judge "now" by (ms since the epoch); the system clock by
    /// default.
    void setClock(std::function<qint64()> nowMs);
    /// A title above the chart, for example the job's name.
    void setTitle(const QString &title);

    /// Shows [from, to] (ms since the epoch), clamped to the data.
    void setVisibleRange(qint64 from, qint64 to);
    /// Shows all the data.
    void showAll();
    /// The chart view (zoom and pan state, rendering).
    TimeChartView *chartView() const { return m_view; }

    /// The gate at the last refresh().
    const model::LagGateState &gateState() const { return m_state; }
    /// The drain estimate at the last refresh().
    const model::LagDrainEstimate &drainEstimate() const { return m_drain; }
    /// Every interval in which the gate was open, at the last refresh().
    const QList<model::TimeRange> &goIntervals() const { return m_goIntervals; }
    /// Lag points plotted now (after decimation, without gap separators).
    qsizetype plottedPointCount() const { return m_plotted; }
    /// Bytes of the plotted points held by the chart's series.
    qsizetype plottedBytes() const;
    /// Lines the lag is drawn as now (one per run between drawn gaps).
    int plottedSegmentCount() const;
    /// The lag lines drawn now, in axis units (x in ms, y in yUnitMs()).
    const QList<QList<QPointF>> &plottedLines() const;
    /// Go-band intervals drawn now.
    int goBandCount() const;
    /// Gaps drawn now.
    int gapBandCount() const;
    /// The y axis unit in ms (1000 = seconds, 60000 = minutes, 3600000 = hours).
    double yUnitMs() const { return m_unitMs; }

private:
    void redraw();
    void updateLabels();
    void updateBounds(bool follow);
    void showHover(qint64 timeMs, const QPoint &globalPos);
    qint64 now() const;

    std::shared_ptr<const model::Series> m_series;
    model::LagGate m_gate;
    model::LagDrainConfig m_drainConfig;
    std::function<qint64()> m_clock;

    QChart *m_chart = nullptr;
    TimeChartView *m_view = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLineSeries *m_threshold = nullptr;
    std::unique_ptr<BandSeries> m_goBand;
    std::unique_ptr<BandSeries> m_gapBand;
    QLineSeries *m_legendLine = nullptr; // empty: the legend entry of the lag line
    PolylineItem *m_line = nullptr;
    QLabel *m_lagLabel = nullptr;
    QLabel *m_trendLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_gateLabel = nullptr;

    model::LagGateState m_state;
    model::LagDrainEstimate m_drain;
    QList<model::TimeRange> m_goIntervals;
    qsizetype m_plotted = 0;
    double m_unitMs = 1000;
};

} // namespace ferry::gui
