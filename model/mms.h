// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/page.h"
#include "model/status.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::model {

/// One configuration item of an MMS data source (values arrive masked by the sanitizer).
struct MmsConfigItem
{
    QString key;   ///< e.g. "hive.metastore.url"
    QString name;  ///< display name given by the service
    QString desc;  ///< description given by the service
    QString group; ///< e.g. "Hive"
    QString type;  ///< boolean, int, map, string, password, file
    QString subType;
    QString placeHolder;
    bool required = false;
    QStringList enums;
    QString value; ///< strings as sent; other JSON values as compact JSON text
};

/// An MMS data source (GetMmsDataSource / ListMmsDataSources item).
struct MmsDataSource
{
    qint64 id = 0;
    QString name;
    QString type; ///< HIVE, BIGQUERY, MAXCOMPUTE, ...
    QString region;
    QString networkLink;
    QString dstProject;
    QStringList dstProjects;
    Wire<MmsDataSourceStatus> status;
    QString errMsg;
    std::optional<bool> agentIsOnline;
    QDateTime createTime;     ///< UTC
    QDateTime lastUpdateTime; ///< UTC
    std::optional<qint64> scanId;
    Wire<MmsScanStatus> scanStatus; ///< list items only
    QString scanErrMsg;             ///< list items only
    qint64 dbNum = 0;
    qint64 tableNum = 0;
    qint64 partitionNum = 0;
    qint64 tablesDoingNum = 0;
    qint64 tablesDoneNum = 0;
    qint64 tablesFailedNum = 0;
    qint64 tablesPartDoneNum = 0;
    qint64 partitionsDoingNum = 0;
    qint64 partitionsDoneNum = 0;
    qint64 partitionsFailedNum = 0;
    QList<MmsConfigItem> config; ///< only with GetMmsDataSource(withConfig)
};

/// What a metadata scan found (the `result` JSON string of a FetchMetadataJob).
struct MmsScanResult
{
    qint64 databases = 0;
    qint64 tables = 0;
    qint64 partitions = 0;
};

/// A metadata scan of a data source (CreateMmsFetchMetadataJob / GetMmsFetchMetadataJob).
struct MmsScan
{
    qint64 id = 0;
    qint64 sourceId = 0;
    Wire<MmsScanStatus> status;
    int progressBasisPoints = 0; ///< 0..10000
    std::optional<MmsScanResult> result;
    QString resultText; ///< `result` as sent, for display when it is not the known shape
    QString errorMsg;
    QDateTime startTime;
    QDateTime endTime;

    /// Progress as a fraction 0..1.
    double progressFraction() const { return progressBasisPoints / 10000.0; }
};

/// A source database known to MMS.
struct MmsDb
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString name;
    QString description;
    QString owner;
    QString location;
    QString dstName;
    QString dstProjectName;
    Wire<MmsObjectStatus> status;
    bool updated = false; ///< the source changed since the last migration
    QDateTime lastDdlTime;
    qint64 numRows = 0;
    qint64 size = 0; ///< bytes
    qint64 tables = 0;
    qint64 tablesDoing = 0;
    qint64 tablesDone = 0;
    qint64 tablesFailed = 0;
    qint64 tablesPartDone = 0;
    qint64 partitions = 0;
    qint64 partitionsDoing = 0;
    qint64 partitionsDone = 0;
    qint64 partitionsFailed = 0;
    QDateTime createTime; ///< list items only
    QDateTime updateTime; ///< list items only
    bool deleted = false; ///< list items only
};

/// A column of a table schema (also used for partition columns).
struct MmsColumn
{
    QString name;
    QString type;
    QString comment;
    bool nullable = true;
    QString defaultValue;
};

/// A source table known to MMS.
struct MmsTable
{
    qint64 id = 0;
    qint64 dbId = 0;
    QString dbName;
    qint64 sourceId = 0;
    QString sourceName;
    QString name;
    QString type; ///< e.g. MANAGED_TABLE
    bool hasPartitions = false;
    QString schemaComment;
    QList<MmsColumn> columns;
    QList<MmsColumn> partitionColumns;
    QString owner;
    QString location;
    QString inputFormat;
    QString outputFormat;
    QString serde;
    QDateTime lastDdlTime;
    qint64 numRows = 0;
    qint64 size = 0;
    QString dstProjectName;
    QString dstSchemaName;
    QString dstName;
    Wire<MmsObjectStatus> status;
    bool updated = false;
    qint64 partitions = 0; ///< number of partitions
    qint64 partitionsDoing = 0;
    qint64 partitionsDone = 0;
    qint64 partitionsFailed = 0;
};

/// A partition of a source table.
struct MmsPartition
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 dbId = 0;
    QString dbName;
    qint64 tableId = 0;
    QString tableName;
    QString value; ///< e.g. p1=1/p2=abc
    QString dstProjectName;
    QString dstSchemaName;
    QString dstTableName;
    QString dstValue;
    Wire<MmsObjectStatus> status;
    bool updated = false;
    QDateTime lastDdlTime;
    qint64 numRows = 0;
    qint64 size = 0;
};

/// The configuration an MMS job was created with.
struct MmsJobConfig
{
    QString taskType; ///< HIVE, BIGQUERY, ...
    QStringList tables;
    QList<qint64> partitions; ///< partition ids
    QStringList tableBlackList;
    QStringList tableWhiteList;
    QMap<QString, QString> partitionFilters; ///< table -> filter expression
    QMap<QString, QString> tableMapping;     ///< source -> destination table
    QMap<QString, QString> columnMapping;
    bool schemaOnly = false;
    bool increment = false;
    bool enableVerification = false;
    QString tunnelQuota;
    QMap<QString, QString> others; ///< values as text (non-strings as compact JSON)
};

/// An MMS migration job.
struct MmsJob
{
    qint64 id = 0;
    QString name;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 dbId = 0;
    QString srcDbName;
    QString srcSchemaName;
    QString dstDbName;
    QString dstSchemaName;
    Wire<MmsJobStatus> status;
    Wire<MmsJobType> type;
    bool stopped = false; ///< stopped by StopMmsJob
    qint64 taskNum = 0;
    qint64 taskDone = 0;
    QString eta;
    QDateTime createTime;
    MmsJobConfig config;
};

/// One table (or partition set) migration of a job.
struct MmsTask
{
    qint64 id = 0;
    qint64 jobId = 0;
    QString jobName;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 dbId = 0;
    qint64 tableId = 0;
    QString srcDbName;
    QString srcSchemaName;
    QString srcTableName;
    QString dstDbName;
    QString dstSchemaName;
    QString dstTableName;
    QString type; ///< e.g. BIGQUERY
    Wire<MmsTaskStatus> status;
    bool running = false;
    bool stopped = false;
    int retriedTimes = 0;
    QDateTime createTime;
    QDateTime startTime;
    QDateTime endTime;
};

/// One log line of a task (ListMmsTaskLogs).
struct MmsTaskLog
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 taskId = 0;
    Wire<MmsTaskStatus> status;
    QString action; ///< e.g. the SQL statement that ran
    QString msg;
    QDateTime createTime;
};

/// A background operation of MMS (job creation, job stop), polled with GetMmsAsyncTask.
struct MmsAsyncTask
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString type; ///< TASK_CREATE, STOP_JOB
    std::optional<qint64> objectId;
    Wire<MmsAsyncTaskStatus> status;
    bool running = false;
    int progress = 0;
    QString result;
    QString errorMsg;
    QDateTime startTime;
    QDateTime endTime;
    QDateTime createTime;
};

// Which actions the GUI may offer. The service has the last word; these keep the GUI from
// offering what the service would refuse.

/// Stop: a job that is queued or running and not already stopped.
bool canStop(const MmsJob &job);
/// Start: only a job that StopMmsJob stopped (and that has not completed).
bool canStart(const MmsJob &job);
/// Retry: a FAILED job that is not stopped (a stopped job is resumed with Start).
bool canRetry(const MmsJob &job);
/// Delete: any job that is not actively running (stop it first).
bool canDelete(const MmsJob &job);
/// Retry a task: a task in a *_FAILED state that is not running.
bool canRetry(const MmsTask &task);

} // namespace ferry::model
