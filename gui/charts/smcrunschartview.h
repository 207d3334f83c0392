// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/seriesruns.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCategoryAxis;
class QChart;
class QLabel;
class QLineSeries;
class QScatterSeries;

namespace ferry::gui {

class BandSeries;
class TimeChartView;

/// The run history of an incremental SMC replication job: each run as a bar from start to end in
/// a Scheduled or a Manual lane (hatched while running), the configured interval as slot marks,
/// the next scheduled run as a dashed line, and above the chart the interval, the next run and
/// the images kept against the limit. It reads model run records and nothing else.
class SmcRunsChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcRunsChartView)

public:
    explicit SmcRunsChartView(QWidget *parent = nullptr);
    ~SmcRunsChartView() override;

    /// The runs (any order) and the job's schedule. Shows all of them.
    void setRuns(const QList<model::ReplicationRun> &runs, const model::RunSchedule &schedule);
    /// The clock "now" is read from (ms since the epoch); the system clock by default.
    void setClock(std::function<qint64()> nowMs);
    /// A title above the chart, for example the job's name.
    void setTitle(const QString &title);

    /// Shows [from, to] (ms since the epoch), clamped to the runs.
    void setVisibleRange(qint64 from, qint64 to);
    void showAll();
    TimeChartView *chartView() const { return m_view; }

    /// The next scheduled run, if any, as of the last setRuns().
    std::optional<qint64> nextRun() const { return m_next; }
    /// Images kept, as of the last setRuns().
    int imagesKept() const { return m_images; }
    /// Bars drawn for one trigger (finished and running).
    int barCount(model::RunTrigger trigger) const;
    /// Scheduled slot marks drawn.
    int slotCount() const;

private:
    void rebuild();
    void updateLabels();
    void showHover(qint64 timeMs, double lane, const QPoint &globalPos);

    QList<model::ReplicationRun> m_runs;
    model::RunSchedule m_schedule;
    std::function<qint64()> m_clock;
    std::optional<qint64> m_next;
    int m_images = 0;

    QChart *m_chart = nullptr;
    TimeChartView *m_view = nullptr;
    QCategoryAxis *m_lanes = nullptr;
    std::unique_ptr<BandSeries> m_scheduled;
    std::unique_ptr<BandSeries> m_manual;
    std::unique_ptr<BandSeries> m_scheduledRunning;
    std::unique_ptr<BandSeries> m_manualRunning;
    QScatterSeries *m_slots = nullptr;
    QLineSeries *m_nextLine = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_nextLabel = nullptr;
    QLabel *m_imagesLabel = nullptr;
    QLabel *m_lastLabel = nullptr;
};

} // namespace ferry::gui
