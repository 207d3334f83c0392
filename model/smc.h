// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/page.h"
#include "model/status.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ferry::model {

/// A partition of a source disk.
struct SmcDiskPart
{
    QString device; ///< e.g. 0_0
    QString path;   ///< e.g. /boot
    qint64 sizeBytes = 0;
    bool canBlock = false; ///< block replication possible
    bool need = false;     ///< must be migrated
};

/// A data disk of a source server or job.
struct SmcDataDisk
{
    int index = 0;
    qint64 sizeGiB = 0;
    QString path;
    QList<SmcDiskPart> parts;
};

/// A migration source: a server with the SMC agent installed.
struct SmcSourceServer
{
    QString sourceId; ///< s-...
    QString name;
    QString description;
    Wire<SmcSourceState> state;
    QString statusInfo; ///< JSON text as sent, e.g. {"error_code":"S1","error_msg":"..."}
    QString errorCode;  ///< e.g. SourceServer.Offline
    QString agentVersion;
    QString platform;
    QString architecture;
    QString kernelLevel;
    std::optional<int> heartbeatRateSeconds; ///< how often the agent reports
    QString replicationDriver;
    qint64 systemDiskSizeGiB = 0;
    QList<SmcDiskPart> systemDiskParts;
    QList<SmcDataDisk> dataDisks;
    QString jobId; ///< the last job of this source
    QDateTime creationTime;
    QString workgroupId;
    QString resourceGroupId;
    QMap<QString, QString> tags;
};

/// Whether the agent on a source server is reachable.
enum class SmcAgentPresence
{
    Online,
    Offline,
    Unknown
};

/// Derives agent presence: offline when SMC says so (`ErrorCode` SourceServer.Offline or state
/// Unavailable), online when the source is Available or InUse, unknown otherwise.
SmcAgentPresence agentPresence(const SmcSourceServer &server);

/// One execution of a replication job (incremental jobs run many times).
struct SmcReplicationJobRun
{
    QDateTime startTime;
    QDateTime endTime;
    QString imageId;
    Wire<SmcRunType> type;
};

/// An SMC replication (migration) job.
struct SmcReplicationJob
{
    QString jobId; ///< j-...
    QString name;
    QString description;
    QString sourceId;
    QString regionId;
    Wire<SmcJobStatus> status;
    Wire<SmcBusinessStatus> businessStatus;
    QString statusInfo;
    QString errorCode;
    double progress = 0; ///< percent
    QDateTime creationTime;
    QDateTime startTime;
    QDateTime endTime;
    QDateTime scheduledStartTime;
    QDateTime validTime;
    QString targetType; ///< Image, ContainerImage, TargetInstance
    QString imageId;
    QString imageName;
    QString instanceId;
    QString transitionInstanceId; ///< the intermediate instance SMC uses
    QString instanceType;
    qint64 systemDiskSizeGiB = 0;
    QList<SmcDataDisk> dataDisks;
    int netMode = 0; ///< 0 Internet, 2 VPC
    QString vpcId;
    QString vSwitchId;
    bool runOnce = true; ///< false: incremental job that runs every `frequency` hours
    std::optional<int> frequencyHours;
    std::optional<int> maxNumberOfImageToKeep;
    QString replicationParameters; ///< JSON text as sent
    std::optional<int> jobType;    ///< 0 server, 1 OS, 2 cross-zone, 3 VMware
    QString licenseType;
    QString instanceRamRole;
    QString resourceGroupId;
    QString workgroupId;
    QMap<QString, QString> tags;
    QList<SmcReplicationJobRun> runs;
};

/// Which attributes of a job a ModifyReplicationJobAttribute call touches.
enum class SmcModifyScope
{
    NameDescription, ///< Name, Description: any time in the job's life
    Schedule,        ///< Frequency, MaxNumberOfImageToKeep: before the first run or while Waiting
    Other,           ///< everything else: only before the first run
};

// Which actions the GUI may offer; reasoning in smc.cpp.

/// Start: Ready, Stopped or InError (the documented states of StartReplicationJob).
bool canStart(const SmcReplicationJob &job);
/// Stop: Running with BusinessStatus Syncing (documented for StopReplicationJob).
bool canStop(const SmcReplicationJob &job);
/// Cut over: an incremental job (RunOnce false) that is Waiting.
bool canCutOver(const SmcReplicationJob &job);
/// Delete: anything but a Running job (stop it first) or one being deleted.
bool canDelete(const SmcReplicationJob &job);
/// Modify: per scope, as ModifyReplicationJobAttribute documents.
bool canModify(const SmcReplicationJob &job, SmcModifyScope scope);

} // namespace ferry::model
