// SPDX-License-Identifier: GPL-3.0-or-later
// MMS response parsers: {"requestId": ..., "data": ...} with camelCase keys.
#include "cloudapi/mmswire.h"
#include "model/sanitizer.h"

#include "cloudapi/wirecommon.h"

#include <algorithm>

namespace ferry::cloudapi::wire {

namespace {

using namespace ferry::model;

// Reads the envelope and hands the body on; `data` must be there.
template<class T, class F>
Result<T> mmsParse(const json &body, F &&readData)
{
    return guardedParse<T>([&]() -> Result<T> {
        Reader reader;
        const Obj top = Obj::root(reader, body);
        reader.requestId = top.str("requestId");
        if (reader.requestId.isEmpty())
            reader.requestId = top.str("RequestId");
        if (!reader.ok())
            return reader.error();
        if (!top.has("data")) {
            reader.fail(QStringLiteral("data"), QStringLiteral("missing"));
            return reader.error();
        }
        T value = readData(top, reader);
        return finish(reader, std::move(value));
    });
}

template<class T, class Item>
Page<T> readPage(const Obj &data, Item &&item)
{
    Page<T> page;
    page.total = data.i32("total");
    page.pageNum = data.i32("pageNum", 1);
    page.pageSize = data.i32("pageSize");
    data.each("objectList", [&](const Obj &o) { page.items.append(item(o)); });
    return page;
}

template<class T, class Item>
Result<Page<T>> parsePage(const json &body, Item &&item)
{
    return mmsParse<Page<T>>(
        body, [&](const Obj &top, Reader &) { return readPage<T>(top.obj("data"), item); });
}

template<class T, class Item>
Result<T> parseOne(const json &body, Item &&item)
{
    return mmsParse<T>(body, [&](const Obj &top, Reader &) { return item(top.obj("data")); });
}

MmsConfigItem readConfigItem(const Obj &o)
{
    MmsConfigItem c;
    c.key = o.str("key");
    c.name = o.str("name");
    c.desc = o.str("desc");
    c.group = o.str("group");
    c.type = o.str("type");
    c.subType = o.str("subType");
    c.placeHolder = o.str("placeHolder");
    c.required = o.boolean("required");
    c.enums = o.strings("enums");
    c.value = o.text("value");
    // Config items carry the secret's name in "key"/"name" and the secret in "value", which the
    // key-based JSON rule cannot see: mask password and file items and secret-named ones here.
    const bool secretType = c.type.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0 ||
                            c.type.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
    if (!c.value.isEmpty() && (secretType || model::isSecretKey(c.key.toStdString()) ||
                               model::isSecretKey(c.name.toStdString())))
        c.value = QString::fromLatin1(model::kMask.data(), qsizetype(model::kMask.size()));
    return c;
}

MmsDataSource readDataSource(const Obj &o)
{
    MmsDataSource s;
    s.id = o.requiredI64("id");
    s.name = o.str("name");
    s.type = o.str("type");
    s.region = o.str("region");
    s.networkLink = o.str("networklink");
    s.dstProject = o.str("dstProject");
    s.dstProjects = o.strings("dstProjects");
    s.status = parseWire<MmsDataSourceStatus>(o.str("status"));
    s.errMsg = o.str("errMsg");
    s.agentIsOnline = o.optBool("agentIsOnline");
    s.createTime = o.mmsTime("createTime");
    s.lastUpdateTime = o.mmsTime("lastUpdateTime");
    s.scanId = o.optI64("scanId");
    s.scanStatus = parseWire<MmsScanStatus>(o.str("scanStatus"));
    s.scanErrMsg = o.str("scanErrMsg");
    s.dbNum = o.i64("dbNum");
    s.tableNum = o.i64("tableNum");
    s.partitionNum = o.i64("partitionNum");
    s.tablesDoingNum = o.i64("tablesDoingNum");
    s.tablesDoneNum = o.i64("tablesDoneNum");
    s.tablesFailedNum = o.i64("tablesFailedNum");
    s.tablesPartDoneNum = o.i64("tablesPartDoneNum");
    s.partitionsDoingNum = o.i64("partitionsDoingNum");
    s.partitionsDoneNum = o.i64("partitionsDoneNum");
    s.partitionsFailedNum = o.i64("partitionsFailedNum");
    o.each("config", [&](const Obj &c) { s.config.append(readConfigItem(c)); });
    return s;
}

MmsScan readScan(const Obj &o)
{
    MmsScan s;
    s.id = o.requiredI64("id");
    s.sourceId = o.i64("sourceId");
    s.status = parseWire<MmsScanStatus>(o.str("status"));
    s.progressBasisPoints = std::clamp(o.i32("progress"), 0, 10000);
    s.resultText = o.text("result");
    if (!s.resultText.isEmpty()) {
        // `result` is a JSON document inside a string; a shape we do not know stays text only.
        const json inner = json::parse(s.resultText.toStdString(), nullptr, false);
        if (inner.is_object()) {
            Reader scratch;
            const Obj r(scratch, &inner, QString());
            MmsScanResult counts{r.i64("databases"), r.i64("tables"), r.i64("partitions")};
            if (scratch.ok())
                s.result = counts;
        }
    }
    s.errorMsg = o.str("errorMsg");
    s.startTime = o.mmsTime("startTime");
    s.endTime = o.mmsTime("endTime");
    return s;
}

MmsDb readDb(const Obj &o)
{
    MmsDb d;
    d.id = o.requiredI64("id");
    d.sourceId = o.i64("sourceId");
    d.sourceName = o.str("sourceName");
    d.name = o.str("name");
    d.description = o.str("description");
    d.owner = o.str("owner");
    d.location = o.str("location");
    d.dstName = o.str("dstName");
    d.dstProjectName = o.str("dstProjectName");
    d.status = parseWire<MmsObjectStatus>(o.str("status"));
    d.updated = o.boolean("updated");
    d.lastDdlTime = o.mmsTime("lastDdlTime");
    d.numRows = o.i64("numRows");
    d.size = o.i64("size");
    d.tables = o.i64("tables");
    d.tablesDoing = o.i64("tablesDoing");
    d.tablesDone = o.i64("tablesDone");
    d.tablesFailed = o.i64("tablesFailed");
    d.tablesPartDone = o.i64("tablesPartDone");
    d.partitions = o.i64("partitions");
    d.partitionsDoing = o.i64("partitionsDoing");
    d.partitionsDone = o.i64("partitionsDone");
    d.partitionsFailed = o.i64("partitionsFailed");
    d.createTime = o.mmsTime("createTime");
    d.updateTime = o.mmsTime("updateTime");
    d.deleted = o.boolean("deleted");
    return d;
}

MmsColumn readColumn(const Obj &o)
{
    MmsColumn c;
    c.name = o.str("name");
    c.type = o.str("type");
    c.comment = o.str("comment");
    c.nullable = o.boolean("nullable", true);
    c.defaultValue = o.text("defaultValue");
    return c;
}

MmsTable readTable(const Obj &o)
{
    MmsTable t;
    t.id = o.requiredI64("id");
    t.dbId = o.i64("dbId");
    t.dbName = o.str("dbName");
    t.sourceId = o.i64("sourceId");
    t.sourceName = o.str("sourceName");
    t.name = o.str("name");
    t.type = o.str("type");
    t.hasPartitions = o.boolean("hasPartitions");
    const Obj schema = o.obj("schema");
    t.schemaComment = schema.str("comment");
    schema.each("columns", [&](const Obj &c) { t.columns.append(readColumn(c)); });
    schema.each("partitions", [&](const Obj &c) { t.partitionColumns.append(readColumn(c)); });
    t.owner = o.str("owner");
    t.location = o.str("location");
    t.inputFormat = o.str("inputFormat");
    t.outputFormat = o.str("outputFormat");
    t.serde = o.str("serde");
    t.lastDdlTime = o.mmsTime("lastDdlTime");
    t.numRows = o.i64("numRows");
    t.size = o.i64("size");
    t.dstProjectName = o.str("dstProjectName");
    t.dstSchemaName = o.str("dstSchemaName");
    t.dstName = o.str("dstName");
    t.status = parseWire<MmsObjectStatus>(o.str("status"));
    t.updated = o.boolean("updated");
    t.partitions = o.i64("partitions"); // a count here; the columns are schema.partitions
    t.partitionsDoing = o.i64("partitionsDoing");
    t.partitionsDone = o.i64("partitionsDone");
    t.partitionsFailed = o.i64("partitionsFailed");
    return t;
}

MmsPartition readPartition(const Obj &o)
{
    MmsPartition p;
    p.id = o.requiredI64("id");
    p.sourceId = o.i64("sourceId");
    p.sourceName = o.str("sourceName");
    p.dbId = o.i64("dbId");
    p.dbName = o.str("dbName");
    p.tableId = o.i64("tableId");
    p.tableName = o.str("tableName");
    p.value = o.str("value");
    p.dstProjectName = o.str("dstProjectName");
    p.dstSchemaName = o.str("dstSchemaName");
    p.dstTableName = o.str("dstTableName");
    p.dstValue = o.str("dstValue");
    p.status = parseWire<MmsObjectStatus>(o.str("status"));
    p.updated = o.boolean("updated");
    p.lastDdlTime = o.mmsTime("lastDdlTime");
    p.numRows = o.i64("numRows");
    p.size = o.i64("size");
    return p;
}

MmsJobConfig readJobConfig(const Obj &o)
{
    MmsJobConfig c;
    c.taskType = o.str("taskType");
    c.tables = o.strings("tables");
    c.partitions = o.ints("partitions");
    c.tableBlackList = o.strings("tableBlackList");
    c.tableWhiteList = o.strings("tableWhiteList");
    c.partitionFilters = o.textMap("partitionFilters");
    c.tableMapping = o.textMap("tableMapping");
    c.columnMapping = o.textMap("columnMapping");
    c.schemaOnly = o.boolean("schemaOnly");
    c.increment = o.boolean("increment");
    c.enableVerification = o.boolean("enableVerification");
    c.tunnelQuota = o.str("tunnelQuota");
    c.others = o.textMap("others");
    return c;
}

MmsJob readJob(const Obj &o)
{
    MmsJob j;
    j.id = o.requiredI64("id");
    j.name = o.str("name");
    j.sourceId = o.i64("sourceId");
    j.sourceName = o.str("sourceName");
    j.dbId = o.i64("dbId");
    j.srcDbName = o.str("srcDbName");
    j.srcSchemaName = o.str("srcSchemaName");
    j.dstDbName = o.str("dstDbName");
    j.dstSchemaName = o.str("dstSchemaName");
    j.status = parseWire<MmsJobStatus>(o.str("status"));
    j.type = parseWire<MmsJobType>(o.str("type"));
    j.stopped = o.boolean("stopped");
    j.taskNum = o.i64("taskNum");
    j.taskDone = o.i64("taskDone");
    j.eta = o.str("eta");
    j.createTime = o.mmsTime("createTime");
    j.config = readJobConfig(o.obj("config"));
    return j;
}

MmsTask readTask(const Obj &o)
{
    MmsTask t;
    t.id = o.requiredI64("id");
    t.jobId = o.i64("jobId");
    t.jobName = o.str("jobName");
    t.sourceId = o.i64("sourceId");
    t.sourceName = o.str("sourceName");
    t.dbId = o.i64("dbId");
    t.tableId = o.i64("tableId");
    t.srcDbName = o.str("srcDbName");
    t.srcSchemaName = o.str("srcSchemaName");
    t.srcTableName = o.str("srcTableName");
    t.dstDbName = o.str("dstDbName");
    t.dstSchemaName = o.str("dstSchemaName");
    t.dstTableName = o.str("dstTableName");
    t.type = o.str("type");
    t.status = parseWire<MmsTaskStatus>(o.str("status"));
    t.running = o.boolean("running");
    t.stopped = o.boolean("stopped");
    t.retriedTimes = o.i32("retriedTimes");
    t.createTime = o.mmsTime("createTime");
    t.startTime = o.mmsTime("startTime");
    t.endTime = o.mmsTime("endTime");
    return t;
}

MmsTaskLog readTaskLog(const Obj &o)
{
    MmsTaskLog l;
    l.id = o.i64("id");
    l.sourceId = o.i64("sourceId");
    l.taskId = o.i64("taskId");
    l.status = parseWire<MmsTaskStatus>(o.str("status"));
    l.action = o.str("action");
    l.msg = o.str("msg");
    l.createTime = o.mmsTime("createTime");
    return l;
}

MmsAsyncTask readAsyncTask(const Obj &o)
{
    MmsAsyncTask a;
    a.id = o.requiredI64("id");
    a.sourceId = o.i64("sourceId");
    a.type = o.str("type");
    a.objectId = o.optI64("objectId");
    a.status = parseWire<MmsAsyncTaskStatus>(o.str("status"));
    a.running = o.boolean("running");
    a.progress = o.i32("progress");
    a.result = o.text("result");
    a.errorMsg = o.str("errorMsg");
    a.startTime = o.mmsTime("startTime");
    a.endTime = o.mmsTime("endTime");
    a.createTime = o.mmsTime("createTime");
    return a;
}

} // namespace

Result<Page<MmsDataSource>> parseMmsDataSourcePage(const json &body)
{
    return parsePage<MmsDataSource>(body, readDataSource);
}

Result<MmsDataSource> parseMmsDataSource(const json &body)
{
    return parseOne<MmsDataSource>(body, readDataSource);
}

Result<MmsScanCreated> parseMmsScanCreated(const json &body)
{
    return mmsParse<MmsScanCreated>(body, [](const Obj &top, Reader &reader) {
        MmsScanCreated c;
        c.requestId = reader.requestId;
        c.scanId = top.obj("data").requiredI64("scanId");
        return c;
    });
}

Result<MmsScan> parseMmsScan(const json &body)
{
    return parseOne<MmsScan>(body, readScan);
}

Result<Page<MmsDb>> parseMmsDbPage(const json &body)
{
    return parsePage<MmsDb>(body, readDb);
}

Result<MmsDb> parseMmsDb(const json &body)
{
    return parseOne<MmsDb>(body, readDb);
}

Result<Page<MmsTable>> parseMmsTablePage(const json &body)
{
    return parsePage<MmsTable>(body, readTable);
}

Result<MmsTable> parseMmsTable(const json &body)
{
    return parseOne<MmsTable>(body, readTable);
}

Result<Page<MmsPartition>> parseMmsPartitionPage(const json &body)
{
    return parsePage<MmsPartition>(body, readPartition);
}

Result<MmsJobCreated> parseMmsJobCreated(const json &body)
{
    return mmsParse<MmsJobCreated>(body, [](const Obj &top, Reader &reader) {
        MmsJobCreated c;
        c.requestId = reader.requestId;
        c.asyncTaskId = top.obj("data").requiredI64("asyncTaskId");
        return c;
    });
}

Result<Page<MmsJob>> parseMmsJobPage(const json &body)
{
    return parsePage<MmsJob>(body, readJob);
}

Result<MmsJob> parseMmsJob(const json &body)
{
    return parseOne<MmsJob>(body, readJob);
}

Result<Done> parseMmsAck(const json &body)
{
    return mmsParse<Done>(body, [](const Obj &top, Reader &reader) {
        (void)top.i64("data"); // the job id; checked for shape only
        return Done{reader.requestId};
    });
}

Result<Page<MmsTask>> parseMmsTaskPage(const json &body)
{
    return parsePage<MmsTask>(body, readTask);
}

Result<MmsTask> parseMmsTask(const json &body)
{
    return parseOne<MmsTask>(body, readTask);
}

Result<QList<MmsTaskLog>> parseMmsTaskLogs(const json &body)
{
    return mmsParse<QList<MmsTaskLog>>(body, [](const Obj &top, Reader &) {
        QList<MmsTaskLog> logs;
        top.each("data", [&](const Obj &o) { logs.append(readTaskLog(o)); });
        return logs;
    });
}

Result<MmsAsyncTask> parseMmsAsyncTask(const json &body)
{
    return parseOne<MmsAsyncTask>(body, readAsyncTask);
}

} // namespace ferry::cloudapi::wire
