// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mms.h"

#include <QList>
#include <QString>

#include <optional>

namespace ferry::gui {

/// The verification outcome of one task, read from its logs.
struct MmsVerification
{
    enum class Outcome
    {
        Pending, ///< no verification result yet
        Passed,
        Failed,
        Skipped, ///< the task finished without verification
    };
    qint64 taskId = 0;
    QString sourceTable; ///< db.table
    QString targetTable; ///< project.table
    std::optional<qint64> sourceRows;
    std::optional<qint64> targetRows;
    Outcome outcome = Outcome::Pending;
    QString message; ///< the log line the outcome was read from
};

/// Reads the verification result of `task` from its logs (row counts of source and target, and
/// the verdict). Logs are text written by MMS: anything unrecognised leaves the result Pending.
MmsVerification verificationFromLogs(const model::MmsTask &task,
                                     const QList<model::MmsTaskLog> &logs);

/// One result per source table (a table split over several tasks, e.g. by partitions, adds up
/// its row counts): Failed if any task failed, Pending if any is pending, else Passed or Skipped.
/// Tables keep the order of their first task.
QList<MmsVerification> verificationByTable(const QList<MmsVerification> &perTask);

} // namespace ferry::gui
