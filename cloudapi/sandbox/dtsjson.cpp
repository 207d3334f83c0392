// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/dtsrender.h"

#include <algorithm>
#include <cmath>

namespace ferry::sandbox::dts {

using namespace emul;

namespace {

QString percent(double fraction)
{
    return QString::number(qint64(std::floor(std::clamp(fraction, 0.0, 1.0) * 100)));
}

/// Status of a module: current when the job is in it, Finished once the job went past it (or
/// was stopped while in it), NotStarted before.
QString moduleStatus(const DtsJob &job, Stage module)
{
    if (job.stage == module)
        return QStringLiteral("Migrating");
    if (job.furthest > module || (job.stage == Stage::Finished && job.furthest == module))
        return QStringLiteral("Finished");
    return QStringLiteral("NotStarted");
}

Json endpointJson(const Endpoint &e)
{
    return {{"InstanceID", js(e.instanceId)},
            {"InstanceType", js(e.instanceType)},
            {"EngineName", js(e.engine)},
            {"Region", js(e.region)},
            {"Ip", js(e.ip)},
            {"Port", js(e.port)},
            {"DatabaseName", js(e.database)},
            {"UserName", js(e.user)},
            {"OracleSID", js(e.oracleSid)},
            {"SslSolutionEnum", "DISABLE"}};
}

Json precheckStatus(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    if (job.precheckRuns == 0)
        return {{"Status", "NotStarted"},
                {"Percent", "0"},
                {"ErrorMessage", ""},
                {"Detail", Json::array()}};
    Json detail = Json::array();
    std::size_t done = 0;
    QString error;
    bool failed = false;
    for (std::size_t i = 0; i < job.checks.size(); ++i) {
        const ItemState s = state.checkState(job, i, now);
        if (s == ItemState::NotStarted || s == ItemState::Checking)
            continue;
        ++done;
        const CheckItem &c = job.checks[i];
        Json d = {{"CheckItem", js(c.item)},
                  {"CheckItemDescription", js(c.names)},
                  {"CheckResult", s == ItemState::Failed ? "Failed" : "Success"}};
        if (s == ItemState::Failed) {
            failed = true;
            if (error.isEmpty())
                error = c.errMsg;
            d["FailedReason"] = js(c.errDetail);
            d["RepairMethod"] = js(c.repair);
        }
        detail.push_back(d);
    }
    const bool checking = job.stage == Stage::Prechecking;
    return {{"Status", checking ? "Checking"
                       : failed ? "Failed"
                                : "Finished"},
            {"Percent",
             js(percent(double(done) / double(std::max<std::size_t>(1, job.checks.size()))))},
            {"ErrorMessage", js(error)},
            {"Detail", detail}};
}

Json structureStatus(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    const QString status =
        job.structureInit ? moduleStatus(job, Stage::Schema) : QStringLiteral("NotStarted");
    const double f = status == QLatin1String("Finished")    ? 1.0
                     : status == QLatin1String("Migrating") ? state.stageFraction(job, now)
                                                            : 0.0;
    return {{"Status", js(status)},
            {"Percent", js(percent(f))},
            {"Progress", std::to_string(qint64(f * double(job.tables.size())))},
            {"ErrorMessage", ""}};
}

Json dataInitStatus(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    const QString status =
        job.dataInit ? moduleStatus(job, Stage::Full) : QStringLiteral("NotStarted");
    const double f = status == QLatin1String("Finished")    ? 1.0
                     : status == QLatin1String("Migrating") ? state.stageFraction(job, now)
                                                            : 0.0;
    return {{"Status", js(status)},
            {"Percent", js(percent(f))},
            {"Progress", std::to_string(qint64(f * double(job.totalRows)))},
            {"ErrorMessage", ""}};
}

Json dataSyncStatus(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    QString status =
        job.dataSync ? moduleStatus(job, Stage::Incremental) : QStringLiteral("NotStarted");
    const double delay = state.delayMs(job, now);
    QString pct = status == QLatin1String("Finished") ? QStringLiteral("100") : QStringLiteral("0");
    if (status == QLatin1String("Migrating")) {
        if (delay < 2000 && !job.suspended)
            status = QStringLiteral("Catched");
        pct = percent(job.catchLagMs > 0 ? 1.0 - delay / std::max(job.catchLagMs, delay + 1) : 1.0);
        if (status == QLatin1String("Catched"))
            pct = QStringLiteral("100");
    }
    const QString progress = QStringLiteral("%1RPS/(%2MB/s)")
                                 .arg(state.rps(job, now), 0, 'f', 2)
                                 .arg(state.flowMBps(job, now), 0, 'f', 3);
    return {
        {"Status", js(status)},
        {"Percent", js(pct)},
        {"Progress", js(status == QLatin1String("NotStarted") ? QStringLiteral("0") : progress)},
        {"ErrorMessage", ""},
        {"NeedUpgrade", false}};
}

qint64 checkpoint(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    if (job.stage == Stage::Incremental)
        return unixSeconds(now) - qint64(state.delayMs(job, now) / 1000);
    if (job.furthest >= Stage::Incremental && job.finishTime)
        return unixSeconds(*job.finishTime);
    return 0;
}

QString bootTime(VirtualTime t)
{
    QString iso = isoUtc(t);
    iso.chop(1);
    return iso + QStringLiteral(".000+00:00");
}

Json progressItem(const DtsJob &job, int index, const QString &item, const QString &names,
                  const QString &state)
{
    return {{"Item", js(item)},      {"Names", js(names)},
            {"JobId", js(job.id)},   {"Id", std::to_string(1000 + index)},
            {"OrderNum", index + 1}, {"State", js(state)},
            {"ErrMsg", ""},          {"ErrDetail", ""},
            {"RepairMethod", ""},    {"CanSkip", false},
            {"Skip", false},         {"IgnoreFlag", "N"},
            {"Current", "0"},        {"Total", 0},
            {"DelaySeconds", 0},     {"Sub", "[]"},
            {"Logs", Json::array()}};
}

} // namespace

Json renderListJob(const DtsState &state, const DtsJob &job, VirtualTime now, bool withDbList,
                   bool nested)
{
    const bool sync = job.jobType == QLatin1String("SYNC");
    const double delay = state.delayMs(job, now);
    const bool failedPrecheck = job.stage == Stage::PrecheckFailed;
    Json errorDetails = Json::array();
    QString errorMessage;
    if (failedPrecheck) {
        for (const CheckItem &c : job.checks) {
            if (c.result == ItemState::Failed) {
                errorDetails.push_back(
                    {{"ErrorCode", js(c.errMsg)},
                     {"HelpUrl", "https://www.alibabacloud.com/help/en/dts/support/"
                                 "common-errors-and-troubleshooting"}});
                if (errorMessage.isEmpty())
                    errorMessage = c.errDetail;
            }
        }
    }
    Json out = {{"DtsJobId", js(job.id)},
                {"DtsInstanceID", js(job.hasInstance ? job.instanceId : QString())},
                {"DtsJobName", js(job.name)},
                {"JobType", sync ? "sync" : "online"},
                {"Status", js(job.status())},
                {"ErrorMessage", js(errorMessage)},
                {"ErrorDetails", errorDetails},
                {"CreateTime", js(isoUtc(job.createTime))},
                {"ExpireTime", ""},
                {"PayType", js(job.payType)},
                {"DtsJobClass", js(job.instanceClass)},
                {"DtsJobDirection", js(job.direction)},
                {"Delay", sync ? qint64(std::llround(delay / 1000)) : qint64(delay)},
                {"Checkpoint", std::to_string(checkpoint(state, job, now))},
                {"Reserved", js(job.reserve.isEmpty() ? QStringLiteral("{}") : job.reserve)},
                {"MigrationMode",
                 {{"StructureInitialization", job.structureInit},
                  {"DataInitialization", job.dataInit},
                  {"DataSynchronization", job.dataSync},
                  {"FullDataCheck", false},
                  {"IncDataCheck", false},
                  {"StructureDataCheck", false},
                  {"TimeWindowCheck", false}}},
                {"Performance",
                 {{"Rps", js(QString::number(state.rps(job, now), 'f', 0))},
                  {"Flow", js(QString::number(state.flowMBps(job, now), 'f', 2))}}},
                {"PrecheckStatus", precheckStatus(state, job, now)},
                {"StructureInitializationStatus", structureStatus(state, job, now)},
                {"DataInitializationStatus", dataInitStatus(state, job, now)},
                {"DataSynchronizationStatus", dataSyncStatus(state, job, now)},
                {"RetryState",
                 {{"Retrying", false},
                  {"RetryCount", 0},
                  {"RetryTime", 0},
                  {"MaxRetryTime", 43200},
                  {"RetryTarget", ""},
                  {"ErrMessage", ""},
                  {"JobId", js(job.id)}}},
                {"SourceEndpoint", endpointJson(job.src)},
                {"DestinationEndpoint", endpointJson(job.dst)},
                {"TagList", Json::array()},
                {"ResourceGroupId", js(QStringLiteral("rg-acfm") + alnumId(job.salt, 10))}};
    if (withDbList)
        out["DbObject"] = js(job.dbList);
    if (!nested && !job.reverseId.isEmpty()) {
        if (const DtsJob *reverse = state.job(job.reverseId))
            out["ReverseJob"] = renderListJob(state, *reverse, now, withDbList, true);
    }
    return out;
}

Json renderDetail(const DtsState &state, const DtsJob &job, VirtualTime now)
{
    const Json item = renderListJob(state, job, now, true);
    Json sub = item;
    sub["Delay"] = qint64(state.delayMs(job, now));
    Json out = {{"Status", item["Status"]},
                {"DtsJobId", item["DtsJobId"]},
                {"DtsInstanceID", item["DtsInstanceID"]},
                {"DtsJobName", item["DtsJobName"]},
                {"JobType", item["JobType"]},
                {"CreateTime", item["CreateTime"]},
                {"FinishTime", job.finishTime ? js(isoUtc(*job.finishTime)) : std::string()},
                {"ExpireTime", ""},
                {"PayType", item["PayType"]},
                {"DtsJobClass", item["DtsJobClass"]},
                {"DtsJobDirection", item["DtsJobDirection"]},
                {"SynchronizationDirection", item["DtsJobDirection"]},
                {"Delay", qint64(state.delayMs(job, now))},
                {"Checkpoint", checkpoint(state, job, now)},
                {"DbObject", js(job.dbList)},
                {"Reserved", item["Reserved"]},
                {"MigrationMode",
                 {{"DataExtractTransformLoad", false},
                  {"DataInitialization", job.dataInit},
                  {"DataSynchronization", job.dataSync},
                  {"StructureInitialization", job.structureInit}}},
                {"DataSynchronizationStatus", item["DataSynchronizationStatus"]},
                {"RetryState", item["RetryState"]},
                {"SourceEndpoint", item["SourceEndpoint"]},
                {"DestinationEndpoint", item["DestinationEndpoint"]},
                {"SubSyncJob", Json::array({sub})},
                {"SubDistributedJob", Json::array()},
                {"ResourceGroupId", item["ResourceGroupId"]}};
    return out;
}

Json renderProgress(const DtsState &state, const DtsJob &job, const QString &code,
                    const QString &nameFilter, const Page &page, VirtualTime now)
{
    const bool sync = job.jobType == QLatin1String("SYNC");
    Json items = Json::array();
    QString topState = QStringLiteral("NotStarted");
    QString jobName;
    qint64 errorItems = 0;
    auto keep = [&](const QString &name) {
        return nameFilter.isEmpty() || name.contains(nameFilter, Qt::CaseInsensitive);
    };

    if (code == QLatin1String("01")) {
        jobName = QStringLiteral("Precheck");
        if (job.precheckRuns > 0)
            topState = job.stage == Stage::Prechecking ? QStringLiteral("Checking")
                                                       : QStringLiteral("Finished");
        for (std::size_t i = 0; i < job.checks.size(); ++i) {
            if (state.checkState(job, i, now) == ItemState::Failed) {
                ++errorItems;
                if (job.stage != Stage::Prechecking)
                    topState = QStringLiteral("Failed");
            }
        }
        for (std::size_t i = 0; i < job.checks.size(); ++i) {
            const CheckItem &c = job.checks[i];
            if (!keep(c.item))
                continue;
            const ItemState s = state.checkState(job, i, now);
            Json p = progressItem(job, int(i), c.item, c.names, itemStateName(s));
            const VirtualTime begin = job.precheckStart + DtsState::kCheckStep * qint64(i);
            if (s != ItemState::NotStarted)
                p["BootTime"] = js(bootTime(begin));
            if (s != ItemState::NotStarted && s != ItemState::Checking) {
                p["FinishTime"] = js(bootTime(begin + DtsState::kCheckStep));
                p["Current"] = "1";
            }
            p["Total"] = 1;
            p["CanSkip"] = c.canSkip;
            if (s == ItemState::Failed || s == ItemState::Warning) {
                p["ErrMsg"] = js(c.errMsg);
                p["ErrDetail"] = js(c.errDetail);
                p["RepairMethod"] = js(c.repair);
                p["Logs"] =
                    Json::array({{{"ErrData", js(c.logData)},
                                  {"ErrMsg", js(c.logMessage)},
                                  {"ErrType", "PRECHECK"},
                                  {"LogLevel", s == ItemState::Failed ? "ERROR" : "WARN"}}});
            }
            items.push_back(p);
        }
    } else if (code == QLatin1String("02") || code == QLatin1String("03")) {
        const bool schema = code == QLatin1String("02");
        const Stage module = schema ? Stage::Schema : Stage::Full;
        const bool enabled = schema ? job.structureInit : job.dataInit;
        jobName = schema ? (sync ? QStringLiteral("Initial Schema Synchronization")
                                 : QStringLiteral("Schema Migration"))
                         : (sync ? QStringLiteral("Initial Full Data Synchronization")
                                 : QStringLiteral("Full Data Migration"));
        const QString status = enabled ? moduleStatus(job, module) : QStringLiteral("NotStarted");
        const double f = status == QLatin1String("Finished")    ? 1.0
                         : status == QLatin1String("Migrating") ? state.stageFraction(job, now)
                                                                : 0.0;
        topState = job.suspended && status == QLatin1String("Migrating")
                       ? QStringLiteral("Suspending")
                       : status;
        const double doneRows = f * double(job.totalRows);
        double cumulative = 0;
        for (std::size_t i = 0; i < job.tables.size(); ++i) {
            const SourceTable &t = job.tables[i];
            const double before = cumulative;
            cumulative += double(t.rows);
            if (!keep(t.name))
                continue;
            QString s = QStringLiteral("NotStarted");
            qint64 current = 0;
            if (schema) {
                const double doneTables = f * double(job.tables.size());
                s = double(i) + 1 <= doneTables ? QStringLiteral("Success")
                    : double(i) < doneTables    ? QStringLiteral("Migrating")
                                                : QStringLiteral("NotStarted");
            } else {
                current = qint64(std::clamp(doneRows - before, 0.0, double(t.rows)));
                s = current >= t.rows && f > 0 ? QStringLiteral("Success")
                    : current > 0              ? QStringLiteral("Migrating")
                                               : QStringLiteral("NotStarted");
            }
            Json p = progressItem(
                job, int(i), schema ? QStringLiteral("STRUCT_TABLE") : QStringLiteral("DATA_TABLE"),
                t.name, s);
            p["SourceSchema"] = js(t.db);
            p["DestSchema"] = js(t.destDb);
            p["TargetNames"] = js(t.name);
            if (schema) {
                p["DdlSql"] = js(QStringLiteral("CREATE TABLE IF NOT EXISTS `%1`.`%2` (`id` bigint "
                                                "NOT NULL AUTO_INCREMENT, ... PRIMARY KEY (`id`)) "
                                                "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
                                     .arg(t.destDb, t.name));
                p["Total"] = 1;
                p["Current"] = s == QLatin1String("Success") ? "1" : "0";
            } else {
                p["Total"] = t.rows;
                p["Current"] = std::to_string(current);
            }
            items.push_back(p);
        }
    } else {
        jobName = sync ? QStringLiteral("Incremental Data Synchronization")
                       : QStringLiteral("Incremental Data Migration");
        const QString status =
            job.dataSync ? moduleStatus(job, Stage::Incremental) : QStringLiteral("NotStarted");
        const double delay = state.delayMs(job, now);
        topState = status;
        if (status == QLatin1String("Migrating"))
            topState = job.suspended  ? QStringLiteral("Suspending")
                       : delay < 2000 ? QStringLiteral("Catched")
                                      : QStringLiteral("Migrating");
        Json p = progressItem(job, 0, QStringLiteral("INCREMENTAL_DATA"),
                              sync ? QStringLiteral("DATA_SYNCHRONIZATION")
                                   : QStringLiteral("DATA_MIGRATION"),
                              topState);
        p["DelaySeconds"] = qint64(delay / 1000);
        if (job.furthest >= Stage::Incremental)
            p["BootTime"] = js(bootTime(job.incStart));
        p["Current"] = std::to_string(checkpoint(state, job, now));
        items.push_back(p);
    }

    const qint64 total = qint64(items.size());
    Json pageItems = Json::array();
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i)
        pageItems.push_back(items[std::size_t(i)]);
    return {{"Code", js(code)},
            {"JobId", js(job.id)},
            {"JobName", js(jobName)},
            {"State", js(topState)},
            {"ErrorItem", errorItems},
            {"ErrorAnalysisItem", 0},
            {"Total", total},
            {"TotalRecordCount", total},
            {"PageNumber", page.number},
            {"PageRecordCount", page.size},
            {"JobProgress", pageItems},
            {"AnalysisJobProgress", Json::array()},
            {"FullNetCheckJobStatus", Json::array()},
            {"SubDistributedJobStatus", Json::array()}};
}

} // namespace ferry::sandbox::dts
