// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chartparts.h"

#include <QAreaSeries>
#include <QChart>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

NiceScale niceScale(double value, int targetTicks)
{
    value = std::max(value, 1e-9);
    const double raw = value / std::max(targetTicks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double tick = magnitude * 10;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= raw) {
            tick = f * magnitude;
            break;
        }
    }
    NiceScale s;
    s.tick = tick;
    s.max = std::ceil(value / tick - 1e-9) * tick;
    // As many decimals as the tick needs to be written exactly (2.5 -> 1, 0.25 -> 2, 50 -> 0).
    s.decimals = 0;
    for (double scaled = tick; s.decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-9;
         scaled *= 10)
        ++s.decimals;
    return s;
}

void applyScale(QValueAxis *axis, const NiceScale &scale)
{
    axis->setRange(0, scale.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(scale.tick);
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(scale.decimals) + u'f');
}

QLabel *headerLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QGridLayout *headerLayout(const QList<QLabel *> &labels)
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(10, 6, 10, 2);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(2);
    for (qsizetype i = 0; i < labels.size(); ++i)
        grid->addWidget(labels[i], int(i / 2), int(i % 2));
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return grid;
}

BandSeries::BandSeries(QChart *chart)
    : m_upper(new QLineSeries(chart))
    , m_lower(new QLineSeries(chart))
    , m_area(new QAreaSeries(m_upper, m_lower))
{
    m_area->setParent(chart);
    m_area->setPen(Qt::NoPen);
}

void BandSeries::setIntervals(const QList<model::TimeRange> &intervals, double bottom, double top,
                              double minWidth)
{
    QList<QPointF> points;
    points.reserve(intervals.size() * 4);
    double lastEnd = -1e300;
    for (const model::TimeRange &r : intervals) {
        const double from = std::max(double(r.from), lastEnd);
        const double to = std::max(double(r.to), from + minWidth);
        points << QPointF(from, bottom) << QPointF(from, top) << QPointF(to, top)
               << QPointF(to, bottom);
        lastEnd = to;
    }
    m_count = int(intervals.size());
    if (points.isEmpty()) {
        m_upper->clear();
        m_lower->clear();
        return;
    }
    m_upper->replace(points);
    m_lower->replace({QPointF(points.first().x(), bottom), QPointF(points.last().x(), bottom)});
}

} // namespace ferry::gui
