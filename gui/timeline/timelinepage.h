// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/timeline/ganttview.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace ferry::gui {

class PlanDocument;

/// The manager's view of a plan: a Gantt chart of planned against actual dates, a summary of
/// where the migration stands, a legend and the risks. It only reads the plan; its actions
/// (zoom in, zoom out, fit) change the view, never the plan.
class TimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    explicit TimelinePage(PlanDocument &document, QWidget *parent = nullptr);

    GanttView *gantt() const { return m_gantt; }
    QTreeWidget *risks() const { return m_risks; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    /// Zoom in, zoom out, fit: for the host's View menu.
    QList<QAction *> viewActions() const { return {m_zoomIn, m_zoomOut, m_fit}; }
    /// The summary line above the chart.
    QString summary() const;

    /// Reads the plan again (called on every change; also every minute, as now moves on).
    void refresh();
    /// Instead of a plan, shows why there is none (e.g. the file could not be read).
    void showMessage(const QString &title, const QString &text);

private:
    QWidget *createLegend();
    QList<TimelineGate> gates() const;

    PlanDocument &m_document;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_summary = nullptr;
    GanttView *m_gantt = nullptr;
    QTreeWidget *m_risks = nullptr;
    QLabel *m_risksTitle = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace ferry::gui
