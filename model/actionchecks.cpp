// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/actionchecks.h"

#include "model/dts.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QCoreApplication>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::ActionChecks)
};

// The rule decides; the reason only explains it, so the two can never disagree about whether
// an action is offered.
ActionCheck decide(bool allowed, const QString &whyNot)
{
    return allowed ? ActionCheck::allow() : ActionCheck::deny(whyNot);
}

template<class E>
QString stateOf(const Wire<E> &w)
{
    return displayName(w);
}

} // namespace

// ---- MMS ---------------------------------------------------------------------------------------

ActionCheck checkStop(const MmsJob &job)
{
    if (job.stopped)
        return decide(canStop(job), Tr::tr("The job is already stopped."));
    return decide(canStop(job),
                  Tr::tr("Only a queued or running job can be stopped; this one is %1.")
                      .arg(stateOf(job.status)));
}

ActionCheck checkStart(const MmsJob &job)
{
    if (job.stopped)
        return decide(canStart(job), Tr::tr("The job has completed; there is nothing to resume."));
    return decide(canStart(job), Tr::tr("Only a job stopped with Stop can be started again; this "
                                        "one is %1 and not stopped.")
                                     .arg(stateOf(job.status)));
}

ActionCheck checkRetry(const MmsJob &job)
{
    if (job.stopped)
        return decide(canRetry(job),
                      Tr::tr("The job is stopped; start it instead of retrying it."));
    return decide(
        canRetry(job),
        Tr::tr("Only a failed job can be retried; this one is %1.").arg(stateOf(job.status)));
}

ActionCheck checkDelete(const MmsJob &job)
{
    return decide(canDelete(job),
                  Tr::tr("The job is %1; stop it before deleting it.").arg(stateOf(job.status)));
}

ActionCheck checkRetry(const MmsTask &task)
{
    if (task.running)
        return decide(canRetry(task), Tr::tr("The task is running."));
    return decide(
        canRetry(task),
        Tr::tr("Only a failed task can be retried; this one is %1.").arg(stateOf(task.status)));
}

// ---- DTS ---------------------------------------------------------------------------------------

ActionCheck checkStart(const DtsJob &job)
{
    return decide(canStart(job),
                  Tr::tr("A DTS job can be started when it has not started yet, after its "
                         "precheck, or when paused; this one is %1.")
                      .arg(stateOf(job.status)));
}

ActionCheck checkSuspend(const DtsJob &job)
{
    if (job.jobType == DtsJobType::Subscribe)
        return decide(canSuspend(job), Tr::tr("Change tracking jobs cannot be paused."));
    return decide(canSuspend(job), Tr::tr("Only a job that is moving data can be paused; this one "
                                          "is %1.")
                                       .arg(stateOf(job.status)));
}

ActionCheck checkStop(const DtsJob &job)
{
    return decide(canStop(job), Tr::tr("Only a running or paused job can be ended; this one is %1.")
                                    .arg(stateOf(job.status)));
}

ActionCheck checkCreateReverse(const DtsJob &job)
{
    if (job.jobType != DtsJobType::Migration && job.jobType != DtsJobType::Sync)
        return decide(canCreateReverse(job),
                      Tr::tr("Only migration and synchronization jobs have reverse jobs."));
    if (!job.migrationMode.dataSynchronization)
        return decide(canCreateReverse(job),
                      Tr::tr("The job copies no incremental changes, so there is nothing to "
                             "reverse."));
    if (!job.reverseJobId.isEmpty())
        return decide(canCreateReverse(job),
                      Tr::tr("The job already has the reverse job %1.").arg(job.reverseJobId));
    if (job.direction.compare(QLatin1String("Reverse"), Qt::CaseInsensitive) == 0)
        return decide(canCreateReverse(job), Tr::tr("This is a reverse job itself."));
    return decide(canCreateReverse(job),
                  Tr::tr("A reverse job can be created while the job replicates, is paused or "
                         "has finished; this one is %1.")
                      .arg(stateOf(job.status)));
}

// ---- SMC ---------------------------------------------------------------------------------------

ActionCheck checkStart(const SmcReplicationJob &job)
{
    return decide(canStart(job), Tr::tr("A replication job can be started when it is ready, "
                                        "stopped or in error; this one is %1.")
                                     .arg(stateOf(job.status)));
}

ActionCheck checkStop(const SmcReplicationJob &job)
{
    if (job.status == SmcJobStatus::Running)
        return decide(canStop(job), Tr::tr("A running job can be stopped only while it copies "
                                           "data; it is %1 now.")
                                        .arg(stateOf(job.businessStatus)));
    return decide(
        canStop(job),
        Tr::tr("Only a running job can be stopped; this one is %1.").arg(stateOf(job.status)));
}

ActionCheck checkCutOver(const SmcReplicationJob &job)
{
    if (job.runOnce)
        return decide(canCutOver(job),
                      Tr::tr("Only an incremental job is cut over; this one runs once."));
    return decide(canCutOver(job), Tr::tr("An incremental job is cut over while it waits for its "
                                          "next run; this one is %1.")
                                       .arg(stateOf(job.status)));
}

ActionCheck checkDelete(const SmcReplicationJob &job)
{
    if (job.status == SmcJobStatus::Running)
        return decide(canDelete(job), Tr::tr("The job is running; stop it before deleting it."));
    return decide(canDelete(job),
                  Tr::tr("The job is %1 and cannot be deleted now.").arg(stateOf(job.status)));
}

ActionCheck checkModify(const SmcReplicationJob &job, SmcModifyScope scope)
{
    switch (scope) {
    case SmcModifyScope::NameDescription:
        return decide(
            canModify(job, scope),
            Tr::tr("The job is %1; its name cannot be changed now.").arg(stateOf(job.status)));
    case SmcModifyScope::Schedule:
        return decide(canModify(job, scope),
                      Tr::tr("The schedule can be changed before the first run or while the job "
                             "waits; this one is %1.")
                          .arg(stateOf(job.status)));
    case SmcModifyScope::Other:
        break;
    }
    return decide(canModify(job, scope),
                  Tr::tr("These settings can be changed only before the first run; the job is %1.")
                      .arg(stateOf(job.status)));
}

} // namespace ferry::model
