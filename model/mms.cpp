// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/mms.h"

namespace ferry::model {

bool canStop(const MmsJob &job)
{
    return !job.stopped && (job.status == MmsJobStatus::Init || job.status == MmsJobStatus::Doing);
}

bool canStart(const MmsJob &job)
{
    return job.stopped && job.status != MmsJobStatus::Done;
}

bool canRetry(const MmsJob &job)
{
    return !job.stopped && job.status == MmsJobStatus::Failed;
}

bool canDelete(const MmsJob &job)
{
    // An unknown status might be a running one: only allow deleting it once stopped.
    if (job.stopped)
        return true;
    return job.status == MmsJobStatus::Init || job.status == MmsJobStatus::Done ||
           job.status == MmsJobStatus::Failed;
}

bool canRetry(const MmsTask &task)
{
    return !task.running && isFailed(task.status.value);
}

} // namespace ferry::model
