// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/createretry.h"
#include "cloudapi/mmsparams.h"
#include "cloudapi/pagedfetch.h"
#include "cloudapi/wiredescription.h"
#include "model/mms.h"

#include <QString>

#include <memory>

class QObject;

namespace ferry::cloudapi {

class ApiSender;
class Transport;

/// Typed client of MaxCompute Migration Service (MaxCompute 2022-01-04) in one region.
/// Every call is asynchronous: `done` runs once on `context`'s thread, unless the handle is
/// cancelled or `context` is destroyed first. `context` must not be null. Cheap to copy.
class MmsClient final
{
public:
    /// Calls go through `transport` (not owned) to the MaxCompute endpoint of `regionId`.
    MmsClient(Transport *transport, QString regionId);
    /// Calls go through `sender` (tests, or a transport adapter).
    MmsClient(std::shared_ptr<ApiSender> sender, QString regionId);

    const QString &regionId() const { return m_regionId; }
    /// How createJob() recovers from transient failures.
    void setCreateRetryPolicy(const CreateRetryPolicy &policy) { m_createRetry = policy; }

    /// ListMmsDataSources.
    CallHandle listDataSources(const MmsDataSourceQuery &q, QObject *context,
                               Callback<model::Page<model::MmsDataSource>> done) const;
    /// GetMmsDataSource; `withConfig` adds the configuration items, `lang` e.g. en_US.
    CallHandle getDataSource(qint64 sourceId, bool withConfig, const QString &lang,
                             QObject *context, Callback<model::MmsDataSource> done) const;
    /// CreateMmsFetchMetadataJob: start a metadata scan (poll it with getFetchMetadataJob).
    CallHandle createFetchMetadataJob(const CreateMmsFetchMetadataJobParams &p, QObject *context,
                                      Callback<MmsScanCreated> done) const;
    /// GetMmsFetchMetadataJob.
    CallHandle getFetchMetadataJob(qint64 sourceId, qint64 scanId, QObject *context,
                                   Callback<model::MmsScan> done) const;
    /// ListMmsDbs.
    CallHandle listDbs(const MmsDbQuery &q, QObject *context,
                       Callback<model::Page<model::MmsDb>> done) const;
    /// GetMmsDb.
    CallHandle getDb(qint64 sourceId, qint64 dbId, QObject *context,
                     Callback<model::MmsDb> done) const;
    /// ListMmsTables.
    CallHandle listTables(const MmsTableQuery &q, QObject *context,
                          Callback<model::Page<model::MmsTable>> done) const;
    /// GetMmsTable.
    CallHandle getTable(qint64 sourceId, qint64 tableId, QObject *context,
                        Callback<model::MmsTable> done) const;
    /// ListMmsPartitions.
    CallHandle listPartitions(const MmsPartitionQuery &q, QObject *context,
                              Callback<model::Page<model::MmsPartition>> done) const;
    /// CreateMmsJob. Never sent blindly twice: after a failure that may have been applied, the
    /// jobs of the source are searched for `p.name` first (see CreateRetryPolicy).
    CallHandle createJob(const CreateMmsJobParams &p, QObject *context,
                         Callback<MmsJobCreated> done) const;
    /// ListMmsJobs.
    CallHandle listJobs(const MmsJobQuery &q, QObject *context,
                        Callback<model::Page<model::MmsJob>> done) const;
    /// GetMmsJob.
    CallHandle getJob(const MmsJobRef &job, QObject *context, Callback<model::MmsJob> done) const;
    /// StopMmsJob.
    CallHandle stopJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const;
    /// StartMmsJob (resumes a job stopped by stopJob).
    CallHandle startJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const;
    /// RetryMmsJob (re-runs the failed tasks of a FAILED job).
    CallHandle retryJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const;
    /// DeleteMmsJob (a POST to the job).
    CallHandle deleteJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const;
    /// Stop, start, retry or delete; never repeated by the transport.
    CallHandle jobAction(MmsJobAction action, const MmsJobRef &job, QObject *context,
                         Callback<Done> done) const;
    /// ListMmsTasks.
    CallHandle listTasks(const MmsTaskQuery &q, QObject *context,
                         Callback<model::Page<model::MmsTask>> done) const;
    /// GetMmsTask.
    CallHandle getTask(const MmsTaskRef &task, QObject *context,
                       Callback<model::MmsTask> done) const;
    /// ListMmsTaskLogs (not paged).
    CallHandle listTaskLogs(const MmsTaskRef &task, QObject *context,
                            Callback<QList<model::MmsTaskLog>> done) const;
    /// RetryMmsTask.
    CallHandle retryTask(const MmsTaskRef &task, QObject *context, Callback<Done> done) const;
    /// GetMmsAsyncTask (also accepts a scan id).
    CallHandle getAsyncTask(qint64 sourceId, qint64 asyncTaskId, QObject *context,
                            Callback<model::MmsAsyncTask> done) const;

    // Every page of a list (q.pageNum is ignored; q.pageSize, if set, is the page size).

    /// All data sources matching `q`.
    CallHandle fetchAllDataSources(const MmsDataSourceQuery &q, QObject *context,
                                   FetchProgress progress,
                                   Callback<QList<model::MmsDataSource>> done) const;
    /// All databases matching `q`.
    CallHandle fetchAllDbs(const MmsDbQuery &q, QObject *context, FetchProgress progress,
                           Callback<QList<model::MmsDb>> done) const;
    /// All tables matching `q`.
    CallHandle fetchAllTables(const MmsTableQuery &q, QObject *context, FetchProgress progress,
                              Callback<QList<model::MmsTable>> done) const;
    /// All partitions matching `q`.
    CallHandle fetchAllPartitions(const MmsPartitionQuery &q, QObject *context,
                                  FetchProgress progress,
                                  Callback<QList<model::MmsPartition>> done) const;
    /// All jobs matching `q`.
    CallHandle fetchAllJobs(const MmsJobQuery &q, QObject *context, FetchProgress progress,
                            Callback<QList<model::MmsJob>> done) const;
    /// All tasks matching `q`.
    CallHandle fetchAllTasks(const MmsTaskQuery &q, QObject *context, FetchProgress progress,
                             Callback<QList<model::MmsTask>> done) const;

    /// Page size of the fetch-all helpers when the query sets none.
    static constexpr int kDefaultPageSize = 50;

private:
    std::shared_ptr<ApiSender> m_sender;
    QString m_regionId;
    CreateRetryPolicy m_createRetry;
};

// Exactly what each state-changing call sends, for the confirmation page.

/// CreateMmsJob.
WireDescription describeWire(const CreateMmsJobParams &p);
/// CreateMmsFetchMetadataJob.
WireDescription describeWire(const CreateMmsFetchMetadataJobParams &p);
/// StopMmsJob, StartMmsJob, RetryMmsJob or DeleteMmsJob.
WireDescription describeWire(MmsJobAction action, const MmsJobRef &job);
/// RetryMmsTask.
WireDescription describeRetryMmsTask(const MmsTaskRef &task);

} // namespace ferry::cloudapi
