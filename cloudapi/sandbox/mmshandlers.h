// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to MmsService: one function per MMS operation, plus shared rendering.

#include "cloudapi/sandbox/emulatorsupport.h"
#include "cloudapi/sandbox/mmsstate.h"

namespace ferry::sandbox::mms {

/// One routed MMS request.
struct MmsCall
{
    const ServiceRequest &request;
    VirtualTime now;
    MmsState &state;
    qint64 sourceId = 0;
    qint64 objectId = 0; ///< the second path id (scan, db, table, partition, job, task, async task)
    const DataSource *source = nullptr;
};

ServiceResponse mmsOk(const MmsCall &call, Json data);
ServiceResponse mmsFail(const MmsCall &call, const Fault &fault);
/// Reads pageNum/pageSize; `all` when both are absent and the operation returns everything then.
std::optional<Page> mmsPage(ParamReader &params, bool allowAll, qint64 total);
Json mmsPaged(Json objects, qint64 total, const Page &page);
/// A status filter given as a JSON string array (`["DONE","FAILED"]`) or a plain/comma list.
QStringList mmsStatusFilter(const QString &text);
/// `asc`/`desc` of `sorter.<field>` or of a JSON `sorter` object; empty when absent.
QString mmsSorter(const ParamReader &params, const char *field);

ServiceResponse listDataSources(MmsCall &call);
ServiceResponse getDataSource(MmsCall &call);
ServiceResponse createScan(MmsCall &call);
ServiceResponse getScan(MmsCall &call);
ServiceResponse getAsyncTask(MmsCall &call);

ServiceResponse listDbs(MmsCall &call);
ServiceResponse getDb(MmsCall &call);
ServiceResponse listTables(MmsCall &call);
ServiceResponse getTable(MmsCall &call);
ServiceResponse listPartitions(MmsCall &call);
ServiceResponse getPartition(MmsCall &call);

ServiceResponse createJob(MmsCall &call);
ServiceResponse listJobs(MmsCall &call);
ServiceResponse getJob(MmsCall &call);
ServiceResponse deleteJob(MmsCall &call);
ServiceResponse stopJob(MmsCall &call);
ServiceResponse startJob(MmsCall &call);
ServiceResponse retryJob(MmsCall &call);
ServiceResponse listTasks(MmsCall &call);
ServiceResponse getTask(MmsCall &call);
ServiceResponse listTaskLogs(MmsCall &call);
ServiceResponse retryTask(MmsCall &call);

} // namespace ferry::sandbox::mms
