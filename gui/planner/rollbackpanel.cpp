// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/rollbackpanel.h"

#include "gui/planner/attestdialog.h"
#include "gui/planner/badgedelegate.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "model/rollback.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
constexpr int kPhaseRole = Qt::UserRole + 1;
constexpr int kStepRole = Qt::UserRole + 2;
const QColor kNoReturn(0xa4, 0x0e, 0x26);

enum Column
{
    StepColumn,
    BeforeColumn,
    IrreversibleColumn,
    PreparedColumn,
};

model::RollbackStep *findStep(model::Plan &plan, const QString &phaseId, const QString &stepId)
{
    model::RollbackPath *path = model::findRollbackPath(plan, phaseId);
    if (!path)
        return nullptr;
    for (model::RollbackStep &s : path->steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}
} // namespace

RollbackPanel::RollbackPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_banner(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add Step"), this))
    , m_remove(new QPushButton(tr("&Remove Step"), this))
    , m_prepared(new QPushButton(tr("&Mark Prepared…"), this))
    , m_restore(new QPushButton(tr("Restore &Generated"), this))
{
    setObjectName(QStringLiteral("rollbackPanel"));
    m_banner->setObjectName(QStringLiteral("pointOfNoReturnBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);

    m_tree->setObjectName(QStringLiteral("rollbackTree"));
    m_tree->setHeaderLabels({tr("Phase / rollback step"), tr("Before the phase"),
                             tr("Cannot be undone"), tr("Preparation")});
    m_tree->setItemDelegate(new BadgeDelegate(m_tree));
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(BeforeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(IrreversibleColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(PreparedColumn, 300);
    m_tree->headerItem()->setToolTip(BeforeColumn,
                                     tr("Must be done before the phase starts, e.g. lowering a "
                                        "DNS TTL. A gate's \"Rollback path ready\" waits for it."));
    m_tree->headerItem()->setToolTip(IrreversibleColumn,
                                     tr("The action this step is about cannot be undone."));

    m_add->setToolTip(tr("Add a step of your own to the selected phase's path (Insert)."));
    m_remove->setToolTip(tr("Remove the selected step (Delete)."));
    m_prepared->setObjectName(QStringLiteral("markPreparedButton"));
    m_prepared->setToolTip(tr("Record who did the selected preparation, when and how."));
    m_restore->setToolTip(tr("Replace the selected phase's path with the generated steps; "
                             "preparations already recorded are kept."));
    connect(m_add, &QPushButton::clicked, this, &RollbackPanel::addStep);
    connect(m_remove, &QPushButton::clicked, this, &RollbackPanel::removeStep);
    connect(m_prepared, &QPushButton::clicked, this, [this] { markPrepared(); });
    connect(m_restore, &QPushButton::clicked, this, &RollbackPanel::restoreGenerated);
    new QShortcut(QKeySequence(Qt::Key_Insert), m_tree, this, &RollbackPanel::addStep,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_tree, this, &RollbackPanel::removeStep,
                  Qt::WidgetShortcut);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_prepared);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemChanged, this, &RollbackPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RollbackPanel::updateButtons);
    connect(&m_document, &PlanDocument::planReset, this, &RollbackPanel::rebuild);
    connect(&m_document, &PlanDocument::planEdited, this, &RollbackPanel::rebuild);
    connect(&m_document, &PlanDocument::stateChanged, this, &RollbackPanel::rebuild);
    rebuild();
}

void RollbackPanel::rebuild()
{
    const QString phaseId = selectedPhaseId();
    const QString stepId = selectedStepId();
    const model::Plan &plan = m_document.plan();
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    const std::optional<QString> first = model::firstPointOfNoReturn(plan);
    m_rebuilding = true;
    m_tree->clear();
    for (const model::Phase &phase : plan.phases) {
        const model::RollbackPath *path = model::findRollbackPath(plan, phase.id);
        auto *top = new QTreeWidgetItem(m_tree);
        top->setData(0, kPhaseRole, phase.id);
        top->setText(StepColumn, path && path->edited
                                     ? tr("%1 — edited").arg(phaseLabel(plan, phase.id))
                                     : phaseLabel(plan, phase.id));
        QFont bold = top->font(StepColumn);
        bold.setBold(true);
        top->setFont(StepColumn, bold);
        top->setFlags(top->flags() & ~Qt::ItemIsEditable);
        if (path && path->pointOfNoReturn) {
            const bool isFirst = first && *first == phase.id;
            top->setText(BeforeColumn,
                         isFirst ? tr("⚑ Point of no return") : tr("No way back after this"));
            top->setData(BeforeColumn, BadgeDelegate::BadgeColorRole, kNoReturn);
            top->setForeground(StepColumn, kNoReturn);
            top->setText(PreparedColumn,
                         model::describePointOfNoReturn(path->pointOfNoReturnReason));
            for (int c = 0; c <= PreparedColumn; ++c)
                top->setToolTip(c, model::describePointOfNoReturn(path->pointOfNoReturnReason));
        }
        if (!path)
            continue;
        for (const model::RollbackStep &s : path->steps) {
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, kPhaseRole, phase.id);
            item->setData(0, kStepRole, s.id);
            item->setText(StepColumn, model::displayText(s));
            item->setToolTip(StepColumn, model::displayText(s));
            Qt::ItemFlags flags = item->flags() | Qt::ItemIsUserCheckable;
            if (editable)
                flags |= Qt::ItemIsEditable;
            else
                flags &= ~Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            item->setCheckState(BeforeColumn, s.prepareBeforePhase ? Qt::Checked : Qt::Unchecked);
            item->setCheckState(IrreversibleColumn, s.irreversible ? Qt::Checked : Qt::Unchecked);
            if (s.irreversible)
                item->setForeground(StepColumn, kNoReturn);
            if (s.prepareBeforePhase) {
                if (s.prepared && model::isComplete(*s.prepared)) {
                    item->setText(
                        PreparedColumn,
                        tr("Done by %1 · %2").arg(s.prepared->by, formatDateTime(s.prepared->at)));
                    item->setData(PreparedColumn, BadgeDelegate::BadgeColorRole,
                                  QColor(0x1a, 0x7f, 0x37));
                    item->setToolTip(PreparedColumn, s.prepared->note);
                } else {
                    item->setText(PreparedColumn, tr("Not done yet"));
                    item->setData(PreparedColumn, BadgeDelegate::BadgeColorRole,
                                  QColor(0x9a, 0x67, 0x00));
                }
            }
        }
        top->setExpanded(true);
    }
    m_rebuilding = false;

    if (plan.phases.isEmpty()) {
        m_banner->setText(tr("Add phases to the plan: Ferry generates a rollback path for each."));
        m_banner->setStyleSheet(QString());
    } else if (first) {
        const model::RollbackPath *path = model::findRollbackPath(plan, *first);
        m_banner->setText(
            tr("<b>Point of no return: %1.</b> %2 Until that phase completes, every earlier phase "
               "can be rolled back with the steps below.")
                .arg(phaseLabel(plan, *first).toHtmlEscaped(),
                     model::describePointOfNoReturn(path ? path->pointOfNoReturnReason : QString())
                         .toHtmlEscaped()));
        m_banner->setStyleSheet(
            QStringLiteral("background:#ffebe9;color:#82071e;padding:6px;border:1px solid #ff8182;"
                           "border-radius:3px;"));
    } else {
        m_banner->setText(tr("No phase of this plan is a point of no return: every phase can be "
                             "rolled back."));
        m_banner->setStyleSheet(QString());
    }
    if (!select(phaseId, stepId))
        showPhase(phaseId);
    updateButtons();
}

void RollbackPanel::showPhase(const QString &phaseId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, kPhaseRole).toString() == phaseId) {
            m_tree->setCurrentItem(top->childCount() > 0 ? top->child(0) : top);
            m_tree->scrollToItem(top, QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

bool RollbackPanel::select(const QString &phaseId, const QString &stepId)
{
    if (phaseId.isEmpty() || stepId.isEmpty())
        return false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, kPhaseRole).toString() != phaseId)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, kStepRole).toString() == stepId) {
                m_tree->setCurrentItem(top->child(j));
                return true;
            }
        }
    }
    return false;
}

QString RollbackPanel::selectedPhaseId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kPhaseRole).toString() : QString();
}

QString RollbackPanel::selectedStepId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kStepRole).toString() : QString();
}

void RollbackPanel::updateButtons()
{
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    const QString phaseId = selectedPhaseId();
    const QString stepId = selectedStepId();
    const model::RollbackPath *path = model::findRollbackPath(m_document.plan(), phaseId);
    bool prepare = false;
    if (path) {
        for (const model::RollbackStep &s : path->steps)
            prepare = prepare || (s.id == stepId && s.prepareBeforePhase);
    }
    m_add->setEnabled(editable && path);
    m_remove->setEnabled(editable && !stepId.isEmpty());
    m_prepared->setEnabled(editable && prepare);
    m_restore->setEnabled(editable && path && path->edited);
}

void RollbackPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || !item)
        return;
    const QString phaseId = item->data(0, kPhaseRole).toString();
    const QString stepId = item->data(0, kStepRole).toString();
    if (stepId.isEmpty())
        return;
    const QString text = item->text(StepColumn).trimmed();
    const bool before = item->checkState(BeforeColumn) == Qt::Checked;
    const bool irreversible = item->checkState(IrreversibleColumn) == Qt::Checked;
    m_document.edit([&](model::Plan &plan) {
        model::RollbackStep *s = findStep(plan, phaseId, stepId);
        if (!s)
            return;
        bool changed = false;
        if (column == StepColumn && !text.isEmpty() && text != model::displayText(*s)) {
            s->text = text;
            s->templateId.clear(); // now the user's own words, shown as written
            changed = true;
        }
        if (column == BeforeColumn && before != s->prepareBeforePhase) {
            s->prepareBeforePhase = before;
            changed = true;
        }
        if (column == IrreversibleColumn && irreversible != s->irreversible) {
            s->irreversible = irreversible;
            changed = true;
        }
        if (changed)
            model::findRollbackPath(plan, phaseId)->edited = true;
    });
}

void RollbackPanel::addStep()
{
    if (!m_add->isEnabled())
        return;
    const QString phaseId = selectedPhaseId();
    const QString stepId = model::uniqueId(m_document.plan(), QStringLiteral("step"));
    m_document.edit([&](model::Plan &plan) {
        model::RollbackPath *path = model::findRollbackPath(plan, phaseId);
        if (!path)
            return;
        model::RollbackStep s;
        s.id = stepId;
        s.text = tr("Describe the step");
        path->steps.append(s);
        path->edited = true;
    });
    if (select(phaseId, stepId))
        m_tree->editItem(m_tree->currentItem(), StepColumn);
}

void RollbackPanel::removeStep()
{
    if (!m_remove->isEnabled())
        return;
    const QString phaseId = selectedPhaseId();
    const QString stepId = selectedStepId();
    m_document.edit([&](model::Plan &plan) {
        model::RollbackPath *path = model::findRollbackPath(plan, phaseId);
        if (!path)
            return;
        path->steps.removeIf([&](const model::RollbackStep &s) { return s.id == stepId; });
        path->edited = true;
    });
    showPhase(phaseId);
}

AttestDialog *RollbackPanel::markPrepared()
{
    if (!m_prepared->isEnabled())
        return nullptr;
    const QString phaseId = selectedPhaseId();
    const QString stepId = selectedStepId();
    model::Plan copy = m_document.plan();
    const model::RollbackStep *step = findStep(copy, phaseId, stepId);
    if (!step)
        return nullptr;
    auto *dialog = new AttestDialog(model::displayText(*step), m_document.now(),
                                    AttestDialog::Mode::Preparation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (step->prepared)
        dialog->setAttestation(*step->prepared);
    connect(dialog, &QDialog::accepted, this, [this, dialog, phaseId, stepId] {
        const model::Attestation a = dialog->attestation();
        m_document.edit([&](model::Plan &plan) {
            if (model::RollbackStep *s = findStep(plan, phaseId, stepId))
                s->prepared = a;
        });
        select(phaseId, stepId);
    });
    dialog->open();
    return dialog;
}

void RollbackPanel::restoreGenerated()
{
    if (!m_restore->isEnabled())
        return;
    const QString phaseId = selectedPhaseId();
    m_document.edit([&](model::Plan &plan) {
        if (model::RollbackPath *path = model::findRollbackPath(plan, phaseId))
            path->edited = false; // the document regenerates unedited paths
    });
    showPhase(phaseId);
}

} // namespace ferry::gui
