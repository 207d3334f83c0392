// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointF>

class QChart;
class QValueAxis;

namespace ferry::gui {

/// Draws thousands of points as polylines inside a chart's plot area, mapped through the chart's
/// value axes. A QLineSeries strokes a hit-test shape on every change, which costs more than
/// the drawing itself once a line has a few thousand points; this item only maps and draws.
class PolylineItem final : public QGraphicsItem
{
public:
    /// Creates the item as a child of `chart`, drawn above its series.
    PolylineItem(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis);

    void setPen(const QPen &pen);
    /// The lines to draw, in axis coordinates; each list is one unbroken line.
    void setLines(QList<QList<QPointF>> lines);
    /// The lines drawn now.
    const QList<QList<QPointF>> &lines() const { return m_lines; }
    /// Points drawn now, over all lines.
    qsizetype pointCount() const { return m_points; }
    /// Call when the chart's plot area moved or resized.
    void plotAreaChanged();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QPen m_pen;
    QList<QList<QPointF>> m_lines;
    qsizetype m_points = 0;
    QPolygonF m_scratch;
};

} // namespace ferry::gui
