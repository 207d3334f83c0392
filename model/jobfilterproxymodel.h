// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobrow.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ferry::model {

/// Sorts the job table by its SortRole and filters it by text (name, id, status, phase and
/// service, case-insensitive, every word must match), by service and by health.
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    explicit JobFilterProxyModel(QObject *parent = nullptr);

    /// Words that must all appear in the row's text columns; empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    /// Only this service, or every service.
    void setServiceFilter(std::optional<JobService> service);
    std::optional<JobService> serviceFilter() const { return m_service; }
    /// Only this health, or any.
    void setHealthFilter(std::optional<JobHealth> health);
    std::optional<JobHealth> healthFilter() const { return m_health; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<JobService> m_service;
    std::optional<JobHealth> m_health;
};

} // namespace ferry::model
