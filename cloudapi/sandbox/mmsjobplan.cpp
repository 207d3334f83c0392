// SPDX-License-Identifier: GPL-3.0-or-later
// MmsState: turning a CreateMmsJob request into tasks, and the scenario's history.
#include "cloudapi/sandbox/mmsstate.h"

#include "cloudapi/sandbox/mmspartitionfilter.h"
#include "cloudapi/sandbox/mmsscenariodata.h"

#include <algorithm>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

constexpr qint64 kMaxPartitionsPerTask = 50;
constexpr qint64 kMaxBytesPerTask = 5LL * 1024 * 1024 * 1024;

qint64 columnCount(const TableInfo &table)
{
    if (!table.def)
        return 5;
    return qint64(QByteArray(table.def->columns).count('|')) + 1;
}

Json stringMap(const std::map<QString, QString> &map)
{
    Json out = Json::object();
    for (const auto &[k, v] : map)
        out[js(k)] = js(v);
    return out;
}

bool containsName(const QStringList &list, const QString &name)
{
    return list.contains(name, Qt::CaseInsensitive);
}

} // namespace

std::variant<qint64, Fault> MmsState::createJob(const JobRequest &request, VirtualTime now)
{
    const DataSource *ds = m_scenario.source(request.sourceId);
    if (!ds)
        return Fault{404,
                     QStringLiteral("EntityNotExist.DataSource"),
                     QStringLiteral("data source %1 does not exist").arg(request.sourceId),
                     {}};
    const Db *db = m_scenario.dbByName(request.sourceId, request.srcDb);
    if (!db)
        return invalidParameter(QStringLiteral("srcDbName"),
                                QStringLiteral("database %1 does not exist in data source %2")
                                    .arg(request.srcDb, ds->name));
    if (!dbVisible(db->id))
        return Fault{400, QStringLiteral("IncorrectStatus.Db"),
                     QStringLiteral("database %1 of data source %2 has not been scanned yet; run "
                                    "CreateMmsFetchMetadataJob first")
                         .arg(db->name, ds->name),
                     QStringLiteral("srcDbName")};

    MmsAsyncTask async;
    async.id = m_nextAsyncId++;
    async.sourceId = request.sourceId;
    async.createTime = now;
    MmsJob &job = async.job;
    job.sourceId = request.sourceId;
    job.dbId = db->id;
    job.name = request.name;
    job.srcDb = db->name;
    job.srcSchema = request.srcSchema;
    job.dstDb = request.dstDb.isEmpty() ? ds->dstProject : request.dstDb;
    job.dstSchema = request.dstSchema.isEmpty() ? QStringLiteral("default") : request.dstSchema;
    job.taskType = request.taskType.isEmpty() ? ds->defaultTaskType : request.taskType;
    job.eta = request.eta;
    job.enableSchema = request.enableSchema;
    job.enableData = request.enableData && !request.schemaOnly;
    job.enableVerification = request.enableVerification && job.enableData;
    if (auto fault = planTasks(request, *db, job, async.tasks))
        return *fault;

    Json partitions = Json::array();
    for (qint64 id : request.partitions)
        partitions.push_back(id);
    job.config = {{"taskType", js(job.taskType)},
                  {"tables", jsList(request.tables)},
                  {"partitions", partitions},
                  {"tableBlackList", jsList(request.blackList)},
                  {"tableWhiteList", jsList(request.whiteList)},
                  {"partitionFilters", stringMap(request.partitionFilters)},
                  {"tableMapping", stringMap(request.tableMapping)},
                  {"columnMapping", stringMap(request.columnMapping)},
                  {"schemaOnly", request.schemaOnly},
                  {"increment", request.increment},
                  {"enableVerification", job.enableVerification},
                  {"tunnelQuota", "Default"},
                  {"others", request.others}};

    const qint64 creationMs = std::min<qint64>(30000, 2000 + 2 * qint64(async.tasks.size()));
    async.end = now + Ms(creationMs);
    const qint64 id = async.id;
    m_async.emplace(id, std::move(async));
    return id;
}

std::optional<Fault> MmsState::planTasks(const JobRequest &request, const Db &db, MmsJob &job,
                                         std::vector<MmsTask> &tasks) const
{
    std::map<QString, PartitionFilter> filters;
    for (const auto &[table, expression] : request.partitionFilters) {
        QString error;
        auto filter = PartitionFilter::parse(expression, &error);
        if (!filter)
            return invalidParameter(QStringLiteral("partitionFilters"),
                                    QStringLiteral("%1: %2").arg(table, error));
        filters.emplace(table.toLower(), *filter);
    }

    // the tables in scope, with explicit partitions when the job names them
    std::vector<std::pair<TableInfo, std::vector<qint64>>> scope;
    if (!request.partitions.empty()) {
        job.type = QStringLiteral("Partitions");
        std::map<qint64, std::vector<qint64>> byTable;
        for (qint64 pid : request.partitions) {
            const auto p = m_scenario.partition(pid);
            const auto t = p ? m_scenario.table(p->tableId) : std::nullopt;
            if (!p || !t || t->dbId != db.id)
                return invalidParameter(QStringLiteral("partitions"),
                                        QStringLiteral("partition %1 does not exist in database %2")
                                            .arg(pid)
                                            .arg(db.name));
            byTable[t->id].push_back(pid);
        }
        for (auto &[tableId, pids] : byTable) {
            std::sort(pids.begin(), pids.end());
            pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
            scope.emplace_back(*m_scenario.table(tableId), std::move(pids));
        }
    } else if (!request.tables.isEmpty()) {
        job.type = QStringLiteral("Tables");
        QStringList unknown;
        std::set<qint64> seen;
        for (const QString &name : request.tables) {
            const auto t = m_scenario.tableByName(db, name);
            if (!t)
                unknown.append(name);
            else if (seen.insert(t->id).second)
                scope.emplace_back(*t, std::vector<qint64>{});
        }
        if (!unknown.isEmpty())
            return invalidParameter(QStringLiteral("tables"),
                                    QStringLiteral("no table %1 in database %2")
                                        .arg(unknown.join(QStringLiteral(", ")), db.name));
        std::sort(scope.begin(), scope.end(),
                  [](const auto &a, const auto &b) { return a.first.id < b.first.id; });
    } else {
        job.type = QStringLiteral("Database");
        const qint64 count = m_scenario.tableCount(db);
        scope.reserve(std::size_t(count));
        for (qint64 i = 0; i < count; ++i)
            scope.emplace_back(m_scenario.tableAt(db, i), std::vector<qint64>{});
    }

    for (auto &[table, explicitPartitions] : scope) {
        if (!request.blackList.isEmpty()) {
            if (containsName(request.blackList, table.name))
                continue;
        } else if (!request.whiteList.isEmpty() && !containsName(request.whiteList, table.name)) {
            continue;
        }
        const bool view = table.type.contains(QLatin1String("VIEW"));
        if (view || !table.hasPartitions()) {
            addTask(request, table, {}, table.numRows, table.size, job, tasks);
            continue;
        }
        const auto filter = filters.find(table.name.toLower());
        std::vector<qint64> group;
        qint64 groupRows = 0;
        qint64 groupBytes = 0;
        bool any = false;
        auto consider = [&](const PartitionInfo &p) {
            if (filter != filters.end() && !filter->second.matches(p.value))
                return;
            any = true;
            if (!group.empty() && (qint64(group.size()) >= kMaxPartitionsPerTask ||
                                   groupBytes + p.size > kMaxBytesPerTask)) {
                addTask(request, table, std::move(group), groupRows, groupBytes, job, tasks);
                group.clear();
                groupRows = 0;
                groupBytes = 0;
            }
            group.push_back(p.id);
            groupRows += p.numRows;
            groupBytes += p.size;
        };
        if (!explicitPartitions.empty()) {
            for (qint64 pid : explicitPartitions)
                consider(*m_scenario.partition(pid));
        } else {
            for (qint64 k = 0; k < table.partitionCount; ++k)
                consider(m_scenario.partitionAt(table, k));
        }
        if (!group.empty())
            addTask(request, table, std::move(group), groupRows, groupBytes, job, tasks);
        else if (!any && request.schemaOnly)
            addTask(request, table, {}, 0, 0, job, tasks);
    }
    if (tasks.empty())
        return invalidParameter(QStringLiteral("tables"),
                                QStringLiteral("no table or partition of database %1 matches the "
                                               "job's tables, partitions and filters")
                                    .arg(db.name));
    return std::nullopt;
}

void MmsState::addTask(const JobRequest &request, const TableInfo &table,
                       std::vector<qint64> partitionIds, qint64 rows, qint64 bytes, MmsJob &job,
                       std::vector<MmsTask> &tasks) const
{
    MmsTask task;
    task.sourceId = job.sourceId;
    task.dbId = job.dbId;
    task.tableId = table.id;
    const auto mapped = request.tableMapping.find(table.name);
    task.dstTable = mapped == request.tableMapping.end() ? table.name : mapped->second;
    task.view = table.type.contains(QLatin1String("VIEW"));
    const std::uint64_t h = hashOf(m_seed, 21, std::uint64_t(table.id),
                                   partitionIds.empty() ? 0 : std::uint64_t(partitionIds.front()));
    const double jitter = between(h, 0.85, 1.15);
    const double schemaSecs =
        8.0 + 0.3 * double(columnCount(table)) + 0.05 * double(partitionIds.size());
    const double dataSecs = std::min(900.0, 30.0 + double(bytes) / 400e6);
    const double verifySecs = std::min(120.0, 10.0 + double(bytes) / 4e9);
    task.schemaDuration = Ms(qint64(schemaSecs * jitter * 1000));
    task.dataDuration = Ms(qint64(dataSecs * jitter * 1000));
    task.verifyDuration = Ms(qint64(verifySecs * jitter * 1000));
    task.partitionIds = std::move(partitionIds);
    task.rows = rows;
    task.bytes = bytes;
    tasks.push_back(std::move(task));
}

void MmsState::seedHistory()
{
    // hive_prod_backup was scanned and fully migrated two days before the sandbox started
    const VirtualTime anchor = m_scenario.anchor();
    const qint64 backupId = MmsScenario::kFirstSourceId + 2;
    const VirtualTime scanAt = anchor - Hours(48) - Minutes(40);
    startScan(backupId, {}, {}, scanAt);
    advance(scanAt + Minutes(5));

    JobRequest request;
    request.sourceId = backupId;
    request.name = QStringLiteral("archive_full");
    request.srcDb = QStringLiteral("dw_archive");
    request.dstDb = QStringLiteral("mc_prod_archive");
    request.dstSchema = QStringLiteral("dw_archive");
    request.eta = mmsTime(anchor - Hours(24));
    createJob(request, anchor - Hours(48) - Minutes(30));
    advance(anchor);
}

} // namespace ferry::sandbox::mms
