// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/mmsclient.h"

#include "cloudapi/clientcall.h"
#include "cloudapi/mmswire.h"

namespace ferry::cloudapi {

using namespace wire;
using namespace ferry::model;

namespace {

template<class Query, class T>
PageFetcher<T> pager(const MmsClient &client, const Query &q,
                     CallHandle (MmsClient::*list)(const Query &, QObject *, Callback<Page<T>>)
                         const)
{
    return [client, q, list](int pageNum, int pageSize, QObject *context, Callback<Page<T>> done) {
        Query pq = q;
        pq.pageNum = pageNum;
        pq.pageSize = pageSize;
        return (client.*list)(pq, context, std::move(done));
    };
}

template<class Query>
int pageSizeOf(const Query &q)
{
    return q.pageSize.value_or(MmsClient::kDefaultPageSize);
}

} // namespace

MmsClient::MmsClient(std::shared_ptr<ApiSender> sender, QString regionId)
    : m_sender(std::move(sender))
    , m_regionId(std::move(regionId))
{}

CallHandle MmsClient::listDataSources(const MmsDataSourceQuery &q, QObject *context,
                                      Callback<Page<MmsDataSource>> done) const
{
    return callParsed<Page<MmsDataSource>>(*m_sender, buildListMmsDataSources(m_regionId, q),
                                           context, parseMmsDataSourcePage, std::move(done));
}

CallHandle MmsClient::getDataSource(qint64 sourceId, bool withConfig, const QString &lang,
                                    QObject *context, Callback<MmsDataSource> done) const
{
    return callParsed<MmsDataSource>(*m_sender,
                                     buildGetMmsDataSource(m_regionId, sourceId, withConfig, lang),
                                     context, parseMmsDataSource, std::move(done));
}

CallHandle MmsClient::createFetchMetadataJob(const CreateMmsFetchMetadataJobParams &p,
                                             QObject *context, Callback<MmsScanCreated> done) const
{
    // A second scan of the same database is harmless (it replaces the first), so this create is
    // not guarded like createJob; it is still never repeated by the transport.
    return callParsed<MmsScanCreated>(*m_sender, buildCreateMmsFetchMetadataJob(m_regionId, p),
                                      context, parseMmsScanCreated, std::move(done));
}

CallHandle MmsClient::getFetchMetadataJob(qint64 sourceId, qint64 scanId, QObject *context,
                                          Callback<MmsScan> done) const
{
    return callParsed<MmsScan>(*m_sender, buildGetMmsFetchMetadataJob(m_regionId, sourceId, scanId),
                               context, parseMmsScan, std::move(done));
}

CallHandle MmsClient::listDbs(const MmsDbQuery &q, QObject *context,
                              Callback<Page<MmsDb>> done) const
{
    return callParsed<Page<MmsDb>>(*m_sender, buildListMmsDbs(m_regionId, q), context,
                                   parseMmsDbPage, std::move(done));
}

CallHandle MmsClient::getDb(qint64 sourceId, qint64 dbId, QObject *context,
                            Callback<MmsDb> done) const
{
    return callParsed<MmsDb>(*m_sender, buildGetMmsDb(m_regionId, sourceId, dbId), context,
                             parseMmsDb, std::move(done));
}

CallHandle MmsClient::listTables(const MmsTableQuery &q, QObject *context,
                                 Callback<Page<MmsTable>> done) const
{
    return callParsed<Page<MmsTable>>(*m_sender, buildListMmsTables(m_regionId, q), context,
                                      parseMmsTablePage, std::move(done));
}

CallHandle MmsClient::getTable(qint64 sourceId, qint64 tableId, QObject *context,
                               Callback<MmsTable> done) const
{
    return callParsed<MmsTable>(*m_sender, buildGetMmsTable(m_regionId, sourceId, tableId), context,
                                parseMmsTable, std::move(done));
}

CallHandle MmsClient::listPartitions(const MmsPartitionQuery &q, QObject *context,
                                     Callback<Page<MmsPartition>> done) const
{
    return callParsed<Page<MmsPartition>>(*m_sender, buildListMmsPartitions(m_regionId, q), context,
                                          parseMmsPartitionPage, std::move(done));
}

CallHandle MmsClient::createJob(const CreateMmsJobParams &p, QObject *context,
                                Callback<MmsJobCreated> done) const
{
    // The job is created asynchronously, so a lookup right after a lost answer can miss a job
    // that is still being created; the retry delay gives it time, and the name must be unique.
    Lookup<MmsJobCreated> lookup = [sender = m_sender, region = m_regionId,
                                    p](const StatePtr &state, QObject *ctx,
                                       LookupDone<MmsJobCreated> found) {
        if (p.name.isEmpty()) {
            ApiError e;
            e.kind = ErrorKind::Client;
            e.code = QStringLiteral("CannotVerify");
            found(e);
            return;
        }
        MmsJobQuery q;
        q.sourceId = p.sourceId;
        q.name = p.name;
        q.pageNum = 1;
        q.pageSize = kDefaultPageSize;
        readOn<Page<MmsJob>>(state, *sender, buildListMmsJobs(region, q), ctx, parseMmsJobPage,
                             [found, name = p.name](Result<Page<MmsJob>> r) {
                                 if (!r.ok()) {
                                     found(r.error());
                                     return;
                                 }
                                 for (const MmsJob &job : r.value().items) {
                                     if (job.name == name) {
                                         MmsJobCreated c;
                                         c.jobId = job.id;
                                         c.recovered = true;
                                         found(std::optional<MmsJobCreated>(c));
                                         return;
                                     }
                                 }
                                 found(std::optional<MmsJobCreated>());
                             });
    };
    return guardedCreate<MmsJobCreated>(m_sender, buildCreateMmsJob(m_regionId, p),
                                        parseMmsJobCreated, std::move(lookup), m_createRetry,
                                        context, std::move(done));
}

CallHandle MmsClient::listJobs(const MmsJobQuery &q, QObject *context,
                               Callback<Page<MmsJob>> done) const
{
    return callParsed<Page<MmsJob>>(*m_sender, buildListMmsJobs(m_regionId, q), context,
                                    parseMmsJobPage, std::move(done));
}

CallHandle MmsClient::getJob(const MmsJobRef &job, QObject *context, Callback<MmsJob> done) const
{
    return callParsed<MmsJob>(*m_sender, buildGetMmsJob(m_regionId, job), context, parseMmsJob,
                              std::move(done));
}

CallHandle MmsClient::jobAction(MmsJobAction action, const MmsJobRef &job, QObject *context,
                                Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildMmsJobAction(m_regionId, action, job), context,
                            parseMmsAck, std::move(done));
}

CallHandle MmsClient::stopJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(MmsJobAction::Stop, job, context, std::move(done));
}

CallHandle MmsClient::startJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(MmsJobAction::Start, job, context, std::move(done));
}

CallHandle MmsClient::retryJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(MmsJobAction::Retry, job, context, std::move(done));
}

CallHandle MmsClient::deleteJob(const MmsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(MmsJobAction::Delete, job, context, std::move(done));
}

CallHandle MmsClient::listTasks(const MmsTaskQuery &q, QObject *context,
                                Callback<Page<MmsTask>> done) const
{
    return callParsed<Page<MmsTask>>(*m_sender, buildListMmsTasks(m_regionId, q), context,
                                     parseMmsTaskPage, std::move(done));
}

CallHandle MmsClient::getTask(const MmsTaskRef &task, QObject *context,
                              Callback<MmsTask> done) const
{
    return callParsed<MmsTask>(*m_sender, buildGetMmsTask(m_regionId, task), context, parseMmsTask,
                               std::move(done));
}

CallHandle MmsClient::listTaskLogs(const MmsTaskRef &task, QObject *context,
                                   Callback<QList<MmsTaskLog>> done) const
{
    return callParsed<QList<MmsTaskLog>>(*m_sender, buildListMmsTaskLogs(m_regionId, task), context,
                                         parseMmsTaskLogs, std::move(done));
}

CallHandle MmsClient::retryTask(const MmsTaskRef &task, QObject *context, Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildRetryMmsTask(m_regionId, task), context, parseMmsAck,
                            std::move(done));
}

CallHandle MmsClient::getAsyncTask(qint64 sourceId, qint64 asyncTaskId, QObject *context,
                                   Callback<MmsAsyncTask> done) const
{
    return callParsed<MmsAsyncTask>(*m_sender,
                                    buildGetMmsAsyncTask(m_regionId, sourceId, asyncTaskId),
                                    context, parseMmsAsyncTask, std::move(done));
}

CallHandle MmsClient::fetchAllDataSources(const MmsDataSourceQuery &q, QObject *context,
                                          FetchProgress progress,
                                          Callback<QList<MmsDataSource>> done) const
{
    return fetchAllPages<MmsDataSource>(pager(*this, q, &MmsClient::listDataSources), pageSizeOf(q),
                                        context, std::move(progress), std::move(done));
}

CallHandle MmsClient::fetchAllDbs(const MmsDbQuery &q, QObject *context, FetchProgress progress,
                                  Callback<QList<MmsDb>> done) const
{
    return fetchAllPages<MmsDb>(pager(*this, q, &MmsClient::listDbs), pageSizeOf(q), context,
                                std::move(progress), std::move(done));
}

CallHandle MmsClient::fetchAllTables(const MmsTableQuery &q, QObject *context,
                                     FetchProgress progress, Callback<QList<MmsTable>> done) const
{
    return fetchAllPages<MmsTable>(pager(*this, q, &MmsClient::listTables), pageSizeOf(q), context,
                                   std::move(progress), std::move(done));
}

CallHandle MmsClient::fetchAllPartitions(const MmsPartitionQuery &q, QObject *context,
                                         FetchProgress progress,
                                         Callback<QList<MmsPartition>> done) const
{
    return fetchAllPages<MmsPartition>(pager(*this, q, &MmsClient::listPartitions), pageSizeOf(q),
                                       context, std::move(progress), std::move(done));
}

CallHandle MmsClient::fetchAllJobs(const MmsJobQuery &q, QObject *context, FetchProgress progress,
                                   Callback<QList<MmsJob>> done) const
{
    return fetchAllPages<MmsJob>(pager(*this, q, &MmsClient::listJobs), pageSizeOf(q), context,
                                 std::move(progress), std::move(done));
}

CallHandle MmsClient::fetchAllTasks(const MmsTaskQuery &q, QObject *context, FetchProgress progress,
                                    Callback<QList<MmsTask>> done) const
{
    return fetchAllPages<MmsTask>(pager(*this, q, &MmsClient::listTasks), pageSizeOf(q), context,
                                  std::move(progress), std::move(done));
}

// The region picks the endpoint only; it never changes what is sent.
WireDescription describeWire(const CreateMmsJobParams &p)
{
    return describe(buildCreateMmsJob(QString(), p));
}

WireDescription describeWire(const CreateMmsFetchMetadataJobParams &p)
{
    return describe(buildCreateMmsFetchMetadataJob(QString(), p));
}

WireDescription describeWire(MmsJobAction action, const MmsJobRef &job)
{
    return describe(buildMmsJobAction(QString(), action, job));
}

WireDescription describeRetryMmsTask(const MmsTaskRef &task)
{
    return describe(buildRetryMmsTask(QString(), task));
}

} // namespace ferry::cloudapi
