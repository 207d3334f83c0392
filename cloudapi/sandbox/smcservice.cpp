// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/smcservice.h"

#include "cloudapi/sandbox/emulatorsupport.h"
#include "cloudapi/sandbox/smcstate.h"

#include <QRegularExpression>

namespace ferry::sandbox {

using namespace emul;
using namespace smc;

namespace {

const QString kProduct = QStringLiteral("Smc");

struct Call
{
    const ServiceRequest &request;
    VirtualTime now;
    SmcState &state;
    ParamReader params;
};

ServiceResponse ok(const Call &call, Json body = Json::object())
{
    body["RequestId"] = js(call.request.requestId);
    return {200, std::move(body)};
}

ServiceResponse fail(const Call &call, const Fault &fault)
{
    return gatewayError(call.request, kProduct, fault.status, fault.code, fault.message);
}

Json tagsJson(const std::vector<std::pair<QString, QString>> &tags)
{
    Json list = Json::array();
    for (const auto &[k, v] : tags)
        list.push_back({{"Key", js(k)}, {"Value", js(v)}});
    return {{"Tag", list}};
}

Json renderServer(const SourceServer &s)
{
    auto part = [](const Disk &d) {
        return Json{{"Device", js(d.device + QStringLiteral("1"))},
                    {"Path", js(d.path)},
                    {"SizeBytes", d.sizeGiB * 1024 * 1024 * 1024},
                    {"CanBlock", true},
                    {"Need", true}};
    };
    Json data = Json::array();
    for (const Disk &d : s.data)
        data.push_back({{"Index", d.index},
                        {"Path", js(d.path)},
                        {"Size", d.sizeGiB},
                        {"Parts", {{"Part", Json::array({part(d)})}}}});
    const Json systemInfo = {{"agent_mode", "daemon"},
                             {"agent_type", "aliyun"},
                             {"cores", std::to_string(s.cores)},
                             {"hostname", js(s.hostname)},
                             {"ipv4", js(s.ip)},
                             {"memory", js(QString::number(s.memoryGiB, 'f', 2))},
                             {"os", js(s.platform)}};
    return {{"SourceId", js(s.id)},
            {"Name", js(s.name)},
            {"Description", js(s.description)},
            {"State", js(s.state)},
            {"StatusInfo", js(s.statusInfo)},
            {"ErrorCode", js(s.errorCode)},
            {"AgentVersion", js(s.agentVersion)},
            {"Platform", js(s.platform)},
            {"Architecture", js(s.architecture)},
            {"KernelLevel", s.kernelLevel},
            {"HeartbeatRate", s.heartbeatRate},
            {"ReplicationDriver", "SMT"},
            {"SystemInfo", systemInfo.dump()},
            {"SystemDiskSize", s.system.sizeGiB},
            {"SystemDiskParts", {{"SystemDiskPart", Json::array({part(s.system)})}}},
            {"DataDisks", {{"DataDisk", data}}},
            {"JobId", js(s.jobId)},
            {"CreationTime", js(isoUtc(s.creationTime))},
            {"WorkgroupId", ""},
            {"ResourceGroupId", "rg-acfmsmcsandbox01"},
            {"Tags", {{"Tag", Json::array()}}}};
}

Json renderJob(const SmcState &state, const ReplicationJob &j, VirtualTime now)
{
    Json dataDisks = Json::array();
    for (const DataDiskSpec &d : j.dataDisks)
        dataDisks.push_back(
            {{"Index", d.index}, {"Size", d.sizeGiB}, {"Parts", {{"Part", Json::array()}}}});
    Json runs = Json::array();
    for (const JobRun &r : j.runs)
        runs.push_back({{"StartTime", js(isoUtc(r.start))},
                        {"EndTime", js(isoUtc(r.end))},
                        {"ImageId", js(r.imageId)},
                        {"Type", js(r.type)}});
    return {
        {"JobId", js(j.id)},
        {"Name", js(j.name)},
        {"Description", js(j.description)},
        {"SourceId", js(j.sourceId)},
        {"RegionId", js(j.regionId)},
        {"Status", js(j.status)},
        {"BusinessStatus", js(state.businessStatus(j))},
        {"StatusInfo", js(j.statusInfo)},
        {"ErrorCode", js(j.errorCode)},
        {"Progress", qint64(state.progress(j, now))},
        {"CreationTime", js(isoUtc(j.creationTime))},
        {"StartTime", j.startTime ? js(isoUtc(*j.startTime)) : std::string()},
        {"EndTime", j.endTime ? js(isoUtc(*j.endTime)) : std::string()},
        {"ScheduledStartTime", j.scheduledStart ? js(isoUtc(*j.scheduledStart)) : std::string()},
        {"ValidTime", j.validTime ? js(isoUtc(*j.validTime)) : std::string()},
        {"TargetType", js(j.targetType)},
        {"ImageId", js(j.latestImage)},
        {"ImageName", js(j.imageName)},
        {"InstanceId", js(j.instanceId)},
        {"TransitionInstanceId", js(j.transitionInstanceId)},
        {"InstanceType", js(j.instanceType)},
        {"SystemDiskSize", j.systemDiskSize},
        {"SystemDiskParts", {{"SystemDiskPart", Json::array()}}},
        {"DataDisks", {{"DataDisk", dataDisks}}},
        {"NetMode", j.netMode},
        {"VpcId", js(j.vpcId)},
        {"VSwitchId", js(j.vSwitchId)},
        {"RunOnce", j.runOnce},
        {"Frequency", j.frequency},
        {"MaxNumberOfImageToKeep", j.maxImages},
        {"ReplicationParameters", js(j.replicationParameters)},
        {"JobType", j.jobType},
        {"LicenseType", js(j.licenseType)},
        {"LaunchTemplateId", js(j.launchTemplateId)},
        {"LaunchTemplateVersion", js(j.launchTemplateVersion)},
        {"InstanceRamRole", js(j.instanceRamRole)},
        {"ContainerNamespace", js(j.containerNamespace)},
        {"ContainerRepository", js(j.containerRepository)},
        {"ContainerTag", js(j.containerTag)},
        {"ResourceGroupId", js(j.resourceGroupId)},
        {"WorkgroupId", ""},
        {"Tags", tagsJson(j.tags)},
        {"ReplicationJobRuns", {{"ReplicationJobRun", runs}}}};
}

std::optional<VirtualTime> timeParam(ParamReader &p, const QString &name)
{
    if (!p.has(name))
        return std::nullopt;
    const auto t = parseIsoUtc(p.text(name));
    if (!t)
        p.fail(invalidParameter(name, QStringLiteral("expected yyyy-MM-ddTHH:mm:ssZ")));
    return t;
}

/// The attributes shared by CreateReplicationJob and ModifyReplicationJobAttribute.
void readAttributes(Call &call, ReplicationJob &j, bool creating)
{
    ParamReader &p = call.params;
    static const QRegularExpression namePattern(QStringLiteral(R"(^\p{L}[\p{L}\d:_\-.]{1,127}$)"));
    for (const char *key : {"Name", "ImageName"}) {
        const QString name = QString::fromLatin1(key);
        if (!p.has(name))
            continue;
        const QString value = p.text(name);
        if (!namePattern.match(value).hasMatch() || value.startsWith(QLatin1String("http")))
            p.fail(invalidParameter(
                name, QStringLiteral("2-128 characters: letters, digits, colons, "
                                     "underscores, hyphens; starting with a letter")));
        (name == QLatin1String("Name") ? j.name : j.imageName) = value;
    }
    j.description = p.text(QStringLiteral("Description"), j.description);
    j.targetType = p.text(QStringLiteral("TargetType"), j.targetType);
    j.instanceId = p.text(QStringLiteral("InstanceId"), j.instanceId);
    j.instanceType = p.text(QStringLiteral("InstanceType"), j.instanceType);
    j.vpcId = p.text(QStringLiteral("VpcId"), j.vpcId);
    j.vSwitchId = p.text(QStringLiteral("VSwitchId"), j.vSwitchId);
    j.instanceRamRole = p.text(QStringLiteral("InstanceRamRole"), j.instanceRamRole);
    j.launchTemplateId = p.text(QStringLiteral("LaunchTemplateId"), j.launchTemplateId);
    j.launchTemplateVersion =
        p.text(QStringLiteral("LaunchTemplateVersion"), j.launchTemplateVersion);
    j.containerNamespace = p.text(QStringLiteral("ContainerNamespace"), j.containerNamespace);
    j.containerRepository = p.text(QStringLiteral("ContainerRepository"), j.containerRepository);
    j.containerTag = p.text(QStringLiteral("ContainerTag"), j.containerTag);
    j.replicationParameters =
        p.text(QStringLiteral("ReplicationParameters"), j.replicationParameters);
    j.systemDiskSize = p.integer(QStringLiteral("SystemDiskSize"), 20, 2048, j.systemDiskSize);
    j.netMode = int(p.integer(QStringLiteral("NetMode"), 0, 2, j.netMode));
    const auto frequency = p.integer(QStringLiteral("Frequency"), 1, 168);
    const auto images = p.integer(QStringLiteral("MaxNumberOfImageToKeep"), 1, 10);
    if (frequency)
        j.frequency = int(*frequency);
    if (images)
        j.maxImages = int(*images);
    if (const auto t = timeParam(p, QStringLiteral("ScheduledStartTime")))
        j.scheduledStart = t;
    if (const auto t = timeParam(p, QStringLiteral("ValidTime")))
        j.validTime = t;
    const auto disks = p.indexedObjects(QStringLiteral("DataDisk"));
    if (!disks.empty())
        j.dataDisks.clear();
    for (std::size_t i = 0; i < disks.size(); ++i) {
        const std::map<QString, QString> &d = disks[i];
        bool okIndex = false;
        bool okSize = false;
        const auto index = d.count(QStringLiteral("Index"))
                               ? d.at(QStringLiteral("Index")).toInt(&okIndex)
                               : int(i) + 1;
        const auto size =
            d.count(QStringLiteral("Size")) ? d.at(QStringLiteral("Size")).toLongLong(&okSize) : 0;
        if (!d.count(QStringLiteral("Index")))
            okIndex = true;
        if (!okIndex || index < 1 || index > 16)
            p.fail(invalidParameter(QStringLiteral("DataDisk.%1.Index").arg(i + 1),
                                    QStringLiteral("must be an integer from 1 to 16")));
        if (!okSize || size < 20 || size > 32768)
            p.fail(invalidParameter(QStringLiteral("DataDisk.%1.Size").arg(i + 1),
                                    QStringLiteral("must be an integer from 20 to 32768 (GiB)")));
        j.dataDisks.push_back({index, size});
    }
    if (!p.ok())
        return;
    const QStringList targets = {QStringLiteral("Image"), QStringLiteral("ContainerImage"),
                                 QStringLiteral("TargetInstance")};
    if (!targets.contains(j.targetType))
        p.fail(
            invalidParameter(QStringLiteral("TargetType"),
                             QStringLiteral("expected Image, ContainerImage or TargetInstance")));
    else if (j.targetType == QLatin1String("TargetInstance") &&
             !QRegularExpression(QStringLiteral("^i-[0-9a-z]{8,}$")).match(j.instanceId).hasMatch())
        p.fail(j.instanceId.isEmpty()
                   ? missingParameter(QStringLiteral("InstanceId"))
                   : invalidParameter(QStringLiteral("InstanceId"),
                                      QStringLiteral("expected an ECS instance id")));
    else if (j.targetType == QLatin1String("ContainerImage") &&
             (j.containerNamespace.isEmpty() || j.containerRepository.isEmpty() ||
              j.containerTag.isEmpty()))
        p.fail(missingParameter(
            j.containerNamespace.isEmpty()    ? QStringLiteral("ContainerNamespace")
            : j.containerRepository.isEmpty() ? QStringLiteral("ContainerRepository")
                                              : QStringLiteral("ContainerTag")));
    else if (j.targetType == QLatin1String("Image") && j.systemDiskSize == 0)
        p.fail(missingParameter(QStringLiteral("SystemDiskSize")));
    if (j.netMode == 1)
        p.fail(invalidParameter(QStringLiteral("NetMode"), QStringLiteral("expected 0 or 2")));
    if (j.netMode == 2 && j.vSwitchId.isEmpty())
        p.fail(missingParameter(QStringLiteral("VSwitchId")));
    if (!j.replicationParameters.isEmpty() &&
        !Json::parse(j.replicationParameters.toStdString(), nullptr, false).is_object())
        p.fail(invalidParameter(QStringLiteral("ReplicationParameters"),
                                QStringLiteral("expected a JSON object")));
    if (j.runOnce && (frequency || images) && !creating)
        p.fail(invalidParameter(frequency ? QStringLiteral("Frequency")
                                          : QStringLiteral("MaxNumberOfImageToKeep"),
                                QStringLiteral("the job runs once (RunOnce=true)")));
    if (j.scheduledStart && p.has(QStringLiteral("ScheduledStartTime")) &&
        (*j.scheduledStart < call.now || *j.scheduledStart > call.now + Hours(24 * 30)))
        p.fail(invalidParameter(QStringLiteral("ScheduledStartTime"),
                                QStringLiteral("must be within the next 30 days")));
    const VirtualTime created = creating ? call.now : j.creationTime;
    if (j.validTime && p.has(QStringLiteral("ValidTime")) &&
        (*j.validTime < created + Hours(24 * 7) || *j.validTime > created + Hours(24 * 90)))
        p.fail(invalidParameter(QStringLiteral("ValidTime"),
                                QStringLiteral("must be 7 to 90 days after the job was created")));
}

ServiceResponse createReplicationJob(Call &call)
{
    ParamReader &p = call.params;
    ReplicationJob j;
    j.regionId = p.required(QStringLiteral("RegionId"));
    j.sourceId = p.required(QStringLiteral("SourceId"));
    j.runOnce = p.boolean(QStringLiteral("RunOnce"), true);
    j.jobType = int(p.integer(QStringLiteral("JobType"), 0, 3, 0));
    j.licenseType = p.text(QStringLiteral("LicenseType"));
    j.resourceGroupId = p.text(QStringLiteral("ResourceGroupId"));
    const QString token = p.text(QStringLiteral("ClientToken"));
    for (const auto &tag : p.indexedObjects(QStringLiteral("Tag")))
        j.tags.emplace_back(
            tag.count(QStringLiteral("Key")) ? tag.at(QStringLiteral("Key")) : QString(),
            tag.count(QStringLiteral("Value")) ? tag.at(QStringLiteral("Value")) : QString());
    if (!p.ok())
        return fail(call, p.fault());
    readAttributes(call, j, true);
    if (!p.ok())
        return fail(call, p.fault());
    if (!j.runOnce) {
        if (!p.has(QStringLiteral("Frequency")))
            return fail(call, missingParameter(QStringLiteral("Frequency")));
        if (!p.has(QStringLiteral("MaxNumberOfImageToKeep")))
            return fail(call, missingParameter(QStringLiteral("MaxNumberOfImageToKeep")));
    }
    if (!j.licenseType.isEmpty() && j.licenseType != QLatin1String("BYOL"))
        return fail(
            call, invalidParameter(QStringLiteral("LicenseType"), QStringLiteral("expected BYOL")));
    if (token.size() > 64)
        return fail(call, invalidParameter(QStringLiteral("ClientToken"),
                                           QStringLiteral("at most 64 ASCII characters")));
    if (const SourceServer *server = call.state.server(j.sourceId);
        server && j.systemDiskSize > 0 && j.systemDiskSize < server->system.usedGiB)
        return fail(call,
                    invalidParameter(QStringLiteral("SystemDiskSize"),
                                     QStringLiteral("must be larger than the %1 GiB used on the "
                                                    "source system disk")
                                         .arg(server->system.usedGiB)));
    if (j.name.isEmpty())
        j.name = QStringLiteral("job-") + j.sourceId.mid(2, 8);
    const auto result = call.state.create(j, token, call.now);
    if (const Fault *f = std::get_if<Fault>(&result))
        return fail(call, *f);
    return ok(call, {{"JobId", js(std::get<QString>(result))}});
}

ServiceResponse modifyReplicationJobAttribute(Call &call)
{
    const QString jobId = call.params.required(QStringLiteral("JobId"));
    if (!call.params.ok())
        return fail(call, call.params.fault());
    const auto target = call.state.modifiable(jobId);
    if (const Fault *f = std::get_if<Fault>(&target))
        return fail(call, *f);
    ReplicationJob edited = *std::get<ReplicationJob *>(target);
    readAttributes(call, edited, false);
    if (!call.params.ok())
        return fail(call, call.params.fault());
    *std::get<ReplicationJob *>(target) = edited;
    return ok(call);
}

ServiceResponse jobOperation(Call &call,
                             const std::function<std::optional<Fault>(const QString &)> &op)
{
    const QString jobId = call.params.required(QStringLiteral("JobId"));
    if (!call.params.ok())
        return fail(call, call.params.fault());
    if (auto f = op(jobId))
        return fail(call, *f);
    return ok(call);
}

template<class T, class Keep>
Json page(Call &call, const std::vector<T> &items, const char *listKey, const char *itemKey,
          Keep keep, const std::function<Json(const T &)> &render, ServiceResponse *error)
{
    ParamReader &p = call.params;
    const qint64 number = p.integer(QStringLiteral("PageNumber"), 1, 2147483647, 1);
    const qint64 size = p.integer(QStringLiteral("PageSize"), 1, 50, 10);
    if (!p.ok()) {
        *error = fail(call, p.fault());
        return {};
    }
    std::vector<const T *> matching;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (keep(*it))
            matching.push_back(&*it);
    }
    Json list = Json::array();
    const Page pg{number, size};
    for (qint64 i = pg.offset(); i < qint64(matching.size()) && i < pg.offset() + pg.size; ++i)
        list.push_back(render(*matching[std::size_t(i)]));
    return {{"PageNumber", number},
            {"PageSize", size},
            {"TotalCount", qint64(matching.size())},
            {listKey, {{itemKey, list}}}};
}

ServiceResponse describeSourceServers(Call &call)
{
    ParamReader &p = call.params;
    const QStringList ids = p.indexed(QStringLiteral("SourceId"));
    const QString name = p.text(QStringLiteral("Name"));
    const QString state = p.text(QStringLiteral("State"));
    const QString jobId = p.text(QStringLiteral("JobId"));
    if (ids.size() > 50)
        return fail(call,
                    invalidParameter(QStringLiteral("SourceId"), QStringLiteral("at most 50 ids")));
    ServiceResponse error;
    const Json body = page<SourceServer>(
        call, call.state.servers(), "SourceServers", "SourceServer",
        [&](const SourceServer &s) {
            return (ids.isEmpty() || ids.contains(s.id)) &&
                   (name.isEmpty() || s.name.contains(name, Qt::CaseInsensitive)) &&
                   (state.isEmpty() || s.state == state) && (jobId.isEmpty() || s.jobId == jobId);
        },
        [](const SourceServer &s) { return renderServer(s); }, &error);
    if (body.is_null())
        return error;
    return ok(call, body);
}

ServiceResponse describeReplicationJobs(Call &call)
{
    ParamReader &p = call.params;
    const QStringList ids = p.indexed(QStringLiteral("JobId"));
    const QStringList sources = p.indexed(QStringLiteral("SourceId"));
    const QStringList instances = p.indexed(QStringLiteral("InstanceId"));
    const QString name = p.text(QStringLiteral("Name"));
    const QString status = p.text(QStringLiteral("Status"));
    const QString business = p.text(QStringLiteral("BusinessStatus"));
    const auto jobType = p.integer(QStringLiteral("JobType"), 0, 3);
    if (ids.size() > 50 || sources.size() > 50)
        return fail(call, invalidParameter(ids.size() > 50 ? QStringLiteral("JobId")
                                                           : QStringLiteral("SourceId"),
                                           QStringLiteral("at most 50 ids")));
    ServiceResponse error;
    const Json body = page<ReplicationJob>(
        call, call.state.jobs(), "ReplicationJobs", "ReplicationJob",
        [&](const ReplicationJob &j) {
            return (ids.isEmpty() || ids.contains(j.id)) &&
                   (sources.isEmpty() || sources.contains(j.sourceId)) &&
                   (instances.isEmpty() || instances.contains(j.instanceId)) &&
                   (name.isEmpty() || j.name.contains(name, Qt::CaseInsensitive)) &&
                   (status.isEmpty() || j.status == status) &&
                   (business.isEmpty() || call.state.businessStatus(j) == business) &&
                   (!jobType || j.jobType == *jobType);
        },
        [&](const ReplicationJob &j) { return renderJob(call.state, j, call.now); }, &error);
    if (body.is_null())
        return error;
    return ok(call, body);
}

} // namespace

SmcService::SmcService(const ScenarioOptions &options)
    : m_options(options)
{}

SmcService::~SmcService() = default;

ServiceResponse SmcService::handle(const ServiceRequest &request)
{
    if (!request.version.isEmpty() && request.version != version())
        return invalidVersion(request, kProduct);
    using Handler = ServiceResponse (*)(Call &);
    static const std::map<QString, Handler> handlers = {
        {QStringLiteral("DescribeSourceServers"), describeSourceServers},
        {QStringLiteral("CreateReplicationJob"), createReplicationJob},
        {QStringLiteral("DescribeReplicationJobs"), describeReplicationJobs},
        {QStringLiteral("ModifyReplicationJobAttribute"), modifyReplicationJobAttribute},
        {QStringLiteral("StartReplicationJob"),
         [](Call &c) {
             return jobOperation(c, [&c](const QString &id) { return c.state.start(id, c.now); });
         }},
        {QStringLiteral("StopReplicationJob"),
         [](Call &c) {
             return jobOperation(c, [&c](const QString &id) { return c.state.stop(id, c.now); });
         }},
        {QStringLiteral("DeleteReplicationJob"),
         [](Call &c) {
             return jobOperation(c, [&c](const QString &id) { return c.state.remove(id); });
         }},
        {QStringLiteral("CutOverReplicationJob"),
         [](Call &c) {
             const bool sync = c.params.boolean(QStringLiteral("SyncData"), false);
             return jobOperation(
                 c, [&c, sync](const QString &id) { return c.state.cutOver(id, sync, c.now); });
         }},
    };
    const auto it = handlers.find(request.action);
    if (it == handlers.end())
        return actionNotFound(request, kProduct);
    const VirtualTime now = effectiveNow(request.now, m_anchor, m_lastSeen);
    if (!m_state)
        m_state = std::make_unique<SmcState>(m_options, *m_anchor);
    m_state->advance(now);
    Call call{request, now, *m_state, ParamReader(request.params)};
    ServiceResponse response = it->second(call);
    m_state->advance(now);
    return response;
}

} // namespace ferry::sandbox
