// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/smcrunschartview.h"

#include "gui/charts/chartformat.h"
#include "gui/charts/chartparts.h"
#include "gui/charts/timechartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

namespace {

// Lane 0 (y 0..1) holds manual runs, lane 1 (y 1..2) scheduled ones; bars fill the middle.
constexpr double BarInset = 0.22;
const QColor ScheduledColor(32, 101, 196);
const QColor ManualColor(230, 126, 34);

double laneOf(model::RunTrigger trigger)
{
    return trigger == model::RunTrigger::Schedule ? 1.0 : 0.0;
}

} // namespace

SmcRunsChartView::SmcRunsChartView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_chart(new QChart)
    , m_intervalLabel(headerLabel("runInterval", this))
    , m_nextLabel(headerLabel("nextRun", this))
    , m_imagesLabel(headerLabel("imagesKept", this))
    , m_lastLabel(headerLabel("lastRun", this))
{
    setObjectName(QStringLiteral("smcRunsChart"));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 20, 4));
    m_view = new TimeChartView(m_chart, this);
    m_view->setMinimumSpan(60 * 1000);

    m_lanes = new QCategoryAxis(m_chart);
    m_lanes->setRange(0, 2);
    m_lanes->setStartValue(0);
    m_lanes->append(tr("Manual"), 1);
    m_lanes->append(tr("Scheduled"), 2);
    m_lanes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_chart->addAxis(m_lanes, Qt::AlignLeft);

    m_scheduled = std::make_unique<BandSeries>(m_chart);
    m_scheduled->area()->setBrush(ScheduledColor);
    m_scheduled->area()->setName(tr("Scheduled run"));
    m_manual = std::make_unique<BandSeries>(m_chart);
    m_manual->area()->setBrush(ManualColor);
    m_manual->area()->setName(tr("Manual run"));
    m_scheduledRunning = std::make_unique<BandSeries>(m_chart);
    m_scheduledRunning->area()->setBrush(QBrush(ScheduledColor, Qt::BDiagPattern));
    m_scheduledRunning->area()->setPen(QPen(ScheduledColor, 1));
    m_scheduledRunning->area()->setName(tr("Running"));
    m_manualRunning = std::make_unique<BandSeries>(m_chart);
    m_manualRunning->area()->setBrush(QBrush(ManualColor, Qt::BDiagPattern));
    m_manualRunning->area()->setPen(QPen(ManualColor, 1));
    m_manualRunning->area()->setName(tr("Running"));

    m_slots = new QScatterSeries(m_chart);
    m_slots->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_slots->setMarkerSize(5);
    m_slots->setColor(QColor(90, 90, 90));
    m_slots->setBorderColor(QColor(90, 90, 90));
    m_nextLine = new QLineSeries(m_chart);
    m_nextLine->setPen(QPen(QColor(46, 160, 67), 2, Qt::DashLine));
    m_nextLine->setName(tr("Next scheduled run"));

    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_scheduled->area()),
          static_cast<QAbstractSeries *>(m_manual->area()),
          static_cast<QAbstractSeries *>(m_scheduledRunning->area()),
          static_cast<QAbstractSeries *>(m_manualRunning->area()),
          static_cast<QAbstractSeries *>(m_slots), static_cast<QAbstractSeries *>(m_nextLine)}) {
        m_chart->addSeries(s);
        s->attachAxis(m_view->timeAxis());
        s->attachAxis(m_lanes);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_manualRunning->area()))
        marker->setVisible(false);

    auto *header = headerLayout({m_nextLabel, m_intervalLabel, m_lastLabel, m_imagesLabel});
    QFont bold = m_nextLabel->font();
    bold.setBold(true);
    m_nextLabel->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_view, &TimeChartView::visibleRangeChanged, this, [this] { rebuild(); });
    connect(m_view, &TimeChartView::plotWidthChanged, this, [this] { rebuild(); });
    connect(m_view, &TimeChartView::hovered, this,
            [this](qint64 t, double lane, const QPoint &pos) { showHover(t, lane, pos); });
    setRuns({}, {});
}

SmcRunsChartView::~SmcRunsChartView() = default;

void SmcRunsChartView::setRuns(const QList<model::ReplicationRun> &runs,
                               const model::RunSchedule &schedule)
{
    m_runs = model::sortedRuns(runs);
    m_schedule = schedule;
    const qint64 now = m_clock();
    m_next = model::nextScheduledRun(m_runs, m_schedule, now);
    m_images = model::imagesKept(m_runs, m_schedule);

    qint64 from = now - 24 * 3600 * 1000;
    qint64 to = now;
    if (!m_runs.isEmpty()) {
        from = m_runs.first().startMs;
        to = std::max(to, m_runs.last().endMs.value_or(now));
    }
    if (m_next)
        to = std::max(to, *m_next);
    const qint64 margin = std::max<qint64>((to - from) / 40, 60 * 1000);
    m_view->setBounds(from - margin, to + margin);
    updateLabels();
    m_view->showAll();
    rebuild();
}

void SmcRunsChartView::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    setRuns(m_runs, m_schedule);
}

void SmcRunsChartView::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void SmcRunsChartView::setVisibleRange(qint64 from, qint64 to)
{
    m_view->setVisibleRange(from, to);
}

void SmcRunsChartView::showAll()
{
    m_view->showAll();
}

void SmcRunsChartView::rebuild()
{
    const qint64 now = m_clock();
    const double msPerPixel =
        double(m_view->visibleTo() - m_view->visibleFrom()) / m_view->plotWidth();
    QList<model::TimeRange> scheduled, manual, scheduledRunning, manualRunning;
    for (const model::ReplicationRun &run : m_runs) {
        const model::TimeRange span{run.startMs, run.endMs.value_or(std::max(now, run.startMs))};
        const bool isScheduled = run.trigger == model::RunTrigger::Schedule;
        if (run.isRunning())
            (isScheduled ? scheduledRunning : manualRunning).append(span);
        else
            (isScheduled ? scheduled : manual).append(span);
    }
    // Two pixels at least, so a short run never vanishes at a wide zoom.
    const double minWidth = 2 * msPerPixel;
    const double s = laneOf(model::RunTrigger::Schedule);
    const double m = laneOf(model::RunTrigger::Manual);
    m_scheduled->setIntervals(scheduled, s + BarInset, s + 1 - BarInset, minWidth);
    m_manual->setIntervals(manual, m + BarInset, m + 1 - BarInset, minWidth);
    m_scheduledRunning->setIntervals(scheduledRunning, s + BarInset, s + 1 - BarInset, minWidth);
    m_manualRunning->setIntervals(manualRunning, m + BarInset, m + 1 - BarInset, minWidth);

    QList<QPointF> marks;
    if (m_schedule.intervalMs > 0 && m_next) {
        std::optional<qint64> first = m_schedule.scheduledStartMs;
        for (const model::ReplicationRun &run : m_runs) {
            if (run.trigger == model::RunTrigger::Schedule) {
                first = first ? std::min(*first, run.startMs) : run.startMs;
                break;
            }
        }
        // Slot marks only where they are at least a few pixels apart.
        if (first && double(m_schedule.intervalMs) >= 4 * msPerPixel) {
            for (qint64 t = *first; t <= *m_next; t += m_schedule.intervalMs)
                marks.append(QPointF(double(t), 2.0 - BarInset / 2));
        }
    }
    m_slots->replace(marks);
    if (m_next)
        m_nextLine->replace({QPointF(double(*m_next), 0), QPointF(double(*m_next), 2)});
    else
        m_nextLine->clear();
}

void SmcRunsChartView::updateLabels()
{
    const qint64 now = m_clock();
    const QString interval = formatDuration(m_schedule.intervalMs);
    m_slots->setName(m_schedule.intervalMs > 0 ? tr("Scheduled slot (every %1)").arg(interval)
                                               : tr("Scheduled slot"));
    m_intervalLabel->setText(m_schedule.intervalMs > 0 ? tr("Runs every %1").arg(interval)
                                                       : tr("Runs once"));
    m_nextLabel->setText(m_next
                             ? tr("Next run %1 (in %2)")
                                   .arg(formatMoment(*m_next, now), formatDuration(*m_next - now))
                             : tr("No scheduled run"));
    m_imagesLabel->setText(
        m_schedule.maxImagesToKeep > 0
            ? tr("Images kept %1 of %2").arg(m_images).arg(m_schedule.maxImagesToKeep)
            : tr("Images kept %1").arg(m_images));
    if (m_runs.isEmpty()) {
        m_lastLabel->setText(tr("No runs yet"));
        return;
    }
    const model::ReplicationRun &last = m_runs.last();
    if (last.isRunning())
        m_lastLabel->setText(tr("Running for %1").arg(formatDuration(now - last.startMs)));
    else
        m_lastLabel->setText(
            tr("Last run took %1").arg(formatDuration(*last.endMs - last.startMs)));
}

void SmcRunsChartView::showHover(qint64 timeMs, double lane, const QPoint &globalPos)
{
    const model::RunTrigger trigger =
        lane >= 1.0 ? model::RunTrigger::Schedule : model::RunTrigger::Manual;
    const qint64 slack =
        qint64(2 * double(m_view->visibleTo() - m_view->visibleFrom()) / m_view->plotWidth());
    const qint64 now = m_clock();
    for (const model::ReplicationRun &run : m_runs) {
        const qint64 end = run.endMs.value_or(now);
        if (run.trigger != trigger || timeMs < run.startMs - slack || timeMs > end + slack)
            continue;
        const QString kind =
            trigger == model::RunTrigger::Schedule ? tr("Scheduled run") : tr("Manual run");
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startMs), QLocale::ShortFormat);
        QString text =
            run.isRunning()
                ? tr("%1 since %2, running for %3")
                      .arg(kind, when, formatDuration(now - run.startMs))
                : tr("%1 at %2, took %3").arg(kind, when, formatDuration(end - run.startMs));
        if (!run.imageId.isEmpty())
            text = tr("%1; image %2").arg(text, run.imageId);
        QToolTip::showText(globalPos, text, m_view);
        return;
    }
    QToolTip::hideText();
}

int SmcRunsChartView::barCount(model::RunTrigger trigger) const
{
    return trigger == model::RunTrigger::Schedule
               ? m_scheduled->count() + m_scheduledRunning->count()
               : m_manual->count() + m_manualRunning->count();
}

int SmcRunsChartView::slotCount() const
{
    return int(m_slots->count());
}

} // namespace ferry::gui
