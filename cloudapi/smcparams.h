// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/smc.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ferry::cloudapi {

/// A fresh ClientToken (a UUID): SMC drops a second create carrying the same token.
inline QString newClientToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A partition to migrate (`SystemDiskPart.N.*` / `DataDisk.N.Part.M.*`).
struct SmcDiskPartParams
{
    QString device; ///< e.g. 0_0
    qint64 sizeBytes = 0;
    bool block = true; ///< block replication
};

/// A data disk of the target (`DataDisk.N.*`).
struct SmcDataDiskParams
{
    int index = 1; ///< 1..16
    int sizeGiB = 0;
    QList<SmcDiskPartParams> parts;
};

/// CreateReplicationJob. Unset options and empty strings are left out.
struct CreateReplicationJobParams
{
    QString regionId; ///< required
    QString sourceId; ///< required
    QString name;
    QString description;
    QString targetType; ///< Image (default), ContainerImage, TargetInstance
    QString imageName;
    QString instanceId; ///< TargetInstance only
    std::optional<int> systemDiskSizeGiB;
    QList<SmcDiskPartParams> systemDiskParts;
    QList<SmcDataDiskParams> dataDisks;
    std::optional<int> netMode; ///< 0 Internet, 2 VPC
    QString vpcId;
    QString vSwitchId;
    bool runOnce = true; ///< false: incremental job, needs frequency and image count
    std::optional<int> frequencyHours;
    std::optional<int> maxNumberOfImageToKeep;
    QDateTime scheduledStartTime;
    QDateTime validTime;
    QString instanceType;
    QString replicationParameters; ///< JSON text, e.g. {"bandwidth_limit":0}
    std::optional<int> jobType;
    QString licenseType;
    QString instanceRamRole;
    QString resourceGroupId;
    QMap<QString, QString> tags;
    /// Fixed when the parameters are made, so the confirmation page, every transport retry and a
    /// repeated click all carry the same token and SMC creates the job once.
    QString clientToken = newClientToken();
};

/// What CreateReplicationJob gave back.
struct SmcJobCreated
{
    QString requestId;
    QString jobId;
};

/// ModifyReplicationJobAttribute. Only the set fields are sent.
struct ModifyReplicationJobParams
{
    QString jobId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> targetType;
    std::optional<QString> imageName;
    std::optional<QString> instanceId;
    std::optional<int> systemDiskSizeGiB;
    QList<SmcDiskPartParams> systemDiskParts;
    QList<SmcDataDiskParams> dataDisks;
    std::optional<int> netMode;
    std::optional<QString> vpcId;
    std::optional<QString> vSwitchId;
    std::optional<int> frequencyHours;
    std::optional<int> maxNumberOfImageToKeep;
    std::optional<QDateTime> scheduledStartTime;
    std::optional<QDateTime> validTime;
    std::optional<QString> instanceType;
    std::optional<QString> replicationParameters;
    std::optional<QString> instanceRamRole;

    /// The widest group of attributes this change touches (for model::canModify).
    model::SmcModifyScope scope() const;
};

/// Identifies an SMC replication job.
struct SmcJobRef
{
    QString jobId;
};

/// State changes of an SMC job that take only its id.
enum class SmcJobAction
{
    Start,
    Stop,
    Delete
};

/// CutOverReplicationJob: end an incremental job.
struct CutOverParams
{
    QString jobId;
    bool syncData = false; ///< run one last full sync first
};

/// DescribeReplicationJobs filters.
struct SmcJobQuery
{
    QString regionId;
    QStringList jobIds;    ///< up to 50
    QStringList sourceIds; ///< up to 50
    QStringList instanceIds;
    QString name;
    QString status;
    QString businessStatus;
    std::optional<int> jobType;
    std::optional<int> pageNumber;
    std::optional<int> pageSize; ///< 1..50
    QString resourceGroupId;
};

/// DescribeSourceServers filters.
struct SmcSourceQuery
{
    QStringList sourceIds;
    QString name;
    QString state;
    QString jobId;
    QString workgroupId;
    std::optional<int> pageNumber;
    std::optional<int> pageSize; ///< 1..50
    QString resourceGroupId;
};

} // namespace ferry::cloudapi
