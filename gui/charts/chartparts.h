// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/laggate.h"

#include <QList>
#include <QPointF>

class QAreaSeries;
class QChart;
class QGridLayout;
class QLabel;
class QWidget;
class QLineSeries;
class QValueAxis;

namespace ferry::gui {

/// A y range from 0 with a round top and round tick interval.
struct NiceScale
{
    double max = 1;
    double tick = 0.2;
    int decimals = 1;
};

/// A round scale from 0 that holds `value` (at least 1e-9).
NiceScale niceScale(double value, int targetTicks = 5);
/// Applies a NiceScale to a value axis.
void applyScale(QValueAxis *axis, const NiceScale &scale);

/// A plain-text label for the line of figures above a chart.
QLabel *headerLabel(const char *objectName, QWidget *parent);
/// The figures above a chart, two a row; labels wrap rather than widen the chart.
QGridLayout *headerLayout(const QList<QLabel *> &labels);

/// Filled boxes from y = bottom to y = top over some time intervals, drawn as one area series
/// whose upper line steps up and down; cheap however many intervals there are.
class BandSeries final
{
public:
    /// Creates the area series in `chart` (not yet added).
    explicit BandSeries(QChart *chart);
    QAreaSeries *area() const { return m_area; }
    /// Shows boxes over `intervals` (x in ms, in time order) from bottom to top, each at least
    /// minWidth wide.
    void setIntervals(const QList<model::TimeRange> &intervals, double bottom, double top,
                      double minWidth);
    /// Number of intervals drawn now.
    int count() const { return m_count; }

private:
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_area = nullptr;
    int m_count = 0;
};

} // namespace ferry::gui
