// SPDX-License-Identifier: GPL-3.0-or-later
// MMS request builders. Parameter names and casing follow the 2022-01-04 API exactly.
#include "cloudapi/mmswire.h"

#include "cloudapi/wirecommon.h"

namespace ferry::cloudapi::wire {

namespace {

using ojson = nlohmann::ordered_json;

QString seg(qint64 id)
{
    return encodePathSegment(QString::number(id));
}

QString sourcePath(qint64 sourceId)
{
    return QStringLiteral("/api/v1/mms/datasources/") + seg(sourceId);
}

QString sortText(SortOrder order)
{
    return order == SortOrder::Ascending ? QStringLiteral("asc") : QStringLiteral("desc");
}

void addSort(ParamList &params, const QString &name, std::optional<SortOrder> order)
{
    if (order)
        params.append({name, sortText(*order)});
}

ApiRequest mmsGet(const char *action, const QString &path, const QString &regionId)
{
    return roaRequest(Product::MaxCompute, action, kMmsVersion, "GET", path, regionId);
}

ApiRequest mmsPost(const char *action, const QString &path, const QString &regionId)
{
    return roaRequest(Product::MaxCompute, action, kMmsVersion, "POST", path, regionId);
}

void setJsonBody(ApiRequest &r, const ojson &body)
{
    r.bodyKind = BodyKind::Json;
    r.json = QByteArray::fromStdString(body.dump(-1, ' ', false, ojson::error_handler_t::replace));
}

ojson stringArray(const QStringList &values)
{
    ojson arr = ojson::array();
    for (const QString &v : values)
        arr.push_back(v.toStdString());
    return arr;
}

ojson stringMap(const QMap<QString, QString> &map)
{
    ojson obj = ojson::object();
    for (auto it = map.begin(); it != map.end(); ++it)
        obj[it.key().toStdString()] = it.value().toStdString();
    return obj;
}

void putString(ojson &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body[key] = value.toStdString();
}

void putList(ojson &body, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        body[key] = stringArray(values);
}

void putMap(ojson &body, const char *key, const QMap<QString, QString> &map)
{
    if (!map.isEmpty())
        body[key] = stringMap(map);
}

void putBool(ojson &body, const char *key, std::optional<bool> value)
{
    if (value)
        body[key] = *value;
}

void addPaging(ParamList &q, std::optional<int> pageNum, std::optional<int> pageSize)
{
    add(q, QStringLiteral("pageNum"), pageNum);
    add(q, QStringLiteral("pageSize"), pageSize);
}

} // namespace

ApiRequest buildListMmsDataSources(const QString &regionId, const MmsDataSourceQuery &q)
{
    ApiRequest r =
        mmsGet("ListMmsDataSources", QStringLiteral("/api/v1/mms/datasources"), regionId);
    add(r.query, QStringLiteral("name"), q.name);
    add(r.query, QStringLiteral("type"), q.type);
    add(r.query, QStringLiteral("region"), q.region);
    addPaging(r.query, q.pageNum, q.pageSize);
    return r;
}

ApiRequest buildGetMmsDataSource(const QString &regionId, qint64 sourceId,
                                 std::optional<bool> withConfig, const QString &lang)
{
    ApiRequest r = mmsGet("GetMmsDataSource", sourcePath(sourceId), regionId);
    add(r.query, QStringLiteral("withConfig"), withConfig);
    add(r.query, QStringLiteral("lang"), lang);
    return r;
}

ApiRequest buildCreateMmsFetchMetadataJob(const QString &regionId,
                                          const CreateMmsFetchMetadataJobParams &p)
{
    ApiRequest r = mmsPost("CreateMmsFetchMetadataJob",
                           sourcePath(p.sourceId) + QStringLiteral("/scans"), regionId);
    ojson body = ojson::object();
    putString(body, "dbName", p.dbName);
    putList(body, "tableNames", p.tableNames);
    setJsonBody(r, body);
    return r;
}

ApiRequest buildGetMmsFetchMetadataJob(const QString &regionId, qint64 sourceId, qint64 scanId)
{
    return mmsGet("GetMmsFetchMetadataJob",
                  sourcePath(sourceId) + QStringLiteral("/scans/") + seg(scanId), regionId);
}

ApiRequest buildListMmsDbs(const QString &regionId, const MmsDbQuery &q)
{
    ApiRequest r = mmsGet("ListMmsDbs", sourcePath(q.sourceId) + QStringLiteral("/dbs"), regionId);
    add(r.query, QStringLiteral("name"), q.name);
    add(r.query, QStringLiteral("status"), q.status);
    addPaging(r.query, q.pageNum, q.pageSize);
    // ListMmsDbs takes its sorter as one JSON string, unlike the flattened sorter of tables.
    ojson sorter = ojson::object();
    if (q.sortByNumRows)
        sorter["numRows"] = sortText(*q.sortByNumRows).toStdString();
    if (q.sortBySize)
        sorter["size"] = sortText(*q.sortBySize).toStdString();
    if (q.sortByUpdateTime)
        sorter["updateTime"] = sortText(*q.sortByUpdateTime).toStdString();
    if (!sorter.empty())
        r.query.append({QStringLiteral("sorter"), QString::fromStdString(sorter.dump())});
    return r;
}

ApiRequest buildGetMmsDb(const QString &regionId, qint64 sourceId, qint64 dbId)
{
    return mmsGet("GetMmsDb", sourcePath(sourceId) + QStringLiteral("/dbs/") + seg(dbId), regionId);
}

ApiRequest buildListMmsTables(const QString &regionId, const MmsTableQuery &q)
{
    ApiRequest r =
        mmsGet("ListMmsTables", sourcePath(q.sourceId) + QStringLiteral("/tables"), regionId);
    add(r.query, QStringLiteral("dbId"), q.dbId);
    add(r.query, QStringLiteral("dbName"), q.dbName);
    add(r.query, QStringLiteral("name"), q.name);
    add(r.query, QStringLiteral("type"), q.type);
    add(r.query, QStringLiteral("hasPartitions"), q.hasPartitions);
    add(r.query, QStringLiteral("onlyName"), q.onlyName);
    add(r.query, QStringLiteral("dstName"), q.dstName);
    add(r.query, QStringLiteral("dstProjectName"), q.dstProjectName);
    add(r.query, QStringLiteral("dstSchemaName"), q.dstSchemaName);
    add(r.query, QStringLiteral("lastDdlTimeStart"), mmsTimeText(q.lastDdlTimeStart));
    add(r.query, QStringLiteral("lastDdlTimeEnd"), mmsTimeText(q.lastDdlTimeEnd));
    addPaging(r.query, q.pageNum, q.pageSize);
    if (!q.status.isEmpty())
        r.query.append({QStringLiteral("status"), jsonStringArray(q.status)});
    addSort(r.query, QStringLiteral("sorter.numRows"), q.sortByNumRows);
    addSort(r.query, QStringLiteral("sorter.size"), q.sortBySize);
    addSort(r.query, QStringLiteral("sorter.lastDdlTime"), q.sortByLastDdlTime);
    return r;
}

ApiRequest buildGetMmsTable(const QString &regionId, qint64 sourceId, qint64 tableId)
{
    return mmsGet("GetMmsTable", sourcePath(sourceId) + QStringLiteral("/tables/") + seg(tableId),
                  regionId);
}

ApiRequest buildListMmsPartitions(const QString &regionId, const MmsPartitionQuery &q)
{
    ApiRequest r = mmsGet("ListMmsPartitions",
                          sourcePath(q.sourceId) + QStringLiteral("/partitions"), regionId);
    add(r.query, QStringLiteral("dbId"), q.dbId);
    add(r.query, QStringLiteral("dbName"), q.dbName);
    add(r.query, QStringLiteral("tableId"), q.tableId);
    add(r.query, QStringLiteral("tableName"), q.tableName);
    add(r.query, QStringLiteral("value"), q.value);
    add(r.query, QStringLiteral("updated"), q.updated);
    add(r.query, QStringLiteral("lastDdlTimeStart"), mmsTimeText(q.lastDdlTimeStart));
    add(r.query, QStringLiteral("lastDdlTimeEnd"), mmsTimeText(q.lastDdlTimeEnd));
    addPaging(r.query, q.pageNum, q.pageSize);
    if (!q.status.isEmpty())
        r.query.append({QStringLiteral("status"), jsonStringArray(q.status)});
    addSort(r.query, QStringLiteral("sorter.lastDdlTime"), q.sortByLastDdlTime);
    addSort(r.query, QStringLiteral("sorter.numRows"), q.sortByNumRows);
    addSort(r.query, QStringLiteral("sorter.size"), q.sortBySize);
    return r;
}

ApiRequest buildCreateMmsJob(const QString &regionId, const CreateMmsJobParams &p)
{
    ApiRequest r =
        mmsPost("CreateMmsJob", sourcePath(p.sourceId) + QStringLiteral("/jobs"), regionId);
    ojson body = ojson::object();
    body["sourceId"] = p.sourceId;
    putString(body, "name", p.name);
    putString(body, "sourceName", p.sourceName);
    putString(body, "srcDbName", p.srcDbName);
    putString(body, "srcSchemaName", p.srcSchemaName);
    putString(body, "dstDbName", p.dstDbName);
    putString(body, "dstSchemaName", p.dstSchemaName);
    putString(body, "taskType", p.taskType);
    putList(body, "tables", p.tables);
    if (!p.partitions.isEmpty()) {
        ojson ids = ojson::array();
        for (const qint64 id : p.partitions)
            ids.push_back(id);
        body["partitions"] = ids;
    }
    putList(body, "tableBlackList", p.tableBlackList);
    putList(body, "tableWhiteList", p.tableWhiteList);
    putMap(body, "partitionFilters", p.partitionFilters);
    putMap(body, "tableMapping", p.tableMapping);
    putMap(body, "columnMapping", p.columnMapping);
    putBool(body, "schemaOnly", p.schemaOnly);
    putBool(body, "enableSchemaMigration", p.enableSchemaMigration);
    putBool(body, "enableDataMigration", p.enableDataMigration);
    putBool(body, "enableVerification", p.enableVerification);
    putBool(body, "increment", p.increment);
    putString(body, "eta", p.eta);
    putMap(body, "others", p.others);
    setJsonBody(r, body);
    return r;
}

ApiRequest buildListMmsJobs(const QString &regionId, const MmsJobQuery &q)
{
    ApiRequest r =
        mmsGet("ListMmsJobs", sourcePath(q.sourceId) + QStringLiteral("/jobs"), regionId);
    add(r.query, QStringLiteral("name"), q.name);
    add(r.query, QStringLiteral("srcDbName"), q.srcDbName);
    add(r.query, QStringLiteral("srcTableName"), q.srcTableName);
    add(r.query, QStringLiteral("dstDbName"), q.dstDbName);
    add(r.query, QStringLiteral("dstTableName"), q.dstTableName);
    add(r.query, QStringLiteral("status"), q.status);
    // The SDK types `stopped` as a number, but the documentation's example sends false.
    add(r.query, QStringLiteral("stopped"), q.stopped);
    add(r.query, QStringLiteral("timerId"), q.timerId);
    addPaging(r.query, q.pageNum, q.pageSize);
    addSort(r.query, QStringLiteral("sorter.status"), q.sortByStatus);
    return r;
}

ApiRequest buildGetMmsJob(const QString &regionId, const MmsJobRef &job)
{
    return mmsGet("GetMmsJob", sourcePath(job.sourceId) + QStringLiteral("/jobs/") + seg(job.jobId),
                  regionId);
}

ApiRequest buildMmsJobAction(const QString &regionId, MmsJobAction action, const MmsJobRef &job)
{
    const QString jobPath = sourcePath(job.sourceId) + QStringLiteral("/jobs/") + seg(job.jobId);
    switch (action) {
    case MmsJobAction::Stop:
        return mmsPost("StopMmsJob", jobPath + QStringLiteral("/stop"), regionId);
    case MmsJobAction::Start:
        return mmsPost("StartMmsJob", jobPath + QStringLiteral("/start"), regionId);
    case MmsJobAction::Retry:
        return mmsPost("RetryMmsJob", jobPath + QStringLiteral("/retry"), regionId);
    case MmsJobAction::Delete:
        // DeleteMmsJob is a POST to the job itself, not a DELETE.
        return mmsPost("DeleteMmsJob", jobPath, regionId);
    }
    return mmsPost("StopMmsJob", jobPath + QStringLiteral("/stop"), regionId);
}

ApiRequest buildListMmsTasks(const QString &regionId, const MmsTaskQuery &q)
{
    ApiRequest r =
        mmsGet("ListMmsTasks", sourcePath(q.sourceId) + QStringLiteral("/tasks"), regionId);
    add(r.query, QStringLiteral("jobId"), q.jobId);
    add(r.query, QStringLiteral("jobName"), q.jobName);
    add(r.query, QStringLiteral("srcDbName"), q.srcDbName);
    add(r.query, QStringLiteral("srcTableName"), q.srcTableName);
    add(r.query, QStringLiteral("dstDbName"), q.dstDbName);
    add(r.query, QStringLiteral("dstTableName"), q.dstTableName);
    add(r.query, QStringLiteral("status"), q.status);
    add(r.query, QStringLiteral("partition"), q.partition);
    addPaging(r.query, q.pageNum, q.pageSize);
    addSort(r.query, QStringLiteral("sorter.startTime"), q.sortByStartTime);
    addSort(r.query, QStringLiteral("sorter.status"), q.sortByStatus);
    return r;
}

ApiRequest buildGetMmsTask(const QString &regionId, const MmsTaskRef &task)
{
    return mmsGet("GetMmsTask",
                  sourcePath(task.sourceId) + QStringLiteral("/tasks/") + seg(task.taskId),
                  regionId);
}

ApiRequest buildListMmsTaskLogs(const QString &regionId, const MmsTaskRef &task)
{
    return mmsGet("ListMmsTaskLogs",
                  sourcePath(task.sourceId) + QStringLiteral("/tasks/") + seg(task.taskId) +
                      QStringLiteral("/logs"),
                  regionId);
}

ApiRequest buildRetryMmsTask(const QString &regionId, const MmsTaskRef &task)
{
    return mmsPost("RetryMmsTask",
                   sourcePath(task.sourceId) + QStringLiteral("/tasks/") + seg(task.taskId) +
                       QStringLiteral("/retry"),
                   regionId);
}

ApiRequest buildGetMmsAsyncTask(const QString &regionId, qint64 sourceId, qint64 asyncTaskId)
{
    return mmsGet("GetMmsAsyncTask",
                  sourcePath(sourceId) + QStringLiteral("/asyncTasks/") + seg(asyncTaskId),
                  regionId);
}

} // namespace ferry::cloudapi::wire
