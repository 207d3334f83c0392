// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/phasetablemodel.h"

#include "gui/planner/phaseedits.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace ferry::gui {

namespace {

std::optional<QDateTime> *dateField(model::Phase &p, int column)
{
    switch (column) {
    case PhaseTableModel::PlannedStartColumn:
        return &p.plannedStart;
    case PhaseTableModel::PlannedEndColumn:
        return &p.plannedEnd;
    case PhaseTableModel::ActualStartColumn:
        return &p.actualStart;
    case PhaseTableModel::ActualEndColumn:
        return &p.actualEnd;
    default:
        return nullptr;
    }
}

const std::optional<QDateTime> *dateField(const model::Phase &p, int column)
{
    return dateField(const_cast<model::Phase &>(p), column);
}

} // namespace

PhaseTableModel::PhaseTableModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document.plan().phases.size()))
{
    connect(&m_document, &PlanDocument::planReset, this, [this] {
        beginResetModel();
        m_findings.clear();
        m_rows = int(m_document.plan().phases.size());
        endResetModel();
    });
    connect(&m_document, &PlanDocument::planEdited, this, &PhaseTableModel::onPlanEdited);
    connect(&m_document, &PlanDocument::stateChanged, this, [this] {
        // Read-only changes the flags of every cell.
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

void PhaseTableModel::onPlanEdited()
{
    if (m_changing)
        return;
    const int rows = int(m_document.plan().phases.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int PhaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PhaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_document.plan().phases.size())
        return {};
    const model::Phase &p = m_document.plan().phases.at(index.row());
    const int column = index.column();
    if (role == PhaseIdRole)
        return p.id;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case IdColumn:
            return p.id;
        case KindColumn:
            return model::displayName(p.kind);
        case ServiceColumn:
            return model::displayName(p.service);
        case TitleColumn:
            return p.title;
        case OwnerColumn:
            return p.owner;
        case DependsOnColumn:
            return p.dependsOn.join(QStringLiteral(", "));
        default:
            return formatDateTime(*dateField(p, column));
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case IdColumn:
            return p.id;
        case KindColumn:
            return int(p.kind);
        case ServiceColumn:
            return int(p.service);
        case TitleColumn:
            return p.title;
        case OwnerColumn:
            return p.owner;
        case DependsOnColumn:
            return p.dependsOn.join(QStringLiteral(", "));
        default: {
            const auto *d = dateField(p, column);
            return *d ? QVariant(d->value().toLocalTime()) : QVariant();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == TitleColumn || column == IdColumn) {
            QStringList lines;
            for (const model::SequencingFinding &f : m_findings) {
                if (f.phaseIds.value(0) == p.id)
                    lines << model::describeFinding(f);
            }
            if (!p.notes.isEmpty())
                lines.prepend(p.notes);
            return lines.join(QLatin1Char('\n'));
        }
        if (const auto *d = dateField(p, column); d && *d)
            return tr("%1 UTC").arg(formatIsoUtc(*d));
        if (column == DependsOnColumn && !p.dependsOn.isEmpty()) {
            QStringList labels;
            for (const QString &id : p.dependsOn)
                labels << phaseLabel(m_document.plan(), id);
            return tr("Starts after: %1").arg(labels.join(QStringLiteral(", ")));
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == TitleColumn) {
        std::optional<model::Severity> worst;
        for (const model::SequencingFinding &f : m_findings) {
            if (f.phaseIds.value(0) == p.id && (!worst || f.severity > *worst))
                worst = f.severity;
        }
        if (!worst)
            return {};
        QStyle *style = QApplication::style();
        switch (*worst) {
        case model::Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case model::Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case model::Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    return {};
}

QVariant PhaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PlannedStartColumn:
        case PlannedEndColumn:
            return tr("Planned dates, in local time. Press Backspace on a date to clear it.");
        case ActualStartColumn:
        case ActualEndColumn:
            return tr("When the phase really started and ended: the record the manager timeline "
                      "compares with the plan.");
        case DependsOnColumn:
            return tr("Ids of the phases that must end before this one starts, separated by "
                      "commas.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    case ServiceColumn:
        return tr("Service");
    case TitleColumn:
        return tr("Title");
    case OwnerColumn:
        return tr("Owner");
    case PlannedStartColumn:
        return tr("Planned start");
    case PlannedEndColumn:
        return tr("Planned end");
    case ActualStartColumn:
        return tr("Actual start");
    case ActualEndColumn:
        return tr("Actual end");
    case DependsOnColumn:
        return tr("Depends on");
    default:
        return {};
    }
}

Qt::ItemFlags PhaseTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != IdColumn && !m_document.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PhaseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == IdColumn ||
        m_document.isReadOnly() || index.row() >= m_document.plan().phases.size())
        return false;
    model::Phase p = m_document.plan().phases.at(index.row());
    switch (index.column()) {
    case KindColumn: {
        const QList<model::PhaseKind> kinds = model::allPhaseKinds();
        const int v = value.toInt();
        if (v < 0 || v >= kinds.size())
            return false;
        p.kind = kinds.at(v);
        break;
    }
    case ServiceColumn: {
        const QList<model::PlanService> services = model::allPlanServices();
        const int v = value.toInt();
        if (v < 0 || v >= services.size())
            return false;
        p.service = services.at(v);
        break;
    }
    case TitleColumn:
        p.title = value.toString().trimmed();
        break;
    case OwnerColumn:
        p.owner = value.toString().trimmed();
        break;
    case DependsOnColumn:
        p.dependsOn = phaseedits::parseDependencies(value.toString());
        break;
    default: {
        std::optional<QDateTime> *d = dateField(p, index.column());
        const QDateTime t = value.toDateTime();
        if (value.isNull() || !t.isValid())
            d->reset();
        else
            *d = t.toUTC();
        break;
    }
    }
    return replacePhase(p);
}

void PhaseTableModel::setFindings(const QList<model::SequencingFinding> &findings)
{
    m_findings = findings;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, TitleColumn), index(m_rows - 1, TitleColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

int PhaseTableModel::rowOf(const QString &phaseId) const
{
    const auto &phases = m_document.plan().phases;
    for (int i = 0; i < phases.size(); ++i) {
        if (phases.at(i).id == phaseId)
            return i;
    }
    return -1;
}

QString PhaseTableModel::phaseIdAt(int row) const
{
    const auto &phases = m_document.plan().phases;
    return row >= 0 && row < phases.size() ? phases.at(row).id : QString();
}

bool PhaseTableModel::insertPhase(int row, const model::Phase &phase)
{
    if (m_document.isReadOnly() || !m_document.hasPlan())
        return false;
    const QStringList problems = phaseedits::validatePhase(m_document.plan(), phase, true);
    if (!problems.isEmpty()) {
        Q_EMIT editRejected(problems.join(QLatin1Char(' ')));
        return false;
    }
    row = std::clamp(row, 0, m_rows);
    beginInsertRows({}, row, row);
    m_changing = true;
    m_document.edit([&](model::Plan &plan) { plan.phases.insert(row, phase); });
    m_changing = false;
    m_rows = int(m_document.plan().phases.size());
    endInsertRows();
    return true;
}

bool PhaseTableModel::replacePhase(const model::Phase &phase)
{
    const int row = rowOf(phase.id);
    if (row < 0 || m_document.isReadOnly())
        return false;
    const QStringList problems = phaseedits::validatePhase(m_document.plan(), phase, false);
    if (!problems.isEmpty()) {
        Q_EMIT editRejected(problems.join(QLatin1Char(' ')));
        return false;
    }
    m_document.edit([&](model::Plan &plan) { plan.phases[row] = phase; });
    return true;
}

bool PhaseTableModel::removePhaseAt(int row)
{
    const QString id = phaseIdAt(row);
    if (id.isEmpty() || m_document.isReadOnly())
        return false;
    if (const QString blocker = phaseedits::removalBlocker(m_document.plan(), id);
        !blocker.isEmpty()) {
        Q_EMIT editRejected(blocker);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_changing = true;
    m_document.edit([&](model::Plan &plan) { phaseedits::removePhase(plan, id); });
    m_changing = false;
    m_rows = int(m_document.plan().phases.size());
    endRemoveRows();
    // Other rows lost a dependency.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    return true;
}

bool PhaseTableModel::movePhase(int from, int to)
{
    if (m_document.isReadOnly() || from < 0 || to < 0 || from >= m_rows || to >= m_rows ||
        from == to)
        return false;
    // beginMoveRows wants the destination before which the row lands.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_changing = true;
    m_document.edit([&](model::Plan &plan) { phaseedits::movePhase(plan, from, to); });
    m_changing = false;
    endMoveRows();
    return true;
}

} // namespace ferry::gui
