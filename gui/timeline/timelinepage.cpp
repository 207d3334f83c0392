// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timeline/timelinepage.h"

#include "gui/planner/badgedelegate.h"
#include "gui/planner/evidencetext.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "model/gates.h"
#include "model/rollback.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace ferry::gui {

namespace {

QString severityText(model::Severity s)
{
    switch (s) {
    case model::Severity::Error:
        return TimelinePage::tr("High");
    case model::Severity::Warning:
        return TimelinePage::tr("Medium");
    case model::Severity::Info:
        break;
    }
    return TimelinePage::tr("Low");
}

QColor severityColor(model::Severity s)
{
    switch (s) {
    case model::Severity::Error:
        return QColor(0xcf, 0x22, 0x2e);
    case model::Severity::Warning:
        return QColor(0x9a, 0x67, 0x00);
    case model::Severity::Info:
        break;
    }
    return QColor(0x09, 0x69, 0xda);
}

/// A small painted sample of a legend entry.
QLabel *legendSwatch(QWidget *parent, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    QPixmap pm(QSize(26, 16) * parent->devicePixelRatioF());
    pm.setDevicePixelRatio(parent->devicePixelRatioF());
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, QRectF(0, 0, 26, 16));
    }
    auto *label = new QLabel(parent);
    label->setPixmap(pm);
    return label;
}

} // namespace

TimelinePage::TimelinePage(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_messageTitle(new QLabel(this))
    , m_messageText(new QLabel(this))
    , m_title(new QLabel(this))
    , m_readOnly(new QLabel(tr("Read-only view"), this))
    , m_summary(new QLabel(this))
    , m_gantt(new GanttView(this))
    , m_risks(new QTreeWidget(this))
    , m_risksTitle(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("timelinePage"));

    // Empty state.
    auto *message = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(message);
    messageLayout->setContentsMargins(48, 40, 48, 40);
    QFont big = m_messageTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_messageTitle->setFont(big);
    m_messageTitle->setObjectName(QStringLiteral("timelineMessageTitle"));
    m_messageText->setObjectName(QStringLiteral("timelineMessageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText);
    messageLayout->addStretch(1);

    // The timeline.
    auto *content = new QWidget(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_readOnly->setObjectName(QStringLiteral("readOnlyChip"));
    m_readOnly->setStyleSheet(QStringLiteral(
        "background:#ddf4ff;color:#0a3069;border:1px solid #54aeff;border-radius:3px;"
        "padding:2px 6px;"));
    m_readOnly->setToolTip(tr("Opened for viewing: nothing here changes the plan."));
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_readOnly, 0, Qt::AlignTop);

    m_risks->setObjectName(QStringLiteral("risksTree"));
    m_risks->setRootIsDecorated(false);
    m_risks->setAllColumnsShowFocus(true);
    m_risks->setWordWrap(true);
    m_risks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_risks->setHeaderLabels(
        {tr("Impact"), tr("Risk"), tr("Owner"), tr("Mitigation"), tr("Phases")});
    m_risks->setItemDelegate(new BadgeDelegate(m_risks));
    m_risks->header()->setStretchLastSection(false);
    m_risks->setColumnWidth(0, 90);
    m_risks->setColumnWidth(1, 380);
    m_risks->setColumnWidth(2, 200);
    m_risks->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_risks->setColumnWidth(4, 160);
    m_risksTitle->setObjectName(QStringLiteral("risksTitle"));
    auto *risksBox = new QWidget(this);
    auto *risksLayout = new QVBoxLayout(risksBox);
    risksLayout->setContentsMargins(0, 0, 0, 0);
    risksLayout->addWidget(m_risksTitle);
    risksLayout->addWidget(m_risks, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_gantt);
    split->addWidget(risksBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({530, 150});

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(createLegend());
    contentLayout->addWidget(split, 1);

    m_stack->addWidget(message);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    m_zoomIn->setObjectName(QStringLiteral("timelineZoomInAction"));
    // Ctrl+= is Ctrl++ without Shift on most keyboards; both zoom in.
    m_zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomIn->setStatusTip(tr("Show less time in more detail."));
    connect(m_zoomIn, &QAction::triggered, m_gantt, &GanttView::zoomIn);
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setObjectName(QStringLiteral("timelineZoomOutAction"));
    m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomOut->setStatusTip(tr("Show more time."));
    connect(m_zoomOut, &QAction::triggered, m_gantt, &GanttView::zoomOut);
    m_fit = new QAction(tr("&Fit Whole Plan"), this);
    m_fit->setObjectName(QStringLiteral("timelineFitAction"));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setStatusTip(tr("Show the whole plan in the width of the window."));
    connect(m_fit, &QAction::triggered, m_gantt, &GanttView::fitToView);
    // The shortcuts work wherever the page is, with or without a menu hosting the actions.
    addActions({m_zoomIn, m_zoomOut, m_fit});

    connect(&m_document, &PlanDocument::planReset, this, &TimelinePage::refresh);
    connect(&m_document, &PlanDocument::planEdited, this, &TimelinePage::refresh);
    connect(&m_document, &PlanDocument::stateChanged, this, &TimelinePage::refresh);
    m_tick->setInterval(std::chrono::minutes(1));
    connect(m_tick, &QTimer::timeout, this, &TimelinePage::refresh);
    m_tick->start();
    refresh();
}

QWidget *TimelinePage::createLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    // The legend may be cut on narrow windows rather than widen them.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const QColor neutral = serviceColor(model::PlanService::General);
    const auto add = [&](const QString &text,
                         const std::function<void(QPainter &, const QRectF &)> &draw) {
        row->addWidget(legendSwatch(legend, draw));
        row->addWidget(new QLabel(text, legend));
        row->addSpacing(10);
    };
    add(tr("Planned"), [neutral](QPainter &p, const QRectF &r) {
        QColor fill = neutral;
        fill.setAlpha(60);
        p.setPen(neutral);
        p.setBrush(fill);
        p.drawRoundedRect(r.adjusted(1, 3, -1, -3), 3, 3);
    });
    add(tr("Actual"), [neutral](QPainter &p, const QRectF &r) {
        p.setPen(Qt::NoPen);
        p.setBrush(neutral.darker(120));
        p.drawRoundedRect(r.adjusted(1, 4, -1, -4), 2, 2);
    });
    add(tr("Late"), [](QPainter &p, const QRectF &r) {
        p.fillRect(r.adjusted(1, 4, -1, -4), QColor(0xd4, 0x45, 0x1f));
    });
    add(tr("Now"), [](QPainter &p, const QRectF &r) {
        p.setPen(QPen(QColor(0xcf, 0x22, 0x2e), 2));
        p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    add(tr("Point of no return"), [](QPainter &p, const QRectF &r) {
        p.setPen(QPen(QColor(0x82, 0x07, 0x1e), 2, Qt::DashLine));
        p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    const auto diamond = [](QPainter &p, const QRectF &r, const QColor &c, bool filled) {
        const QPointF m = r.center();
        const QPointF pts[] = {m + QPointF(0, -6), m + QPointF(6, 0), m + QPointF(0, 6),
                               m + QPointF(-6, 0)};
        p.setPen(QPen(c.darker(130), 1.5));
        p.setBrush(filled ? c : QColor(Qt::white));
        p.drawPolygon(pts, 4);
        if (!filled) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(m, 2, 2);
        }
    };
    add(tr("Gate decided GO / NO-GO"), [diamond](QPainter &p, const QRectF &r) {
        diamond(p, r.adjusted(0, 0, -13, 0), statusColor(model::CriterionStatus::Go), true);
        diamond(p, r.adjusted(13, 0, 0, 0), statusColor(model::CriterionStatus::NoGo), true);
    });
    add(tr("Gate not decided (live status)"), [diamond](QPainter &p, const QRectF &r) {
        diamond(p, r, statusColor(model::CriterionStatus::Unknown), false);
    });
    row->addStretch(1);
    return legend;
}

QList<TimelineGate> TimelinePage::gates() const
{
    const model::Plan &plan = m_document.plan();
    const model::GateInputs inputs = m_document.gateInputs();
    QList<TimelineGate> out;
    for (const model::Gate &g : plan.gates) {
        TimelineGate t;
        t.id = g.id;
        t.phaseId = g.phaseId;
        t.title = g.title;
        const model::GoDecision *decision = nullptr;
        for (const model::GoDecision &d : plan.decisions) {
            if (d.gateId == g.id)
                decision = &d;
        }
        if (decision) {
            t.decided = true;
            t.status = decision->outcome == model::DecisionOutcome::NoGo
                           ? model::CriterionStatus::NoGo
                           : model::CriterionStatus::Go;
            t.detail =
                tr("<b>Gate: %1</b><br>%2 decided by %3, %4")
                    .arg(g.title.toHtmlEscaped(), outcomeText(decision->outcome),
                         decision->decidedBy.toHtmlEscaped(), formatDateTime(decision->decidedAt));
            if (!decision->note.isEmpty())
                t.detail += QStringLiteral("<br>") + decision->note.toHtmlEscaped();
        } else {
            const QList<model::CriterionEvaluation> evals = model::evaluateGate(plan, g, inputs);
            t.status = model::overallStatus(evals);
            int go = 0;
            for (const model::CriterionEvaluation &e : evals)
                go += e.status == model::CriterionStatus::Go ? 1 : 0;
            t.detail = tr("<b>Gate: %1</b><br>Not decided yet. Live status: %2 (%3 of %4 "
                          "criteria GO).")
                           .arg(g.title.toHtmlEscaped(), model::displayName(t.status))
                           .arg(go)
                           .arg(evals.size());
        }
        out.append(t);
    }
    return out;
}

void TimelinePage::refresh()
{
    if (!m_document.hasPlan()) {
        if (m_stack->currentIndex() == 1 || m_messageTitle->text().isEmpty())
            showMessage(tr("No plan to show"),
                        tr("Open a plan in the planner (File ▸ Open Plan…, or the sample plan) "
                           "to see its timeline here."));
        return;
    }
    m_stack->setCurrentIndex(1);
    const model::Plan &plan = m_document.plan();
    const QDateTime now = m_document.now();
    m_title->setText(plan.name.isEmpty() ? m_document.displayName() : plan.name);
    m_readOnly->setVisible(m_document.isReadOnly());
    m_gantt->setPlan(plan, gates(), now);
    m_summary->setText(summary());

    m_risks->clear();
    for (const model::Risk &r : plan.risks) {
        auto *item = new QTreeWidgetItem(m_risks);
        item->setText(0, severityText(r.severity));
        item->setData(0, BadgeDelegate::BadgeColorRole, severityColor(r.severity));
        item->setText(1, r.title);
        item->setText(2, r.owner);
        item->setText(3, r.mitigation);
        QStringList phases;
        for (const QString &id : r.phaseIds)
            phases << id;
        item->setText(4, phases.join(QStringLiteral(", ")));
        for (int c = 1; c < 5; ++c)
            item->setToolTip(c, item->text(c));
    }
    m_risksTitle->setText(plan.risks.isEmpty() ? tr("<b>Risks</b> — none recorded in this plan.")
                                               : tr("<b>Risks</b> (%1)").arg(plan.risks.size()));
}

QString TimelinePage::summary() const
{
    const model::Plan &plan = m_document.plan();
    std::optional<QDateTime> first;
    std::optional<QDateTime> last;
    int done = 0;
    for (const model::Phase &p : plan.phases) {
        if (p.plannedStart && (!first || *p.plannedStart < *first))
            first = p.plannedStart;
        if (p.plannedEnd && (!last || *p.plannedEnd > *last))
            last = p.plannedEnd;
        done += p.actualEnd ? 1 : 0;
    }
    QStringList parts;
    if (first && last)
        parts << tr("Planned %1 → %2").arg(formatDateTime(first), formatDateTime(last));
    parts << tr("Done: %1 of %2 phases").arg(done).arg(plan.phases.size());
    const QString current = m_gantt->currentPhaseId();
    parts << (current.isEmpty() ? tr("No phase under way")
                                : tr("Now: %1").arg(phaseLabel(plan, current)));
    // The next gate not yet decided, in plan order.
    for (const TimelineGate &g : gates()) {
        if (g.decided)
            continue;
        parts << tr("Next gate: %1 (%2)").arg(g.title, model::displayName(g.status));
        break;
    }
    if (const std::optional<QString> ponr = model::firstPointOfNoReturn(plan))
        parts << tr("Point of no return: %1").arg(phaseLabel(plan, *ponr));
    if (!m_gantt->nowX())
        parts << tr("Today (%1) is outside the plan's dates").arg(formatDateTime(m_document.now()));
    return parts.join(QStringLiteral(" · "));
}

void TimelinePage::showMessage(const QString &title, const QString &text)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_stack->setCurrentIndex(0);
}

} // namespace ferry::gui
