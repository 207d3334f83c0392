// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/polylineitem.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>

namespace ferry::gui {

PolylineItem::PolylineItem(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(xAxis)
    , m_y(yAxis)
{
    setZValue(100); // above the chart's series, below nothing that matters (legend is separate)
    setFlag(QGraphicsItem::ItemClipsToShape, false);
}

void PolylineItem::setPen(const QPen &pen)
{
    m_pen = pen;
    update();
}

void PolylineItem::setLines(QList<QList<QPointF>> lines)
{
    prepareGeometryChange();
    m_lines = std::move(lines);
    m_points = 0;
    for (const auto &line : m_lines)
        m_points += line.size();
    update();
}

void PolylineItem::plotAreaChanged()
{
    prepareGeometryChange();
    update();
}

QRectF PolylineItem::boundingRect() const
{
    // The plot area plus room for the pen, so a line along an edge is not cut.
    const qreal m = m_pen.widthF() + 1;
    return m_chart->plotArea().adjusted(-m, -m, m, m);
}

void PolylineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double xSpan = m_x->max() - m_x->min();
    const double ySpan = m_y->max() - m_y->min();
    if (m_lines.isEmpty() || plot.isEmpty() || xSpan <= 0 || ySpan <= 0)
        return;
    const double sx = plot.width() / xSpan;
    const double sy = plot.height() / ySpan;
    const double x0 = m_x->min();
    const double y0 = m_y->min();
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto &line : m_lines) {
        m_scratch.resize(line.size());
        for (qsizetype i = 0; i < line.size(); ++i)
            m_scratch[i] = QPointF(plot.left() + (line[i].x() - x0) * sx,
                                   plot.bottom() - (line[i].y() - y0) * sy);
        if (m_scratch.size() == 1)
            painter->drawPoint(m_scratch.first());
        else
            painter->drawPolyline(m_scratch);
    }
    painter->restore();
}

} // namespace ferry::gui
