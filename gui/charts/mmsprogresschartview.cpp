// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/mmsprogresschartview.h"

#include "gui/charts/chartformat.h"
#include "gui/charts/chartparts.h"
#include "gui/charts/timechartview.h"
#include "model/decimator.h"
#include "model/seriesmath.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

using model::TaskPhase;

// Bottom to top of the stack.
constexpr std::array<TaskPhase, model::TaskPhaseCount> StackOrder{
    TaskPhase::Done, TaskPhase::Data, TaskPhase::Schema, TaskPhase::Pending, TaskPhase::Failed};
// One grid point every few pixels is plenty for counts that change at each poll.
constexpr int PixelsPerGridPoint = 3;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
const QMargins BaseMargins(4, 4, 20, 4);

QColor phaseColor(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Pending:
        return QColor(170, 170, 170);
    case TaskPhase::Schema:
        return QColor(142, 68, 173);
    case TaskPhase::Data:
        return QColor(32, 101, 196);
    case TaskPhase::Done:
        return QColor(46, 160, 67);
    case TaskPhase::Failed:
        return QColor(200, 40, 40);
    }
    return {};
}

QString phaseName(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Pending:
        return MmsProgressChartView::tr("Waiting");
    case TaskPhase::Schema:
        return MmsProgressChartView::tr("Migrating schema");
    case TaskPhase::Data:
        return MmsProgressChartView::tr("Migrating data");
    case TaskPhase::Done:
        return MmsProgressChartView::tr("Done");
    case TaskPhase::Failed:
        return MmsProgressChartView::tr("Failed");
    }
    return {};
}

// The value held at t (the newest finite reading at or before it), 0 before any reading.
double heldAt(const model::Series &s, qint64 t)
{
    const auto i = s.lastFiniteAtOrBefore(t);
    return i ? s.value(*i) : 0.0;
}

double latest(const model::Series &s)
{
    const auto sample = s.latestFinite();
    return sample ? sample->v : 0.0;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setMargins(BaseMargins);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

MmsProgressChartView::MmsProgressChartView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_tasksChart(newChart())
    , m_rateChart(newChart())
    , m_tasksLabel(headerLabel("mmsTasks", this))
    , m_partitionsLabel(headerLabel("mmsPartitions", this))
    , m_rateLabel(headerLabel("mmsThroughput", this))
    , m_etaLabel(headerLabel("mmsEta", this))
{
    setObjectName(QStringLiteral("mmsProgressChart"));
    m_tasksView = new TimeChartView(m_tasksChart, this);
    m_rateView = new TimeChartView(m_rateChart, this);
    for (TimeChartView *view : {m_tasksView, m_rateView})
        view->setMinimumSpan(5 * Minute);

    m_taskAxis = new QValueAxis(m_tasksChart);
    m_taskAxis->setTitleText(tr("Tasks"));
    m_tasksChart->addAxis(m_taskAxis, Qt::AlignLeft);
    m_partitionAxis = new QValueAxis(m_tasksChart);
    m_partitionAxis->setTitleText(tr("Partitions done"));
    m_tasksChart->addAxis(m_partitionAxis, Qt::AlignRight);
    for (std::size_t k = 0; k < StackOrder.size(); ++k) {
        const TaskPhase phase = StackOrder[k];
        m_upper[k] = new QLineSeries(m_tasksChart);
        m_lower[k] = k == 0 ? nullptr : new QLineSeries(m_tasksChart);
        auto *area = new QAreaSeries(m_upper[k], m_lower[k]);
        area->setParent(m_tasksChart);
        area->setName(phaseName(phase));
        QColor fill = phaseColor(phase);
        fill.setAlpha(190);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        m_tasksChart->addSeries(area);
        area->attachAxis(m_tasksView->timeAxis());
        area->attachAxis(m_taskAxis);
        m_areas[k] = area;
    }
    m_partitions = new QLineSeries(m_tasksChart);
    m_partitions->setName(tr("Partitions done"));
    m_partitions->setPen(QPen(QColor(20, 20, 20), 2));
    m_tasksChart->addSeries(m_partitions);
    m_partitions->attachAxis(m_tasksView->timeAxis());
    m_partitions->attachAxis(m_partitionAxis);

    m_rateAxis = new QValueAxis(m_rateChart);
    m_rateChart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_rateUpper = new QLineSeries(m_rateChart);
    m_rateArea = new QAreaSeries(m_rateUpper);
    m_rateArea->setParent(m_rateChart);
    m_rateArea->setBrush(QColor(32, 101, 196, 120));
    m_rateArea->setPen(QPen(QColor(32, 101, 196), 1.5));
    m_rateChart->legend()->setAlignment(Qt::AlignTop);
    m_rateChart->addSeries(m_rateArea);
    m_rateArea->attachAxis(m_rateView->timeAxis());
    m_rateArea->attachAxis(m_rateAxis);

    auto *header = headerLayout({m_tasksLabel, m_partitionsLabel, m_rateLabel, m_etaLabel});
    QFont bold = m_etaLabel->font();
    bold.setBold(true);
    m_etaLabel->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_tasksView, 2);
    layout->addWidget(m_rateView, 1);

    // Zooming or panning either chart moves both; equal ranges stop the echo.
    connect(m_tasksView, &TimeChartView::visibleRangeChanged, this, [this](qint64 a, qint64 b) {
        m_rateView->setVisibleRange(a, b);
        redraw();
    });
    connect(m_rateView, &TimeChartView::visibleRangeChanged, this,
            [this](qint64 a, qint64 b) { m_tasksView->setVisibleRange(a, b); });
    connect(m_tasksView, &TimeChartView::plotWidthChanged, this, [this] { redraw(); });
    // Aligning changes the plot areas again: queue it so it never runs inside a layout pass.
    for (QChart *chart : {m_tasksChart, m_rateChart}) {
        connect(chart, &QChart::plotAreaChanged, this, [this] {
            if (m_alignQueued)
                return;
            m_alignQueued = true;
            QMetaObject::invokeMethod(
                this, [this] { alignPlots(); }, Qt::QueuedConnection);
        });
    }
    refresh();
}

MmsProgressChartView::~MmsProgressChartView() = default;

void MmsProgressChartView::setHistory(std::shared_ptr<const model::ProgressHistory> history)
{
    m_history = std::move(history);
    refresh();
    showAll();
}

void MmsProgressChartView::setCompletionConfig(const model::CompletionConfig &config)
{
    m_config = config;
    refresh();
}

void MmsProgressChartView::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    refresh();
}

void MmsProgressChartView::setTitle(const QString &title)
{
    m_tasksChart->setTitle(title);
}

void MmsProgressChartView::setVisibleRange(qint64 from, qint64 to)
{
    m_tasksView->setVisibleRange(from, to);
}

void MmsProgressChartView::showAll()
{
    m_tasksView->showAll();
}

void MmsProgressChartView::refresh()
{
    const qint64 now = m_clock();
    qint64 from = now - Hour;
    qint64 to = now;
    m_estimate = {};
    if (m_history) {
        if (const auto span = m_history->timeSpan()) {
            from = span->first;
            to = span->second;
        }
        if (m_history->partitionsTotal > 0) {
            m_estimate = model::estimateCompletion(m_history->partitionsDone,
                                                   m_history->partitionsTotal, now, m_config);
        } else {
            // No partition total: estimate on tasks, total = all tasks at the newest poll.
            double total = 0;
            for (const model::Series &s : m_history->tasksByPhase)
                total += latest(s);
            m_estimate =
                model::estimateCompletion(m_history->tasks(TaskPhase::Done), total, now, m_config);
        }
    }
    const bool follow = m_tasksView->visibleTo() >= m_tasksView->boundsTo();
    const qint64 oldFrom = m_tasksView->visibleFrom();
    const qint64 oldTo = m_tasksView->visibleTo();
    const qint64 grown = std::max<qint64>(0, to - m_tasksView->boundsTo());
    for (TimeChartView *view : {m_tasksView, m_rateView})
        view->setBounds(from, to);
    if (follow)
        m_tasksView->setVisibleRange(oldFrom + grown, oldTo + grown);
    else
        m_tasksView->setVisibleRange(oldFrom, oldTo);
    updateLabels();
    redraw();
}

void MmsProgressChartView::alignPlots()
{
    m_alignQueued = false;
    // A chart whose margins were just changed has not laid out yet: wait for its new plot area.
    if ((m_tasksStale && m_tasksChart->plotArea() == m_tasksStaleArea) ||
        (m_rateStale && m_rateChart->plotArea() == m_rateStaleArea))
        return;
    m_tasksStale = m_rateStale = false;
    // The room each chart's axes take on the left and right, without what was added before.
    const auto natural = [](QChart *chart, const QMargins &extra) {
        const QRectF plot = chart->plotArea();
        return std::pair<int, int>{int(plot.left()) - extra.left(),
                                   int(chart->size().width() - plot.right()) - extra.right()};
    };
    const auto [tasksLeft, tasksRight] = natural(m_tasksChart, m_tasksExtra);
    const auto [rateLeft, rateRight] = natural(m_rateChart, m_rateExtra);
    const int left = std::max(tasksLeft, rateLeft);
    const int right = std::max(tasksRight, rateRight);
    const QMargins tasksExtra(left - tasksLeft, 0, right - tasksRight, 0);
    const QMargins rateExtra(left - rateLeft, 0, right - rateRight, 0);
    if (tasksExtra != m_tasksExtra) {
        m_tasksExtra = tasksExtra;
        m_tasksStale = true;
        m_tasksStaleArea = m_tasksChart->plotArea();
        m_tasksChart->setMargins(BaseMargins + tasksExtra);
    }
    if (rateExtra != m_rateExtra) {
        m_rateExtra = rateExtra;
        m_rateStale = true;
        m_rateStaleArea = m_rateChart->plotArea();
        m_rateChart->setMargins(BaseMargins + rateExtra);
    }
}

void MmsProgressChartView::redraw()
{
    const qint64 from = m_tasksView->visibleFrom();
    const qint64 to = m_tasksView->visibleTo();
    const int width = m_tasksView->plotWidth();
    if (!m_history) {
        for (std::size_t k = 0; k < StackOrder.size(); ++k) {
            m_upper[k]->clear();
            if (m_lower[k])
                m_lower[k]->clear();
        }
        m_partitions->clear();
        m_rateUpper->clear();
        m_gridPoints = m_rateSteps = 0;
        return;
    }
    const model::ProgressHistory &h = *m_history;

    // A shared time grid over the part of the range that has data, so the areas stack.
    const auto span = h.timeSpan();
    QList<qint64> grid;
    if (span) {
        const qint64 a = std::max(from, span->first);
        const qint64 b = std::min(to, span->second);
        const int n = std::max(2, width / PixelsPerGridPoint);
        for (int i = 0; i < n && b >= a; ++i)
            grid.append(a + (b - a) * i / (n - 1));
    }
    std::array<QList<QPointF>, model::TaskPhaseCount> stacked;
    double maxTasks = 1;
    for (qint64 t : grid) {
        double sum = 0;
        for (std::size_t k = 0; k < StackOrder.size(); ++k) {
            sum += heldAt(h.tasks(StackOrder[k]), t);
            stacked[k].append(QPointF(double(t), sum));
        }
        maxTasks = std::max(maxTasks, sum);
    }
    for (std::size_t k = 0; k < StackOrder.size(); ++k) {
        m_upper[k]->replace(stacked[k]);
        if (m_lower[k])
            m_lower[k]->replace(stacked[k - 1]);
    }
    m_gridPoints = grid.size();
    applyScale(m_taskAxis, niceScale(maxTasks));

    const QList<QPointF> partitions = model::decimate(h.partitionsDone, {from, to, width});
    m_partitions->replace(partitions);
    double maxPartitions = std::max(1.0, h.partitionsTotal);
    for (const QPointF &p : partitions) {
        if (!model::isGapSeparator(p))
            maxPartitions = std::max(maxPartitions, p.y());
    }
    applyScale(m_partitionAxis, niceScale(maxPartitions));

    // Throughput: about 48 steps across the view, at a round width.
    static constexpr qint64 steps[] = {Minute,      2 * Minute,  5 * Minute, 10 * Minute,
                                       15 * Minute, 30 * Minute, Hour,       2 * Hour,
                                       3 * Hour,    6 * Hour,    12 * Hour,  24 * Hour};
    m_rateStepMs = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (s * 48 >= to - from) {
            m_rateStepMs = s;
            break;
        }
    }
    const model::Series rate = model::rateSeries(h.partitionsDone, m_rateStepMs);
    QList<QPointF> bars;
    double maxRate = 1;
    m_rateSteps = 0;
    for (qsizetype i = rate.lowerBound(from); i < rate.size(); ++i) {
        const qint64 end = rate.time(i);
        if (end - m_rateStepMs > to)
            break;
        const double r = std::max(0.0, rate.value(i));
        bars << QPointF(double(end - m_rateStepMs), r) << QPointF(double(end), r);
        maxRate = std::max(maxRate, r);
        ++m_rateSteps;
    }
    m_rateUpper->replace(bars);
    m_rateArea->setName(
        tr("Partitions per hour, in steps of %1").arg(formatDuration(m_rateStepMs)));
    applyScale(m_rateAxis, niceScale(maxRate * 1.1));
}

void MmsProgressChartView::updateLabels()
{
    if (!m_history) {
        for (QLabel *label : {m_tasksLabel, m_partitionsLabel, m_rateLabel, m_etaLabel})
            label->clear();
        return;
    }
    const model::ProgressHistory &h = *m_history;
    const double done = latest(h.tasks(TaskPhase::Done));
    const double running = latest(h.tasks(TaskPhase::Schema)) + latest(h.tasks(TaskPhase::Data));
    const double waiting = latest(h.tasks(TaskPhase::Pending));
    const double failed = latest(h.tasks(TaskPhase::Failed));
    m_tasksLabel->setText(tr("Tasks: %1 done, %2 running, %3 waiting, %4 failed")
                              .arg(formatNumber(done, 0), formatNumber(running, 0),
                                   formatNumber(waiting, 0), formatNumber(failed, 0)));
    const double partitions = latest(h.partitionsDone);
    if (h.partitionsTotal > 0) {
        m_partitionsLabel->setText(
            tr("Partitions %1 of %2 (%3%)")
                .arg(formatNumber(partitions, 0), formatNumber(h.partitionsTotal, 0),
                     formatNumber(100.0 * partitions / h.partitionsTotal, 1)));
    } else {
        m_partitionsLabel->setText(tr("Partitions done: %1").arg(formatNumber(partitions, 0)));
    }
    const bool onPartitions = h.partitionsTotal > 0;
    const model::CompletionEstimate &e = m_estimate;
    const QString rate = formatNumber(e.ratePerHour, e.ratePerHour < 10 ? 1 : 0);
    m_rateLabel->setText(onPartitions ? tr("Throughput %1 partitions/h").arg(rate)
                                      : tr("Throughput %1 tasks/h").arg(rate));
    using Status = model::CompletionEstimate::Status;
    const qint64 now = m_clock();
    switch (e.status) {
    case Status::Insufficient:
        m_etaLabel->setText(tr("ETA: not enough history yet"));
        m_rateLabel->setText(tr("Throughput: not enough history"));
        break;
    case Status::Done:
        m_etaLabel->setText(onPartitions ? tr("All partitions done") : tr("All tasks done"));
        break;
    case Status::Stalled: {
        const auto span = h.timeSpan();
        const qint64 window =
            span ? std::min(m_config.windowMs, e.atMs - span->first) : m_config.windowMs;
        m_etaLabel->setText(
            tr("Not converging: no progress in the last %1").arg(formatDuration(window)));
        break;
    }
    case Status::Estimating:
        if (e.etaHighMs)
            m_etaLabel->setText(tr("Done in about %1 (%2 to %3), around %4")
                                    .arg(formatDuration(*e.etaMs), formatDuration(*e.etaLowMs),
                                         formatDuration(*e.etaHighMs),
                                         formatMoment(e.atMs + *e.etaMs, now)));
        else
            m_etaLabel->setText(tr("Done in about %1 (at least %2, no upper bound)")
                                    .arg(formatDuration(*e.etaMs), formatDuration(*e.etaLowMs)));
        break;
    }
}

} // namespace ferry::gui
