// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::cloudapi {

/// Sort direction of a list (`asc` / `desc` on the wire).
enum class SortOrder
{
    Ascending,
    Descending
};

/// ListMmsDataSources filters. Without pageNum/pageSize the service returns every source.
struct MmsDataSourceQuery
{
    QString name;
    QString type;
    QString region;
    std::optional<int> pageNum;
    std::optional<int> pageSize;
};

/// ListMmsDbs filters and order.
struct MmsDbQuery
{
    qint64 sourceId = 0;
    QString name;
    QString status; ///< one MmsObjectStatus wire value
    std::optional<int> pageNum;
    std::optional<int> pageSize;
    std::optional<SortOrder> sortByNumRows;
    std::optional<SortOrder> sortBySize;
    std::optional<SortOrder> sortByUpdateTime;
};

/// ListMmsTables filters and order.
struct MmsTableQuery
{
    qint64 sourceId = 0;
    std::optional<qint64> dbId;
    QString dbName;
    QString name;
    QString type;
    std::optional<bool> hasPartitions;
    std::optional<bool> onlyName;
    QString dstName;
    QString dstProjectName;
    QString dstSchemaName;
    QDateTime lastDdlTimeStart;
    QDateTime lastDdlTimeEnd;
    QStringList status; ///< MmsObjectStatus wire values; sent as a JSON array string
    std::optional<int> pageNum;
    std::optional<int> pageSize;
    std::optional<SortOrder> sortByNumRows;
    std::optional<SortOrder> sortBySize;
    std::optional<SortOrder> sortByLastDdlTime;
};

/// ListMmsPartitions filters and order.
struct MmsPartitionQuery
{
    qint64 sourceId = 0;
    std::optional<qint64> dbId;
    QString dbName;
    std::optional<qint64> tableId;
    QString tableName;
    QString value;
    std::optional<bool> updated;
    QDateTime lastDdlTimeStart;
    QDateTime lastDdlTimeEnd;
    QStringList status; ///< sent as a JSON array string
    std::optional<int> pageNum;
    std::optional<int> pageSize;
    std::optional<SortOrder> sortByLastDdlTime;
    std::optional<SortOrder> sortByNumRows;
    std::optional<SortOrder> sortBySize;
};

/// ListMmsJobs filters and order.
struct MmsJobQuery
{
    qint64 sourceId = 0;
    QString name;
    QString srcDbName;
    QString srcTableName;
    QString dstDbName;
    QString dstTableName;
    QString status; ///< one MmsJobStatus wire value
    std::optional<bool> stopped;
    std::optional<qint64> timerId;
    std::optional<int> pageNum;
    std::optional<int> pageSize;
    std::optional<SortOrder> sortByStatus;
};

/// ListMmsTasks filters and order.
struct MmsTaskQuery
{
    qint64 sourceId = 0;
    std::optional<qint64> jobId;
    QString jobName;
    QString srcDbName;
    QString srcTableName;
    QString dstDbName;
    QString dstTableName;
    QString status;    ///< one MmsTaskStatus wire value
    QString partition; ///< e.g. p1=1/p2=abc
    std::optional<int> pageNum;
    std::optional<int> pageSize;
    std::optional<SortOrder> sortByStartTime;
    std::optional<SortOrder> sortByStatus;
};

/// Identifies an MMS job.
struct MmsJobRef
{
    qint64 sourceId = 0;
    qint64 jobId = 0;
};

/// Identifies an MMS task.
struct MmsTaskRef
{
    qint64 sourceId = 0;
    qint64 taskId = 0;
};

/// State changes of an MMS job.
enum class MmsJobAction
{
    Stop,
    Start,
    Retry,
    Delete
};

/// CreateMmsFetchMetadataJob: scan a database (or some of its tables) of a data source.
struct CreateMmsFetchMetadataJobParams
{
    qint64 sourceId = 0;
    QString dbName;
    QStringList tableNames;
};

/// CreateMmsJob. Empty strings, empty lists and unset options are left out of the body.
struct CreateMmsJobParams
{
    qint64 sourceId = 0;
    QString name; ///< also how a lost create is recognised afterwards: keep it unique
    QString sourceName;
    QString srcDbName;
    QString srcSchemaName;
    QString dstDbName;
    QString dstSchemaName;
    QString taskType; ///< HIVE, BIGQUERY, ...
    QStringList tables;
    QList<qint64> partitions;   ///< partition ids
    QStringList tableBlackList; ///< if both lists are given, only the blacklist applies
    QStringList tableWhiteList;
    QMap<QString, QString> partitionFilters; ///< table -> filter expression
    QMap<QString, QString> tableMapping;     ///< source -> destination table
    QMap<QString, QString> columnMapping;
    std::optional<bool> schemaOnly;
    std::optional<bool> enableSchemaMigration;
    std::optional<bool> enableDataMigration;
    std::optional<bool> enableVerification;
    std::optional<bool> increment;
    QString eta;
    QMap<QString, QString> others;
};

/// What CreateMmsJob gave back. The job is created asynchronously: poll asyncTaskId with
/// GetMmsAsyncTask. When a lost attempt turned out to have created the job, `recovered` is set
/// and `jobId` names it.
struct MmsJobCreated
{
    QString requestId;
    std::optional<qint64> asyncTaskId;
    std::optional<qint64> jobId;
    bool recovered = false;
};

/// What CreateMmsFetchMetadataJob gave back.
struct MmsScanCreated
{
    QString requestId;
    qint64 scanId = 0;
};

} // namespace ferry::cloudapi
