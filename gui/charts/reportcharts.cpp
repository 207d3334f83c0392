// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/reportcharts.h"

#include "gui/charts/chartparts.h"
#include "model/decimator.h"
#include "model/laggate.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

using model::ReportChart;

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const QColor kAxis(0x55, 0x5f, 0x6b);
const QColor kGrid(0xe3, 0xe7, 0xec);
const QColor kText(0x2b, 0x33, 0x3d);
const QColor kLag(0x1f, 0x5f, 0xa8);
const QColor kThreshold(0xc0, 0x39, 0x2b);
const QColor kGoBand(0xd8, 0xf0, 0xdc);
const QColor kGapBand(0xee, 0xee, 0xee);
const QColor kSucceeded(0x2e, 0x7d, 0x4f);
const QColor kFailed(0xc0, 0x39, 0x2b);
const QColor kRunning(0xe0, 0x9b, 0x1a);
const QColor kNext(0x6b, 0x4f, 0xa3);
const QColor kPhaseColors[model::TaskPhaseCount] = {
    QColor(0xc5, 0xcb, 0xd3), // pending
    QColor(0x9b, 0x7f, 0xc7), // schema
    QColor(0x5b, 0x9b, 0xd5), // data
    QColor(0x4c, 0xa6, 0x6b), // done
    QColor(0xd9, 0x53, 0x4f), // failed
};

enum class Swatch
{
    Line,
    Dash,
    Box,
};

struct LegendEntry
{
    QColor color;
    QString label;
    Swatch swatch;
};

// Maps data to the plot rectangle.
struct Frame
{
    QRectF plot;
    qint64 from = 0;
    qint64 to = 1;
    double yMax = 1;

    double x(qint64 t) const
    {
        return plot.left() +
               plot.width() * double(t - from) / double(std::max<qint64>(1, to - from));
    }
    double y(double v) const
    {
        return plot.bottom() - plot.height() * std::clamp(v / yMax, 0.0, 1.0);
    }
};

QFont sized(const ReportChartStyle &style, double factor, bool bold = false)
{
    QFont f = style.font;
    f.setPointSizeF(style.font.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QPen pen(const QColor &color, double points, const ReportChartStyle &style,
         Qt::PenStyle penStyle = Qt::SolidLine)
{
    QPen p(color, points * style.pixelsPerPoint, penStyle, Qt::FlatCap, Qt::RoundJoin);
    return p;
}

// Draws the title and the legend; returns the space left below them.
QRectF header(QPainter &p, const QRectF &rect, const QString &title,
              const QList<LegendEntry> &legend, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QFont titleFont = sized(style, 1.1, true);
    const QFont labelFont = sized(style, 0.95);
    const QFontMetricsF tm(titleFont, p.device());
    const QFontMetricsF lm(labelFont, p.device());
    p.setFont(titleFont);
    p.setPen(kText);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), tm.height());
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
               tm.elidedText(title, Qt::ElideRight, rect.width()));
    double x = rect.left();
    double y = titleRect.bottom() + 3 * pt;
    const double swatchW = 14 * pt;
    p.setFont(labelFont);
    for (const LegendEntry &e : legend) {
        const double w = swatchW + 4 * pt + lm.horizontalAdvance(e.label) + 12 * pt;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += lm.height() + 2 * pt;
        }
        const double mid = y + lm.height() / 2;
        if (e.swatch == Swatch::Box) {
            p.fillRect(QRectF(x, mid - 4 * pt, swatchW, 8 * pt), e.color);
        } else {
            p.setPen(
                pen(e.color, 1.4, style, e.swatch == Swatch::Dash ? Qt::DashLine : Qt::SolidLine));
            p.drawLine(QPointF(x, mid), QPointF(x + swatchW, mid));
        }
        p.setPen(kText);
        p.drawText(QRectF(x + swatchW + 4 * pt, y, w, lm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, e.label);
        x += w;
    }
    y += lm.height() + 4 * pt;
    return QRectF(rect.left(), y, rect.width(), rect.bottom() - y);
}

// UTC ticks at round times, at most maxTicks of them.
QList<qint64> utcTicks(qint64 from, qint64 to, int maxTicks, qint64 *stepOut)
{
    static constexpr qint64 steps[] = {
        kMinute,   5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,
        2 * kHour, 3 * kHour,   6 * kHour,    12 * kHour,   kDay,         2 * kDay,
        7 * kDay,  14 * kDay,   28 * kDay,    91 * kDay,    364 * kDay};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if ((to - from) / s < maxTicks) {
            step = s;
            break;
        }
    }
    *stepOut = step;
    QList<qint64> out;
    qint64 t = (from / step) * step;
    if (t < from)
        t += step;
    for (; t <= to; t += step)
        out.append(t);
    return out;
}

QString tickLabel(qint64 t, qint64 step, bool first)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    if (step >= kDay)
        return when.toString(QStringLiteral("MM-dd"));
    if (first || when.time() == QTime(0, 0))
        return when.toString(QStringLiteral("MM-dd HH:mm"));
    return when.toString(QStringLiteral("HH:mm"));
}

// The plot area inside `area`, leaving room for the y labels (left), the right labels and the
// time labels (bottom).
QRectF plotArea(QPainter &p, const QRectF &area, const QStringList &leftLabels,
                const QStringList &rightLabels, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QFontMetricsF fm(sized(style, 0.9), p.device());
    double left = 0;
    for (const QString &l : leftLabels)
        left = std::max(left, fm.horizontalAdvance(l));
    double right = 0;
    for (const QString &l : rightLabels)
        right = std::max(right, fm.horizontalAdvance(l));
    const double bottom = fm.height() * 2.2;
    const double top = fm.height() * 1.5;
    return QRectF(area.left() + left + 5 * pt, area.top() + top,
                  area.width() - left - 5 * pt - std::max(right + 5 * pt, 8 * pt),
                  area.height() - bottom - top);
}

QString label(const ReportChart &c, int i)
{
    return i < c.legend.size() ? c.legend.at(i) : QString();
}

void timeAxis(QPainter &p, const Frame &f, const QString &title, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QFont font = sized(style, 0.9);
    const QFontMetricsF fm(font, p.device());
    const int maxTicks =
        std::max(2, int(f.plot.width() / fm.horizontalAdvance(QStringLiteral("00-00 00:00  "))));
    qint64 step = 0;
    const QList<qint64> ticks = utcTicks(f.from, f.to, maxTicks, &step);
    p.setFont(font);
    bool first = true;
    for (qint64 t : ticks) {
        const double x = f.x(t);
        p.setPen(pen(kGrid, 0.5, style));
        p.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        p.setPen(pen(kAxis, 0.6, style));
        p.drawLine(QPointF(x, f.plot.bottom()), QPointF(x, f.plot.bottom() + 2.5 * pt));
        const QString label = tickLabel(t, step, first);
        first = false;
        const double w = fm.horizontalAdvance(label) + 2 * pt;
        const double left =
            std::clamp(x - w / 2, f.plot.left() - 4 * pt, f.plot.right() - w + 4 * pt);
        p.setPen(kText);
        p.drawText(QRectF(left, f.plot.bottom() + 3 * pt, w, fm.height()), Qt::AlignCenter, label);
    }
    p.setPen(kAxis);
    p.drawText(
        QRectF(f.plot.left(), f.plot.bottom() + 3 * pt + fm.height(), f.plot.width(), fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, title);
    p.setPen(pen(kAxis, 0.8, style));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
}

// Labels in scale units; `factor` converts them to the frame's units (1000 for seconds on a
// millisecond frame).
void valueAxis(QPainter &p, const Frame &f, const NiceScale &scale, double factor,
               const QString &unit, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QFont font = sized(style, 0.9);
    const QFontMetricsF fm(font, p.device());
    p.setFont(font);
    for (double v = 0; v <= scale.max + scale.tick / 2; v += scale.tick) {
        const double y = f.y(v * factor);
        p.setPen(pen(kGrid, 0.5, style));
        if (v > 0)
            p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        p.setPen(kText);
        const QString label = style.locale.toString(v, 'f', scale.decimals);
        p.drawText(QRectF(f.plot.left() - 60 * pt, y - fm.height() / 2, 57 * pt, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.setPen(kAxis);
    p.drawText(QRectF(f.plot.left() + 3 * pt, f.plot.top() - fm.height() * 1.3, f.plot.width() / 2,
                      fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, unit);
    p.setPen(pen(kAxis, 0.8, style));
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
}

QStringList scaleLabels(const NiceScale &scale, const QLocale &locale)
{
    QStringList out;
    for (double v = 0; v <= scale.max + scale.tick / 2; v += scale.tick)
        out.append(locale.toString(v, 'f', scale.decimals));
    return out;
}

void emptyNote(QPainter &p, const QRectF &r, const QString &text, const ReportChartStyle &style)
{
    p.setFont(sized(style, 1.0));
    p.setPen(kAxis);
    p.drawText(r, Qt::AlignCenter, text);
}

void lagChart(QPainter &p, const QRectF &rect, const ReportChart &c, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QRectF area = header(p, rect, c.title,
                               {{kLag, label(c, 0), Swatch::Line},
                                {kThreshold, label(c, 1), Swatch::Dash},
                                {kGoBand, label(c, 2), Swatch::Box},
                                {kGapBand, label(c, 3), Swatch::Box}},
                               style);
    const model::Series &s = c.lagMs;
    if (s.isEmpty()) {
        emptyNote(p, area, c.emptyText, style);
        return;
    }
    double maxV = double(c.thresholdMs) * 1.25;
    for (double v : s.values()) {
        if (std::isfinite(v))
            maxV = std::max(maxV, v);
    }
    const NiceScale scale = niceScale(maxV / 1000.0);
    Frame f;
    f.plot = plotArea(p, area, scaleLabels(scale, style.locale), {}, style);
    f.from = s.time(0);
    f.to = std::max(s.time(s.size() - 1), f.from + kMinute);
    f.yMax = scale.max * 1000.0;

    model::LagGateConfig cfg;
    cfg.thresholdMs = c.thresholdMs;
    cfg.windowMs = c.windowMs;
    cfg.maxGapMs = c.maxGapMs;
    for (const model::TimeRange &r : model::LagGate(cfg).goIntervals(s, f.from, f.to))
        p.fillRect(QRectF(QPointF(f.x(r.from), f.plot.top()),
                          QPointF(std::max(f.x(r.to), f.x(r.from) + 0.8 * pt), f.plot.bottom())),
                   kGoBand);
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.time(i) - s.time(i - 1) > c.maxGapMs)
            p.fillRect(QRectF(QPointF(f.x(s.time(i - 1)), f.plot.top()),
                              QPointF(f.x(s.time(i)), f.plot.bottom())),
                       kGapBand);
    }
    valueAxis(p, f, scale, 1000.0, c.yTitle, style);
    timeAxis(p, f, c.xTitle, style);

    model::DecimationRequest req;
    req.from = f.from;
    req.to = f.to;
    req.buckets = std::max(1, int(f.plot.width() / pt));
    req.maxGapMs = c.maxGapMs;
    req.context = false;
    QPainterPath path;
    bool penDown = false;
    for (const QPointF &point : model::decimate(s, req)) {
        if (model::isGapSeparator(point)) {
            penDown = false;
            continue;
        }
        const QPointF q(f.x(qint64(point.x())), f.y(point.y()));
        if (penDown)
            path.lineTo(q);
        else
            path.moveTo(q);
        penDown = true;
    }
    p.save();
    p.setClipRect(f.plot.adjusted(0, -1 * pt, 0, 0));
    p.setPen(pen(kLag, 0.9, style));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const double ty = f.y(double(c.thresholdMs));
    p.setPen(pen(kThreshold, 1.0, style, Qt::DashLine));
    p.drawLine(QPointF(f.plot.left(), ty), QPointF(f.plot.right(), ty));
    p.restore();
}

void runsChart(QPainter &p, const QRectF &rect, const ReportChart &c, const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    const QRectF area = header(p, rect, c.title,
                               {{kSucceeded, label(c, 0), Swatch::Box},
                                {kFailed, label(c, 1), Swatch::Box},
                                {kRunning, label(c, 2), Swatch::Box},
                                {kNext, label(c, 3), Swatch::Dash}},
                               style);
    if (c.runs.isEmpty()) {
        emptyNote(p, area, c.emptyText, style);
        return;
    }
    const QString scheduled = c.lanes.value(0);
    const QString manual = c.lanes.value(1);
    Frame f;
    f.plot = plotArea(p, area, {scheduled, manual}, {}, style);
    f.from = c.runs.first().startMs;
    f.to = f.from + kHour;
    for (const model::ReplicationRun &r : c.runs)
        f.to = std::max(f.to, r.endMs.value_or(c.nowMs));
    const auto next = model::nextScheduledRun(c.runs, c.schedule, c.nowMs);
    if (next)
        f.to = std::max(f.to, *next);
    f.to += (f.to - f.from) / 50;
    f.from -= (f.to - f.from) / 60;
    timeAxis(p, f, c.xTitle, style);

    const QFont font = sized(style, 0.9);
    const QFontMetricsF fm(font, p.device());
    const double laneH = f.plot.height() / 2;
    p.setFont(font);
    for (int lane = 0; lane < 2; ++lane) {
        const double top = f.plot.top() + lane * laneH;
        if (lane == 1) {
            p.setPen(pen(kGrid, 0.6, style));
            p.drawLine(QPointF(f.plot.left(), top), QPointF(f.plot.right(), top));
        }
        p.setPen(kText);
        p.drawText(QRectF(f.plot.left() - 60 * pt, top, 57 * pt, laneH),
                   Qt::AlignRight | Qt::AlignVCenter, lane == 0 ? scheduled : manual);
    }
    p.setPen(pen(kAxis, 0.8, style));
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    p.save();
    p.setClipRect(f.plot);
    p.setPen(Qt::NoPen);
    for (const model::ReplicationRun &r : c.runs) {
        const int lane = r.trigger == model::RunTrigger::Manual ? 1 : 0;
        const double top = f.plot.top() + lane * laneH + laneH * 0.22;
        const double x0 = f.x(r.startMs);
        const double x1 = std::max(f.x(r.endMs.value_or(c.nowMs)), x0 + 1.6 * pt);
        const bool failed = c.failedRunStarts.contains(r.startMs);
        const QColor color = failed ? kFailed : r.isRunning() ? kRunning : kSucceeded;
        p.fillRect(QRectF(QPointF(x0, top), QPointF(x1, top + laneH * 0.56)), color);
    }
    if (next) {
        const double x = f.x(*next);
        p.setPen(pen(kNext, 1.0, style, Qt::DashLine));
        p.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
    }
    p.restore();
    p.setPen(pen(kAxis, 0.8, style));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
}

void progressChart(QPainter &p, const QRectF &rect, const ReportChart &c,
                   const ReportChartStyle &style)
{
    const double pt = style.pixelsPerPoint;
    // Bottom to top: done, failed, data, schema, pending.
    static constexpr int order[] = {3, 4, 2, 1, 0};
    QList<LegendEntry> legend;
    for (int ph : order)
        legend.append({kPhaseColors[ph], label(c, ph), Swatch::Box});
    const bool partitions = c.progress.partitionsTotal > 0;
    if (partitions)
        legend.append({kText, label(c, model::TaskPhaseCount), Swatch::Dash});
    const QRectF area = header(p, rect, c.title, legend, style);
    const auto span = c.progress.timeSpan();
    const model::Series &base = c.progress.tasks(model::TaskPhase::Done);
    if (!span || base.isEmpty()) {
        emptyNote(p, area, c.emptyText, style);
        return;
    }
    double maxTotal = 1;
    for (qsizetype i = 0; i < base.size(); ++i) {
        double total = 0;
        for (int ph = 0; ph < model::TaskPhaseCount; ++ph) {
            const model::Series &s = c.progress.tasksByPhase[std::size_t(ph)];
            if (i < s.size() && std::isfinite(s.value(i)))
                total += s.value(i);
        }
        maxTotal = std::max(maxTotal, total);
    }
    const NiceScale scale = niceScale(maxTotal);
    Frame f;
    f.plot = plotArea(p, area, scaleLabels(scale, style.locale),
                      partitions ? QStringList{QStringLiteral("100 %")} : QStringList{}, style);
    f.from = span->first;
    f.to = std::max(span->second, f.from + kMinute);
    f.yMax = scale.max;
    valueAxis(p, f, scale, 1.0, c.yTitle, style);
    timeAxis(p, f, c.xTitle, style);

    // Stacked areas: each phase from the running sum below it to the sum including it.
    QList<double> lower(base.size(), 0.0);
    p.save();
    p.setClipRect(f.plot);
    for (int ph : order) {
        const model::Series &s = c.progress.tasksByPhase[std::size_t(ph)];
        QList<double> upper = lower;
        for (qsizetype i = 0; i < base.size() && i < s.size(); ++i) {
            if (std::isfinite(s.value(i)))
                upper[i] += s.value(i);
        }
        QPainterPath area;
        area.moveTo(f.x(base.time(0)), f.y(upper[0]));
        for (qsizetype i = 1; i < base.size(); ++i)
            area.lineTo(f.x(base.time(i)), f.y(upper[i]));
        for (qsizetype i = base.size() - 1; i >= 0; --i)
            area.lineTo(f.x(base.time(i)), f.y(lower[i]));
        area.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(kPhaseColors[ph]);
        p.drawPath(area);
        lower = upper;
    }
    if (partitions) {
        const model::Series &done = c.progress.partitionsDone;
        QPainterPath line;
        bool down = false;
        for (qsizetype i = 0; i < done.size(); ++i) {
            if (!std::isfinite(done.value(i))) {
                down = false;
                continue;
            }
            const double share = done.value(i) / c.progress.partitionsTotal;
            const QPointF q(f.x(done.time(i)),
                            f.plot.bottom() - f.plot.height() * std::clamp(share, 0.0, 1.0));
            if (down)
                line.lineTo(q);
            else
                line.moveTo(q);
            down = true;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(kText, 1.0, style, Qt::DashLine));
        p.drawPath(line);
    }
    p.restore();
    if (partitions) {
        const QFont font = sized(style, 0.9);
        const QFontMetricsF fm(font, p.device());
        p.setFont(font);
        p.setPen(kText);
        for (int pct = 0; pct <= 100; pct += 25) {
            const double y = f.plot.bottom() - f.plot.height() * pct / 100.0;
            p.drawText(QRectF(f.plot.right() + 4 * pt, y - fm.height() / 2, 40 * pt, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(pct));
        }
        p.setPen(pen(kAxis, 0.8, style));
        p.drawLine(f.plot.bottomRight(), f.plot.topRight());
    }
}

} // namespace

void paintReportChart(QPainter &painter, const QRectF &rect, const model::ReportChart &chart,
                      const ReportChartStyle &style)
{
    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (chart.kind) {
    case ReportChart::Kind::Lag:
        lagChart(painter, rect, chart, style);
        break;
    case ReportChart::Kind::SmcRuns:
        runsChart(painter, rect, chart, style);
        break;
    case ReportChart::Kind::MmsProgress:
        progressChart(painter, rect, chart, style);
        break;
    }
    painter.restore();
}

QStringList reportChartLabels(const model::ReportChart &chart)
{
    return QStringList{chart.title, chart.xTitle, chart.yTitle, chart.emptyText} + chart.legend +
           chart.lanes;
}

} // namespace ferry::gui
