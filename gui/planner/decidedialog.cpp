// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/decidedialog.h"

#include "gui/planner/badgedelegate.h"
#include "gui/planner/evidencetext.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::gui {

DecideDialog::DecideDialog(PlanDocument &document, const QString &gateId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_gateId(gateId)
    , m_criteria(new QTreeWidget(this))
    , m_decidedBy(new QLineEdit(this))
    , m_go(new QRadioButton(tr("&GO: proceed with the phase"), this))
    , m_noGo(new QRadioButton(tr("N&O-GO: do not proceed"), this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decideDialog"));
    const model::Plan &plan = document.plan();
    const model::Gate *gate = model::findGate(plan, gateId);
    setWindowTitle(tr("Decide GO / NO-GO"));
    const model::GateInputs inputs = document.gateInputs();
    if (gate)
        m_evaluations = model::evaluateGate(plan, *gate, inputs);

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(
        gate ? tr("Gate \"%1\" guards %2. The evidence below was evaluated at %3; "
                  "the decision records it exactly as shown.")
                   .arg(gate->title, phaseLabel(plan, gate->phaseId), formatDateTime(inputs.now))
             : tr("The gate %1 is not in the plan.").arg(gateId));

    m_criteria->setObjectName(QStringLiteral("decideCriteria"));
    m_criteria->setRootIsDecorated(false);
    m_criteria->setAllColumnsShowFocus(true);
    m_criteria->setHeaderLabels(
        {tr("Criterion"), tr("Required"), tr("Status"), tr("Evidence"), tr("Details")});
    m_criteria->setItemDelegate(new BadgeDelegate(m_criteria));
    for (const model::CriterionEvaluation &e : std::as_const(m_evaluations)) {
        QString name = e.criterionId;
        if (gate) {
            for (const model::GateCriterion &c : gate->criteria) {
                if (c.id == e.criterionId)
                    name = criterionName(c);
            }
        }
        auto *item = new QTreeWidgetItem(m_criteria);
        item->setText(0, name);
        item->setText(1, e.mandatory ? tr("Mandatory") : tr("Optional"));
        item->setText(2, model::displayName(e.status));
        item->setData(2, BadgeDelegate::BadgeColorRole, statusColor(e.status));
        item->setText(3, evidenceBadge(e));
        item->setData(3, BadgeDelegate::BadgeColorRole, levelColor(e.level));
        item->setText(4, evidenceSummary(e));
        const QString details = evidenceDetails(e);
        for (int c = 0; c < 5; ++c)
            item->setToolTip(c, details);
    }
    m_criteria->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c) {
        m_criteria->resizeColumnToContents(c);
        m_criteria->setColumnWidth(c, m_criteria->columnWidth(c) + 12);
    }
    m_criteria->setMinimumHeight(160);

    auto *blocking = new QLabel(this);
    blocking->setObjectName(QStringLiteral("decideBlocking"));
    blocking->setWordWrap(true);
    const QStringList blockers = blockingCriteria();
    if (!blockers.isEmpty()) {
        blocking->setText(tr("Mandatory but not GO: %1. Recording GO now is an override and "
                             "needs a reason, which is kept with the decision.")
                              .arg(blockers.join(QStringLiteral(", "))));
        blocking->setStyleSheet(
            QStringLiteral("background:#fff1e5;color:#953800;padding:6px;border-radius:3px;"));
    } else {
        blocking->setText(tr("Every mandatory criterion is GO."));
        blocking->setStyleSheet(QStringLiteral("color:#1a7f37;"));
    }

    m_decidedBy->setObjectName(QStringLiteral("decideBy"));
    m_decidedBy->setPlaceholderText(tr("Your name, e.g. Mei Lin (migration architect)"));
    m_go->setObjectName(QStringLiteral("decideGo"));
    m_noGo->setObjectName(QStringLiteral("decideNoGo"));
    // NO-GO is the safe default when something blocks.
    (blockers.isEmpty() ? m_go : m_noGo)->setChecked(true);
    m_reason->setObjectName(QStringLiteral("decideReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_confirm->setObjectName(QStringLiteral("decideConfirm"));
    m_confirm->setPlaceholderText(tr("the gate id"));

    auto *choice = new QVBoxLayout;
    choice->addWidget(m_go);
    choice->addWidget(m_noGo);
    auto *form = new QFormLayout;
    form->addRow(tr("&Decided by:"), m_decidedBy);
    form->addRow(tr("Decision:"), choice);
    form->addRow(m_reasonLabel, m_reason);
    m_reasonLabel->setBuddy(m_reason);
    auto *confirmLabel =
        new QLabel(tr("To confirm, type the gate id <b>%1</b>:").arg(gateId), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);

    m_problems->setObjectName(QStringLiteral("decideProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#cf222e;"));
    m_record = m_buttons->addButton(tr("Record"), QDialogButtonBox::ActionRole);
    m_record->setObjectName(QStringLiteral("decideRecord"));
    m_record->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_criteria, 1);
    layout->addWidget(blocking);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (record())
            accept();
    });
    connect(m_decidedBy, &QLineEdit::textChanged, this, &DecideDialog::revalidate);
    connect(m_confirm, &QLineEdit::textChanged, this, &DecideDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecideDialog::revalidate);
    connect(m_go, &QRadioButton::toggled, this, &DecideDialog::revalidate);
    resize(860, 600);
    m_decidedBy->setFocus();
    revalidate();
}

QStringList DecideDialog::blockingCriteria() const
{
    QStringList out;
    for (const model::CriterionEvaluation &e : m_evaluations) {
        if (e.mandatory && e.status != model::CriterionStatus::Go)
            out << e.criterionId;
    }
    return out;
}

bool DecideDialog::goChosen() const
{
    return m_go->isChecked();
}

QStringList DecideDialog::problems() const
{
    QStringList out;
    if (m_document.isReadOnly())
        out << tr("This plan is read-only.");
    if (m_decidedBy->text().trimmed().isEmpty())
        out << tr("Enter the name of who decides.");
    if (goChosen() && !blockingCriteria().isEmpty() && m_reason->toPlainText().trimmed().isEmpty())
        out << tr("Give an override reason: why GO although criteria are not GO.");
    if (m_confirm->text().trimmed() != m_gateId)
        out << tr("Type the gate id %1 to confirm.").arg(m_gateId);
    return out;
}

void DecideDialog::revalidate()
{
    const bool go = goChosen();
    const bool override = go && !blockingCriteria().isEmpty();
    m_reasonLabel->setText(override ? tr("Override &reason (required):") : tr("&Note (optional):"));
    m_reason->setPlaceholderText(override ? tr("Why GO although criteria are not GO, and who "
                                               "accepted the risk")
                                          : QString());
    m_record->setText(!go ? tr("Record NO-GO")
                          : (override ? tr("Record GO with Override") : tr("Record GO")));
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_record->setEnabled(list.isEmpty());
}

bool DecideDialog::record()
{
    m_lastError.clear();
    if (m_confirm->text().trimmed() != m_gateId) {
        m_lastError = tr("Type the gate id %1 to confirm.").arg(m_gateId);
        m_problems->setText(m_lastError);
        return false;
    }
    // Decide on a copy first: a refused decision must not touch (or dirty) the plan.
    model::Plan copy = m_document.plan();
    const QDateTime at = m_document.now();
    const QString by = m_decidedBy->text();
    const QString reason = m_reason->toPlainText();
    const model::DecideResult result =
        goChosen() ? model::decideGo(copy, m_gateId, m_evaluations, by, at, reason)
                   : model::decideNoGo(copy, m_gateId, m_evaluations, by, at, reason);
    if (!result.ok() || !result.decision) {
        m_lastError = decideErrorText(result);
        m_problems->setText(m_lastError);
        return false;
    }
    const model::GoDecision decision = *result.decision;
    if (!m_document.edit([&](model::Plan &plan) { plan.decisions.append(decision); })) {
        m_lastError = tr("This plan is read-only.");
        m_problems->setText(m_lastError);
        return false;
    }
    return true;
}

} // namespace ferry::gui
