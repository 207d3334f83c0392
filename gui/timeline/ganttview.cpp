// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timeline/ganttview.h"

#include "gui/planner/evidencetext.h"
#include "gui/planner/planformat.h"
#include "model/rollback.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

constexpr double kMinPixelsPerHour = 0.25;
constexpr double kMaxPixelsPerHour = 240.0;
constexpr double kZoomStep = 1.5;
constexpr qint64 kMsPerHour = 3600 * 1000;
const QColor kNowColor(0xcf, 0x22, 0x2e);
const QColor kNoReturnColor(0x82, 0x07, 0x1e);
const QColor kLateColor(0xd4, 0x45, 0x1f);
const QColor kCurrentRow(0xff, 0xf8, 0xc5);

QDateTime startOfLocalDay(const QDateTime &t)
{
    return QDateTime(t.toLocalTime().date(), QTime(0, 0));
}

} // namespace

GanttView::GanttView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("ganttView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline of the plan"));
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(kRowHeight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void GanttView::setPlan(const model::Plan &plan, const QList<TimelineGate> &gates,
                        const QDateTime &now)
{
    const bool samePlan = plan.id == m_planId && !m_rows.isEmpty();
    m_planId = plan.id;
    m_gates = gates;
    m_now = now.toUTC();
    m_rows.clear();
    std::optional<QDateTime> first;
    std::optional<QDateTime> last;
    const auto extend = [&](const std::optional<QDateTime> &t) {
        if (!t || !t->isValid())
            return;
        if (!first || *t < *first)
            first = *t;
        if (!last || *t > *last)
            last = *t;
    };
    for (const model::Phase &p : plan.phases) {
        Row row;
        row.phase = p;
        if (const model::RollbackPath *r = model::findRollbackPath(plan, p.id)) {
            row.pointOfNoReturn = r->pointOfNoReturn;
            row.noReturnReason = r->pointOfNoReturnReason;
        }
        m_rows.append(row);
        extend(p.plannedStart);
        extend(p.plannedEnd);
        extend(p.actualStart);
        extend(p.actualEnd);
    }
    if (!first) {
        first = m_now.addDays(-1);
        last = m_now.addDays(1);
    }
    // Margins so the first and last bars do not touch the edges.
    const qint64 spanHours = std::max<qint64>(1, first->secsTo(*last) / 3600);
    const qint64 margin = std::clamp<qint64>(spanHours / 30, 2, 48);
    m_start = first->addSecs(-margin * 3600);
    m_end = last->addSecs(margin * 3600);

    m_noReturnAt.reset();
    m_noReturnPhase.clear();
    if (const std::optional<QString> id = model::firstPointOfNoReturn(plan)) {
        if (const model::Phase *p = plan.phase(*id)) {
            m_noReturnPhase = p->id;
            // Passed when the phase completes: its actual end if known, else the planned one.
            m_noReturnAt = p->actualEnd ? p->actualEnd : p->plannedEnd;
        }
    }
    computeCurrent();
    if (!samePlan)
        m_fitted = true;
    if (m_fitted)
        fitToView();
    else
        updateScrollBars();
    if (!samePlan) {
        m_scrollPending = true;
        scrollToCurrent();
    }
    viewport()->update();
}

void GanttView::scrollToCurrent()
{
    // Only once the view has its real height; until then it would scroll for a tiny window.
    if (!m_scrollPending || !isVisible() || viewport()->height() < kHeaderHeight + 3 * kRowHeight)
        return;
    m_scrollPending = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).phase.id != m_current)
            continue;
        // The current phase in view, a few rows below the top so what led to it shows too.
        const int chartHeight = std::max(1, viewport()->height() - kHeaderHeight);
        const int top = i * kRowHeight;
        QScrollBar *v = verticalScrollBar();
        if (top < v->value() || top + kRowHeight > v->value() + chartHeight)
            v->setValue(std::max(0, top - chartHeight / 3));
        return;
    }
}

void GanttView::computeCurrent()
{
    m_current.clear();
    std::optional<QDateTime> latest;
    for (const Row &r : std::as_const(m_rows)) {
        const model::Phase &p = r.phase;
        if (p.actualStart && !p.actualEnd && (!latest || *p.actualStart > *latest)) {
            latest = p.actualStart;
            m_current = p.id;
        }
    }
    if (!m_current.isEmpty())
        return;
    for (const Row &r : std::as_const(m_rows)) {
        const model::Phase &p = r.phase;
        if (!p.actualEnd && p.plannedStart && p.plannedEnd && *p.plannedStart <= m_now &&
            m_now < *p.plannedEnd) {
            m_current = p.id;
            return;
        }
    }
}

qreal GanttView::rowTop(int row) const
{
    return kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
}

int GanttView::rowAt(qreal y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row =
        int(std::floor((y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight));
    return row >= 0 && row < m_rows.size() ? row : -1;
}

qreal GanttView::xForTime(const QDateTime &time) const
{
    const double hours = double(m_start.msecsTo(time)) / kMsPerHour;
    return chartLeft() + hours * m_pixelsPerHour - horizontalScrollBar()->value();
}

QDateTime GanttView::timeForX(qreal x) const
{
    const double hours = (x - chartLeft() + horizontalScrollBar()->value()) / m_pixelsPerHour;
    return m_start.addMSecs(qint64(std::llround(hours * kMsPerHour)));
}

QRectF GanttView::rowRect(const QString &phaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).phase.id == phaseId)
            return QRectF(0, rowTop(i), viewport()->width(), kRowHeight);
    }
    return {};
}

QRectF GanttView::plannedBarRect(const QString &phaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const model::Phase &p = m_rows.at(i).phase;
        if (p.id != phaseId)
            continue;
        if (!p.plannedStart || !p.plannedEnd)
            return {};
        const qreal x0 = xForTime(*p.plannedStart);
        const qreal x1 = std::max(xForTime(*p.plannedEnd), x0 + 2);
        return QRectF(x0, rowTop(i) + 5, x1 - x0, 12);
    }
    return {};
}

QRectF GanttView::actualBarRect(const QString &phaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const model::Phase &p = m_rows.at(i).phase;
        if (p.id != phaseId)
            continue;
        if (!p.actualStart)
            return {};
        const QDateTime end = p.actualEnd ? *p.actualEnd : std::max(m_now, *p.actualStart);
        const qreal x0 = xForTime(*p.actualStart);
        const qreal x1 = std::max(xForTime(end), x0 + 2);
        return QRectF(x0, rowTop(i) + 20, x1 - x0, 8);
    }
    return {};
}

std::optional<qreal> GanttView::nowX() const
{
    if (!m_now.isValid() || m_now < m_start || m_now > m_end)
        return std::nullopt;
    return xForTime(m_now);
}

std::optional<qreal> GanttView::pointOfNoReturnX() const
{
    if (!m_noReturnAt)
        return std::nullopt;
    return xForTime(*m_noReturnAt);
}

QList<GanttView::GateMarker> GanttView::gateMarkers() const
{
    QList<GateMarker> out;
    for (const TimelineGate &g : m_gates) {
        for (int i = 0; i < m_rows.size(); ++i) {
            const model::Phase &p = m_rows.at(i).phase;
            if (p.id != g.phaseId || !p.plannedStart)
                continue;
            out.append({g.id, g.phaseId, g.status, g.decided,
                        QPointF(xForTime(*p.plannedStart), rowTop(i) + 11)});
        }
    }
    return out;
}

void GanttView::zoomIn()
{
    zoomBy(kZoomStep, chartLeft() + (viewport()->width() - chartLeft()) / 2.0);
}

void GanttView::zoomOut()
{
    zoomBy(1.0 / kZoomStep, chartLeft() + (viewport()->width() - chartLeft()) / 2.0);
}

void GanttView::zoomBy(double factor, qreal anchorX)
{
    const QDateTime anchor = timeForX(anchorX);
    const double pph = std::clamp(m_pixelsPerHour * factor, kMinPixelsPerHour, kMaxPixelsPerHour);
    if (pph == m_pixelsPerHour)
        return;
    m_pixelsPerHour = pph;
    m_fitted = false;
    updateScrollBars();
    const double hours = double(m_start.msecsTo(anchor)) / kMsPerHour;
    horizontalScrollBar()->setValue(int(std::lround(hours * pph - (anchorX - chartLeft()))));
    viewport()->update();
}

void GanttView::fitToView()
{
    const double hours = std::max(1.0, double(m_start.msecsTo(m_end)) / kMsPerHour);
    const double width = std::max(50.0, double(viewport()->width()) - chartLeft() - 4);
    m_pixelsPerHour = std::clamp(width / hours, kMinPixelsPerHour, kMaxPixelsPerHour);
    m_fitted = true;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void GanttView::updateScrollBars()
{
    const double contentWidth = double(m_start.msecsTo(m_end)) / kMsPerHour * m_pixelsPerHour;
    const int chartWidth = std::max(1, viewport()->width() - int(chartLeft()));
    horizontalScrollBar()->setPageStep(chartWidth);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(contentWidth)) - chartWidth));
    const int contentHeight = int(m_rows.size()) * kRowHeight;
    const int chartHeight = std::max(1, viewport()->height() - kHeaderHeight);
    verticalScrollBar()->setPageStep(chartHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - chartHeight));
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        fitToView();
    else
        updateScrollBars();
    scrollToCurrent();
}

void GanttView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Left:
        h->setValue(h->value() - std::max(20, h->pageStep() / 10));
        return;
    case Qt::Key_Right:
        h->setValue(h->value() + std::max(20, h->pageStep() / 10));
        return;
    case Qt::Key_Up:
        v->setValue(v->value() - kRowHeight);
        return;
    case Qt::Key_Down:
        v->setValue(v->value() + kRowHeight);
        return;
    case Qt::Key_PageUp:
        v->setValue(v->value() - v->pageStep());
        return;
    case Qt::Key_PageDown:
        v->setValue(v->value() + v->pageStep());
        return;
    case Qt::Key_Home:
        h->setValue(0);
        return;
    case Qt::Key_End:
        h->setValue(h->maximum());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(delta > 0 ? kZoomStep : 1.0 / kZoomStep, event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString GanttView::toolTipAt(const QPoint &pos) const
{
    for (const GateMarker &m : gateMarkers()) {
        if (QLineF(m.center, pos).length() <= 9) {
            for (const TimelineGate &g : m_gates) {
                if (g.id == m.gateId)
                    return g.detail;
            }
        }
    }
    if (const auto x = pointOfNoReturnX();
        x && std::abs(*x - pos.x()) <= 3 && pos.x() >= chartLeft())
        return tr("Point of no return: once %1 completes, the migration cannot be undone.")
            .arg(m_noReturnPhase);
    const int row = rowAt(pos.y());
    if (row < 0)
        return {};
    const model::Phase &p = m_rows.at(row).phase;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(p.title.toHtmlEscaped());
    lines << tr("%1 · %2 · owner: %3")
                 .arg(model::displayName(p.kind), model::displayName(p.service),
                      p.owner.isEmpty() ? tr("nobody") : p.owner.toHtmlEscaped());
    lines
        << tr("Planned: %1 → %2").arg(formatDateTime(p.plannedStart), formatDateTime(p.plannedEnd));
    if (p.actualStart)
        lines << tr("Actual: %1 → %2")
                     .arg(formatDateTime(p.actualStart),
                          p.actualEnd ? formatDateTime(p.actualEnd) : tr("under way"));
    else
        lines << tr("Not started");
    const QDateTime end = p.actualEnd ? *p.actualEnd : m_now;
    if (p.plannedEnd && p.actualStart && end > *p.plannedEnd)
        lines << tr("<span style='color:#d4451f'>Late by %1</span>")
                     .arg(durationText(p.plannedEnd->secsTo(end)));
    if (m_rows.at(row).pointOfNoReturn)
        lines << tr("<span style='color:#82071e'>No way back after this phase: %1</span>")
                     .arg(model::describePointOfNoReturn(m_rows.at(row).noReturnReason)
                              .toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This plan has no phases yet. Add phases in the planner to see them "
                      "here."));
        return;
    }
    const QRect chart(int(chartLeft()), kHeaderHeight, viewport()->width() - int(chartLeft()),
                      viewport()->height() - kHeaderHeight);
    p.save();
    p.setClipRect(chart);
    paintRows(p, chart);
    p.restore();
    p.save();
    p.setClipRect(QRect(int(chartLeft()), 0, chart.width(), kHeaderHeight));
    paintHeader(p, chart);
    p.restore();
    p.save();
    p.setClipRect(QRect(0, kHeaderHeight, int(chartLeft()), chart.height()));
    paintLabels(p);
    p.restore();

    // Corner and the lines between the panes.
    p.fillRect(QRect(0, 0, int(chartLeft()), kHeaderHeight), pal.color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(10, 0, int(chartLeft()) - 20, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Phase"));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(QPointF(chartLeft() - 0.5, 0), QPointF(chartLeft() - 0.5, viewport()->height()));
    p.drawLine(QPointF(0, kHeaderHeight - 0.5), QPointF(viewport()->width(), kHeaderHeight - 0.5));
}

void GanttView::paintHeader(QPainter &p, const QRect &chart) const
{
    const QPalette pal = palette();
    p.fillRect(QRect(chart.left(), 0, chart.width(), kHeaderHeight), pal.color(QPalette::Window));
    const QLocale locale;
    const double dayWidth = m_pixelsPerHour * 24.0;
    const QDateTime from = timeForX(chart.left()).toLocalTime();
    const QDateTime to = timeForX(chart.right()).toLocalTime();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);
    const int mid = kHeaderHeight / 2;
    p.setPen(pal.color(QPalette::WindowText));

    if (dayWidth >= 110) {
        // Upper tier: each day; lower tier: hours.
        for (QDateTime d = startOfLocalDay(from); d <= to; d = d.addDays(1)) {
            const qreal x = xForTime(d);
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(QPointF(x, 0), QPointF(x, kHeaderHeight));
            p.setPen(pal.color(QPalette::WindowText));
            p.setFont(bold);
            // A day scrolled partly out of view keeps its name at the left edge.
            const qreal left = std::max<qreal>(x, chart.left());
            const qreal width = xForTime(d.addDays(1)) - left - 8;
            if (width > 40)
                p.drawText(QRectF(left + 4, 0, width, mid), Qt::AlignVCenter | Qt::AlignLeft,
                           locale.toString(d.date(), tr("ddd MMM d", "timeline day heading")));
        }
        int step = 1;
        for (int s : {1, 2, 3, 6, 12}) {
            step = s;
            if (s * m_pixelsPerHour >= 44)
                break;
        }
        p.setFont(small);
        for (QDateTime d = startOfLocalDay(from); d <= to; d = d.addSecs(step * 3600)) {
            const qreal x = xForTime(d);
            p.drawText(QRectF(x + 3, mid, step * m_pixelsPerHour, mid),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       locale.toString(d.time(), tr("HH:mm", "timeline hour tick")));
        }
    } else {
        // Upper tier: months; lower tier: days (or weeks when days are narrow).
        p.setFont(bold);
        QDate month(from.date().year(), from.date().month(), 1);
        for (; QDateTime(month, QTime(0, 0)) <= to; month = month.addMonths(1)) {
            const qreal x = std::max<qreal>(xForTime(QDateTime(month, QTime(0, 0))), chart.left());
            const qreal next = xForTime(QDateTime(month.addMonths(1), QTime(0, 0)));
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(QPointF(xForTime(QDateTime(month, QTime(0, 0))), 0),
                       QPointF(xForTime(QDateTime(month, QTime(0, 0))), kHeaderHeight));
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRectF(x + 4, 0, std::max<qreal>(0, next - x - 8), mid),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       locale.toString(month, tr("MMMM yyyy", "timeline month heading")));
        }
        p.setFont(small);
        const int everyDays = dayWidth >= 22 ? 1 : (dayWidth * 7 >= 30 ? 7 : 28);
        QDate day = startOfLocalDay(from).date();
        if (everyDays == 7)
            day = day.addDays(1 - day.dayOfWeek()); // Mondays
        for (; QDateTime(day, QTime(0, 0)) <= to; day = day.addDays(everyDays)) {
            const qreal x = xForTime(QDateTime(day, QTime(0, 0)));
            p.drawText(QRectF(x, mid, dayWidth * everyDays, mid), Qt::AlignCenter,
                       locale.toString(day, tr("d", "timeline day number")));
        }
    }

    // Markers for now and for the point of no return.
    QFontMetrics fm(small);
    p.setFont(small);
    if (const auto x = pointOfNoReturnX()) {
        const QString text = tr("Point of no return");
        const QRectF box(*x - fm.horizontalAdvance(text) - 10, 2, fm.horizontalAdvance(text) + 8,
                         fm.height() + 2);
        p.fillRect(box, kNoReturnColor);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, text);
        p.setPen(QPen(kNoReturnColor, 2));
        p.drawLine(QPointF(*x, box.bottom()), QPointF(*x, kHeaderHeight));
    }
    if (const auto x = nowX()) {
        const QString text = tr("Now");
        const QRectF box(*x - fm.horizontalAdvance(text) / 2.0 - 4, kHeaderHeight - fm.height() - 4,
                         fm.horizontalAdvance(text) + 8, fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(kNowColor);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void GanttView::paintRows(QPainter &p, const QRect &chart) const
{
    const QPalette pal = palette();
    const double dayWidth = m_pixelsPerHour * 24.0;
    // Weekends, where days are wide enough to see.
    if (dayWidth >= 12) {
        const QDateTime from = timeForX(chart.left()).toLocalTime();
        const QDateTime to = timeForX(chart.right()).toLocalTime();
        QColor weekend = pal.color(QPalette::AlternateBase).darker(103);
        for (QDate d = from.date(); QDateTime(d, QTime(0, 0)) <= to; d = d.addDays(1)) {
            if (d.dayOfWeek() < 6)
                continue;
            const qreal x0 = xForTime(QDateTime(d, QTime(0, 0)));
            const qreal x1 = xForTime(QDateTime(d.addDays(1), QTime(0, 0)));
            p.fillRect(QRectF(x0, chart.top(), x1 - x0, chart.height()), weekend);
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QRectF r(chart.left(), rowTop(i), chart.width(), kRowHeight);
        if (row.phase.id == m_current)
            p.fillRect(r, kCurrentRow);
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(r.bottomLeft(), r.bottomRight());
    }
    // Day lines when days are wide.
    if (dayWidth >= 22) {
        p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        const QDateTime from = timeForX(chart.left()).toLocalTime();
        const QDateTime to = timeForX(chart.right()).toLocalTime();
        for (QDateTime d = startOfLocalDay(from); d <= to; d = d.addDays(1)) {
            const qreal x = xForTime(d);
            p.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
        }
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const model::Phase &ph = row.phase;
        const QColor color = serviceColor(ph.service);
        const QRectF planned = plannedBarRect(ph.id);
        if (!planned.isEmpty()) {
            QColor fill = color;
            fill.setAlpha(60);
            p.setPen(QPen(color, 1));
            p.setBrush(fill);
            p.drawRoundedRect(planned, 3, 3);
        }
        const QRectF actual = actualBarRect(ph.id);
        if (!actual.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(color.darker(120));
            p.drawRoundedRect(actual, 2, 2);
            // The part past the planned end, in a warning colour.
            if (ph.plannedEnd) {
                const qreal late = xForTime(*ph.plannedEnd);
                if (late < actual.right()) {
                    const QRectF over(std::max(late, actual.left()), actual.top(),
                                      actual.right() - std::max(late, actual.left()),
                                      actual.height());
                    p.setBrush(kLateColor);
                    p.drawRect(over);
                }
            }
            if (!ph.actualEnd) {
                // Under way: an open end.
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(color.darker(140), 1.5));
                p.drawLine(actual.topRight() + QPointF(2, -2),
                           actual.bottomRight() + QPointF(2, 2));
            }
        }
        if (row.pointOfNoReturn && !planned.isEmpty()) {
            // A small flag at the end of the phase after which there is no way back.
            const QPointF base(planned.right(), planned.top() - 1);
            QPainterPath flag;
            flag.moveTo(base);
            flag.lineTo(base + QPointF(0, -6));
            flag.lineTo(base + QPointF(7, -3.5));
            flag.lineTo(base + QPointF(0, -1));
            p.setPen(QPen(kNoReturnColor, 1));
            p.setBrush(kNoReturnColor);
            p.drawPath(flag);
        }
    }

    if (const auto x = pointOfNoReturnX()) {
        p.setPen(QPen(kNoReturnColor, 2, Qt::DashLine));
        p.drawLine(QPointF(*x, chart.top()), QPointF(*x, chart.bottom()));
    }
    for (const GateMarker &m : gateMarkers()) {
        const QColor c = statusColor(m.status);
        QPainterPath diamond;
        diamond.moveTo(m.center + QPointF(0, -8));
        diamond.lineTo(m.center + QPointF(8, 0));
        diamond.lineTo(m.center + QPointF(0, 8));
        diamond.lineTo(m.center + QPointF(-8, 0));
        diamond.closeSubpath();
        p.setPen(QPen(c.darker(130), 1.5));
        p.setBrush(m.decided ? c : pal.color(QPalette::Base));
        p.drawPath(diamond);
        if (!m.decided) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(m.center, 3, 3);
        }
    }
    if (const auto x = nowX()) {
        p.setPen(QPen(kNowColor, 2));
        p.drawLine(QPointF(*x, chart.top()), QPointF(*x, chart.bottom()));
    }
}

void GanttView::paintLabels(QPainter &p) const
{
    const QPalette pal = palette();
    QFont titleFont = font();
    QFont smallFont = font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(smallFont);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const model::Phase &ph = row.phase;
        const QRectF r(0, rowTop(i), chartLeft(), kRowHeight);
        const bool current = ph.id == m_current;
        p.fillRect(
            r, current ? kCurrentRow
                       : (i % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base)));
        p.fillRect(QRectF(0, r.top() + 4, 4, kRowHeight - 8), serviceColor(ph.service));
        QFont f = titleFont;
        f.setBold(current);
        p.setFont(f);
        const QFontMetrics fm(f);
        QString prefix;
        if (current)
            prefix = QStringLiteral("▶ ");
        else if (ph.actualEnd)
            prefix = QStringLiteral("✓ ");
        const qreal textLeft = 12;
        const qreal textWidth = chartLeft() - textLeft - 8;
        p.setPen(row.pointOfNoReturn ? kNoReturnColor : pal.color(QPalette::Text));
        p.drawText(QRectF(textLeft, r.top() + 3, textWidth, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(prefix + ph.title, Qt::ElideRight, int(textWidth)));
        p.setFont(smallFont);
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString sub = ph.owner.isEmpty()
                                ? model::displayName(ph.kind)
                                : tr("%1 · %2").arg(model::displayName(ph.kind), ph.owner);
        p.drawText(QRectF(textLeft, r.top() + 4 + fm.height(), textWidth, smallMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   smallMetrics.elidedText(sub, Qt::ElideRight, int(textWidth)));
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(r.bottomLeft(), r.bottomRight());
    }
}

} // namespace ferry::gui
