// SPDX-License-Identifier: GPL-3.0-or-later
// MMS migration jobs and tasks.
#include "cloudapi/sandbox/mmshandlers.h"

#include <algorithm>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

const QStringList kTaskTypes = {
    QStringLiteral("HIVE"),      QStringLiteral("HIVE_DATAX"),
    QStringLiteral("HIVE_OSS"),  QStringLiteral("BIGQUERY"),
    QStringLiteral("ODPS"),      QStringLiteral("ODPS_INSERT_OVERWRITE"),
    QStringLiteral("COPY_TASK"), QStringLiteral("MC2MC_VERIFY"),
    QStringLiteral("OSS"),       QStringLiteral("MOCK"),
    QStringLiteral("DATABRICKS")};

Json renderJob(const MmsCall &call, const MmsJob &job)
{
    Json out = {{"id", job.id},
                {"name", js(job.name)},
                {"sourceId", job.sourceId},
                {"sourceName", js(call.source->name)},
                {"dbId", job.dbId},
                {"srcDbName", js(job.srcDb)},
                {"srcSchemaName", js(job.srcSchema)},
                {"dstDbName", js(job.dstDb)},
                {"dstSchemaName", js(job.dstSchema)},
                {"status", js(job.status())},
                {"type", js(job.type)},
                {"stopped", job.stopped},
                {"taskNum", qint64(job.taskIds.size())},
                {"taskDone", job.done},
                {"createTime", js(mmsTime(job.createTime))},
                {"config", job.config}};
    if (!job.eta.isEmpty())
        out["eta"] = js(job.eta);
    return out;
}

Json renderTask(const MmsCall &call, const MmsTask &task)
{
    const MmsJob *job = call.state.job(task.jobId);
    const auto table = call.state.scenario().table(task.tableId);
    Json out = {{"id", task.id},
                {"jobId", task.jobId},
                {"jobName", js(job ? job->name : QString())},
                {"sourceId", task.sourceId},
                {"sourceName", js(call.source->name)},
                {"dbId", task.dbId},
                {"tableId", task.tableId},
                {"srcDbName", js(job ? job->srcDb : QString())},
                {"srcSchemaName", js(job ? job->srcSchema : QString())},
                {"srcTableName", js(table ? table->name : QString())},
                {"dstDbName", js(job ? job->dstDb : QString())},
                {"dstSchemaName", js(job ? job->dstSchema : QString())},
                {"dstTableName", js(task.dstTable)},
                {"type", js(job ? job->taskType : QString())},
                {"status", js(taskStatusName(task.phase))},
                {"running", task.running},
                {"stopped", task.stopped},
                {"retriedTimes", task.retriedTimes},
                {"createTime", js(mmsTime(task.createTime))}};
    if (task.startTime)
        out["startTime"] = js(mmsTime(*task.startTime));
    if (task.endTime)
        out["endTime"] = js(mmsTime(*task.endTime));
    return out;
}

const MmsJob *jobOfSource(const MmsCall &call, qint64 id)
{
    const MmsJob *job = call.state.job(id);
    return job && job->sourceId == call.sourceId ? job : nullptr;
}

const MmsTask *taskOfSource(const MmsCall &call, qint64 id)
{
    const MmsTask *task = call.state.task(id);
    return task && task->sourceId == call.sourceId ? task : nullptr;
}

Fault jobMissing(const MmsCall &call)
{
    return {404,
            QStringLiteral("EntityNotExist.Job"),
            QStringLiteral("migration job %1 does not exist in data source %2")
                .arg(call.objectId)
                .arg(call.sourceId),
            {}};
}

Fault taskMissing(const MmsCall &call)
{
    return {404,
            QStringLiteral("EntityNotExist.Task"),
            QStringLiteral("migration task %1 does not exist in data source %2")
                .arg(call.objectId)
                .arg(call.sourceId),
            {}};
}

bool taskTouchesTable(const MmsCall &call, const MmsJob &job, const QString &name, bool dst)
{
    for (qint64 id : job.taskIds) {
        const MmsTask *task = call.state.task(id);
        if (!task)
            continue;
        if (dst) {
            if (task->dstTable.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        } else if (const auto t = call.state.scenario().table(task->tableId);
                   t && t->name.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

ServiceResponse createJob(MmsCall &call)
{
    BodyReader body(call.request.jsonBody);
    JobRequest r;
    r.sourceId = call.sourceId;
    const auto bodySource = body.integer("sourceId");
    r.name = body.text("name").value_or(QString()).trimmed();
    body.text("sourceName");
    r.srcDb = body.text("srcDbName").value_or(QString()).trimmed();
    r.srcSchema = body.text("srcSchemaName").value_or(QString());
    r.dstDb = body.text("dstDbName").value_or(QString());
    r.dstSchema = body.text("dstSchemaName").value_or(QString());
    r.taskType = body.text("taskType").value_or(QString()).toUpper();
    r.tables = body.textList("tables").value_or(QStringList());
    r.partitions = body.integerList("partitions").value_or(std::vector<qint64>());
    r.blackList = body.textList("tableBlackList").value_or(QStringList());
    r.whiteList = body.textList("tableWhiteList").value_or(QStringList());
    r.partitionFilters = body.textMap("partitionFilters").value_or(std::map<QString, QString>());
    r.tableMapping = body.textMap("tableMapping").value_or(std::map<QString, QString>());
    r.columnMapping = body.textMap("columnMapping").value_or(std::map<QString, QString>());
    r.schemaOnly = body.boolean("schemaOnly").value_or(false);
    r.enableSchema = body.boolean("enableSchemaMigration").value_or(true);
    r.enableData = body.boolean("enableDataMigration").value_or(true);
    r.enableVerification = body.boolean("enableVerification").value_or(true);
    r.increment = body.boolean("increment").value_or(false);
    r.eta = body.text("eta").value_or(QString());
    r.others = body.object("others").value_or(Json::object());
    if (!body.ok())
        return mmsFail(call, body.fault());
    if (bodySource && *bodySource != call.sourceId)
        return mmsFail(
            call, invalidParameter(
                      QStringLiteral("sourceId"),
                      QStringLiteral("does not match the path's sourceId %1").arg(call.sourceId)));
    if (r.name.isEmpty())
        return mmsFail(call, missingParameter(QStringLiteral("name")));
    if (r.name.size() > 128)
        return mmsFail(call, invalidParameter(QStringLiteral("name"),
                                              QStringLiteral("at most 128 characters")));
    if (r.srcDb.isEmpty())
        return mmsFail(call, missingParameter(QStringLiteral("srcDbName")));
    if (!r.taskType.isEmpty() && !kTaskTypes.contains(r.taskType))
        return mmsFail(
            call,
            invalidParameter(
                QStringLiteral("taskType"),
                QStringLiteral("expected one of %1").arg(kTaskTypes.join(QStringLiteral(", ")))));
    if (!r.enableSchema && !r.enableData)
        return mmsFail(call, invalidParameter(QStringLiteral("enableDataMigration"),
                                              QStringLiteral("schema and data migration are both "
                                                             "disabled")));
    if (!r.eta.isEmpty() && !parseMmsTime(r.eta))
        return mmsFail(call, invalidParameter(QStringLiteral("eta"),
                                              QStringLiteral("expected yyyy-MM-dd HH:mm:ss")));
    const auto result = call.state.createJob(r, call.now);
    if (const Fault *fault = std::get_if<Fault>(&result))
        return mmsFail(call, *fault);
    return mmsOk(call, Json{{"asyncTaskId", std::get<qint64>(result)}});
}

ServiceResponse listJobs(MmsCall &call)
{
    ParamReader params(call.request.params);
    const QString name = params.text(QStringLiteral("name"));
    const QString srcDb = params.text(QStringLiteral("srcDbName"));
    const QString srcTable = params.text(QStringLiteral("srcTableName"));
    const QString dstDb = params.text(QStringLiteral("dstDbName"));
    const QString dstTable = params.text(QStringLiteral("dstTableName"));
    const QStringList statuses = mmsStatusFilter(params.text(QStringLiteral("status")));
    const auto stopped = params.boolean(QStringLiteral("stopped"));
    params.integer(QStringLiteral("timerId"), 0, std::numeric_limits<qint64>::max());
    const QString statusSort = mmsSorter(params, "status");
    const auto page = mmsPage(params, false, 0);
    if (!page)
        return mmsFail(call, params.fault());

    std::vector<const MmsJob *> matching;
    for (auto it = call.state.jobs().rbegin(); it != call.state.jobs().rend(); ++it) {
        const MmsJob &job = it->second;
        if (job.sourceId != call.sourceId)
            continue;
        if (!name.isEmpty() && !job.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!srcDb.isEmpty() && job.srcDb.compare(srcDb, Qt::CaseInsensitive) != 0)
            continue;
        if (!dstDb.isEmpty() && job.dstDb.compare(dstDb, Qt::CaseInsensitive) != 0)
            continue;
        if (!statuses.isEmpty() && !statuses.contains(job.status()))
            continue;
        if (stopped && *stopped != job.stopped)
            continue;
        if (!srcTable.isEmpty() && !taskTouchesTable(call, job, srcTable, false))
            continue;
        if (!dstTable.isEmpty() && !taskTouchesTable(call, job, dstTable, true))
            continue;
        matching.push_back(&job);
    }
    if (!statusSort.isEmpty()) {
        std::stable_sort(matching.begin(), matching.end(), [&](const MmsJob *a, const MmsJob *b) {
            return statusSort == QLatin1String("desc") ? b->status() < a->status()
                                                       : a->status() < b->status();
        });
    }
    Json objects = Json::array();
    for (qint64 i = page->offset(); i < qint64(matching.size()) && i < page->offset() + page->size;
         ++i)
        objects.push_back(renderJob(call, *matching[std::size_t(i)]));
    return mmsOk(call, mmsPaged(std::move(objects), qint64(matching.size()), *page));
}

ServiceResponse getJob(MmsCall &call)
{
    const MmsJob *job = jobOfSource(call, call.objectId);
    if (!job)
        return mmsFail(call, jobMissing(call));
    return mmsOk(call, renderJob(call, *job));
}

namespace {

ServiceResponse jobAction(MmsCall &call,
                          const std::function<std::optional<Fault>(MmsState &, qint64)> &action)
{
    if (!jobOfSource(call, call.objectId))
        return mmsFail(call, jobMissing(call));
    if (auto fault = action(call.state, call.objectId))
        return mmsFail(call, *fault);
    return mmsOk(call, call.objectId);
}

} // namespace

ServiceResponse deleteJob(MmsCall &call)
{
    return jobAction(call, [](MmsState &s, qint64 id) { return s.deleteJob(id); });
}

ServiceResponse stopJob(MmsCall &call)
{
    return jobAction(call, [&call](MmsState &s, qint64 id) { return s.stopJob(id, call.now); });
}

ServiceResponse startJob(MmsCall &call)
{
    return jobAction(call, [&call](MmsState &s, qint64 id) { return s.startJob(id, call.now); });
}

ServiceResponse retryJob(MmsCall &call)
{
    return jobAction(call, [&call](MmsState &s, qint64 id) { return s.retryJob(id, call.now); });
}

ServiceResponse listTasks(MmsCall &call)
{
    ParamReader params(call.request.params);
    const auto jobId =
        params.integer(QStringLiteral("jobId"), 1, std::numeric_limits<qint64>::max());
    const QString jobName = params.text(QStringLiteral("jobName"));
    const QString srcDb = params.text(QStringLiteral("srcDbName"));
    const QString srcTable = params.text(QStringLiteral("srcTableName"));
    const QString dstDb = params.text(QStringLiteral("dstDbName"));
    const QString dstTable = params.text(QStringLiteral("dstTableName"));
    const QStringList statuses = mmsStatusFilter(params.text(QStringLiteral("status")));
    const QString partition = params.text(QStringLiteral("partition"));
    const QString startSort = mmsSorter(params, "startTime");
    const QString statusSort = mmsSorter(params, "status");
    const auto page = mmsPage(params, false, 0);
    if (!page)
        return mmsFail(call, params.fault());

    const MmsScenario &sc = call.state.scenario();
    std::vector<const MmsTask *> matching;
    auto consider = [&](const MmsTask &task) {
        if (task.sourceId != call.sourceId)
            return;
        const MmsJob *job = call.state.job(task.jobId);
        if (!job)
            return;
        if (!jobName.isEmpty() && !job->name.contains(jobName, Qt::CaseInsensitive))
            return;
        if (!srcDb.isEmpty() && job->srcDb.compare(srcDb, Qt::CaseInsensitive) != 0)
            return;
        if (!dstDb.isEmpty() && job->dstDb.compare(dstDb, Qt::CaseInsensitive) != 0)
            return;
        if (!dstTable.isEmpty() && !task.dstTable.contains(dstTable, Qt::CaseInsensitive))
            return;
        if (!statuses.isEmpty() && !statuses.contains(taskStatusName(task.phase)))
            return;
        if (!srcTable.isEmpty()) {
            const auto t = sc.table(task.tableId);
            if (!t || !t->name.contains(srcTable, Qt::CaseInsensitive))
                return;
        }
        if (!partition.isEmpty()) {
            const bool found =
                std::any_of(task.partitionIds.begin(), task.partitionIds.end(), [&](qint64 pid) {
                    const auto p = sc.partition(pid);
                    return p && p->value == partition;
                });
            if (!found)
                return;
        }
        matching.push_back(&task);
    };
    if (jobId) {
        if (const MmsJob *job = jobOfSource(call, *jobId)) {
            for (qint64 id : job->taskIds)
                consider(*call.state.task(id));
        }
    } else {
        for (const auto &[id, task] : call.state.tasks())
            consider(task);
    }
    if (!startSort.isEmpty() || !statusSort.isEmpty()) {
        std::stable_sort(matching.begin(), matching.end(), [&](const MmsTask *a, const MmsTask *b) {
            if (!statusSort.isEmpty()) {
                const QString x = taskStatusName(a->phase);
                const QString y = taskStatusName(b->phase);
                if (x != y)
                    return statusSort == QLatin1String("desc") ? y < x : x < y;
            }
            if (!startSort.isEmpty()) {
                const auto x = a->startTime.value_or(VirtualTime::max());
                const auto y = b->startTime.value_or(VirtualTime::max());
                if (x != y)
                    return startSort == QLatin1String("desc") ? y < x : x < y;
            }
            return false;
        });
    }
    Json objects = Json::array();
    for (qint64 i = page->offset(); i < qint64(matching.size()) && i < page->offset() + page->size;
         ++i)
        objects.push_back(renderTask(call, *matching[std::size_t(i)]));
    return mmsOk(call, mmsPaged(std::move(objects), qint64(matching.size()), *page));
}

ServiceResponse getTask(MmsCall &call)
{
    const MmsTask *task = taskOfSource(call, call.objectId);
    if (!task)
        return mmsFail(call, taskMissing(call));
    return mmsOk(call, renderTask(call, *task));
}

ServiceResponse listTaskLogs(MmsCall &call)
{
    const MmsTask *task = taskOfSource(call, call.objectId);
    if (!task)
        return mmsFail(call, taskMissing(call));
    return mmsOk(call, call.state.renderLogs(*task));
}

ServiceResponse retryTask(MmsCall &call)
{
    if (!taskOfSource(call, call.objectId))
        return mmsFail(call, taskMissing(call));
    if (auto fault = call.state.retryTask(call.objectId, call.now))
        return mmsFail(call, *fault);
    return mmsOk(call, call.objectId);
}

} // namespace ferry::sandbox::mms
