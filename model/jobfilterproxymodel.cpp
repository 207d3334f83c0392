// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jobfilterproxymodel.h"

#include "model/jobtablemodel.h"

namespace ferry::model {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void JobFilterProxyModel::setServiceFilter(std::optional<JobService> service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateFilter();
}

void JobFilterProxyModel::setHealthFilter(std::optional<JobHealth> health)
{
    if (health == m_health)
        return;
    m_health = health;
    invalidateFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_service && source->data(first, JobTableModel::ServiceRole).toInt() != int(*m_service))
        return false;
    if (m_health && source->data(first, JobTableModel::HealthRole).toInt() != int(*m_health))
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column :
         {JobTableModel::ServiceColumn, JobTableModel::NameColumn, JobTableModel::IdColumn,
          JobTableModel::StatusColumn, JobTableModel::PhaseColumn, JobTableModel::HealthColumn}) {
        haystack += source->data(source->index(sourceRow, column, sourceParent)).toString();
        haystack += QLatin1Char('\n');
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ferry::model
