// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/phasedialog.h"

#include "gui/planner/phaseedits.h"
#include "gui/planner/planformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

PhaseDialog::PhaseDialog(const model::Plan &plan, const model::Phase &phase, bool isNew,
                         QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_original(phase)
    , m_isNew(isNew)
    , m_id(new QLineEdit(phase.id, this))
    , m_kind(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_title(new QLineEdit(phase.title, this))
    , m_owner(new QLineEdit(phase.owner, this))
    , m_dependencies(new QListWidget(this))
    , m_notes(new QPlainTextEdit(phase.notes, this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("phaseDialog"));
    setWindowTitle(isNew ? tr("Add Phase") : tr("Edit Phase %1").arg(phase.id));
    m_id->setObjectName(QStringLiteral("phaseId"));
    m_kind->setObjectName(QStringLiteral("phaseKind"));
    m_service->setObjectName(QStringLiteral("phaseService"));
    m_title->setObjectName(QStringLiteral("phaseTitle"));
    m_owner->setObjectName(QStringLiteral("phaseOwner"));
    m_dependencies->setObjectName(QStringLiteral("phaseDependencies"));
    auto *form = new QFormLayout;
    m_id->setReadOnly(!isNew);
    m_id->setToolTip(tr("A short, unique name other phases and the findings refer to; it cannot "
                        "be changed later."));
    form->addRow(tr("&Id:"), m_id);
    const QList<model::PhaseKind> kinds = model::allPhaseKinds();
    for (model::PhaseKind k : kinds)
        m_kind->addItem(model::displayName(k));
    m_kind->setCurrentIndex(int(kinds.indexOf(phase.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    const QList<model::PlanService> services = model::allPlanServices();
    for (model::PlanService s : services)
        m_service->addItem(model::displayName(s));
    m_service->setCurrentIndex(int(services.indexOf(phase.service)));
    form->addRow(tr("&Service:"), m_service);
    m_title->setPlaceholderText(tr("What the phase does, e.g. \"Orders full load\""));
    form->addRow(tr("&Title:"), m_title);
    m_owner->setPlaceholderText(tr("A person or team"));
    form->addRow(tr("&Owner:"), m_owner);
    m_plannedStart = addDateField(form, tr("Planned &start:"), phase.plannedStart);
    m_plannedEnd = addDateField(form, tr("Planned &end:"), phase.plannedEnd);
    m_actualStart = addDateField(form, tr("&Actual start:"), phase.actualStart);
    m_actualEnd = addDateField(form, tr("Actual e&nd:"), phase.actualEnd);

    for (const model::Phase &p : plan.phases) {
        if (p.id == phase.id)
            continue;
        auto *item = new QListWidgetItem(phaseLabel(plan, p.id), m_dependencies);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(phase.dependsOn.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_dependencies->setToolTip(tr("Check the phases that must end before this one starts. Space "
                                  "toggles the selected one."));
    m_dependencies->setMinimumHeight(120);
    form->addRow(tr("&Depends on:"), m_dependencies);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("N&otes:"), m_notes);

    m_problems->setObjectName(QStringLiteral("phaseProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#cf222e;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *e : {m_id, m_title, m_owner})
        connect(e, &QLineEdit::textChanged, this, &PhaseDialog::revalidate);
    for (QComboBox *c : {m_kind, m_service})
        connect(c, &QComboBox::currentIndexChanged, this, &PhaseDialog::revalidate);
    for (const DateField *f : {&m_plannedStart, &m_plannedEnd, &m_actualStart, &m_actualEnd}) {
        connect(f->set, &QCheckBox::toggled, this, &PhaseDialog::revalidate);
        connect(f->edit, &QDateTimeEdit::dateTimeChanged, this, &PhaseDialog::revalidate);
    }
    connect(m_dependencies, &QListWidget::itemChanged, this, &PhaseDialog::revalidate);
    (isNew ? m_id : m_title)->setFocus();
    revalidate();
}

PhaseDialog::DateField PhaseDialog::addDateField(QFormLayout *form, const QString &label,
                                                 const std::optional<QDateTime> &value)
{
    DateField f;
    auto *row = new QHBoxLayout;
    f.set = new QCheckBox(tr("Set"), this);
    f.set->setChecked(value.has_value());
    f.edit = new QDateTimeEdit(this);
    f.edit->setCalendarPopup(true);
    f.edit->setTimeSpec(Qt::LocalTime);
    f.edit->setDateTime(value ? value->toLocalTime() : QDateTime::currentDateTime());
    f.edit->setEnabled(value.has_value());
    connect(f.set, &QCheckBox::toggled, f.edit, &QWidget::setEnabled);
    row->addWidget(f.set);
    row->addWidget(f.edit, 1);
    form->addRow(label, row);
    return f;
}

std::optional<QDateTime> PhaseDialog::dateOf(const DateField &field)
{
    if (!field.set->isChecked())
        return std::nullopt;
    QDateTime t = field.edit->dateTime().toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

model::Phase PhaseDialog::phase() const
{
    model::Phase p = m_original;
    p.id = m_id->text().trimmed();
    p.kind = model::allPhaseKinds().value(m_kind->currentIndex(), p.kind);
    p.service = model::allPlanServices().value(m_service->currentIndex(), p.service);
    p.title = m_title->text().trimmed();
    p.owner = m_owner->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    p.plannedStart = dateOf(m_plannedStart);
    p.plannedEnd = dateOf(m_plannedEnd);
    p.actualStart = dateOf(m_actualStart);
    p.actualEnd = dateOf(m_actualEnd);
    p.dependsOn.clear();
    for (int i = 0; i < m_dependencies->count(); ++i) {
        const QListWidgetItem *item = m_dependencies->item(i);
        if (item->checkState() == Qt::Checked)
            p.dependsOn << item->data(Qt::UserRole).toString();
    }
    return p;
}

QStringList PhaseDialog::problems() const
{
    return phaseedits::validatePhase(m_plan, phase(), m_isNew);
}

void PhaseDialog::revalidate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

} // namespace ferry::gui
