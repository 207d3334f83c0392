// SPDX-License-Identifier: GPL-3.0-or-later
// SMC and STS requests and responses. SMC arrays are flattened (`JobId.1`, `DataDisk.1.Part.2.
// SizeBytes`); answers wrap lists XML-style (`ReplicationJobs.ReplicationJob[]`).
#include "cloudapi/smcwire.h"

#include "cloudapi/wirecommon.h"

namespace ferry::cloudapi::wire {

namespace {

using namespace ferry::model;

ApiRequest smcRequest(const char *action, const QString &regionId = {})
{
    // SMC has one central endpoint; the region only travels as a parameter.
    return rpcRequest(Product::Smc, action, kSmcVersion, regionId);
}

void addList(ParamList &q, const QString &prefix, const QStringList &values)
{
    if (values.isEmpty())
        return;
    json arr = json::array();
    for (const QString &v : values)
        arr.push_back(v.toStdString());
    appendFlattened(q, prefix, arr);
}

json partsJson(const QList<SmcDiskPartParams> &parts)
{
    json arr = json::array();
    for (const SmcDiskPartParams &p : parts)
        arr.push_back(
            {{"Device", p.device.toStdString()}, {"SizeBytes", p.sizeBytes}, {"Block", p.block}});
    return arr;
}

void addDisks(ParamList &q, const QList<SmcDiskPartParams> &systemParts,
              const QList<SmcDataDiskParams> &dataDisks)
{
    if (!systemParts.isEmpty())
        appendFlattened(q, QStringLiteral("SystemDiskPart"), partsJson(systemParts));
    if (!dataDisks.isEmpty()) {
        json disks = json::array();
        for (const SmcDataDiskParams &d : dataDisks) {
            json disk = {{"Index", d.index}, {"Size", d.sizeGiB}};
            if (!d.parts.isEmpty())
                disk["Part"] = partsJson(d.parts);
            disks.push_back(disk);
        }
        appendFlattened(q, QStringLiteral("DataDisk"), disks);
    }
}

void addOpt(ParamList &q, const QString &name, const std::optional<QString> &value)
{
    if (value)
        q.append({name, *value});
}

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

QList<SmcDiskPart> readParts(const Obj &wrapper, const char *inner)
{
    QList<SmcDiskPart> parts;
    wrapper.each(inner, [&](const Obj &o) {
        SmcDiskPart p;
        p.device = o.str("Device");
        p.path = o.str("Path");
        p.sizeBytes = o.i64("SizeBytes");
        p.canBlock = o.boolean("CanBlock", o.boolean("Block"));
        p.need = o.boolean("Need");
        parts.append(p);
    });
    return parts;
}

QList<SmcDataDisk> readDataDisks(const Obj &o)
{
    QList<SmcDataDisk> disks;
    o.obj("DataDisks").each("DataDisk", [&](const Obj &d) {
        SmcDataDisk disk;
        disk.index = d.i32("Index");
        disk.sizeGiB = d.i64("Size");
        disk.path = d.str("Path");
        disk.parts = readParts(d.obj("Parts"), "Part");
        disks.append(disk);
    });
    return disks;
}

QMap<QString, QString> readTags(const Obj &o)
{
    QMap<QString, QString> tags;
    o.obj("Tags").each("Tag", [&](const Obj &t) { tags.insert(t.str("Key"), t.str("Value")); });
    return tags;
}

SmcSourceServer readSource(const Obj &o)
{
    SmcSourceServer s;
    s.sourceId = o.requiredStr("SourceId");
    s.name = o.str("Name");
    s.description = o.str("Description");
    s.state = parseWire<SmcSourceState>(o.str("State"));
    s.statusInfo = o.text("StatusInfo");
    s.errorCode = o.str("ErrorCode");
    s.agentVersion = o.str("AgentVersion");
    s.platform = o.str("Platform");
    s.architecture = o.str("Architecture");
    s.kernelLevel = o.str("KernelLevel");
    s.heartbeatRateSeconds = o.optI32("HeartbeatRate");
    s.replicationDriver = o.str("ReplicationDriver");
    s.systemDiskSizeGiB = o.i64("SystemDiskSize");
    s.systemDiskParts = readParts(o.obj("SystemDiskParts"), "SystemDiskPart");
    s.dataDisks = readDataDisks(o);
    s.jobId = o.str("JobId");
    s.creationTime = o.isoTime("CreationTime");
    s.workgroupId = o.str("WorkgroupId");
    s.resourceGroupId = o.str("ResourceGroupId");
    s.tags = readTags(o);
    return s;
}

SmcReplicationJob readJob(const Obj &o)
{
    SmcReplicationJob j;
    j.jobId = o.requiredStr("JobId");
    j.name = o.str("Name");
    j.description = o.str("Description");
    j.sourceId = o.str("SourceId");
    j.regionId = o.str("RegionId");
    j.status = parseWire<SmcJobStatus>(o.str("Status"));
    j.businessStatus = parseWire<SmcBusinessStatus>(o.str("BusinessStatus"));
    j.statusInfo = o.str("StatusInfo");
    j.errorCode = o.str("ErrorCode");
    j.progress = o.num("Progress");
    j.creationTime = o.isoTime("CreationTime");
    j.startTime = o.isoTime("StartTime");
    j.endTime = o.isoTime("EndTime");
    j.scheduledStartTime = o.isoTime("ScheduledStartTime");
    j.validTime = o.isoTime("ValidTime");
    j.targetType = o.str("TargetType");
    j.imageId = o.str("ImageId");
    j.imageName = o.str("ImageName");
    j.instanceId = o.str("InstanceId");
    j.transitionInstanceId = o.str("TransitionInstanceId");
    j.instanceType = o.str("InstanceType");
    j.systemDiskSizeGiB = o.i64("SystemDiskSize");
    j.dataDisks = readDataDisks(o);
    j.netMode = o.i32("NetMode");
    j.vpcId = o.str("VpcId");
    j.vSwitchId = o.str("VSwitchId");
    j.runOnce = o.boolean("RunOnce", true);
    j.frequencyHours = o.optI32("Frequency");
    j.maxNumberOfImageToKeep = o.optI32("MaxNumberOfImageToKeep");
    j.replicationParameters = o.text("ReplicationParameters");
    j.jobType = o.optI32("JobType");
    j.licenseType = o.str("LicenseType");
    j.instanceRamRole = o.str("InstanceRamRole");
    j.resourceGroupId = o.str("ResourceGroupId");
    j.workgroupId = o.str("WorkgroupId");
    j.tags = readTags(o);
    o.obj("ReplicationJobRuns").each("ReplicationJobRun", [&](const Obj &r) {
        SmcReplicationJobRun run;
        run.startTime = r.isoTime("StartTime");
        run.endTime = r.isoTime("EndTime");
        run.imageId = r.str("ImageId");
        run.type = parseWire<SmcRunType>(r.str("Type"));
        j.runs.append(run);
    });
    return j;
}

} // namespace

ApiRequest buildDescribeSourceServers(const SmcSourceQuery &q)
{
    ApiRequest r = smcRequest("DescribeSourceServers");
    addList(r.query, QStringLiteral("SourceId"), q.sourceIds);
    add(r.query, QStringLiteral("Name"), q.name);
    add(r.query, QStringLiteral("State"), q.state);
    add(r.query, QStringLiteral("JobId"), q.jobId);
    add(r.query, QStringLiteral("WorkgroupId"), q.workgroupId);
    add(r.query, QStringLiteral("PageNumber"), q.pageNumber);
    add(r.query, QStringLiteral("PageSize"), q.pageSize);
    add(r.query, QStringLiteral("ResourceGroupId"), q.resourceGroupId);
    return r;
}

ApiRequest buildCreateReplicationJob(const CreateReplicationJobParams &p)
{
    ApiRequest r = smcRequest("CreateReplicationJob", p.regionId);
    r.retry = RetryMode::ClientToken;
    ParamList &q = r.query;
    addAlways(q, QStringLiteral("RegionId"), p.regionId);
    addAlways(q, QStringLiteral("SourceId"), p.sourceId);
    add(q, QStringLiteral("Name"), p.name);
    add(q, QStringLiteral("Description"), p.description);
    add(q, QStringLiteral("TargetType"), p.targetType);
    add(q, QStringLiteral("ImageName"), p.imageName);
    add(q, QStringLiteral("InstanceId"), p.instanceId);
    add(q, QStringLiteral("SystemDiskSize"), p.systemDiskSizeGiB);
    addDisks(q, p.systemDiskParts, p.dataDisks);
    add(q, QStringLiteral("NetMode"), p.netMode);
    add(q, QStringLiteral("VpcId"), p.vpcId);
    add(q, QStringLiteral("VSwitchId"), p.vSwitchId);
    addAlways(q, QStringLiteral("RunOnce"), boolText(p.runOnce));
    add(q, QStringLiteral("Frequency"), p.frequencyHours);
    add(q, QStringLiteral("MaxNumberOfImageToKeep"), p.maxNumberOfImageToKeep);
    add(q, QStringLiteral("ScheduledStartTime"), isoTimeText(p.scheduledStartTime));
    add(q, QStringLiteral("ValidTime"), isoTimeText(p.validTime));
    add(q, QStringLiteral("InstanceType"), p.instanceType);
    add(q, QStringLiteral("ReplicationParameters"), p.replicationParameters);
    add(q, QStringLiteral("JobType"), p.jobType);
    add(q, QStringLiteral("LicenseType"), p.licenseType);
    add(q, QStringLiteral("InstanceRamRole"), p.instanceRamRole);
    add(q, QStringLiteral("ResourceGroupId"), p.resourceGroupId);
    if (!p.tags.isEmpty()) {
        json tags = json::array();
        for (auto it = p.tags.begin(); it != p.tags.end(); ++it)
            tags.push_back({{"Key", it.key().toStdString()}, {"Value", it.value().toStdString()}});
        appendFlattened(q, QStringLiteral("Tag"), tags);
    }
    add(q, QStringLiteral("ClientToken"), p.clientToken);
    return r;
}

ApiRequest buildDescribeReplicationJobs(const SmcJobQuery &q)
{
    ApiRequest r = smcRequest("DescribeReplicationJobs", q.regionId);
    add(r.query, QStringLiteral("RegionId"), q.regionId);
    addList(r.query, QStringLiteral("JobId"), q.jobIds);
    addList(r.query, QStringLiteral("SourceId"), q.sourceIds);
    addList(r.query, QStringLiteral("InstanceId"), q.instanceIds);
    add(r.query, QStringLiteral("Name"), q.name);
    add(r.query, QStringLiteral("Status"), q.status);
    add(r.query, QStringLiteral("BusinessStatus"), q.businessStatus);
    add(r.query, QStringLiteral("JobType"), q.jobType);
    add(r.query, QStringLiteral("PageNumber"), q.pageNumber);
    add(r.query, QStringLiteral("PageSize"), q.pageSize);
    add(r.query, QStringLiteral("ResourceGroupId"), q.resourceGroupId);
    return r;
}

ApiRequest buildSmcJobAction(SmcJobAction action, const SmcJobRef &job)
{
    const char *name = action == SmcJobAction::Start  ? "StartReplicationJob"
                       : action == SmcJobAction::Stop ? "StopReplicationJob"
                                                      : "DeleteReplicationJob";
    ApiRequest r = smcRequest(name);
    r.retry = RetryMode::Never;
    addAlways(r.query, QStringLiteral("JobId"), job.jobId);
    return r;
}

ApiRequest buildModifyReplicationJobAttribute(const ModifyReplicationJobParams &p)
{
    ApiRequest r = smcRequest("ModifyReplicationJobAttribute");
    r.retry = RetryMode::Never;
    ParamList &q = r.query;
    addAlways(q, QStringLiteral("JobId"), p.jobId);
    addOpt(q, QStringLiteral("Name"), p.name);
    addOpt(q, QStringLiteral("Description"), p.description);
    addOpt(q, QStringLiteral("TargetType"), p.targetType);
    addOpt(q, QStringLiteral("ImageName"), p.imageName);
    addOpt(q, QStringLiteral("InstanceId"), p.instanceId);
    add(q, QStringLiteral("SystemDiskSize"), p.systemDiskSizeGiB);
    addDisks(q, p.systemDiskParts, p.dataDisks);
    add(q, QStringLiteral("NetMode"), p.netMode);
    addOpt(q, QStringLiteral("VpcId"), p.vpcId);
    addOpt(q, QStringLiteral("VSwitchId"), p.vSwitchId);
    add(q, QStringLiteral("Frequency"), p.frequencyHours);
    add(q, QStringLiteral("MaxNumberOfImageToKeep"), p.maxNumberOfImageToKeep);
    if (p.scheduledStartTime)
        addAlways(q, QStringLiteral("ScheduledStartTime"), isoTimeText(*p.scheduledStartTime));
    if (p.validTime)
        addAlways(q, QStringLiteral("ValidTime"), isoTimeText(*p.validTime));
    addOpt(q, QStringLiteral("InstanceType"), p.instanceType);
    addOpt(q, QStringLiteral("ReplicationParameters"), p.replicationParameters);
    addOpt(q, QStringLiteral("InstanceRamRole"), p.instanceRamRole);
    return r;
}

ApiRequest buildCutOverReplicationJob(const CutOverParams &p)
{
    ApiRequest r = smcRequest("CutOverReplicationJob");
    r.retry = RetryMode::Never;
    addAlways(r.query, QStringLiteral("JobId"), p.jobId);
    addAlways(r.query, QStringLiteral("SyncData"), boolText(p.syncData));
    return r;
}

ApiRequest buildGetCallerIdentity()
{
    // STS is called on its central endpoint: no region.
    return rpcRequest(Product::Sts, "GetCallerIdentity", kStsVersion, QString());
}

Result<Page<SmcSourceServer>> parseDescribeSourceServers(const json &body)
{
    return rpcParse<Page<SmcSourceServer>>(body, [](const Obj &top, Reader &) {
        Page<SmcSourceServer> page;
        page.total = top.i32("TotalCount");
        page.pageNum = top.i32("PageNumber", 1);
        page.pageSize = top.i32("PageSize");
        top.obj("SourceServers").each("SourceServer", [&](const Obj &o) {
            page.items.append(readSource(o));
        });
        return page;
    });
}

Result<SmcJobCreated> parseCreateReplicationJob(const json &body)
{
    return rpcParse<SmcJobCreated>(body, [](const Obj &top, Reader &reader) {
        return SmcJobCreated{reader.requestId, top.requiredStr("JobId")};
    });
}

Result<Page<SmcReplicationJob>> parseDescribeReplicationJobs(const json &body)
{
    return rpcParse<Page<SmcReplicationJob>>(body, [](const Obj &top, Reader &) {
        Page<SmcReplicationJob> page;
        page.total = top.i32("TotalCount");
        page.pageNum = top.i32("PageNumber", 1);
        page.pageSize = top.i32("PageSize");
        top.obj("ReplicationJobs").each("ReplicationJob", [&](const Obj &o) {
            page.items.append(readJob(o));
        });
        return page;
    });
}

Result<Done> parseSmcAck(const json &body)
{
    return rpcParse<Done>(body, [](const Obj &, Reader &reader) { return Done{reader.requestId}; });
}

Result<CallerIdentity> parseGetCallerIdentity(const json &body)
{
    return rpcParse<CallerIdentity>(body, [](const Obj &top, Reader &) {
        CallerIdentity id;
        id.accountId = top.requiredStr("AccountId");
        id.userId = top.str("UserId");
        id.arn = top.str("Arn");
        id.identityType = top.str("IdentityType");
        id.principalId = top.str("PrincipalId");
        id.roleId = top.str("RoleId");
        return id;
    });
}

} // namespace ferry::cloudapi::wire

namespace ferry::cloudapi {

model::SmcModifyScope ModifyReplicationJobParams::scope() const
{
    const bool other = targetType || imageName || instanceId || systemDiskSizeGiB ||
                       !systemDiskParts.isEmpty() || !dataDisks.isEmpty() || netMode || vpcId ||
                       vSwitchId || scheduledStartTime || validTime || instanceType ||
                       replicationParameters || instanceRamRole;
    if (other)
        return model::SmcModifyScope::Other;
    if (frequencyHours || maxNumberOfImageToKeep)
        return model::SmcModifyScope::Schedule;
    return model::SmcModifyScope::NameDescription;
}

} // namespace ferry::cloudapi
