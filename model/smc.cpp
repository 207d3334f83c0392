// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/smc.h"

namespace ferry::model {

SmcAgentPresence agentPresence(const SmcSourceServer &server)
{
    if (server.errorCode == QLatin1String("SourceServer.Offline") ||
        server.state == SmcSourceState::Unavailable)
        return SmcAgentPresence::Offline;
    if (server.state == SmcSourceState::Available || server.state == SmcSourceState::InUse)
        return SmcAgentPresence::Online;
    return SmcAgentPresence::Unknown;
}

// StartReplicationJob documents Ready, Stopped and InError. A Waiting incremental job runs on its
// own schedule, and the documentation does not list it, so no manual run is offered there.
bool canStart(const SmcReplicationJob &job)
{
    return job.status == SmcJobStatus::Ready || job.status == SmcJobStatus::Stopped ||
           job.status == SmcJobStatus::InError;
}

// StopReplicationJob documents "Running and Syncing": a job still preparing or already cleaning
// up cannot be stopped.
bool canStop(const SmcReplicationJob &job)
{
    return job.status == SmcJobStatus::Running && job.businessStatus == SmcBusinessStatus::Syncing;
}

// CutOverReplicationJob ends the periodic runs of an incremental job; documented for Waiting.
bool canCutOver(const SmcReplicationJob &job)
{
    return !job.runOnce && job.status == SmcJobStatus::Waiting;
}

// DeleteReplicationJob documents no state list, only ReplicationJob.InvalidStatus. A running job
// holds an intermediate instance mid-copy, so the GUI asks for a stop first; a job being deleted
// cannot be deleted again. Unknown states are not offered.
bool canDelete(const SmcReplicationJob &job)
{
    return job.status.isKnown() && job.status != SmcJobStatus::Running &&
           job.status != SmcJobStatus::Deleting;
}

bool canModify(const SmcReplicationJob &job, SmcModifyScope scope)
{
    switch (scope) {
    case SmcModifyScope::NameDescription:
        return job.status.isKnown() && job.status != SmcJobStatus::Deleting;
    case SmcModifyScope::Schedule:
        return job.status == SmcJobStatus::Ready || job.status == SmcJobStatus::Waiting;
    case SmcModifyScope::Other:
        return job.status == SmcJobStatus::Ready;
    }
    return false;
}

} // namespace ferry::model
