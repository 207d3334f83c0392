// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/gatespanel.h"

#include "gui/planner/attestdialog.h"
#include "gui/planner/badgedelegate.h"
#include "gui/planner/decidedialog.h"
#include "gui/planner/evidencetext.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
constexpr int kGateIdRole = Qt::UserRole + 1;
constexpr int kCriterionIdRole = Qt::UserRole + 2;

enum Column
{
    NameColumn,
    StatusColumn,
    EvidenceColumn,
    DetailsColumn,
};

const model::GoDecision *latestDecision(const model::Plan &plan, const QString &gateId)
{
    const model::GoDecision *latest = nullptr;
    for (const model::GoDecision &d : plan.decisions) {
        if (d.gateId == gateId)
            latest = &d;
    }
    return latest;
}
} // namespace

GatesPanel::GatesPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_gates(new QTreeWidget(this))
    , m_decisions(new QTreeWidget(this))
    , m_attest(new QPushButton(tr("&Attest…"), this))
    , m_decide(new QPushButton(tr("&Decide GO / NO-GO…"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("gatesPanel"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("gatesSummary"));

    m_gates->setObjectName(QStringLiteral("gatesTree"));
    m_gates->setHeaderLabels({tr("Gate / criterion"), tr("Status"), tr("Evidence"), tr("Details")});
    m_gates->setItemDelegate(new BadgeDelegate(m_gates));
    m_gates->setAllColumnsShowFocus(true);
    m_gates->setUniformRowHeights(true);
    m_gates->header()->setStretchLastSection(true);
    m_gates->setColumnWidth(NameColumn, 290);
    m_gates->setColumnWidth(StatusColumn, 90);
    m_gates->setColumnWidth(EvidenceColumn, 290);

    m_decisions->setObjectName(QStringLiteral("decisionsTree"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setHeaderLabels({tr("Decision"), tr("Gate"), tr("Decided by"), tr("When"),
                                  tr("Reason or note"), tr("Digest")});
    m_decisions->setItemDelegate(new BadgeDelegate(m_decisions));
    m_decisions->header()->setStretchLastSection(true);
    m_decisions->setColumnWidth(0, 150);
    m_decisions->setColumnWidth(1, 160);
    m_decisions->setColumnWidth(2, 140);
    m_decisions->setColumnWidth(3, 140);
    m_decisions->setColumnWidth(4, 240);

    m_attest->setObjectName(QStringLiteral("attestButton"));
    m_attest->setToolTip(tr("State under your name whether the selected criterion holds "
                            "(Ctrl+Shift+A)."));
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("Record GO or NO-GO for the selected gate with the evidence as it is "
                            "now (Ctrl+Shift+G)."));
    auto *reevaluate = new QPushButton(tr("&Re-evaluate"), this);
    reevaluate->setToolTip(tr("Evaluate every criterion again now (F5)."));
    connect(reevaluate, &QPushButton::clicked, this, &GatesPanel::reevaluate);
    connect(m_attest, &QPushButton::clicked, this, [this] { attestSelected(); });
    connect(m_decide, &QPushButton::clicked, this, [this] { decideSelected(); });
    auto *f5 = new QShortcut(QKeySequence::Refresh, this, this, &GatesPanel::reevaluate,
                             Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(f5)
    auto *attestKey = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, this, [this] { attestSelected(); },
        Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(attestKey)
    auto *decideKey = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this, this, [this] { decideSelected(); },
        Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(decideKey)

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attest);
    buttons->addWidget(m_decide);
    buttons->addStretch(1);
    buttons->addWidget(reevaluate);

    auto *decisionsBox = new QWidget(this);
    auto *decisionsLayout = new QVBoxLayout(decisionsBox);
    decisionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *decisionsTitle = new QLabel(tr("<b>Decisions recorded</b> (kept as recorded, with a "
                                         "digest of the evidence)"),
                                      decisionsBox);
    decisionsLayout->addWidget(decisionsTitle);
    decisionsLayout->addWidget(m_decisions);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_gates);
    split->addWidget(decisionsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_gates, &QTreeWidget::currentItemChanged, this, &GatesPanel::updateButtons);
    connect(m_gates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kCriterionIdRole).toString().isEmpty())
            decideSelected();
        else
            attestSelected();
    });
    connect(&m_document, &PlanDocument::planReset, this, &GatesPanel::rebuild);
    connect(&m_document, &PlanDocument::planEdited, this, &GatesPanel::rebuild);
    connect(&m_document, &PlanDocument::inputsChanged, this, &GatesPanel::rebuild);
    connect(&m_document, &PlanDocument::stateChanged, this, &GatesPanel::updateButtons);
    // Lag windows and observation ages move with the clock, so statuses do too.
    m_refresh->setInterval(std::chrono::seconds(30));
    connect(m_refresh, &QTimer::timeout, this, &GatesPanel::rebuild);
    m_refresh->start();
    rebuild();
}

void GatesPanel::reevaluate()
{
    rebuild();
}

void GatesPanel::rebuild()
{
    const QString gateId = selectedGateId();
    const QString criterionId = selectedCriterionId();
    const model::Plan &plan = m_document.plan();
    const model::GateInputs inputs = m_document.gateInputs();
    m_gates->clear();
    int go = 0;
    int noGo = 0;
    int unknown = 0;
    for (const model::Gate &gate : plan.gates) {
        const QList<model::CriterionEvaluation> evals = model::evaluateGate(plan, gate, inputs);
        const model::CriterionStatus overall = model::overallStatus(evals);
        (overall == model::CriterionStatus::Go     ? go
         : overall == model::CriterionStatus::NoGo ? noGo
                                                   : unknown)++;
        auto *top = new QTreeWidgetItem(m_gates);
        top->setData(0, kGateIdRole, gate.id);
        top->setText(NameColumn, gate.title.isEmpty() ? gate.id : gate.title);
        QFont bold = top->font(NameColumn);
        bold.setBold(true);
        top->setFont(NameColumn, bold);
        top->setText(StatusColumn, model::displayName(overall));
        top->setData(StatusColumn, BadgeDelegate::BadgeColorRole, statusColor(overall));
        if (const model::GoDecision *d = latestDecision(plan, gate.id)) {
            top->setText(EvidenceColumn, tr("Decided: %1").arg(outcomeText(d->outcome)));
            top->setData(EvidenceColumn, BadgeDelegate::BadgeColorRole, outcomeColor(d->outcome));
            top->setText(DetailsColumn,
                         tr("Guards %1. %2 by %3, %4.")
                             .arg(phaseLabel(plan, gate.phaseId), outcomeText(d->outcome),
                                  d->decidedBy, formatDateTime(d->decidedAt)));
        } else {
            top->setText(DetailsColumn,
                         tr("Guards %1. No decision yet.").arg(phaseLabel(plan, gate.phaseId)));
        }
        top->setToolTip(DetailsColumn, top->text(DetailsColumn));
        for (int i = 0; i < gate.criteria.size() && i < evals.size(); ++i) {
            const model::GateCriterion &c = gate.criteria.at(i);
            const model::CriterionEvaluation &e = evals.at(i);
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, kGateIdRole, gate.id);
            item->setData(0, kCriterionIdRole, c.id);
            item->setText(NameColumn, c.mandatory ? criterionName(c)
                                                  : tr("%1 (optional)").arg(criterionName(c)));
            item->setText(StatusColumn, model::displayName(e.status));
            item->setData(StatusColumn, BadgeDelegate::BadgeColorRole, statusColor(e.status));
            item->setText(EvidenceColumn, evidenceBadge(e));
            item->setData(EvidenceColumn, BadgeDelegate::BadgeColorRole, levelColor(e.level));
            item->setText(DetailsColumn, evidenceSummary(e));
            const QString details = evidenceDetails(e);
            for (int col = 0; col <= DetailsColumn; ++col)
                item->setToolTip(col, details);
        }
        top->setExpanded(true);
    }
    if (plan.gates.isEmpty())
        m_summary->setText(tr("This plan has no go/no-go gates. Gates guard the cutovers: each "
                              "lists the criteria that must hold before anyone says GO."));
    else
        m_summary->setText(tr("Gates now: %1 GO, %2 NO-GO, %3 unknown (evaluated at %4). Select "
                              "a criterion to attest it, or a gate to decide GO or NO-GO.")
                               .arg(go)
                               .arg(noGo)
                               .arg(unknown)
                               .arg(formatDateTime(inputs.now)));

    m_decisions->clear();
    for (const model::GoDecision &d : plan.decisions) {
        auto *item = new QTreeWidgetItem(m_decisions);
        item->setText(0, outcomeText(d.outcome));
        item->setData(0, BadgeDelegate::BadgeColorRole, outcomeColor(d.outcome));
        const model::Gate *g = model::findGate(plan, d.gateId);
        item->setText(1, g && !g->title.isEmpty() ? g->title : d.gateId);
        item->setText(2, d.decidedBy);
        item->setText(3, formatDateTime(d.decidedAt));
        item->setText(4, d.overriddenCriteria.isEmpty()
                             ? d.note
                             : tr("%1 (overrides %2)")
                                   .arg(d.note, d.overriddenCriteria.join(QStringLiteral(", "))));
        item->setText(5, d.digest.left(16));
        item->setToolTip(5, d.digest);
        item->setToolTip(4, item->text(4));
    }
    if (!gateId.isEmpty())
        select(gateId, criterionId);
    updateButtons();
}

bool GatesPanel::select(const QString &gateId, const QString &criterionId)
{
    for (int i = 0; i < m_gates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_gates->topLevelItem(i);
        if (top->data(0, kGateIdRole).toString() != gateId)
            continue;
        if (criterionId.isEmpty()) {
            m_gates->setCurrentItem(top);
            return true;
        }
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, kCriterionIdRole).toString() == criterionId) {
                m_gates->setCurrentItem(top->child(j));
                return true;
            }
        }
    }
    return false;
}

QString GatesPanel::selectedGateId() const
{
    const QTreeWidgetItem *item = m_gates->currentItem();
    return item ? item->data(0, kGateIdRole).toString() : QString();
}

QString GatesPanel::selectedCriterionId() const
{
    const QTreeWidgetItem *item = m_gates->currentItem();
    return item ? item->data(0, kCriterionIdRole).toString() : QString();
}

void GatesPanel::updateButtons()
{
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    const model::Gate *gate = model::findGate(m_document.plan(), selectedGateId());
    const QString criterionId = selectedCriterionId();
    bool attestable = false;
    if (gate) {
        for (const model::GateCriterion &c : gate->criteria) {
            if (c.id == criterionId)
                attestable = acceptsAttestation(c.kind);
        }
    }
    m_attest->setEnabled(editable && attestable);
    m_decide->setEnabled(editable && gate);
    if (!criterionId.isEmpty() && !attestable)
        m_attest->setToolTip(tr("This criterion rests on monitored data or on the rollback "
                                "preparations (Rollback tab), not on a person's word."));
    else
        m_attest->setToolTip(tr("State under your name whether the selected criterion holds "
                                "(Ctrl+Shift+A)."));
}

AttestDialog *GatesPanel::attestSelected()
{
    if (!m_attest->isEnabled())
        return nullptr;
    const QString gateId = selectedGateId();
    const QString criterionId = selectedCriterionId();
    const model::Gate *gate = model::findGate(m_document.plan(), gateId);
    if (!gate)
        return nullptr;
    const model::GateCriterion *criterion = nullptr;
    for (const model::GateCriterion &c : gate->criteria) {
        if (c.id == criterionId)
            criterion = &c;
    }
    if (!criterion)
        return nullptr;
    auto *dialog = new AttestDialog(tr("%1 › %2").arg(gate->title, criterionName(*criterion)),
                                    m_document.now(), AttestDialog::Mode::Criterion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (criterion->attestation)
        dialog->setAttestation(*criterion->attestation);
    else if (!m_lastAttester.isEmpty())
        dialog->setAttestation({m_lastAttester, m_document.now(), QString(), true});
    connect(dialog, &QDialog::accepted, this, [this, dialog, gateId, criterionId] {
        const model::Attestation a = dialog->attestation();
        m_lastAttester = a.by;
        m_document.edit([&](model::Plan &plan) {
            for (model::Gate &g : plan.gates) {
                if (g.id != gateId)
                    continue;
                for (model::GateCriterion &c : g.criteria) {
                    if (c.id == criterionId)
                        c.attestation = a;
                }
            }
        });
        select(gateId, criterionId);
    });
    dialog->open();
    return dialog;
}

DecideDialog *GatesPanel::decideSelected()
{
    if (!m_decide->isEnabled())
        return nullptr;
    const QString gateId = selectedGateId();
    auto *dialog = new DecideDialog(m_document, gateId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, gateId] { select(gateId); });
    dialog->open();
    return dialog;
}

} // namespace ferry::gui
