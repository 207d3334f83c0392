// SPDX-License-Identifier: GPL-3.0-or-later
// DTS response parsers: PascalCase keys, numbers often sent as strings, failures sometimes
// reported in-band with Success=false.
#include "cloudapi/dtswire.h"

#include "cloudapi/wirecommon.h"

namespace ferry::cloudapi::wire {

namespace {

using namespace ferry::model;

// Reads an RPC body: checks it is an object and not an in-band failure, then hands it on.
template<class T, class F>
Result<T> rpcParse(const json &body, F &&read)
{
    return guardedParse<T>([&]() -> Result<T> {
        Reader reader;
        const Obj top = Obj::root(reader, body);
        reader.requestId = top.str("RequestId");
        if (!reader.ok())
            return reader.error();
        if (auto failure = inBandFailure(top))
            return *failure;
        T value = read(top, reader);
        return finish(reader, std::move(value));
    });
}

DtsStageProgress readStage(const Obj &o)
{
    DtsStageProgress s;
    if (!o.exists())
        return s;
    s.status = parseWire<DtsStageStatus>(o.str("Status"));
    s.percent = numberFromText(o.str("Percent"));
    s.progress = o.str("Progress");
    s.errorMessage = o.str("ErrorMessage");
    s.needUpgrade = o.boolean("NeedUpgrade");
    s.canSwitch = o.boolean("CanSwitch");
    return s;
}

DtsEndpoint readEndpoint(const Obj &o)
{
    DtsEndpoint e;
    e.instanceId = o.str("InstanceID");
    e.instanceType = o.str("InstanceType");
    e.engineName = o.str("EngineName");
    e.region = o.str("Region");
    e.ip = o.str("Ip");
    e.port = o.str("Port");
    e.databaseName = o.str("DatabaseName");
    e.userName = o.str("UserName");
    e.oracleSid = o.str("OracleSID");
    return e;
}

DtsPrecheckSummary readPrecheck(const Obj &o)
{
    DtsPrecheckSummary p;
    p.status = parseWire<DtsStageStatus>(o.str("Status"));
    p.percent = numberFromText(o.str("Percent"));
    p.errorMessage = o.str("ErrorMessage");
    o.each("Detail", [&](const Obj &d) {
        DtsPrecheckDetail item;
        item.checkItem = d.str("CheckItem");
        item.checkItemDescription = d.str("CheckItemDescription");
        item.checkResult = parseWire<DtsPrecheckItemState>(d.str("CheckResult"));
        item.failedReason = d.str("FailedReason");
        item.repairMethod = d.str("RepairMethod");
        p.details.append(item);
    });
    return p;
}

DtsMigrationMode readMode(const Obj &o)
{
    DtsMigrationMode m;
    m.structureInitialization = o.boolean("StructureInitialization");
    m.dataInitialization = o.boolean("DataInitialization");
    m.dataSynchronization = o.boolean("DataSynchronization");
    m.fullDataCheck = o.boolean("FullDataCheck");
    m.incDataCheck = o.boolean("IncDataCheck");
    m.structureDataCheck = o.boolean("StructureDataCheck");
    return m;
}

DtsPerformance readPerformance(const Obj &o)
{
    DtsPerformance p;
    p.rps = o.str("Rps");
    p.flow = o.str("Flow");
    p.rpsValue = numberFromText(p.rps);
    p.flowMBps = numberFromText(p.flow);
    return p;
}

DtsRetryState readRetry(const Obj &o)
{
    DtsRetryState r;
    r.retrying = o.boolean("Retrying");
    r.retryCount = o.i32("RetryCount");
    r.retryTimeSeconds = o.i64("RetryTime");
    r.maxRetryTimeSeconds = o.i64("MaxRetryTime");
    r.retryTarget = o.str("RetryTarget");
    r.errMessage = o.str("ErrMessage");
    return r;
}

// The fields shared by list items, details and sub-jobs. `delayUnit` is the unit of `Delay` in
// this answer (see DelayUnit).
void readJobInto(DtsJob &j, const Obj &o, std::optional<DelayUnit> delayUnit)
{
    j.dtsJobId = o.str("DtsJobId");
    j.dtsInstanceId = o.str("DtsInstanceID");
    if (j.dtsInstanceId.isEmpty())
        j.dtsInstanceId = o.str("DtsInstanceId");
    j.name = o.str("DtsJobName");
    j.jobType = parseWire<DtsJobType>(o.str("JobType"));
    j.status = parseWire<DtsJobStatus>(o.str("Status"));
    j.errorMessage = o.str("ErrorMessage");
    j.createTime = o.isoTime("CreateTime");
    j.finishTime = o.isoTime("FinishTime");
    j.expireTime = o.isoTime("ExpireTime");
    j.payType = o.str("PayType");
    j.jobClass = o.str("DtsJobClass");
    j.direction = o.str("DtsJobDirection");
    if (o.has("MigrationMode"))
        j.migrationMode = readMode(o.obj("MigrationMode"));
    if (o.has("Performance"))
        j.performance = readPerformance(o.obj("Performance"));
    if (o.has("PrecheckStatus"))
        j.precheck = readPrecheck(o.obj("PrecheckStatus"));
    const struct
    {
        const char *key;
        DtsStageProgress DtsJob::*stage;
    } stages[] = {
        {"StructureInitializationStatus", &DtsJob::structureInitialization},
        {"DataInitializationStatus", &DtsJob::dataInitialization},
        {"DataSynchronizationStatus", &DtsJob::dataSynchronization},
        {"FullDataCheckStatus", &DtsJob::fullDataCheck},
        {"IncDataCheckStatus", &DtsJob::incDataCheck},
        {"StructureDataCheckStatus", &DtsJob::structureDataCheck},
    };
    for (const auto &s : stages) {
        if (o.has(s.key))
            j.*(s.stage) = readStage(o.obj(s.key));
    }
    if (o.has("SourceEndpoint"))
        j.source = readEndpoint(o.obj("SourceEndpoint"));
    if (o.has("DestinationEndpoint"))
        j.destination = readEndpoint(o.obj("DestinationEndpoint"));
    if (const auto delay = o.optNum("Delay")) {
        DelayUnit unit = DelayUnit::Milliseconds;
        if (delayUnit)
            unit = *delayUnit;
        else if (j.jobType == DtsJobType::Sync || j.jobType == DtsJobType::Subscribe)
            unit = DelayUnit::Seconds;
        j.delay = DtsDelay::fromRaw(*delay, unit);
    }
    if (const auto checkpoint = o.optI64("Checkpoint"))
        j.checkpoint = checkpoint;
    if (o.has("RetryState"))
        j.retry = readRetry(o.obj("RetryState"));
    j.dbObject = o.text("DbObject");
    j.reserved = o.text("Reserved");
    if (o.has("ReverseJob"))
        j.reverseJobId = o.obj("ReverseJob").str("DtsJobId");
}

// A DescribeDtsJobs item: Delay is milliseconds for migration jobs, seconds for the others.
DtsJob readListedJob(const Obj &o)
{
    DtsJob j;
    readJobInto(j, o, std::nullopt);
    if (j.dtsJobId.isEmpty())
        o.reader().fail(o.path() + QStringLiteral(".DtsJobId"), QStringLiteral("missing"));
    return j;
}

DtsPrecheckItem readPrecheckItem(const Obj &o)
{
    DtsPrecheckItem i;
    i.item = o.str("Item");
    i.names = o.str("Names");
    i.jobId = o.str("JobId");
    i.id = o.str("Id");
    i.orderNum = o.i32("OrderNum");
    i.state = parseWire<DtsPrecheckItemState>(o.str("State"));
    i.errMsg = o.str("ErrMsg");
    i.errDetail = o.str("ErrDetail");
    i.repairMethod = o.str("RepairMethod");
    i.canSkip = o.boolean("CanSkip");
    i.skip = o.boolean("Skip");
    i.bootTime = o.str("BootTime");
    i.finishTime = o.str("FinishTime");
    i.current = o.i64("Current");
    i.total = o.i64("Total");
    i.delaySeconds = o.optI64("DelaySeconds");
    i.sourceSchema = o.str("SourceSchema");
    i.destSchema = o.str("DestSchema");
    i.targetNames = o.str("TargetNames");
    return i;
}

// SourceConnectionStatus / DestinationConnectionStatus are free-form maps; some answers carry
// them as a JSON string. Both read the same way: through their JSON text.
DtsEndpointConnection readConnection(const Obj &top, const char *key)
{
    DtsEndpointConnection c;
    if (!top.has(key))
        return c;
    const QString at = QString::fromLatin1(key);
    const json value = json::parse(top.text(key).toStdString(), nullptr, false);
    if (!value.is_object()) {
        top.reader().fail(at, QStringLiteral("expected an object"));
        return c;
    }
    const Obj o(top.reader(), &value, at);
    c.present = true;
    c.connected = o.boolean("connectRes");
    c.advice = o.str("connectAdvice");
    o.each("connectDetail", [&](const Obj &d) {
        c.details.append({d.str("testName").trimmed(), d.boolean("testSuccess")});
    });
    return c;
}

} // namespace

Result<DtsJobConfigured> parseConfigureDtsJob(const json &body)
{
    return rpcParse<DtsJobConfigured>(body, [](const Obj &top, Reader &reader) {
        DtsJobConfigured c;
        c.requestId = reader.requestId;
        c.dtsJobId = top.requiredStr("DtsJobId");
        c.dtsInstanceId = top.str("DtsInstanceId");
        return c;
    });
}

Result<DtsInstanceCreated> parseCreateDtsInstance(const json &body)
{
    return rpcParse<DtsInstanceCreated>(body, [](const Obj &top, Reader &reader) {
        DtsInstanceCreated c;
        c.requestId = reader.requestId;
        c.instanceId = top.requiredStr("InstanceId");
        c.jobId = top.str("JobId");
        return c;
    });
}

Result<Done> parseDtsAck(const json &body)
{
    return rpcParse<Done>(body, [](const Obj &, Reader &reader) { return Done{reader.requestId}; });
}

Result<Page<DtsJob>> parseDescribeDtsJobs(const json &body)
{
    return rpcParse<Page<DtsJob>>(body, [](const Obj &top, Reader &) {
        Page<DtsJob> page;
        page.total = top.i32("TotalRecordCount");
        page.pageNum = top.i32("PageNumber", 1);
        page.pageSize = 0; // PageRecordCount counts this page's items, not the page size
        top.each("DtsJobList", [&](const Obj &o) { page.items.append(readListedJob(o)); });
        return page;
    });
}

Result<DtsJob> parseDescribeDtsJobDetail(const json &body)
{
    return rpcParse<DtsJob>(body, [](const Obj &top, Reader &) {
        DtsJob j;
        readJobInto(j, top, DelayUnit::Milliseconds);
        // The detail lacks some stages at the top; the first sub-job carries them.
        bool first = true;
        top.each("SubSyncJob", [&](const Obj &sub) {
            if (!first)
                return;
            first = false;
            DtsJob s;
            readJobInto(s, sub, DelayUnit::Milliseconds);
            if (!top.has("Performance"))
                j.performance = s.performance;
            if (!top.has("PrecheckStatus"))
                j.precheck = s.precheck;
            if (!j.structureInitialization.isPresent())
                j.structureInitialization = s.structureInitialization;
            if (!j.dataInitialization.isPresent())
                j.dataInitialization = s.dataInitialization;
            if (!j.dataSynchronization.isPresent())
                j.dataSynchronization = s.dataSynchronization;
            if (!j.delay)
                j.delay = s.delay;
            if (j.reverseJobId.isEmpty())
                j.reverseJobId = s.reverseJobId;
        });
        if (j.dtsJobId.isEmpty())
            top.reader().fail(QStringLiteral("DtsJobId"), QStringLiteral("missing"));
        return j;
    });
}

Result<DtsPrecheckStatus> parseDescribePreCheckStatus(const json &body)
{
    return rpcParse<DtsPrecheckStatus>(body, [](const Obj &top, Reader &) {
        DtsPrecheckStatus s;
        s.jobId = top.str("JobId");
        s.jobName = top.str("JobName");
        s.state = parseWire<DtsStageStatus>(top.str("State"));
        s.errorItem = top.i32("ErrorItem");
        s.total = top.i32("Total");
        s.totalRecordCount = top.i32("TotalRecordCount");
        s.pageNumber = top.i32("PageNumber", 1);
        s.pageRecordCount = top.i32("PageRecordCount");
        top.each("JobProgress", [&](const Obj &o) { s.items.append(readPrecheckItem(o)); });
        return s;
    });
}

Result<DtsConnectionStatus> parseDescribeConnectionStatus(const json &body)
{
    return rpcParse<DtsConnectionStatus>(body, [](const Obj &top, Reader &) {
        DtsConnectionStatus s;
        s.source = readConnection(top, "SourceConnectionStatus");
        s.destination = readConnection(top, "DestinationConnectionStatus");
        return s;
    });
}

Result<DtsReverseJobCreated> parseCreateReverseDtsJob(const json &body)
{
    return rpcParse<DtsReverseJobCreated>(body, [](const Obj &top, Reader &reader) {
        DtsReverseJobCreated c;
        c.requestId = reader.requestId;
        c.dtsJobId = top.requiredStr("DtsJobId");
        c.dtsInstanceId = top.str("DtsInstanceId");
        return c;
    });
}

} // namespace ferry::cloudapi::wire
