// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/mmsservice.h"

#include "cloudapi/sandbox/mmshandlers.h"

#include <algorithm>

namespace ferry::sandbox {

using namespace emul;
using namespace mms;

namespace {

const QString kProduct = QStringLiteral("MaxCompute");

using Handler = ServiceResponse (*)(MmsCall &);

struct Route
{
    const char *method;
    const char *pattern; ///< below /api/v1/mms; `#` is an integer path parameter
    const char *action;
    Handler handler;
};

constexpr Route kRoutes[] = {
    {"GET", "datasources", "ListMmsDataSources", listDataSources},
    {"GET", "datasources/#", "GetMmsDataSource", getDataSource},
    {"POST", "datasources/#/scans", "CreateMmsFetchMetadataJob", createScan},
    {"GET", "datasources/#/scans/#", "GetMmsFetchMetadataJob", getScan},
    {"GET", "datasources/#/dbs", "ListMmsDbs", listDbs},
    {"GET", "datasources/#/dbs/#", "GetMmsDb", getDb},
    {"GET", "datasources/#/tables", "ListMmsTables", listTables},
    {"GET", "datasources/#/tables/#", "GetMmsTable", getTable},
    {"GET", "datasources/#/partitions", "ListMmsPartitions", listPartitions},
    {"GET", "datasources/#/partitions/#", "GetMmsPartition", getPartition},
    {"POST", "datasources/#/jobs", "CreateMmsJob", createJob},
    {"GET", "datasources/#/jobs", "ListMmsJobs", listJobs},
    {"GET", "datasources/#/jobs/#", "GetMmsJob", getJob},
    {"POST", "datasources/#/jobs/#", "DeleteMmsJob", deleteJob},
    {"POST", "datasources/#/jobs/#/stop", "StopMmsJob", stopJob},
    {"POST", "datasources/#/jobs/#/start", "StartMmsJob", startJob},
    {"POST", "datasources/#/jobs/#/retry", "RetryMmsJob", retryJob},
    {"GET", "datasources/#/tasks", "ListMmsTasks", listTasks},
    {"GET", "datasources/#/tasks/#", "GetMmsTask", getTask},
    {"GET", "datasources/#/tasks/#/logs", "ListMmsTaskLogs", listTaskLogs},
    {"POST", "datasources/#/tasks/#/retry", "RetryMmsTask", retryTask},
    {"GET", "datasources/#/asyncTasks/#", "GetMmsAsyncTask", getAsyncTask},
};

QString idName(const QString &collection)
{
    if (collection == QLatin1String("scans"))
        return QStringLiteral("scanId");
    if (collection == QLatin1String("dbs"))
        return QStringLiteral("dbId");
    if (collection == QLatin1String("tables"))
        return QStringLiteral("tableId");
    if (collection == QLatin1String("partitions"))
        return QStringLiteral("partitionId");
    if (collection == QLatin1String("jobs"))
        return QStringLiteral("jobId");
    if (collection == QLatin1String("tasks"))
        return QStringLiteral("taskId");
    return QStringLiteral("asyncTaskId");
}

bool matches(const QStringList &segments, const char *pattern)
{
    const QStringList parts = QString::fromLatin1(pattern).split(QLatin1Char('/'));
    if (parts.size() != segments.size())
        return false;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i] != QLatin1String("#") && parts[i] != segments[i])
            return false;
    }
    return true;
}

Json configItem(const ConfigItem &c, bool chinese)
{
    Json item = {{"key", js(c.key)},
                 {"name", js(c.name)},
                 {"desc", js(chinese ? c.descZh : c.descEn)},
                 {"group", js(c.group)},
                 {"type", js(c.type)},
                 {"placeHolder", js(c.placeHolder)},
                 {"required", c.required},
                 {"enums", jsList(c.enums)},
                 {"value", c.value}};
    if (!c.subType.isEmpty())
        item["subType"] = js(c.subType);
    return item;
}

Json renderDataSource(const MmsCall &call, const DataSource &ds, bool withConfig, bool chinese,
                      bool listItem)
{
    const MmsState &state = call.state;
    qint64 dbs = 0;
    qint64 tables = 0;
    qint64 partitions = 0;
    for (qint64 dbId : ds.dbIds) {
        if (!state.dbVisible(dbId))
            continue;
        const Db *db = state.scenario().db(dbId);
        ++dbs;
        tables += state.scenario().tableCount(*db);
        partitions += state.scenario().dbPartitions(*db);
    }
    const MigrationCounts c = state.counts(ds.id, std::nullopt);
    Json out = {{"id", ds.id},
                {"name", js(ds.name)},
                {"type", js(ds.type)},
                {"region", js(ds.region)},
                {"networklink", js(ds.networklink)},
                {"dstProject", js(ds.dstProject)},
                {"dstProjects", jsList(ds.dstProjects)},
                {"status", js(ds.status)},
                {"agentIsOnline", ds.agentOnline},
                {"createTime", js(mmsTime(ds.createTime))},
                {"lastUpdateTime", js(mmsTime(ds.lastUpdateTime))},
                {"dbNum", dbs},
                {"tableNum", tables},
                {"partitionNum", partitions},
                {"tablesDoingNum", c.tablesDoing},
                {"tablesDoneNum", c.tablesDone},
                {"tablesFailedNum", c.tablesFailed},
                {"tablesPartDoneNum", c.tablesPartDone},
                {"partitionsDoingNum", c.partitionsDoing},
                {"partitionsDoneNum", c.partitionsDone},
                {"partitionsFailedNum", c.partitionsFailed}};
    const MmsScan *scan = state.lastScan(ds.id);
    if (scan)
        out["scanId"] = scan->id;
    if (listItem) {
        out["scanStatus"] = !scan                  ? "INIT"
                            : scan->end > call.now ? "SCAN_DOING"
                            : scan->fails          ? "SCAN_FAILED"
                                                   : "SCAN_DONE";
        if (scan && scan->fails && scan->end <= call.now)
            out["scanErrMsg"] = js(scan->error);
    }
    if (withConfig) {
        Json config = Json::array();
        for (const ConfigItem &item : ds.config)
            config.push_back(configItem(item, chinese));
        out["config"] = config;
    }
    return out;
}

Json renderScan(const MmsScan &scan, VirtualTime now)
{
    Json out = {
        {"id", scan.id}, {"sourceId", scan.sourceId}, {"startTime", js(mmsTime(scan.start))}};
    const double total = double((scan.end - scan.start).count());
    if (now < scan.end) {
        const double done = double((now - scan.start).count()) / std::max(1.0, total);
        out["status"] = "SCAN_DOING";
        out["progress"] = std::clamp<qint64>(qint64(done * 10000), 1, 9999);
        return out;
    }
    out["endTime"] = js(mmsTime(scan.end));
    if (scan.fails) {
        out["status"] = "SCAN_FAILED";
        out["progress"] = 2700;
        out["errorMsg"] = js(scan.error);
        return out;
    }
    out["status"] = "SCAN_DONE";
    out["progress"] = 10000;
    out["result"] = Json{{"databases", qint64(scan.dbIds.size())},
                         {"tables", scan.tables},
                         {"partitions", scan.partitions}}
                        .dump();
    return out;
}

} // namespace

// --- shared helpers ----------------------------------------------------------------------------

namespace mms {

ServiceResponse mmsOk(const MmsCall &call, Json data)
{
    return {200, Json{{"requestId", js(call.request.requestId)}, {"data", std::move(data)}}};
}

ServiceResponse mmsFail(const MmsCall &call, const Fault &fault)
{
    return {fault.status, Json{{"requestId", js(call.request.requestId)},
                               {"code", js(fault.code)},
                               {"message", js(fault.message)},
                               {"httpCode", fault.status},
                               {"errorCode", js(fault.code)},
                               {"errorMsg", js(fault.message)}}};
}

std::optional<Page> mmsPage(ParamReader &params, bool allowAll, qint64 total)
{
    const auto number = params.integer(QStringLiteral("pageNum"), 1, 1000000000);
    const auto size = params.integer(QStringLiteral("pageSize"), 1, 1000);
    if (!params.ok())
        return std::nullopt;
    if (allowAll && !number && !size)
        return Page{1, std::max<qint64>(1, total)};
    return Page{number.value_or(1), size.value_or(10)};
}

Json mmsPaged(Json objects, qint64 total, const Page &page)
{
    return {{"objectList", std::move(objects)},
            {"total", total},
            {"pageNum", page.number},
            {"pageSize", page.size}};
}

QStringList mmsStatusFilter(const QString &text)
{
    QStringList out;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        const Json parsed = Json::parse(trimmed.toStdString(), nullptr, false);
        if (parsed.is_array()) {
            for (const Json &item : parsed) {
                if (item.is_string())
                    out.append(QString::fromStdString(item.get<std::string>()).toUpper());
            }
            return out;
        }
    }
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed().toUpper());
    return out;
}

QString mmsSorter(const ParamReader &params, const char *field)
{
    QString value = params.text(QStringLiteral("sorter.") + QLatin1String(field));
    if (value.isEmpty() && params.has(QStringLiteral("sorter"))) {
        const Json parsed =
            Json::parse(params.text(QStringLiteral("sorter")).toStdString(), nullptr, false);
        if (parsed.is_object() && parsed.contains(field) && parsed[field].is_string())
            value = QString::fromStdString(parsed[field].get<std::string>());
    }
    value = value.trimmed().toLower();
    return value == QLatin1String("asc") || value == QLatin1String("desc") ? value : QString();
}

// --- data sources, scans, async tasks ----------------------------------------------------------

ServiceResponse listDataSources(MmsCall &call)
{
    ParamReader params(call.request.params);
    const QString name = params.text(QStringLiteral("name"));
    const QString type = params.text(QStringLiteral("type"));
    const QString region = params.text(QStringLiteral("region"));
    std::vector<const DataSource *> matching;
    for (const DataSource &ds : call.state.scenario().sources()) {
        if (!name.isEmpty() && !ds.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!type.isEmpty() && ds.type.compare(type, Qt::CaseInsensitive) != 0)
            continue;
        if (!region.isEmpty() && ds.region != region)
            continue;
        matching.push_back(&ds);
    }
    const auto page = mmsPage(params, true, qint64(matching.size()));
    if (!page)
        return mmsFail(call, params.fault());
    Json objects = Json::array();
    for (qint64 i = page->offset(); i < qint64(matching.size()) && i < page->offset() + page->size;
         ++i)
        objects.push_back(renderDataSource(call, *matching[std::size_t(i)], false, false, true));
    return mmsOk(call, mmsPaged(std::move(objects), qint64(matching.size()), *page));
}

ServiceResponse getDataSource(MmsCall &call)
{
    ParamReader params(call.request.params);
    const bool withConfig = params.boolean(QStringLiteral("withConfig"), false);
    const QString lang = params.text(QStringLiteral("lang"), QStringLiteral("en_US"));
    if (!params.ok())
        return mmsFail(call, params.fault());
    if (lang != QLatin1String("en_US") && lang != QLatin1String("zh_CN"))
        return mmsFail(call, invalidParameter(QStringLiteral("lang"),
                                              QStringLiteral("expected en_US or zh_CN")));
    return mmsOk(call, renderDataSource(call, *call.source, withConfig,
                                        lang == QLatin1String("zh_CN"), false));
}

ServiceResponse createScan(MmsCall &call)
{
    BodyReader body(call.request.jsonBody);
    const QString dbName = body.text("dbName").value_or(QString());
    const QStringList tables = body.textList("tableNames").value_or(QStringList());
    if (!body.ok())
        return mmsFail(call, body.fault());
    if (!tables.isEmpty() && dbName.isEmpty())
        return mmsFail(call, missingParameter(QStringLiteral("dbName")));
    const auto result = call.state.startScan(call.sourceId, dbName, tables, call.now);
    if (const Fault *fault = std::get_if<Fault>(&result))
        return mmsFail(call, *fault);
    return mmsOk(call, Json{{"scanId", std::get<qint64>(result)}});
}

ServiceResponse getScan(MmsCall &call)
{
    const MmsScan *scan = call.state.scan(call.objectId);
    if (!scan || scan->sourceId != call.sourceId)
        return mmsFail(call, {404,
                              QStringLiteral("EntityNotExist.Scan"),
                              QStringLiteral("metadata scan %1 does not exist in data source %2")
                                  .arg(call.objectId)
                                  .arg(call.sourceId),
                              {}});
    return mmsOk(call, renderScan(*scan, call.now));
}

ServiceResponse getAsyncTask(MmsCall &call)
{
    if (const MmsScan *scan = call.state.scan(call.objectId);
        scan && scan->sourceId == call.sourceId) {
        // the documentation allows a scanId here
        const Json s = renderScan(*scan, call.now);
        const bool doing = s["status"] == "SCAN_DOING";
        Json out = {{"id", scan->id},
                    {"sourceId", scan->sourceId},
                    {"type", "SCAN_META"},
                    {"objectId", scan->id},
                    {"status", doing         ? "DOING"
                               : scan->fails ? "FAILED"
                                             : "DONE"},
                    {"running", doing},
                    {"progress", s["progress"].get<qint64>() / 100},
                    {"createTime", js(mmsTime(scan->start))},
                    {"startTime", js(mmsTime(scan->start))}};
        if (!doing)
            out["endTime"] = js(mmsTime(scan->end));
        if (s.contains("result"))
            out["result"] = s["result"];
        if (s.contains("errorMsg"))
            out["errorMsg"] = s["errorMsg"];
        return mmsOk(call, out);
    }
    const MmsAsyncTask *async = call.state.asyncTask(call.objectId);
    if (!async || async->sourceId != call.sourceId)
        return mmsFail(call, {404,
                              QStringLiteral("EntityNotExist.AsyncTask"),
                              QStringLiteral("async task %1 does not exist in data source %2")
                                  .arg(call.objectId)
                                  .arg(call.sourceId),
                              {}});
    Json out = {{"id", async->id},
                {"sourceId", async->sourceId},
                {"type", "TASK_CREATE"},
                {"createTime", js(mmsTime(async->createTime))},
                {"startTime", js(mmsTime(async->createTime))}};
    if (!async->applied) {
        const double total = double((async->end - async->createTime).count());
        const double done = double((call.now - async->createTime).count()) / std::max(1.0, total);
        out["status"] = "DOING";
        out["running"] = true;
        out["progress"] = std::clamp<qint64>(qint64(done * 100), 0, 99);
        return mmsOk(call, out);
    }
    out["status"] = "DONE";
    out["running"] = false;
    out["progress"] = 100;
    out["objectId"] = async->objectId;
    out["endTime"] = js(mmsTime(async->end));
    const MmsJob *job = call.state.job(async->objectId);
    out["result"] =
        Json{{"jobId", async->objectId}, {"taskNum", job ? qint64(job->taskIds.size()) : 0}}.dump();
    return mmsOk(call, out);
}

} // namespace mms

// --- MmsService --------------------------------------------------------------------------------

MmsService::MmsService(const ScenarioOptions &options)
    : m_options(options)
{}

MmsService::~MmsService() = default;

ServiceResponse MmsService::handle(const ServiceRequest &request)
{
    if (!request.version.isEmpty() && request.version != version())
        return invalidVersion(request, kProduct);
    QStringList segments = request.pathSegments;
    if (segments.isEmpty())
        segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 4 || segments[0] != QLatin1String("api") ||
        segments[1] != QLatin1String("v1") || segments[2] != QLatin1String("mms"))
        return actionNotFound(request, kProduct);
    segments = segments.mid(3);

    const Route *route = nullptr;
    for (const Route &candidate : kRoutes) {
        if (matches(segments, candidate.pattern) &&
            request.method == QByteArray(candidate.method)) {
            route = &candidate;
            break;
        }
    }
    // a known path with another method, or another operation's x-acs-action, is an unknown API
    // for the gateway
    if (!route || (!request.action.isEmpty() && request.action != QLatin1String(route->action)))
        return actionNotFound(request, kProduct);

    const VirtualTime now = effectiveNow(request.now, m_anchor, m_lastSeen);
    if (!m_state)
        m_state = std::make_unique<MmsState>(m_options, *m_anchor);
    m_state->advance(now);

    MmsCall call{request, now, *m_state};
    if (segments.size() >= 2) {
        bool ok = false;
        call.sourceId = segments[1].toLongLong(&ok);
        if (!ok || call.sourceId <= 0)
            return mmsFail(call, invalidParameter(QStringLiteral("sourceId"),
                                                  QStringLiteral("expected an integer id")));
        call.source = m_state->scenario().source(call.sourceId);
        if (!call.source)
            return mmsFail(call,
                           {404,
                            QStringLiteral("EntityNotExist.DataSource"),
                            QStringLiteral("data source %1 does not exist").arg(call.sourceId),
                            {}});
    }
    if (segments.size() >= 4) {
        bool ok = false;
        call.objectId = segments[3].toLongLong(&ok);
        if (!ok || call.objectId <= 0)
            return mmsFail(call, invalidParameter(idName(segments[2]),
                                                  QStringLiteral("expected an integer id")));
    }
    return route->handler(call);
}

} // namespace ferry::sandbox
