// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/dtsservice.h"

#include "cloudapi/sandbox/dtsrender.h"
#include "cloudapi/sandbox/emulatorsupport.h"

#include <algorithm>

namespace ferry::sandbox {

using namespace emul;
using namespace dts;

namespace {

const QString kProduct = QStringLiteral("Dts");

struct Call
{
    const ServiceRequest &request;
    VirtualTime now;
    DtsState &state;
    ParamReader params;
};

ServiceResponse ok(const Call &call, Json body)
{
    body["RequestId"] = js(call.request.requestId);
    return {200, std::move(body)};
}

ServiceResponse fail(const Call &call, const Fault &fault)
{
    // DTS documents the template with the parameter name in DynamicMessage; Message carries the
    // whole sentence for people
    const QString errMessage = fault.code == QLatin1String("InvalidParameter")
                                   ? QStringLiteral("The Value of Input Parameter %s is not valid.")
                                   : fault.message;
    return {fault.status, Json{{"RequestId", js(call.request.requestId)},
                               {"Success", false},
                               {"ErrCode", js(fault.code)},
                               {"ErrMessage", js(errMessage)},
                               {"DynamicCode", ""},
                               {"DynamicMessage", js(fault.parameter)},
                               {"HttpStatusCode", fault.status},
                               {"Code", js(fault.code)},
                               {"Message", js(fault.message)}}};
}

Endpoint readEndpoint(ParamReader &p, const QString &side, const QString &databaseKey)
{
    Endpoint e;
    e.instanceType = p.required(side + QStringLiteral("InstanceType"));
    e.engine = p.text(side + QStringLiteral("EngineName"), QStringLiteral("MySQL"));
    e.region = p.text(side + QStringLiteral("Region"), QStringLiteral("cn-hangzhou"));
    e.instanceId = p.text(side + QStringLiteral("InstanceID"));
    e.ip = p.text(side + QStringLiteral("IP"));
    e.user = p.text(side + QStringLiteral("UserName"));
    e.password = p.text(side + QStringLiteral("Password"));
    e.database = p.text(databaseKey);
    e.oracleSid = p.text(side + QStringLiteral("OracleSID"));
    if (const auto port = p.integer(side + QStringLiteral("Port"), 1, 65535))
        e.port = QString::number(*port);
    if (!p.ok())
        return e;
    const QString type = e.instanceType.toUpper();
    if (type == QLatin1String("RDS") || type == QLatin1String("POLARDB") ||
        type == QLatin1String("ECS")) {
        if (e.instanceId.isEmpty())
            p.fail(missingParameter(side + QStringLiteral("InstanceID")));
        if (type == QLatin1String("ECS") && e.port.isEmpty())
            p.fail(missingParameter(side + QStringLiteral("Port")));
    } else {
        if (e.ip.isEmpty())
            p.fail(missingParameter(side + QStringLiteral("IP")));
        if (e.port.isEmpty())
            p.fail(missingParameter(side + QStringLiteral("Port")));
    }
    if (e.port.isEmpty())
        e.port = QStringLiteral("3306");
    return e;
}

ServiceResponse configureDtsJob(Call &call)
{
    ParamReader &p = call.params;
    DtsState::Configure c;
    c.name = p.required(QStringLiteral("DtsJobName"));
    c.jobType = p.required(QStringLiteral("JobType")).toUpper();
    const auto structure = p.boolean(QStringLiteral("StructureInitialization"));
    const auto full = p.boolean(QStringLiteral("DataInitialization"));
    const auto incremental = p.boolean(QStringLiteral("DataSynchronization"));
    for (const char *name :
         {"StructureInitialization", "DataInitialization", "DataSynchronization"})
        p.required(QString::fromLatin1(name));
    c.dbList = p.required(QStringLiteral("DbList"));
    c.src = readEndpoint(p, QStringLiteral("SourceEndpoint"),
                         QStringLiteral("SourceEndpointDatabaseName"));
    c.dst = readEndpoint(p, QStringLiteral("DestinationEndpoint"),
                         QStringLiteral("DestinationEndpointDataBaseName"));
    c.jobId = p.text(QStringLiteral("DtsJobId"));
    c.instanceId = p.text(QStringLiteral("DtsInstanceId"));
    c.region = p.text(QStringLiteral("RegionId"));
    c.reserve = p.text(QStringLiteral("Reserve"));
    p.integer(QStringLiteral("Checkpoint"), 0, std::numeric_limits<qint64>::max());
    if (!p.ok())
        return fail(call, p.fault());
    if (c.jobType != QLatin1String("MIGRATION") && c.jobType != QLatin1String("SYNC"))
        return fail(call, invalidParameter(QStringLiteral("JobType"),
                                           QStringLiteral("expected MIGRATION or SYNC")));
    c.structureInit = *structure;
    c.dataInit = *full;
    c.dataSync = *incremental;
    if (!c.structureInit && !c.dataInit && !c.dataSync)
        return fail(call, invalidParameter(QStringLiteral("DataSynchronization"),
                                           QStringLiteral("no migration module is enabled")));
    const Json dbList = Json::parse(c.dbList.toStdString(), nullptr, false);
    if (!dbList.is_object() || dbList.empty())
        return fail(call, invalidParameter(QStringLiteral("DbList"),
                                           QStringLiteral("expected a JSON object of databases")));
    if (!c.reserve.isEmpty()) {
        const Json reserve = Json::parse(c.reserve.toStdString(), nullptr, false);
        if (!reserve.is_object())
            return fail(call, invalidParameter(QStringLiteral("Reserve"),
                                               QStringLiteral("expected a JSON object")));
        const auto it = reserve.find("autoStartModulesAfterConfig");
        if (it != reserve.end() && it->is_string() && it->get<std::string>() == "none")
            c.autoStart = false;
    }
    const auto result = call.state.configure(c, call.now);
    if (const Fault *f = std::get_if<Fault>(&result))
        return fail(call, *f);
    const DtsJob *job = std::get<const DtsJob *>(result);
    return ok(call, {{"Success", "true"},
                     {"HttpStatusCode", "200"},
                     {"ErrCode", ""},
                     {"ErrMessage", ""},
                     {"DtsJobId", js(job->id)},
                     {"DtsInstanceId", js(job->hasInstance ? job->instanceId : QString())}});
}

ServiceResponse createDtsInstance(Call &call)
{
    ParamReader &p = call.params;
    DtsState::Purchase r;
    r.payType = p.required(QStringLiteral("PayType"));
    r.jobId = p.text(QStringLiteral("JobId"));
    r.type = p.text(QStringLiteral("Type")).toUpper();
    r.instanceClass = p.text(QStringLiteral("InstanceClass")).toLower();
    r.region = p.text(QStringLiteral("RegionId"));
    r.autoStart = p.boolean(QStringLiteral("AutoStart"), false);
    p.boolean(QStringLiteral("AutoPay"));
    p.integer(QStringLiteral("UsedTime"), 1, 120);
    p.integer(QStringLiteral("Quantity"), 1, 1);
    p.integer(QStringLiteral("DatabaseCount"), 1, 1000);
    if (!p.ok())
        return fail(call, p.fault());
    if (r.payType != QLatin1String("PrePaid") && r.payType != QLatin1String("PostPaid"))
        return fail(call, invalidParameter(QStringLiteral("PayType"),
                                           QStringLiteral("expected PrePaid or PostPaid")));
    if (!r.type.isEmpty() && r.type != QLatin1String("MIGRATION") &&
        r.type != QLatin1String("SYNC"))
        return fail(call, invalidParameter(QStringLiteral("Type"),
                                           QStringLiteral("expected MIGRATION or SYNC (change "
                                                          "tracking is not emulated)")));
    const QStringList classes = {QStringLiteral("xxlarge"), QStringLiteral("xlarge"),
                                 QStringLiteral("large"),   QStringLiteral("medium"),
                                 QStringLiteral("small"),   QStringLiteral("micro")};
    if (!r.instanceClass.isEmpty() && !classes.contains(r.instanceClass))
        return fail(
            call,
            invalidParameter(
                QStringLiteral("InstanceClass"),
                QStringLiteral("expected one of %1").arg(classes.join(QStringLiteral(", ")))));
    if (r.payType == QLatin1String("PrePaid") && !p.has(QStringLiteral("Period")))
        return fail(call, missingParameter(QStringLiteral("Period")));
    const auto result = call.state.createInstance(r, call.now);
    if (const Fault *f = std::get_if<Fault>(&result))
        return fail(call, *f);
    const DtsJob *job = std::get<const DtsJob *>(result);
    return ok(call, {{"Success", "true"},
                     {"ErrCode", ""},
                     {"ErrMessage", ""},
                     {"InstanceId", js(job->instanceId)},
                     {"JobId", js(job->id)}});
}

/// The job an operation names by DtsJobId or DtsInstanceId (+ SynchronizationDirection).
std::variant<QString, Fault> targetJob(Call &call, const char *instanceKey)
{
    ParamReader &p = call.params;
    QString id = p.text(QStringLiteral("DtsJobId"));
    const QString instance = p.text(QString::fromLatin1(instanceKey));
    const QString direction =
        p.text(QStringLiteral("SynchronizationDirection"), QStringLiteral("Forward"));
    if (direction != QLatin1String("Forward") && direction != QLatin1String("Reverse"))
        return invalidParameter(QStringLiteral("SynchronizationDirection"),
                                QStringLiteral("expected Forward or Reverse"));
    if (id.isEmpty() && instance.isEmpty())
        return missingParameter(QStringLiteral("DtsJobId"));
    if (id.isEmpty()) {
        const DtsJob *job = call.state.jobByInstance(instance);
        if (!job)
            return Fault{
                404, QStringLiteral("InvalidDtsInstanceId.NotFound"),
                QStringLiteral("The specified DTS instance %1 does not exist.").arg(instance),
                instance};
        id = job->id;
    }
    if (direction == QLatin1String("Reverse")) {
        const DtsJob *job = call.state.job(id);
        if (!job)
            return Fault{404, QStringLiteral("InvalidDtsJobId.NotFound"),
                         QStringLiteral("The specified DTS job %1 does not exist.").arg(id), id};
        if (job->reverseId.isEmpty())
            return invalidParameter(QStringLiteral("SynchronizationDirection"),
                                    QStringLiteral("the job %1 has no reverse task").arg(id));
        id = job->reverseId;
    }
    return id;
}

ServiceResponse lifecycle(Call &call,
                          std::optional<Fault> (DtsState::*operation)(const QString &, VirtualTime))
{
    const auto target = targetJob(call, "DtsInstanceId");
    if (const Fault *f = std::get_if<Fault>(&target))
        return fail(call, *f);
    if (auto f = (call.state.*operation)(std::get<QString>(target), call.now))
        return fail(call, *f);
    return ok(call, {{"Success", true}, {"HttpStatusCode", 200}});
}

ServiceResponse describeDtsJobs(Call &call)
{
    ParamReader &p = call.params;
    const QString jobType =
        p.text(QStringLiteral("JobType"), QStringLiteral("MIGRATION")).toUpper();
    const qint64 pageNumber = p.integer(QStringLiteral("PageNumber"), 1, 2147483647, 1);
    const qint64 pageSize = p.integer(QStringLiteral("PageSize"), 1, 100, 20);
    const QString type = p.text(QStringLiteral("Type"));
    const QString query = p.text(QStringLiteral("Params"));
    const QString status = p.text(QStringLiteral("Status"));
    const QStringList ids = p.commaList(QStringLiteral("DtsJobId"));
    const QStringList instances = p.commaList(QStringLiteral("DtsInstanceId"));
    const QString orderColumn = p.text(QStringLiteral("OrderColumn"), QStringLiteral("CreateTime"));
    const QString orderDirection =
        p.text(QStringLiteral("OrderDirection"), QStringLiteral("ASC")).toUpper();
    const bool withoutDbList = p.boolean(QStringLiteral("WithoutDbList"), false);
    if (!p.ok())
        return fail(call, p.fault());
    if (jobType != QLatin1String("MIGRATION") && jobType != QLatin1String("SYNC") &&
        jobType != QLatin1String("SUBSCRIBE"))
        return fail(call,
                    invalidParameter(QStringLiteral("JobType"),
                                     QStringLiteral("expected MIGRATION, SYNC or SUBSCRIBE")));
    if (orderDirection != QLatin1String("ASC") && orderDirection != QLatin1String("DESC"))
        return fail(call, invalidParameter(QStringLiteral("OrderDirection"),
                                           QStringLiteral("expected ASC or DESC")));

    std::vector<const DtsJob *> matching;
    for (const DtsJob &job : call.state.jobs()) {
        if (job.jobType != jobType)
            continue;
        if (!status.isEmpty() && job.status().compare(status, Qt::CaseInsensitive) != 0)
            continue;
        if (!ids.isEmpty() && !ids.contains(job.id))
            continue;
        if (!instances.isEmpty() && !instances.contains(job.instanceId))
            continue;
        if (!query.isEmpty()) {
            if (type == QLatin1String("name") && !job.name.contains(query, Qt::CaseInsensitive))
                continue;
            if (type == QLatin1String("instance") && job.instanceId != query && job.id != query)
                continue;
            if (type == QLatin1String("srcRds") && job.src.instanceId != query)
                continue;
            if (type == QLatin1String("rds") && job.dst.instanceId != query)
                continue;
        }
        matching.push_back(&job);
    }
    const bool byFinish = orderColumn == QLatin1String("FinishTime");
    std::stable_sort(matching.begin(), matching.end(), [&](const DtsJob *a, const DtsJob *b) {
        const VirtualTime x = byFinish ? a->finishTime.value_or(VirtualTime::max()) : a->createTime;
        const VirtualTime y = byFinish ? b->finishTime.value_or(VirtualTime::max()) : b->createTime;
        return orderDirection == QLatin1String("DESC") ? y < x : x < y;
    });
    Json list = Json::array();
    const Page page{pageNumber, pageSize};
    for (qint64 i = page.offset(); i < qint64(matching.size()) && i < page.offset() + page.size;
         ++i)
        list.push_back(
            renderListJob(call.state, *matching[std::size_t(i)], call.now, !withoutDbList));
    return ok(call, {{"Success", true},
                     {"HttpStatusCode", 200},
                     {"PageNumber", pageNumber},
                     {"PageRecordCount", pageSize},
                     {"TotalRecordCount", qint64(matching.size())},
                     {"DtsJobList", list},
                     {"EtlDemoList", Json::array()}});
}

ServiceResponse describeDtsJobDetail(Call &call)
{
    const auto target = targetJob(call, "DtsInstanceID");
    if (const Fault *f = std::get_if<Fault>(&target))
        return fail(call, *f);
    if (!call.params.ok())
        return fail(call, call.params.fault());
    const DtsJob *job = call.state.job(std::get<QString>(target));
    if (!job)
        return fail(call, {404, QStringLiteral("InvalidDtsJobId.NotFound"),
                           QStringLiteral("The specified DTS job %1 does not exist.")
                               .arg(std::get<QString>(target)),
                           std::get<QString>(target)});
    Json body = renderDetail(call.state, *job, call.now);
    body["Success"] = true;
    body["HttpStatusCode"] = 200;
    return ok(call, std::move(body));
}

ServiceResponse describePreCheckStatus(Call &call)
{
    ParamReader &p = call.params;
    const QString jobId = p.required(QStringLiteral("DtsJobId"));
    const QString code = p.required(QStringLiteral("JobCode"));
    const qint64 pageNo = p.integer(QStringLiteral("PageNo"), 1, 2147483647, 1);
    const qint64 pageSize = p.integer(QStringLiteral("PageSize"), 1, 1000, 20);
    const QString name = p.text(QStringLiteral("Name"));
    const QString structType = p.text(QStringLiteral("StructType"));
    if (!p.ok())
        return fail(call, p.fault());
    if (!QStringList{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
                     QStringLiteral("04")}
             .contains(code))
        return fail(call, invalidParameter(QStringLiteral("JobCode"),
                                           QStringLiteral("expected 01, 02, 03 or 04")));
    if (!structType.isEmpty() && structType != QLatin1String("before") &&
        structType != QLatin1String("after"))
        return fail(call, invalidParameter(QStringLiteral("StructType"),
                                           QStringLiteral("expected before or after")));
    const DtsJob *job = call.state.job(jobId);
    if (!job)
        return fail(call,
                    {404, QStringLiteral("InvalidDtsJobId.NotFound"),
                     QStringLiteral("The specified DTS job %1 does not exist.").arg(jobId), jobId});
    Json body = renderProgress(call.state, *job, code, name, Page{pageNo, pageSize}, call.now);
    body["Success"] = true;
    body["HttpStatusCode"] = 200;
    return ok(call, std::move(body));
}

Json connection(const ParamReader &p, const QString &side)
{
    const QString ip = p.text(side + QStringLiteral("IP"));
    const QString user = p.text(side + QStringLiteral("UserName"));
    const QString password = p.text(side + QStringLiteral("Password"));
    const bool reachable = !ip.startsWith(QLatin1String("192.0.2."));
    const bool login = reachable && !user.isEmpty() && !password.isEmpty();
    QString advice;
    if (!reachable)
        advice = QStringLiteral("The address is not reachable from DTS: check the IP, the port and "
                                "that the DTS server CIDR blocks are in the whitelist.");
    else if (!login)
        advice = QStringLiteral("Access denied for user '%1': check the account and password.")
                     .arg(user);
    return {{"connectDetail",
             Json::array({{{"testName", "Ping"}, {"testSuccess", reachable}},
                          {{"testName", "Telnet"}, {"testSuccess", reachable}},
                          {{"testName", "Database Connection"}, {"testSuccess", login}}})},
            {"connectRes", reachable && login},
            {"connectAdvice", js(advice)}};
}

ServiceResponse describeConnectionStatus(Call &call)
{
    ParamReader &p = call.params;
    p.required(QStringLiteral("SourceEndpointInstanceType"));
    p.required(QStringLiteral("DestinationEndpointInstanceType"));
    p.integer(QStringLiteral("SourceEndpointPort"), 1, 65535);
    p.integer(QStringLiteral("DestinationEndpointPort"), 1, 65535);
    if (!p.ok())
        return fail(call, p.fault());
    return ok(call, {{"Success", "true"},
                     {"ErrCode", ""},
                     {"ErrMessage", ""},
                     {"SourceConnectionStatus", connection(p, QStringLiteral("SourceEndpoint"))},
                     {"DestinationConnectionStatus",
                      connection(p, QStringLiteral("DestinationEndpoint"))}});
}

ServiceResponse createReverseDtsJob(Call &call)
{
    const QString jobId = call.params.required(QStringLiteral("DtsJobId"));
    if (!call.params.ok())
        return fail(call, call.params.fault());
    const auto result = call.state.createReverse(jobId, call.now);
    if (const Fault *f = std::get_if<Fault>(&result))
        return fail(call, *f);
    const DtsJob *job = std::get<const DtsJob *>(result);
    return ok(call, {{"Success", "true"},
                     {"HttpStatusCode", "200"},
                     {"ErrCode", ""},
                     {"ErrMessage", ""},
                     {"DtsJobId", js(job->id)},
                     {"DtsInstanceId", js(job->instanceId)}});
}

} // namespace

DtsService::DtsService(const ScenarioOptions &options)
    : m_options(options)
{}

DtsService::~DtsService() = default;

ServiceResponse DtsService::handle(const ServiceRequest &request)
{
    if (!request.version.isEmpty() && request.version != version())
        return invalidVersion(request, kProduct);
    using Handler = ServiceResponse (*)(Call &);
    static const std::map<QString, Handler> handlers = {
        {QStringLiteral("ConfigureDtsJob"), configureDtsJob},
        {QStringLiteral("CreateDtsInstance"), createDtsInstance},
        {QStringLiteral("StartDtsJob"), [](Call &c) { return lifecycle(c, &DtsState::start); }},
        {QStringLiteral("StopDtsJob"), [](Call &c) { return lifecycle(c, &DtsState::stop); }},
        {QStringLiteral("SuspendDtsJob"), [](Call &c) { return lifecycle(c, &DtsState::suspend); }},
        {QStringLiteral("DescribeDtsJobs"), describeDtsJobs},
        {QStringLiteral("DescribeDtsJobDetail"), describeDtsJobDetail},
        {QStringLiteral("DescribePreCheckStatus"), describePreCheckStatus},
        {QStringLiteral("DescribeConnectionStatus"), describeConnectionStatus},
        {QStringLiteral("CreateReverseDtsJob"), createReverseDtsJob},
    };
    const auto it = handlers.find(request.action);
    if (it == handlers.end())
        return actionNotFound(request, kProduct);
    const VirtualTime now = effectiveNow(request.now, m_anchor, m_lastSeen);
    if (!m_state)
        m_state = std::make_unique<DtsState>(m_options, *m_anchor);
    m_state->advance(now);
    Call call{request, now, *m_state, ParamReader(request.params)};
    ServiceResponse response = it->second(call);
    m_state->advance(now);
    return response;
}

} // namespace ferry::sandbox
