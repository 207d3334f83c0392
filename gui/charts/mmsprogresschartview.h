// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/eta.h"
#include "model/seriesprogress.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>

class QAreaSeries;
class QChart;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace ferry::gui {

class TimeChartView;

/// Progress of an MMS migration job: tasks by phase over time (stacked), partitions done, the
/// partition throughput per hour in a second chart below (zoom and pan move both), and above
/// them the counts, the throughput and an ETA from the recent rate with its range. It reads a
/// model ProgressHistory and nothing else.
class MmsProgressChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsProgressChartView)

public:
    explicit MmsProgressChartView(QWidget *parent = nullptr);
    ~MmsProgressChartView() override;

    /// The history to draw, shared with the code that records polls into it. Shows all of it.
    void setHistory(std::shared_ptr<const model::ProgressHistory> history);
    /// Re-reads the history after polls were recorded; keeps following the newest data when
    /// the view showed it.
    void refresh();
    /// How the ETA reads the recent rate.
    void setCompletionConfig(const model::CompletionConfig &config);
    /// The clock "now" is read from (ms since the epoch); the system clock by default.
    void setClock(std::function<qint64()> nowMs);
    /// A title above the charts, for example the job's name.
    void setTitle(const QString &title);

    /// Shows [from, to] (ms since the epoch) in both charts.
    void setVisibleRange(qint64 from, qint64 to);
    void showAll();
    TimeChartView *tasksView() const { return m_tasksView; }
    TimeChartView *throughputView() const { return m_rateView; }

    /// The ETA at the last refresh(): partitions when their total is known, else tasks.
    const model::CompletionEstimate &estimate() const { return m_estimate; }
    /// Points plotted now per phase (all phases share one time grid).
    qsizetype gridPointCount() const { return m_gridPoints; }
    /// Throughput steps plotted now, and their width (ms).
    qsizetype throughputStepCount() const { return m_rateSteps; }
    qint64 throughputStepMs() const { return m_rateStepMs; }

private:
    void redraw();
    void updateLabels();
    void alignPlots();

    std::shared_ptr<const model::ProgressHistory> m_history;
    model::CompletionConfig m_config;
    std::function<qint64()> m_clock;
    model::CompletionEstimate m_estimate;

    QChart *m_tasksChart = nullptr;
    QChart *m_rateChart = nullptr;
    TimeChartView *m_tasksView = nullptr;
    TimeChartView *m_rateView = nullptr;
    QValueAxis *m_taskAxis = nullptr;
    QValueAxis *m_partitionAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    std::array<QLineSeries *, model::TaskPhaseCount> m_upper{};
    std::array<QLineSeries *, model::TaskPhaseCount> m_lower{};
    std::array<QAreaSeries *, model::TaskPhaseCount> m_areas{};
    QLineSeries *m_partitions = nullptr;
    QLineSeries *m_rateUpper = nullptr;
    QAreaSeries *m_rateArea = nullptr;
    QLabel *m_tasksLabel = nullptr;
    QLabel *m_partitionsLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    qsizetype m_gridPoints = 0;
    qsizetype m_rateSteps = 0;
    qint64 m_rateStepMs = 0;
    // Margins added to each chart so both plots span the same x pixels.
    QMargins m_tasksExtra;
    QMargins m_rateExtra;
    QRectF m_tasksStaleArea;
    QRectF m_rateStaleArea;
    bool m_tasksStale = false;
    bool m_rateStale = false;
    bool m_alignQueued = false;
};

} // namespace ferry::gui
