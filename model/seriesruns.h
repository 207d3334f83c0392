// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ferry::model {

/// What started a replication run (SMC ReplicationJobRun Type).
enum class RunTrigger
{
    Schedule,
    Manual,
};

/// One run of an incremental replication job, as the run-history chart draws it.
struct ReplicationRun
{
    qint64 startMs = 0;
    /// End time, unset while the run is still going.
    std::optional<qint64> endMs;
    RunTrigger trigger = RunTrigger::Schedule;
    /// The image the run produced; empty when none (yet).
    QString imageId;

    /// True while the run has no end.
    bool isRunning() const { return !endMs.has_value(); }
};

/// The schedule of an incremental replication job (SMC Frequency, MaxNumberOfImageToKeep,
/// ScheduledStartTime).
struct RunSchedule
{
    /// Time between scheduled runs (ms); 0 for a job that runs once.
    qint64 intervalMs = 0;
    /// Images SMC keeps before deleting the oldest; 0 when not limited.
    int maxImagesToKeep = 0;
    /// The configured first scheduled start, if any.
    std::optional<qint64> scheduledStartMs;
};

/// Runs sorted by start time (stable, so equal starts keep their order).
QList<ReplicationRun> sortedRuns(QList<ReplicationRun> runs);

/// The next scheduled run after nowMs: the cadence continues from the start of the newest
/// scheduled run (manual runs do not move it), or from the configured first start when no
/// scheduled run happened yet. Nullopt for a run-once job or when there is nothing to count from.
std::optional<qint64> nextScheduledRun(const QList<ReplicationRun> &runs,
                                       const RunSchedule &schedule, qint64 nowMs);

/// Images kept now: distinct image ids of finished runs, capped at the schedule's limit.
int imagesKept(const QList<ReplicationRun> &runs, const RunSchedule &schedule);

} // namespace ferry::model
