// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"
#include "model/plan.h"

#include <QAbstractScrollArea>
#include <QDateTime>

#include <optional>

class QPainter;

namespace ferry::gui {

/// A gate as the timeline shows it: its status comes from the latest decision when there is
/// one, else from evaluating its criteria now.
struct TimelineGate
{
    QString id;
    QString phaseId;
    QString title;
    model::CriterionStatus status = model::CriterionStatus::Unknown;
    bool decided = false;
    QString detail; ///< tooltip text
};

/// A Gantt chart of the plan: one row per phase with its planned bar and, below it, what really
/// happened (the phases' actual start and end); a line at "now", the current phase highlighted,
/// gate markers where each gate sits (before the phase it guards) and the point of no return.
/// Keyboard: arrows scroll, Home/End jump, +/- zoom; Ctrl+wheel zooms at the pointer.
class GanttView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GanttView)

public:
    static constexpr int kLabelWidth = 290;
    static constexpr int kHeaderHeight = 48;
    static constexpr int kRowHeight = 34;

    struct GateMarker
    {
        QString gateId;
        QString phaseId;
        model::CriterionStatus status = model::CriterionStatus::Unknown;
        bool decided = false;
        QPointF center; ///< viewport coordinates
    };

    explicit GanttView(QWidget *parent = nullptr);

    /// Shows `plan` at `now`; the first plan shown (or a different plan id) is fitted to the view.
    void setPlan(const model::Plan &plan, const QList<TimelineGate> &gates, const QDateTime &now);

    /// Viewport geometry, for tests and hit testing. Bars of phases without dates are empty.
    QRectF rowRect(const QString &phaseId) const;
    QRectF plannedBarRect(const QString &phaseId) const;
    QRectF actualBarRect(const QString &phaseId) const;
    qreal xForTime(const QDateTime &time) const;
    QDateTime timeForX(qreal x) const;
    /// The x of "now", when now is within the plan's span.
    std::optional<qreal> nowX() const;
    /// The x where the plan's point of no return is passed (the end of that phase).
    std::optional<qreal> pointOfNoReturnX() const;
    /// The phase under way: started and not ended (the latest started), else the first whose
    /// planned window holds now and that has not ended.
    QString currentPhaseId() const { return m_current; }
    QList<GateMarker> gateMarkers() const;
    /// The span shown when scrolled all the way (the plan's dates with a margin).
    QDateTime spanStart() const { return m_start; }
    QDateTime spanEnd() const { return m_end; }

    double pixelsPerHour() const { return m_pixelsPerHour; }
    void zoomIn();
    void zoomOut();
    /// Shows the whole plan in the width of the view.
    void fitToView();
    /// Zooms by `factor` keeping the time at viewport x `anchorX` in place.
    void zoomBy(double factor, qreal anchorX);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Row
    {
        model::Phase phase;
        bool pointOfNoReturn = false;
        QString noReturnReason;
    };
    void updateScrollBars();
    void computeCurrent();
    void scrollToCurrent();
    qreal chartLeft() const { return kLabelWidth; }
    qreal rowTop(int row) const;
    int rowAt(qreal y) const;
    QString toolTipAt(const QPoint &pos) const;
    void paintHeader(QPainter &p, const QRect &chart) const;
    void paintRows(QPainter &p, const QRect &chart) const;
    void paintLabels(QPainter &p) const;

    QList<Row> m_rows;
    QList<TimelineGate> m_gates;
    QString m_planId;
    QDateTime m_now;
    QDateTime m_start;
    QDateTime m_end;
    QString m_current;
    std::optional<QDateTime> m_noReturnAt;
    QString m_noReturnPhase;
    double m_pixelsPerHour = 4.0;
    bool m_fitted = true;         ///< follow the view's width until the user zooms
    bool m_scrollPending = false; ///< a new plan: bring its current phase into view
};

} // namespace ferry::gui
