// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turning what the services answered (model value types, already sanitized) into the
// observations a plan stores, so a report made later rests on exactly what was seen.

#include "model/dts.h"
#include "model/mms.h"
#include "model/planobservations.h"
#include "model/smc.h"

#include <QHash>

#include <optional>
#include <utility>

namespace ferry::model {

/// A DTS job's state and settings as DescribeDtsJobDetail described them at `at` (Verified).
/// Lag samples are added with recordLag(); the precheck with observePrecheck().
DtsObservation observeDtsJob(const DtsJob &job, const QDateTime &at);

/// Appends the job's current `Delay` (normalised to ms) as a lag sample taken at `at`, keeping
/// the series in time order and at most kMaxLagPoints long. Nothing when the job reports none.
void recordLag(DtsObservation &observation, const DtsJob &job, const QDateTime &at);

/// A precheck as DescribePreCheckStatus described it at `at`.
DtsPrecheckObservation observePrecheck(const DtsPrecheckStatus &status, const QDateTime &at);

/// An SMC replication job with its run history (DescribeReplicationJobs) at `at`. Runs that
/// ended while the job reported an error are not known from the API and count as succeeded.
SmcObservation observeSmcJob(const SmcReplicationJob &job, const QDateTime &at,
                             const QString &sourceServerName = {},
                             std::optional<bool> agentOnline = std::nullopt);

/// An MMS job, its tasks and (optional) each task's logs, at `at`. A table passed verification
/// when its task is DONE, failed it when VERIFICATION_FAILED; the row counts come from the
/// verification log lines when present.
MmsObservation observeMmsJob(const MmsJob &job, const QList<MmsTask> &tasks,
                             const QHash<qint64, QList<MmsTaskLog>> &logsByTask,
                             const QDateTime &at);

/// Source and target row counts from MMS verification log messages ("source rows: N",
/// "target rows: N", "verification passed: source rows N, target rows M"); the latest wins.
std::pair<std::optional<qint64>, std::optional<qint64>>
verificationRowCounts(const QList<MmsTaskLog> &logs);

} // namespace ferry::model
