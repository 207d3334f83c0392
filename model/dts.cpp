// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/dts.h"

#include <cmath>
#include <initializer_list>

namespace ferry::model {

namespace {

bool oneOf(const Wire<DtsJobStatus> &status, std::initializer_list<DtsJobStatus> set)
{
    for (const DtsJobStatus s : set) {
        if (status == s)
            return true;
    }
    return false;
}

} // namespace

DtsDelay DtsDelay::fromRaw(double raw, DelayUnit unit)
{
    DtsDelay d;
    d.raw = raw;
    d.rawUnit = unit;
    const double ms = unit == DelayUnit::Seconds ? raw * 1000.0 : raw;
    // A negative or non-finite delay is noise from the service; clamp rather than invent.
    d.value = std::chrono::milliseconds(std::isfinite(ms) && ms > 0 ? std::llround(ms) : 0);
    return d;
}

// StartDtsJob starts a configured job that has not run, re-runs a failed precheck (the console's
// "precheck again") and resumes a paused job. Failed jobs are left to the console: whether a
// restart is safe depends on why they failed.
bool canStart(const DtsJob &job)
{
    return oneOf(job.status, {DtsJobStatus::NotStarted, DtsJobStatus::PreCheckPass,
                              DtsJobStatus::PrecheckFailed, DtsJobStatus::Suspending});
}

// SuspendDtsJob pauses data movement; the service accepts it for change tracking jobs but does
// nothing, so it is not offered for them.
bool canSuspend(const DtsJob &job)
{
    if (job.jobType == DtsJobType::Subscribe)
        return false;
    return oneOf(job.status, {DtsJobStatus::Migrating, DtsJobStatus::Initializing,
                              DtsJobStatus::Synchronizing});
}

// StopDtsJob ends a job for good (it becomes Finished), so it is offered only while the job is
// doing something or paused.
bool canStop(const DtsJob &job)
{
    return oneOf(job.status,
                 {DtsJobStatus::Migrating, DtsJobStatus::Initializing, DtsJobStatus::Synchronizing,
                  DtsJobStatus::Suspending, DtsJobStatus::Retrying, DtsJobStatus::Starting,
                  DtsJobStatus::Normal, DtsJobStatus::Abnormal});
}

// A reverse job replays changes from the destination back to the source (the rollback path after
// cutover); it only makes sense for an incremental job and only once.
bool canCreateReverse(const DtsJob &job)
{
    if (job.jobType != DtsJobType::Migration && job.jobType != DtsJobType::Sync)
        return false;
    if (!job.migrationMode.dataSynchronization || !job.reverseJobId.isEmpty() ||
        job.direction.compare(QLatin1String("Reverse"), Qt::CaseInsensitive) == 0)
        return false;
    return oneOf(job.status, {DtsJobStatus::Migrating, DtsJobStatus::Synchronizing,
                              DtsJobStatus::Suspending, DtsJobStatus::Finished});
}

} // namespace ferry::model
