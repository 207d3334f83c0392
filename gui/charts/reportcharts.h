// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace ferry::gui {

/// How report charts look on a page: a font and the device pixels per typographic point, so
/// line widths and text keep their size whatever the device resolution.
struct ReportChartStyle
{
    QFont font; ///< family and point size for labels (titles use it bold)
    double pixelsPerPoint = 1;
    QLocale locale = QLocale::c();
};

/// Draws a report chart into `rect` as vector graphics (paths and text, no bitmap): the DTS lag
/// with its threshold, go band and gaps; the SMC run history by trigger; or the MMS tasks by
/// phase. Times are shown in UTC. Everything drawn stays inside `rect`. The only words drawn
/// are the chart's own (title, legend, lanes, axis titles), so it needs no translator and may
/// run on any thread.
void paintReportChart(QPainter &painter, const QRectF &rect, const model::ReportChart &chart,
                      const ReportChartStyle &style);

/// Every text the chart draws besides numbers and times.
QStringList reportChartLabels(const model::ReportChart &chart);

} // namespace ferry::gui
