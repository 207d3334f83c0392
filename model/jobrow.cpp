// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jobrow.h"

#include "model/dts.h"
#include "model/lagunits.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::JobRow)
};

using DS = DtsJobStatus;
using DSt = DtsStageStatus;

double percentOf(const DtsStageProgress &stage)
{
    return stage.percent.value_or(0);
}

bool isActive(const DtsStageProgress &stage)
{
    return stage.status == DSt::Migrating || stage.status == DSt::Checking ||
           stage.status == DSt::Prechecking;
}

// Whether the job is in its incremental phase, where `Delay` is a real replication lag. A paused
// job keeps its lag (it grows while paused), so it counts too.
bool isReplicating(const DtsJob &job)
{
    const DtsStageProgress &sync = job.dataSynchronization;
    if (sync.status == DSt::Migrating || sync.status == DSt::Catched ||
        sync.status == DSt::Suspending)
        return true;
    if (job.status == DS::Synchronizing)
        return true;
    return job.status == DS::Suspending && job.migrationMode.dataSynchronization &&
           sync.isPresent() && sync.status != DSt::NotStarted && sync.status != DSt::Finished;
}

bool isRunning(DtsJobStatus s)
{
    return s == DS::Prechecking || s == DS::Migrating || s == DS::Initializing ||
           s == DS::Synchronizing || s == DS::Starting || s == DS::Normal;
}

QString formatLagSeconds(double ms)
{
    return Tr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

} // namespace

JobHealth JobRow::health() const
{
    if (baseHealth == JobHealth::Failed)
        return JobHealth::Failed;
    if (stall && stall->stalled)
        return JobHealth::Stalled;
    return baseHealth;
}

QString jobKey(const MmsJob &job)
{
    return QStringLiteral("mms:%1:%2").arg(job.sourceId).arg(job.id);
}

QString jobKey(const DtsJob &job)
{
    return QStringLiteral("dts:") + job.dtsJobId;
}

QString jobKey(const SmcReplicationJob &job)
{
    return QStringLiteral("smc:") + job.jobId;
}

std::optional<double> lagMsOf(const DtsJob &job)
{
    if (!job.delay || !isReplicating(job))
        return std::nullopt;
    // The parser recorded the unit the number came in; lagunits owns the conversion.
    const DtsDelayKind kind = job.delay->rawUnit == DelayUnit::Seconds
                                  ? DtsDelayKind::Synchronization
                                  : DtsDelayKind::Migration;
    return dtsDelayToMs(job.delay->raw, kind);
}

JobRow jobRowOf(const MmsJob &job, qint64 atMs)
{
    JobRow row;
    row.service = JobService::Mms;
    row.key = jobKey(job);
    row.id = QString::number(job.id);
    row.name = job.name;
    row.statusWire = toWire(job.status);
    const bool stopped = job.stopped && !isTerminal(job.status.value);
    row.status = stopped ? Tr::tr("Stopped") : displayName(job.status);
    if (job.status == MmsJobStatus::Init && !stopped)
        row.phase = Tr::tr("Waiting to start");
    else if (job.taskNum > 0)
        row.phase = Tr::tr("Tasks %1/%2").arg(job.taskDone).arg(job.taskNum);
    else
        row.phase = Tr::tr("Planning tasks");
    if (job.status == MmsJobStatus::Done)
        row.progressPercent = 100.0;
    else if (job.taskNum > 0)
        row.progressPercent = 100.0 * double(job.taskDone) / double(job.taskNum);
    row.updatedMs = atMs;
    if (job.status == MmsJobStatus::Failed) {
        row.baseHealth = JobHealth::Failed;
        row.healthReason = Tr::tr("Some tasks failed; retry the job or its failed tasks.");
    } else if (stopped) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = Tr::tr("The job was stopped; start it to resume.");
    }
    row.observation.t = atMs;
    row.observation.running = job.status == MmsJobStatus::Doing && !job.stopped;
    row.observation.progress = double(job.taskDone);
    return row;
}

JobRow jobRowOf(const DtsJob &job, qint64 atMs, qint64 lagThresholdMs)
{
    JobRow row;
    row.service = JobService::Dts;
    row.key = jobKey(job);
    row.id = job.dtsJobId;
    row.name = job.name;
    row.statusWire = toWire(job.status);
    row.status = displayName(job.status);
    row.errorMessage = job.errorMessage;
    row.lagMs = lagMsOf(job);
    row.updatedMs = atMs;

    const DS s = job.status.value;
    if (s == DS::Prechecking || s == DS::PrecheckFailed || s == DS::PreCheckPass) {
        row.phase = Tr::tr("Precheck");
        if (job.precheck.percent)
            row.progressPercent = job.precheck.percent;
    } else if (isReplicating(job)) {
        row.phase = Tr::tr("Incremental");
    } else if (isActive(job.dataInitialization) || job.dataInitialization.status == DSt::Failed) {
        row.phase = Tr::tr("Full data");
        row.progressPercent = percentOf(job.dataInitialization);
    } else if (isActive(job.structureInitialization) ||
               job.structureInitialization.status == DSt::Failed) {
        row.phase = Tr::tr("Schema");
        row.progressPercent = percentOf(job.structureInitialization);
    } else if (s == DS::Finished) {
        row.phase = Tr::tr("Completed");
        row.progressPercent = 100.0;
    } else if (s == DS::NotStarted || s == DS::NotConfigured) {
        row.phase = Tr::tr("Not started");
    } else {
        row.phase = displayName(job.status);
    }

    if (isFailed(s)) {
        row.baseHealth = JobHealth::Failed;
        row.healthReason = job.errorMessage.isEmpty() ? Tr::tr("DTS reports that the job failed.")
                                                      : job.errorMessage;
    } else if (row.lagMs && *row.lagMs >= double(lagThresholdMs)) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason =
            Tr::tr("Lag %1 is at or over the %2 threshold.")
                .arg(formatLagSeconds(*row.lagMs), formatLagSeconds(double(lagThresholdMs)));
    } else if (s == DS::Retrying || job.retry.retrying) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = job.retry.errMessage.isEmpty()
                               ? Tr::tr("DTS is retrying after an error.")
                               : Tr::tr("DTS is retrying: %1").arg(job.retry.errMessage);
    } else if (s == DS::Suspending) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = Tr::tr("The job is paused; its lag grows until it resumes.");
    } else if (s == DS::Locked) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = Tr::tr("The instance is locked (for example an overdue payment).");
    }

    row.observation.t = atMs;
    row.observation.running = isRunning(s);
    // One number that moves whenever the job does: the checkpoint while replicating (it follows
    // the source), otherwise the stage percentages added up (they only grow stage by stage).
    if (isReplicating(job) && job.checkpoint)
        row.observation.progress = double(*job.checkpoint);
    else
        row.observation.progress = job.precheck.percent.value_or(0) +
                                   percentOf(job.structureInitialization) +
                                   percentOf(job.dataInitialization);
    return row;
}

JobRow jobRowOf(const SmcReplicationJob &job, qint64 atMs)
{
    JobRow row;
    row.service = JobService::Smc;
    row.key = jobKey(job);
    row.id = job.jobId;
    row.name = job.name;
    row.statusWire = toWire(job.status);
    row.status = displayName(job.status);
    row.updatedMs = atMs;
    const SmcJobStatus s = job.status.value;
    switch (s) {
    case SmcJobStatus::Running:
        row.phase = job.businessStatus.isPresent() ? displayName(job.businessStatus)
                                                   : displayName(job.status);
        row.progressPercent = job.progress;
        break;
    case SmcJobStatus::Waiting:
        if (const auto next =
                job.runOnce ? std::nullopt
                            : nextScheduledRun(replicationRunsOf(job), runScheduleOf(job), atMs))
            row.phase = Tr::tr("Next run at %1")
                            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*next),
                                                    QStringLiteral("HH:mm")));
        else
            row.phase = Tr::tr("Between runs");
        break;
    case SmcJobStatus::Finished:
        row.phase = Tr::tr("Completed");
        row.progressPercent = 100.0;
        break;
    case SmcJobStatus::Ready:
        row.phase = Tr::tr("Not started");
        break;
    default:
        row.phase = displayName(job.status);
        if (job.progress > 0)
            row.progressPercent = job.progress;
        break;
    }
    if (s == SmcJobStatus::InError) {
        row.baseHealth = JobHealth::Failed;
        row.errorMessage = job.errorCode;
        row.healthReason =
            job.errorCode.isEmpty()
                ? Tr::tr("SMC reports an error; start the job to retry it.")
                : Tr::tr("SMC reports %1; start the job to retry it.").arg(job.errorCode);
    } else if (s == SmcJobStatus::Stopped) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = Tr::tr("The job was stopped; start it to resume.");
    } else if (s == SmcJobStatus::Expired) {
        row.baseHealth = JobHealth::Attention;
        row.healthReason = Tr::tr("The job expired before it completed.");
    }
    row.observation.t = atMs;
    row.observation.running = s == SmcJobStatus::Running;
    row.observation.progress = job.progress;
    return row;
}

QString displayName(JobService service)
{
    switch (service) {
    case JobService::Mms:
        return Tr::tr("MMS");
    case JobService::Dts:
        return Tr::tr("DTS");
    case JobService::Smc:
        return Tr::tr("SMC");
    }
    return {};
}

QString displayName(JobHealth health)
{
    switch (health) {
    case JobHealth::Ok:
        return Tr::tr("OK");
    case JobHealth::Attention:
        return Tr::tr("Needs attention");
    case JobHealth::Stalled:
        return Tr::tr("Stalled");
    case JobHealth::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

QList<ReplicationRun> replicationRunsOf(const SmcReplicationJob &job)
{
    QList<ReplicationRun> runs;
    runs.reserve(job.runs.size());
    for (const SmcReplicationJobRun &r : job.runs) {
        if (!r.startTime.isValid())
            continue;
        ReplicationRun run;
        run.startMs = r.startTime.toMSecsSinceEpoch();
        if (r.endTime.isValid())
            run.endMs = r.endTime.toMSecsSinceEpoch();
        run.trigger = r.type == SmcRunType::Manual ? RunTrigger::Manual : RunTrigger::Schedule;
        run.imageId = r.imageId;
        runs.append(run);
    }
    return sortedRuns(runs);
}

RunSchedule runScheduleOf(const SmcReplicationJob &job)
{
    RunSchedule schedule;
    if (!job.runOnce && job.frequencyHours && *job.frequencyHours > 0)
        schedule.intervalMs = qint64(*job.frequencyHours) * 3600 * 1000;
    schedule.maxImagesToKeep = job.maxNumberOfImageToKeep.value_or(0);
    if (job.scheduledStartTime.isValid())
        schedule.scheduledStartMs = job.scheduledStartTime.toMSecsSinceEpoch();
    return schedule;
}

std::array<double, TaskPhaseCount> taskCountsByPhase(const QList<MmsTask> &tasks)
{
    std::array<double, TaskPhaseCount> counts{};
    for (const MmsTask &task : tasks) {
        if (const auto phase = taskPhaseOfMmsStatus(toWire(task.status)))
            counts[std::size_t(*phase)] += 1;
    }
    return counts;
}

} // namespace ferry::model
