// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ferry::model {

/// One reading of a DTS job's replication lag. The adapter normalises units: DTS reports `Delay`
/// in milliseconds for migration jobs and in seconds for sync jobs; here it is always ms.
struct LagSample
{
    QDateTime at; ///< when the monitor read it, UTC
    qint64 delayMs = 0;
};

/// One item of a DTS precheck (DescribePreCheckStatus JobProgress[] or PrecheckStatus.Detail[]).
struct DtsPrecheckItemObservation
{
    QString name;         ///< Item / CheckItem, e.g. "CHECK_SRC_PRIVILEGE"
    QString state;        ///< "Success", "Failed", "Warning", "Checking", ...
    QString message;      ///< ErrMsg / FailedReason (already sanitized)
    bool skipped = false; ///< Skip / IgnoreFlag set by the user
};

/// A DTS job's precheck as last seen by the monitor.
struct DtsPrecheckObservation
{
    QString state; ///< top-level State / PrecheckStatus.Status, e.g. "Finished", "Failed"
    QList<DtsPrecheckItemObservation> items;
    QDateTime observedAt;
};

/// One table's verification outcome in an MMS job; nullopt while not reported.
struct MmsTableVerification
{
    QString table; ///< "db.table"
    std::optional<bool> passed;
};

/// An MMS job's tasks as last seen by the monitor.
struct MmsTaskObservation
{
    QMap<QString, int> countsByStatus; ///< task status ("DONE", "DATA_FAILED", ...) -> count
    QList<MmsTableVerification> verification;
    QDateTime observedAt;
};

/// An SMC replication job as last seen by the monitor.
struct SmcJobObservation
{
    QString status;         ///< "Waiting", "Running", "InError", ...
    QString businessStatus; ///< "Syncing", ... (informational)
    bool runOnce = false;
    int frequencyHours = 0;                         ///< incremental interval (1-168)
    std::optional<QDateTime> lastIncrementalRunEnd; ///< EndTime of the newest finished run
    QDateTime observedAt;
};

/// Everything gate evaluation reads, keyed by the cloud resource id a criterion names. A live
/// monitor store is adapted into this; tests build it by hand.
struct GateInputs
{
    QDateTime now;                                    ///< evaluation time, UTC
    QHash<QString, QList<LagSample>> lag;             ///< by DTS job id
    QHash<QString, DtsPrecheckObservation> prechecks; ///< by DTS job id
    QHash<QString, MmsTaskObservation> mmsTasks;      ///< by MMS job id
    QHash<QString, SmcJobObservation> smcJobs;        ///< by SMC job id
};

} // namespace ferry::model
