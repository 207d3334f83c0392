// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QCategoryAxis;
class QRubberBand;

namespace ferry::gui {

/// A chart view over time that owns the time axis and the visible range, and turns the mouse and
/// keyboard into zoom and pan: drag to zoom into a span, wheel to zoom around the pointer
/// (Shift+wheel pans), right click to zoom out, arrows to pan, +/- or Up/Down to zoom, Home to
/// see everything. Every change of range or plot width is signalled so the owner re-decimates.
class TimeChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartView)

public:
    explicit TimeChartView(QChart *chart, QWidget *parent = nullptr);

    /// The time axis (values are ms since the epoch), already added to the chart at the bottom.
    QCategoryAxis *timeAxis() const { return m_axis; }

    /// The extent that zooming out and panning stop at.
    void setBounds(qint64 from, qint64 to);
    qint64 boundsFrom() const { return m_boundsFrom; }
    qint64 boundsTo() const { return m_boundsTo; }

    /// Shows [from, to], clamped to the bounds and to the minimum span.
    void setVisibleRange(qint64 from, qint64 to);
    qint64 visibleFrom() const { return m_from; }
    qint64 visibleTo() const { return m_to; }
    /// The narrowest span one can zoom into (ms).
    void setMinimumSpan(qint64 ms);

    /// Zooms by factor (< 1 zooms in) keeping anchorMs where it is on screen.
    void zoomBy(double factor, qint64 anchorMs);
    /// Pans by a fraction of the visible span (> 0 moves towards later times).
    void panBy(double fraction);
    /// Shows the whole bounds.
    void showAll();

    /// The plot area's width in pixels (at least 1): one decimation bucket per pixel.
    int plotWidth() const;
    /// The time under a viewport x coordinate.
    qint64 timeAt(qreal viewX) const;

Q_SIGNALS:
    void visibleRangeChanged(qint64 from, qint64 to);
    void plotWidthChanged(int width);
    /// The pointer is over the plot at timeMs and value (of the left axis).
    void hovered(qint64 timeMs, double value, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateAxis();
    QRectF plotRect() const;

    QCategoryAxis *m_axis = nullptr;
    QRubberBand *m_band = nullptr;
    qint64 m_boundsFrom = 0;
    qint64 m_boundsTo = 3600 * 1000;
    qint64 m_from = 0;
    qint64 m_to = 3600 * 1000;
    qint64 m_minSpan = 10 * 1000;
    int m_plotWidth = 0;
    int m_bandOrigin = -1;
};

} // namespace ferry::gui
