// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace ferry::model {

/// One look at a job: is it running, and how far has it got (any number that moves while it
/// works: percent, tasks done, checkpoint, bytes; NaN when the job reports none).
struct JobObservation
{
    qint64 t = 0;
    bool running = false;
    double progress = std::numeric_limits<double>::quiet_NaN();
};

/// When a running job counts as stalled.
struct StallConfig
{
    /// Running with no progress for at least this long is a stall (ms).
    qint64 thresholdMs = 15 * 60 * 1000;
    /// Progress moves when it changes by more than this (absolute).
    double minChange = 0;
};

/// What a stall detector knows about one job.
struct StallState
{
    bool stalled = false;
    bool running = false;
    /// While running: the time of the last progress (or of the start of running).
    qint64 quietSinceMs = 0;
    /// While stalled: when the stall began (quietSinceMs + threshold).
    qint64 stalledSinceMs = 0;
    qint64 lastObservedMs = 0;
    double lastProgress = std::numeric_limits<double>::quiet_NaN();
};

/// Flags a job that is running but makes no progress for a configurable time, and clears the
/// flag when progress moves or the job stops running.
///
/// Rules: the clock starts when the job is first seen running and restarts whenever the progress
/// value changes by more than minChange in either direction (a reset after a retry is activity,
/// not a stall). The first known progress value after unknown ones counts as movement. Unknown
/// (NaN) progress is not progress, so a running job that never reports any is flagged after the
/// threshold. A stall is judged on observation times only: no observation, no verdict. An
/// observation older than the previous one is ignored.
class StallDetector final
{
public:
    /// What an observation changed.
    enum class Change
    {
        None,
        Flagged, ///< the job has just become stalled
        Cleared, ///< the job was stalled and no longer is
        Ignored, ///< the observation was out of order
    };

    /// A detector for one job.
    explicit StallDetector(StallConfig config = {});

    /// Feeds one observation and says whether the stall flag changed.
    Change observe(const JobObservation &observation);
    /// The state after the observations so far.
    const StallState &state() const { return m_state; }
    /// The configuration in use.
    const StallConfig &config() const { return m_config; }

private:
    StallConfig m_config;
    StallState m_state;
    bool m_seen = false;
};

/// Stall detectors for many jobs, keyed by job id, sharing one configuration.
class StallTracker final
{
public:
    /// A tracker whose detectors all use `config`.
    explicit StallTracker(StallConfig config = {});

    /// Feeds one observation of a job.
    StallDetector::Change observe(const QString &jobId, const JobObservation &observation);
    /// The job's state, if it was ever observed.
    std::optional<StallState> state(const QString &jobId) const;
    /// Ids of the jobs stalled now, sorted.
    QStringList stalledJobs() const;
    /// Drops a job (for example when it is deleted).
    void forget(const QString &jobId);

private:
    StallConfig m_config;
    QHash<QString, StallDetector> m_jobs;
};

} // namespace ferry::model
