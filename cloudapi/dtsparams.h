// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/status.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ferry::cloudapi {

/// One side of a DTS job or connection test. Empty fields are not sent.
struct DtsEndpointParams
{
    QString instanceType; ///< RDS, ECS, LocalInstance, Express, ... (required)
    QString instanceId;   ///< sent as `...InstanceID`
    QString engineName;   ///< MySQL, PostgreSQL, ...
    QString region;
    QString ip; ///< sent as `...IP`
    QString port;
    QString databaseName;
    QString userName;
    QString password; ///< masked in every description
    QString oracleSid;
    QString ownerId;      ///< cross-account: the other account's id (`...OwnerID`)
    QString role;         ///< cross-account: the RAM role
    QString architecture; ///< Oracle only, DescribeConnectionStatus: SID or RAC
};

/// A table to migrate, and its name at the destination.
struct DtsTableSelection
{
    QString sourceName;
    QString destName; ///< empty: same as the source
};

/// A database to migrate (`DbList` entry): all its tables, or the listed ones.
struct DtsDbSelection
{
    QString sourceName;
    QString destName; ///< empty: same as the source
    bool allTables = true;
    QList<DtsTableSelection> tables; ///< used when allTables is false
};

/// ConfigureDtsJob. DbList and Reserve go in the form body, everything else in the query.
struct ConfigureDtsJobParams
{
    QString regionId;
    QString dtsJobId;      ///< set when configuring a job created by CreateDtsInstance
    QString dtsInstanceId; ///< sent as `DtsInstanceId`
    QString dtsJobName;    ///< also how a lost configure is recognised afterwards
    model::DtsJobType jobType = model::DtsJobType::Migration;
    bool structureInitialization = true;
    bool dataInitialization = true;
    bool dataSynchronization = false;
    DtsEndpointParams source;
    DtsEndpointParams destination;
    QList<DtsDbSelection> dbList;
    QVariantMap reserve;              ///< sent as a JSON string
    std::optional<qint64> checkpoint; ///< unix seconds
    QString synchronizationDirection; ///< Forward / Reverse
    QString dataCheckConfigure;       ///< JSON text, passed through
    QString dedicatedClusterId;
};

/// What ConfigureDtsJob gave back (or, `recovered`, what a lost attempt turned out to have done).
struct DtsJobConfigured
{
    QString requestId;
    QString dtsJobId;
    QString dtsInstanceId;
    bool recovered = false;
};

/// CreateDtsInstance (buys the instance of a job).
struct CreateDtsInstanceParams
{
    QString regionId;
    QString payType = QStringLiteral("PostPaid"); ///< PrePaid / PostPaid
    QString jobId; ///< the DtsJobId of ConfigureDtsJob; overrides type/region/engine below
    std::optional<model::DtsJobType> type; ///< `Type`; not needed with jobId
    QString sourceRegion;
    QString destinationRegion;
    QString sourceEndpointEngineName;
    QString destinationEndpointEngineName;
    QString instanceClass;    ///< migration: xxlarge..small; sync: large..micro
    QString syncArchitecture; ///< oneway / bidirectional
    std::optional<bool> autoStart;
    std::optional<bool> autoPay;
    QString period; ///< Year / Month (PrePaid)
    std::optional<int> usedTime;
    std::optional<int> quantity;
    std::optional<int> databaseCount;
    std::optional<int> du;
    std::optional<int> minDu;
    std::optional<int> maxDu;
    QString resourceGroupId;
};

/// What CreateDtsInstance gave back.
struct DtsInstanceCreated
{
    QString requestId;
    QString instanceId;
    QString jobId;
    bool recovered = false;
};

/// Identifies a DTS job for Start/Stop/Suspend.
struct DtsJobRef
{
    QString regionId;
    QString dtsJobId;
    QString dtsInstanceId;
    QString synchronizationDirection; ///< Forward (default) / Reverse
};

/// State changes of a DTS job.
enum class DtsJobAction
{
    Start,
    Stop,
    Suspend
};

/// DescribeDtsJobs filters.
struct DtsJobQuery
{
    QString regionId; ///< sent as `Region`
    model::DtsJobType jobType = model::DtsJobType::Migration;
    std::optional<int> pageNumber;
    std::optional<int> pageSize;
    QString status;
    QString searchType;  ///< `Type`: instance, name, srcRds, rds
    QString searchValue; ///< `Params`: what to look for
    QStringList dtsJobIds;
    QStringList dtsInstanceIds;
    QString orderColumn;    ///< CreateTime, FinishTime, ...
    QString orderDirection; ///< ASC / DESC
    std::optional<bool> withoutDbList;
    QString groupId;
};

/// DescribeDtsJobDetail.
struct DtsJobDetailQuery
{
    QString regionId;
    QString dtsJobId;
    QString dtsInstanceId; ///< sent as `DtsInstanceID`
    QString synchronizationDirection;
    std::optional<bool> syncSubJobHistory;
};

/// The stage DescribePreCheckStatus reports on (`JobCode`).
enum class DtsJobCode
{
    Precheck,
    Schema,
    FullData,
    Incremental
};

/// DescribePreCheckStatus.
struct DtsPrecheckQuery
{
    QString regionId;
    QString dtsJobId;
    DtsJobCode jobCode = DtsJobCode::Precheck;
    std::optional<int> pageNo;
    std::optional<int> pageSize;
    QString name;       ///< fuzzy table name
    QString structType; ///< before / after
    QString structPhase;
};

/// DescribeConnectionStatus: test both endpoints before configuring a job.
struct DtsConnectionParams
{
    QString regionId;
    DtsEndpointParams source;
    DtsEndpointParams destination;
};

/// CreateReverseDtsJob.
struct CreateReverseDtsJobParams
{
    QString regionId;
    QString dtsJobId; ///< the forward job
    /// Type of the forward job; not sent, used to look the job up after a lost attempt.
    model::DtsJobType forwardJobType = model::DtsJobType::Sync;
};

/// What CreateReverseDtsJob gave back.
struct DtsReverseJobCreated
{
    QString requestId;
    QString dtsJobId;
    QString dtsInstanceId;
    bool recovered = false;
};

} // namespace ferry::cloudapi
