// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ferry::model {

struct MmsJob;
struct MmsTask;
struct DtsJob;
struct SmcReplicationJob;
enum class SmcModifyScope;

/// Whether an action may be offered now and, when not, why (translated, one sentence naming the
/// current state). Wraps the canX rules of mms.h, dts.h and smc.h, which decide.
struct ActionCheck
{
    bool allowed = false;
    QString reason; ///< empty when allowed

    static ActionCheck allow() { return {true, {}}; }
    static ActionCheck deny(QString why) { return {false, std::move(why)}; }
};

/// StopMmsJob.
ActionCheck checkStop(const MmsJob &job);
/// StartMmsJob.
ActionCheck checkStart(const MmsJob &job);
/// RetryMmsJob.
ActionCheck checkRetry(const MmsJob &job);
/// DeleteMmsJob.
ActionCheck checkDelete(const MmsJob &job);
/// RetryMmsTask.
ActionCheck checkRetry(const MmsTask &task);

/// StartDtsJob.
ActionCheck checkStart(const DtsJob &job);
/// SuspendDtsJob.
ActionCheck checkSuspend(const DtsJob &job);
/// StopDtsJob.
ActionCheck checkStop(const DtsJob &job);
/// CreateReverseDtsJob.
ActionCheck checkCreateReverse(const DtsJob &job);

/// StartReplicationJob.
ActionCheck checkStart(const SmcReplicationJob &job);
/// StopReplicationJob.
ActionCheck checkStop(const SmcReplicationJob &job);
/// CutOverReplicationJob.
ActionCheck checkCutOver(const SmcReplicationJob &job);
/// DeleteReplicationJob.
ActionCheck checkDelete(const SmcReplicationJob &job);
/// ModifyReplicationJobAttribute touching `scope`.
ActionCheck checkModify(const SmcReplicationJob &job, SmcModifyScope scope);

} // namespace ferry::model
