// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/lagchartview.h"

#include "gui/charts/chartformat.h"
#include "gui/charts/chartparts.h"
#include "gui/charts/polylineitem.h"
#include "gui/charts/timechartview.h"
#include "model/decimator.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

const QColor LagColor(32, 101, 196);
const QColor ThresholdColor(200, 40, 40);

} // namespace

LagChartView::LagChartView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_chart(new QChart)
    , m_lagLabel(headerLabel("lagValue", this))
    , m_trendLabel(headerLabel("lagTrend", this))
    , m_etaLabel(headerLabel("lagEta", this))
    , m_gateLabel(headerLabel("lagGate", this))
{
    setObjectName(QStringLiteral("lagChart"));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 20, 4));
    m_view = new TimeChartView(m_chart, this);
    m_view->setMinimumSpan(10 * 1000);

    m_gapBand = std::make_unique<BandSeries>(m_chart);
    m_gapBand->area()->setBrush(QBrush(QColor(120, 120, 120, 110), Qt::BDiagPattern));
    m_goBand = std::make_unique<BandSeries>(m_chart);
    m_goBand->area()->setBrush(QColor(46, 160, 67, 55));
    m_threshold = new QLineSeries(m_chart);
    QPen thresholdPen(ThresholdColor, 1.5, Qt::DashLine);
    m_threshold->setPen(thresholdPen);

    m_yAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_gapBand->area()),
                               static_cast<QAbstractSeries *>(m_goBand->area()),
                               static_cast<QAbstractSeries *>(m_threshold)}) {
        m_chart->addSeries(s);
        s->attachAxis(m_view->timeAxis());
        s->attachAxis(m_yAxis);
    }
    m_legendLine = new QLineSeries(m_chart);
    m_legendLine->setPen(QPen(LagColor, 2.0));
    m_chart->addSeries(m_legendLine);
    m_legendLine->attachAxis(m_view->timeAxis());
    m_legendLine->attachAxis(m_yAxis);
    m_line = new PolylineItem(m_chart, m_view->timeAxis(), m_yAxis);
    // One pixel wide: the raster engine draws thin lines directly, while a wider pen strokes the
    // whole polyline into polygons first, which costs ten times more at a few thousand points.
    m_line->setPen(QPen(LagColor, 1.0));
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_line->plotAreaChanged(); });

    auto *header = headerLayout({m_lagLabel, m_gateLabel, m_trendLabel, m_etaLabel});
    QFont big = m_lagLabel->font();
    big.setBold(true);
    m_lagLabel->setFont(big);
    m_gateLabel->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_view, &TimeChartView::visibleRangeChanged, this, [this] { redraw(); });
    connect(m_view, &TimeChartView::plotWidthChanged, this, [this] { redraw(); });
    connect(m_view, &TimeChartView::hovered, this,
            [this](qint64 t, double, const QPoint &pos) { showHover(t, pos); });
    setGateConfig(m_gate.config());
}

LagChartView::~LagChartView() = default;

void LagChartView::setLagSeries(std::shared_ptr<const model::Series> lagMs)
{
    m_series = std::move(lagMs);
    refresh();
    showAll();
}

void LagChartView::setGateConfig(const model::LagGateConfig &config)
{
    m_gate = model::LagGate(config);
    m_threshold->setName(tr("Threshold %1").arg(formatDuration(config.thresholdMs)));
    m_goBand->area()->setName(
        tr("Go: under %1 for %2")
            .arg(formatDuration(config.thresholdMs), formatDuration(config.windowMs)));
    m_gapBand->area()->setName(tr("No reading"));
    m_legendLine->setName(tr("Lag"));
    refresh();
}

void LagChartView::setDrainConfig(const model::LagDrainConfig &config)
{
    m_drainConfig = config;
    refresh();
}

void LagChartView::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    refresh();
}

void LagChartView::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

qint64 LagChartView::now() const
{
    return m_clock();
}

void LagChartView::setVisibleRange(qint64 from, qint64 to)
{
    m_view->setVisibleRange(from, to);
}

void LagChartView::showAll()
{
    m_view->showAll();
}

void LagChartView::refresh()
{
    const qint64 nowMs = now();
    if (m_series) {
        m_goIntervals = m_gate.goIntervals(*m_series);
        m_state = m_gate.evaluate(*m_series, nowMs);
        m_drain = model::estimateLagDrain(*m_series, nowMs, m_drainConfig);
    } else {
        m_goIntervals.clear();
        m_state = {};
        m_drain = {};
    }
    const bool follow = m_view->visibleTo() >= m_view->boundsTo();
    updateBounds(follow);
    updateLabels();
    redraw();
}

void LagChartView::updateBounds(bool follow)
{
    qint64 from = now() - 3600 * 1000;
    qint64 to = now();
    if (m_series && !m_series->isEmpty()) {
        from = m_series->time(0);
        to = m_series->time(m_series->size() - 1);
    }
    const qint64 oldFrom = m_view->visibleFrom();
    const qint64 oldTo = m_view->visibleTo();
    const qint64 oldBoundsTo = m_view->boundsTo();
    m_view->setBounds(from, to);
    if (follow && to > oldBoundsTo)
        m_view->setVisibleRange(oldFrom + (to - oldBoundsTo), oldTo + (to - oldBoundsTo));
    else
        m_view->setVisibleRange(oldFrom, oldTo);
}

void LagChartView::redraw()
{
    const qint64 from = m_view->visibleFrom();
    const qint64 to = m_view->visibleTo();
    const int width = m_view->plotWidth();
    const double msPerPixel = double(to - from) / width;

    QList<QPointF> points;
    if (m_series) {
        model::DecimationRequest request{from, to, width, m_gate.config().maxGapMs, true};
        points = model::decimate(*m_series, request);
    }

    // The unit follows the largest visible lag so the numbers stay short.
    double maxMs = double(m_gate.config().thresholdMs) * 1.5;
    for (const QPointF &p : points) {
        if (!model::isGapSeparator(p) && p.x() >= double(from) && p.x() <= double(to))
            maxMs = std::max(maxMs, p.y());
    }
    m_unitMs = maxMs < 180.0 * 1000 ? 1000.0 : maxMs < 3.0 * 3600 * 1000 ? 60'000.0 : 3'600'000.0;
    const NiceScale scale = niceScale(maxMs * 1.05 / m_unitMs);
    m_yAxis->setTitleText(m_unitMs == 1000.0    ? tr("Lag (s)")
                          : m_unitMs == 60000.0 ? tr("Lag (min)")
                                                : tr("Lag (h)"));

    // Split into lines at the drawn gaps, which are also shaded.
    QList<model::TimeRange> gaps;
    QList<QList<QPointF>> lines;
    QList<QPointF> line;
    line.reserve(points.size());
    qsizetype plotted = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if (model::isGapSeparator(p)) {
            gaps.append({qint64(points[i - 1].x()), qint64(points[i + 1].x())});
            lines.append(line);
            line.clear();
            continue;
        }
        line.append(QPointF(p.x(), p.y() / m_unitMs));
        ++plotted;
    }
    if (!line.isEmpty())
        lines.append(line);
    m_plotted = plotted;

    QList<model::TimeRange> visibleGo;
    for (const model::TimeRange &r : m_goIntervals) {
        if (r.to >= from && r.from <= to)
            visibleGo.append({std::max(r.from, from), std::min(r.to, to)});
    }
    m_goBand->setIntervals(visibleGo, 0, scale.max, msPerPixel);
    m_gapBand->setIntervals(gaps, 0, scale.max, 0);
    const double threshold = double(m_gate.config().thresholdMs) / m_unitMs;
    m_threshold->replace({QPointF(double(from), threshold), QPointF(double(to), threshold)});
    applyScale(m_yAxis, scale);
    m_line->setLines(std::move(lines));
}

void LagChartView::updateLabels()
{
    const qint64 nowMs = now();
    const QString threshold = formatDuration(m_gate.config().thresholdMs);
    if (std::isnan(m_state.lastValueMs))
        m_lagLabel->setText(tr("Lag: no reading"));
    else
        m_lagLabel->setText(tr("Lag %1").arg(formatDuration(qint64(m_state.lastValueMs))));

    using Trend = model::LagDrainEstimate::Trend;
    const QString rate = formatDuration(qint64(std::abs(m_drain.trendMsPerMinute)));
    switch (m_drain.trend) {
    case Trend::Unknown:
        m_trendLabel->setText(tr("Trend: not enough readings"));
        break;
    case Trend::Falling:
        m_trendLabel->setText(tr("Falling %1 per minute").arg(rate));
        break;
    case Trend::Rising:
        m_trendLabel->setText(tr("Rising %1 per minute").arg(rate));
        break;
    case Trend::Steady:
        m_trendLabel->setText(tr("Steady"));
        break;
    }

    using Status = model::LagDrainEstimate::Status;
    switch (m_drain.status) {
    case Status::Insufficient:
        m_etaLabel->setText(tr("Drain ETA: not enough readings"));
        break;
    case Status::CaughtUp:
        m_etaLabel->setText(
            tr("Caught up (under %1)").arg(formatDuration(qint64(m_drainConfig.caughtUpBelowMs))));
        break;
    case Status::NotConverging:
        m_etaLabel->setText(tr("Not converging"));
        break;
    case Status::Converging:
        m_etaLabel->setText(
            tr("Drains in about %1 (around %2)")
                .arg(formatDuration(*m_drain.etaMs), formatMoment(*m_drain.drainedAtMs, nowMs)));
        break;
    }

    using Reason = model::LagGateState::Reason;
    switch (m_state.reason) {
    case Reason::NoData:
        m_gateLabel->setText(tr("Gate unknown: no readings yet"));
        break;
    case Reason::Stale:
        m_gateLabel->setText(
            tr("Gate unknown: no reading since %1").arg(formatMoment(m_state.sinceMs, nowMs)));
        break;
    case Reason::NoReading:
        m_gateLabel->setText(tr("Gate unknown: DTS reports no delay since %1")
                                 .arg(formatMoment(m_state.sinceMs, nowMs)));
        break;
    case Reason::OverThreshold:
        m_gateLabel->setText(tr("No go: at or over %1 since %2")
                                 .arg(threshold, formatMoment(m_state.sinceMs, nowMs)));
        break;
    case Reason::Settling:
        m_gateLabel->setText(tr("No go yet: under %1 since %2, go at %3")
                                 .arg(threshold, formatMoment(m_state.sinceMs, nowMs),
                                      formatMoment(m_state.goAtMs, nowMs)));
        break;
    case Reason::Sustained:
        m_gateLabel->setText(tr("Go since %1").arg(formatMoment(m_state.sinceMs, nowMs)));
        break;
    }
    const bool go = m_state.kind == model::LagGateState::Kind::Go;
    const bool unknown = m_state.kind == model::LagGateState::Kind::Unknown;
    m_gateLabel->setStyleSheet(go        ? QStringLiteral("color: #1e7b34;")
                               : unknown ? QStringLiteral("color: #666666;")
                                         : QStringLiteral("color: #b02a2a;"));
}

void LagChartView::showHover(qint64 timeMs, const QPoint &globalPos)
{
    if (!m_series || m_series->isEmpty())
        return;
    qsizetype i = m_series->lowerBound(timeMs);
    if (i >= m_series->size() ||
        (i > 0 && timeMs - m_series->time(i - 1) < m_series->time(i) - timeMs))
        --i;
    const model::Sample s = m_series->at(i);
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.t), QLocale::ShortFormat);
    const QString value = std::isnan(s.v) ? tr("no reading") : formatDuration(qint64(s.v));
    QToolTip::showText(globalPos, tr("%1: lag %2").arg(when, value), m_view);
}

qsizetype LagChartView::plottedBytes() const
{
    return m_line->pointCount() * qsizetype(sizeof(QPointF));
}

int LagChartView::plottedSegmentCount() const
{
    return int(m_line->lines().size());
}

const QList<QList<QPointF>> &LagChartView::plottedLines() const
{
    return m_line->lines();
}

int LagChartView::goBandCount() const
{
    return m_goBand->count();
}

int LagChartView::gapBandCount() const
{
    return m_gapBand->count();
}

} // namespace ferry::gui
