// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/timechartview.h"

#include "gui/charts/chartformat.h"

#include <QCategoryAxis>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

// Pixels between time labels, so they never crowd.
constexpr int PixelsPerTick = 110;

} // namespace

TimeChartView::TimeChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_axis(new QCategoryAxis(chart))
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRubberBand(QChartView::NoRubberBand);
    setRenderHint(QPainter::Antialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axis->setTruncateLabels(false);
    chart->addAxis(m_axis, Qt::AlignBottom);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int width = std::max(1, int(area.width()));
        if (width == m_plotWidth)
            return;
        m_plotWidth = width;
        updateAxis();
        Q_EMIT plotWidthChanged(width);
    });
    updateAxis();
}

void TimeChartView::setBounds(qint64 from, qint64 to)
{
    m_boundsFrom = from;
    m_boundsTo = std::max(to, from + m_minSpan);
}

void TimeChartView::setMinimumSpan(qint64 ms)
{
    m_minSpan = std::max<qint64>(ms, 1);
    setBounds(m_boundsFrom, m_boundsTo);
}

void TimeChartView::setVisibleRange(qint64 from, qint64 to)
{
    const qint64 bounds = m_boundsTo - m_boundsFrom;
    qint64 span = std::clamp(to - from, m_minSpan, bounds);
    if (to - from < m_minSpan) // keep the middle when widening to the minimum
        from = from + (to - from) / 2 - span / 2;
    from = std::clamp(from, m_boundsFrom, m_boundsTo - span);
    to = from + span;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updateAxis();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

void TimeChartView::zoomBy(double factor, qint64 anchorMs)
{
    const double span = double(m_to - m_from);
    const double newSpan = std::max(double(m_minSpan), span * factor);
    const double before = (double(anchorMs) - double(m_from)) / span;
    const qint64 from = qint64(std::llround(double(anchorMs) - before * newSpan));
    setVisibleRange(from, from + qint64(std::llround(newSpan)));
}

void TimeChartView::panBy(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_to - m_from) * fraction));
    setVisibleRange(m_from + shift, m_to + shift);
}

void TimeChartView::showAll()
{
    setVisibleRange(m_boundsFrom, m_boundsTo);
}

QRectF TimeChartView::plotRect() const
{
    return chart()->mapToScene(chart()->plotArea()).boundingRect();
}

int TimeChartView::plotWidth() const
{
    const int width = int(chart()->plotArea().width());
    return width > 0 ? width : std::max(1, viewport()->width() - 120);
}

qint64 TimeChartView::timeAt(qreal viewX) const
{
    const QRectF plot = plotRect();
    const qreal x = mapToScene(QPoint(int(viewX), 0)).x();
    const double f = plot.width() > 0 ? (x - plot.left()) / plot.width() : 0.5;
    return m_from + qint64(std::llround(f * double(m_to - m_from)));
}

void TimeChartView::updateAxis()
{
    m_axis->setRange(double(m_from), double(m_to));
    const auto labels = m_axis->categoriesLabels();
    for (const QString &label : labels)
        m_axis->remove(label);
    m_axis->setStartValue(double(m_from));
    const int maxTicks = std::max(2, plotWidth() / PixelsPerTick);
    for (const TimeTick &tick : timeTicks(m_from, m_to, maxTicks, chart()->locale()))
        m_axis->append(tick.label, double(tick.t));
}

void TimeChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        panBy(-0.1 * steps);
    else
        zoomBy(std::pow(0.8, steps), timeAt(event->position().x()));
    event->accept();
}

void TimeChartView::keyPressEvent(QKeyEvent *event)
{
    const qint64 middle = m_from + (m_to - m_from) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, middle);
        break;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        zoomBy(2.0, middle);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        showAll();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    const QPointF scene = mapToScene(event->position().toPoint());
    if (event->button() == Qt::LeftButton && plotRect().contains(scene)) {
        m_bandOrigin = event->position().toPoint().x();
        const QRect plot = mapFromScene(plotRect()).boundingRect();
        m_band->setGeometry(QRect(m_bandOrigin, plot.top(), 1, plot.height()));
        m_band->show();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        zoomBy(2.0, m_from + (m_to - m_from) / 2);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_bandOrigin >= 0) {
        const QRect plot = mapFromScene(plotRect()).boundingRect();
        const int x = std::clamp(pos.x(), plot.left(), plot.right());
        m_band->setGeometry(QRect(QPoint(std::min(x, m_bandOrigin), plot.top()),
                                  QPoint(std::max(x, m_bandOrigin), plot.bottom())));
        event->accept();
        return;
    }
    const QPointF scene = mapToScene(pos);
    if (plotRect().contains(scene)) {
        const auto vertical = chart()->axes(Qt::Vertical);
        double value = 0;
        if (!vertical.isEmpty()) {
            if (const auto *axis = qobject_cast<QValueAxis *>(vertical.first())) {
                const QRectF plot = plotRect();
                const double f = (plot.bottom() - scene.y()) / plot.height();
                value = axis->min() + f * (axis->max() - axis->min());
            }
        }
        Q_EMIT hovered(timeAt(pos.x()), value, event->globalPosition().toPoint());
    }
    QChartView::mouseMoveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_bandOrigin >= 0 && event->button() == Qt::LeftButton) {
        const QRect band = m_band->geometry();
        m_band->hide();
        m_bandOrigin = -1;
        if (band.width() >= 4)
            setVisibleRange(timeAt(band.left()), timeAt(band.right()));
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace ferry::gui
