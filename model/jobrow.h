// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/seriesprogress.h"
#include "model/seriesruns.h"
#include "model/stalldetector.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ferry::model {

// Declared, not included: item-model headers are compiled together by moc, and model/dts.h and
// model/gateinputs.h both define a DtsPrecheckItem.
struct DtsJob;
struct MmsJob;
struct MmsTask;
struct SmcReplicationJob;

/// The service a monitored job belongs to.
enum class JobService
{
    Mms,
    Dts,
    Smc,
};
inline constexpr int JobServiceCount = 3;

/// How a job is doing, worst last: the dashboard colours rows by it.
enum class JobHealth
{
    Ok,        ///< running or waiting as expected, or completed
    Attention, ///< needs a look: paused, stopped, retrying, lag over the threshold
    Stalled,   ///< running with no progress for longer than the stall threshold
    Failed,    ///< the service reports a failure
};
inline constexpr int JobHealthCount = 4;

/// One job as the dashboard shows it, whatever its service. Texts are already translated.
struct JobRow
{
    JobService service = JobService::Mms;
    QString key;        ///< unique across services: "mms:<source>:<job>", "dts:<id>", "smc:<id>"
    QString id;         ///< the id the service uses (MMS: the job number)
    QString name;       ///< the job's name as the service sends it
    QString status;     ///< translated status name
    QString statusWire; ///< the status as the service sent it
    QString phase;      ///< translated: what the job is doing now
    std::optional<double> progressPercent; ///< 0..100 when the service reports progress
    std::optional<double> lagMs;           ///< DTS replication lag (ms), while replicating
    qint64 updatedMs = 0;                  ///< when this row was last observed (ms since epoch)
    JobHealth baseHealth = JobHealth::Ok;  ///< health from the service's answer alone
    QString healthReason;                  ///< translated: why the health is not Ok (or empty)
    QString errorMessage;                  ///< what the service said went wrong, if anything
    JobObservation observation;            ///< running flag and progress measure for stalls
    std::optional<StallState> stall;       ///< set by the monitor when the job is stalled

    /// Health including a stall (a failure stays a failure).
    JobHealth health() const;
};

/// The dashboard key of an MMS job.
QString jobKey(const MmsJob &job);
/// The dashboard key of a DTS job.
QString jobKey(const DtsJob &job);
/// The dashboard key of an SMC replication job.
QString jobKey(const SmcReplicationJob &job);

/// A DTS job's replication lag in ms, normalised with lagunits from the unit `Delay` arrived in;
/// nullopt unless the job is in its incremental phase (before it, DTS reports no real lag).
std::optional<double> lagMsOf(const DtsJob &job);

/// A row for an MMS job observed at atMs.
JobRow jobRowOf(const MmsJob &job, qint64 atMs);
/// A row for a DTS job observed at atMs; lag at or over lagThresholdMs needs attention.
JobRow jobRowOf(const DtsJob &job, qint64 atMs, qint64 lagThresholdMs);
/// A row for an SMC replication job observed at atMs.
JobRow jobRowOf(const SmcReplicationJob &job, qint64 atMs);

/// Translated short name of a service ("MMS", "DTS", "SMC").
QString displayName(JobService service);
/// Translated name of a health ("OK", "Needs attention", "Stalled", "Failed").
QString displayName(JobHealth health);

/// Runs of an SMC job as the run-history chart draws them.
QList<ReplicationRun> replicationRunsOf(const SmcReplicationJob &job);
/// The schedule of an SMC job (interval, images kept, first start).
RunSchedule runScheduleOf(const SmcReplicationJob &job);

/// MMS tasks counted by the phases of the progress chart (statuses it does not know are left
/// out).
std::array<double, TaskPhaseCount> taskCountsByPhase(const QList<MmsTask> &tasks);

} // namespace ferry::model
