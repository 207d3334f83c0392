// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobrow.h"
#include "model/stalldetector.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <functional>

namespace ferry::model {

/// Every monitored job of every service, one row each, for the dashboard. Each service's rows are
/// replaced as a whole when its watcher delivers a list; rows keep their place, new jobs are
/// appended and vanished ones removed. Running jobs are fed to a stall tracker, so a row turns
/// Stalled when its progress does not move for the configured time.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column
    {
        ServiceColumn,
        NameColumn,
        IdColumn,
        StatusColumn,
        PhaseColumn,
        ProgressColumn,
        LagColumn,
        UpdatedColumn,
        HealthColumn,
        ColumnCount
    };

    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< QString: the row's JobRow::key
        ServiceRole,                ///< int: JobService
        HealthRole,                 ///< int: JobHealth, stall included
        SortRole,                   ///< a value that sorts the column naturally
        ProgressRole,               ///< double 0..100, invalid when unknown
        LagRole,                    ///< double ms, invalid when unknown
        StalledSinceRole, ///< qint64 ms of the last progress of a stalled job, else invalid
    };

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Replaces the rows of `service` with `rows` observed at atMs (stall state is filled in).
    void updateService(JobService service, QList<JobRow> rows, qint64 atMs);
    /// When the rows of `service` were last replaced (0 if never).
    qint64 lastUpdateMs(JobService service) const;
    /// The latest of lastUpdateMs() over all services (0 if none).
    qint64 lastUpdateMs() const;

    /// The row with this key, or nullptr.
    const JobRow *job(const QString &key) const;
    /// The row index of a key, or -1.
    int rowOf(const QString &key) const;
    /// The row at index i.
    const JobRow &jobAt(int row) const { return m_rows.at(row); }

    /// Running with no progress for this long flags a job (forgets earlier observations).
    void setStallConfig(const StallConfig &config);
    const StallConfig &stallConfig() const { return m_stallConfig; }
    /// The clock tooltips measure "since" against (ms since the epoch).
    void setClock(std::function<qint64()> nowMs);

Q_SIGNALS:
    /// A job became stalled (or stopped being stalled).
    void stallChanged(const QString &key, bool stalled);

private:
    QVariant display(const JobRow &row, int column) const;
    QVariant sortValue(const JobRow &row, int column) const;
    QString toolTip(const JobRow &row) const;
    void reindex();
    qint64 now() const;

    QList<JobRow> m_rows;
    QHash<QString, int> m_index;
    std::array<qint64, JobServiceCount> m_updated{};
    StallConfig m_stallConfig;
    StallTracker m_stalls;
    std::function<qint64()> m_clock;
};

/// A lag in ms as people read it: "850 ms", "12.3 s", "5 min 12 s", "2 h 5 min".
QString formatLag(double ms);

} // namespace ferry::model
