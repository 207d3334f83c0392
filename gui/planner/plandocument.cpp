// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/plandocument.h"

#include "model/rollback.h"

#include <QFileInfo>

namespace ferry::gui {

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
{}

const model::Plan &PlanDocument::plan() const
{
    static const model::Plan empty;
    return m_plan ? *m_plan : empty;
}

void PlanDocument::open(model::Plan plan, Origin origin, const QString &path, bool modified)
{
    m_plan = std::move(plan);
    m_origin = origin;
    m_path = origin == Origin::File ? path : QString();
    m_readOnly = origin == Origin::Sample;
    m_modified = modified && !m_readOnly;
    Q_EMIT planReset();
    Q_EMIT stateChanged();
}

void PlanDocument::close()
{
    m_plan.reset();
    m_origin = Origin::Untitled;
    m_path.clear();
    m_readOnly = false;
    m_modified = false;
    Q_EMIT planReset();
    Q_EMIT stateChanged();
}

bool PlanDocument::edit(const std::function<void(model::Plan &)> &change)
{
    if (!m_plan || m_readOnly)
        return false;
    change(*m_plan);
    model::generateRollbackPaths(*m_plan);
    m_plan->modifiedAt = now();
    const bool wasModified = m_modified;
    m_modified = true;
    Q_EMIT planEdited();
    if (!wasModified)
        Q_EMIT stateChanged();
    return true;
}

void PlanDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT stateChanged();
}

void PlanDocument::markSaved(const QString &path)
{
    m_path = path;
    m_origin = Origin::File;
    m_readOnly = false;
    m_modified = false;
    Q_EMIT stateChanged();
}

void PlanDocument::makeEditableCopy()
{
    if (!m_plan)
        return;
    m_origin = Origin::Untitled;
    m_path.clear();
    m_readOnly = false;
    m_modified = true;
    Q_EMIT stateChanged();
}

QString PlanDocument::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    if (m_plan && !m_plan->name.trimmed().isEmpty())
        return m_plan->name.trimmed();
    return tr("Untitled plan");
}

QDateTime PlanDocument::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

void PlanDocument::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

model::GateInputs PlanDocument::gateInputs() const
{
    model::GateInputs inputs = m_inputs ? m_inputs() : model::GateInputs{};
    inputs.now = now();
    return inputs;
}

void PlanDocument::setInputsSource(InputsSource source)
{
    m_inputs = std::move(source);
    Q_EMIT inputsChanged();
}

void PlanDocument::notifyInputsChanged()
{
    Q_EMIT inputsChanged();
}

} // namespace ferry::gui
