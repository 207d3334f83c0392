// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SMC emulator's source servers and replication jobs on the virtual clock.
//
// A job is Ready after CreateReplicationJob; StartReplicationJob (or ScheduledStartTime) starts a
// run: Status Running with BusinessStatus Preparing -> Syncing -> Processing -> Cleaning and
// Progress 0 -> 100. Run durations (virtual):
//   full run         Preparing 60 s, Syncing 240 s + 2.5 s per used GiB (at most 15 min),
//                    Processing 90 s, Cleaning 30 s: about 9-20 minutes
//   incremental run  Preparing 30 s, Syncing 90 s + 0.5 s per used GiB, Processing 90 s,
//                    Cleaning 20 s: about 4-5 minutes
// A RunOnce job is Finished after its run. An incremental job (RunOnce=false) waits (Waiting)
// and runs again Frequency hours after the previous run started (Type Schedule);
// StartReplicationJob on a Waiting job runs it at once (Type Manual). Each run that targets an
// Image produces one; only MaxNumberOfImageToKeep images are kept, the oldest are deleted and
// their run's ImageId is cleared. CutOverReplicationJob ends an incremental job: with SyncData a
// last run first, then Finished for good (no operation restarts a Finished job).
// StartReplicationJob is accepted in Ready, Stopped and InError (as the SMC documentation
// says) and, for incremental jobs, in Waiting (an immediate manual run).
// The source server `db-legacy-01` fails its first run at 35 % of Syncing (InError, ErrorCode
// SourceServer.ConnectionTimeout); StartReplicationJob retries it successfully.

#include "cloudapi/sandbox/emulatorsupport.h"

#include <deque>
#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace ferry::sandbox::smc {

using emul::Fault;
using emul::Json;
using emul::Ms;

struct Disk
{
    int index = 0;
    qint64 sizeGiB = 0;
    qint64 usedGiB = 0;
    QString device;
    QString path;
};

struct SourceServer
{
    QString id;
    QString name;
    QString description;
    QString state; ///< Available, Unavailable, InUse
    QString errorCode;
    QString statusInfo;
    QString agentVersion;
    QString platform;
    QString architecture = QStringLiteral("x86_64");
    int kernelLevel = 1;
    int heartbeatRate = 60;
    Disk system;
    std::vector<Disk> data;
    VirtualTime creationTime;
    QString jobId;
    QString hostname;
    QString ip;
    int cores = 4;
    double memoryGiB = 16;
    bool failsFirstRun = false;
    qint64 usedGiB() const;
};

struct DataDiskSpec
{
    int index = 0;
    qint64 sizeGiB = 0;
};

struct JobRun
{
    VirtualTime start;
    VirtualTime end;
    QString imageId;
    QString type; ///< Manual, Schedule
};

struct ReplicationJob
{
    QString id;
    QString name;
    QString description;
    QString sourceId;
    QString regionId;
    QString targetType = QStringLiteral("Image");
    QString imageName;
    QString instanceId;
    QString instanceType;
    QString vpcId;
    QString vSwitchId;
    QString replicationParameters;
    QString licenseType;
    QString instanceRamRole;
    QString launchTemplateId;
    QString launchTemplateVersion;
    QString containerNamespace;
    QString containerRepository;
    QString containerTag;
    QString resourceGroupId;
    qint64 systemDiskSize = 0;
    std::vector<DataDiskSpec> dataDisks;
    std::vector<std::pair<QString, QString>> tags;
    int netMode = 0;
    bool runOnce = true;
    int frequency = 0;
    int maxImages = 0;
    int jobType = 0;
    std::optional<VirtualTime> scheduledStart;
    std::optional<VirtualTime> validTime;
    VirtualTime creationTime;

    QString status = QStringLiteral("Ready");
    QString errorCode;
    QString statusInfo;
    double progress = 0;
    std::optional<VirtualTime> startTime;
    std::optional<VirtualTime> endTime;

    // the current run
    QString runType;
    VirtualTime runStart;
    int phase = 0; ///< 0 Preparing, 1 Syncing, 2 Processing, 3 Cleaning
    VirtualTime phaseStart;
    std::array<Ms, 4> phaseLength{};
    std::optional<VirtualTime> failAt;
    QString transitionInstanceId;

    bool fullDone = false;
    bool finishAfterRun = false;
    std::optional<VirtualTime> nextScheduled;
    std::vector<JobRun> runs;
    std::deque<QString> images;
    QString latestImage;
};

class SmcState final
{
public:
    SmcState(const ScenarioOptions &options, VirtualTime anchor);

    void advance(VirtualTime now);

    const std::vector<SourceServer> &servers() const { return m_servers; }
    const SourceServer *server(const QString &id) const;
    const std::vector<ReplicationJob> &jobs() const { return m_jobs; }
    const ReplicationJob *job(const QString &id) const;
    /// Progress (0-100) and BusinessStatus of a job at `now`.
    double progress(const ReplicationJob &job, VirtualTime now) const;
    QString businessStatus(const ReplicationJob &job) const;

    /// Creates a job (validated by the service) or returns the job an earlier request with the
    /// same ClientToken created.
    std::variant<QString, Fault> create(ReplicationJob job, const QString &clientToken,
                                        VirtualTime now);
    std::optional<Fault> start(const QString &jobId, VirtualTime now);
    std::optional<Fault> stop(const QString &jobId, VirtualTime now);
    std::optional<Fault> cutOver(const QString &jobId, bool syncData, VirtualTime now);
    std::optional<Fault> remove(const QString &jobId);
    /// Checks that the job's status allows ModifyReplicationJobAttribute; returns it for editing.
    std::variant<ReplicationJob *, Fault> modifiable(const QString &jobId);

private:
    ReplicationJob *find(const QString &jobId);
    SourceServer *findServer(const QString &id);
    void simulate(ReplicationJob &job, VirtualTime now);
    void startRun(ReplicationJob &job, const QString &type, VirtualTime at);
    void completeRun(ReplicationJob &job, VirtualTime at);
    void finish(ReplicationJob &job, VirtualTime at);
    Fault invalidStatus(const ReplicationJob &job, const QString &allowed) const;
    void seed();

    std::uint64_t m_seed;
    VirtualTime m_anchor;
    std::vector<SourceServer> m_servers;
    std::vector<ReplicationJob> m_jobs;
    std::map<QString, QString> m_clientTokens;
    std::uint64_t m_jobCounter = 0;
    std::uint64_t m_imageCounter = 0;
    std::uint64_t m_instanceCounter = 0;
};

} // namespace ferry::sandbox::smc
