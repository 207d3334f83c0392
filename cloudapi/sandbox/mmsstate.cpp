// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/mmsstate.h"

#include <algorithm>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

constexpr Ms kHandoff = Seconds(3);

TaskPhase checkpointOf(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::SchemaDoing:
    case TaskPhase::SchemaFailed:
        return TaskPhase::Init;
    case TaskPhase::DataDoing:
    case TaskPhase::DataFailed:
        return TaskPhase::SchemaDone;
    case TaskPhase::VerifyDoing:
    case TaskPhase::VerifyFailed:
        return TaskPhase::DataDone;
    default:
        return phase;
    }
}

Fault stateFault(const QString &code, const QString &message)
{
    return {400, code, message, {}};
}

} // namespace

QString taskStatusName(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Init:
        return QStringLiteral("INIT");
    case TaskPhase::SchemaDoing:
        return QStringLiteral("SCHEMA_DOING");
    case TaskPhase::SchemaDone:
        return QStringLiteral("SCHEMA_DONE");
    case TaskPhase::SchemaFailed:
        return QStringLiteral("SCHEMA_FAILED");
    case TaskPhase::DataDoing:
        return QStringLiteral("DATA_DOING");
    case TaskPhase::DataDone:
        return QStringLiteral("DATA_DONE");
    case TaskPhase::DataFailed:
        return QStringLiteral("DATA_FAILED");
    case TaskPhase::VerifyDoing:
        return QStringLiteral("VERIFICATION_DOING");
    case TaskPhase::VerifyFailed:
        return QStringLiteral("VERIFICATION_FAILED");
    case TaskPhase::Done:
        return QStringLiteral("DONE");
    }
    return {};
}

bool isFailed(TaskPhase phase)
{
    return phase == TaskPhase::SchemaFailed || phase == TaskPhase::DataFailed ||
           phase == TaskPhase::VerifyFailed;
}

QString MmsJob::status() const
{
    if (!taskIds.empty() && done == qint64(taskIds.size()))
        return QStringLiteral("DONE");
    if (pending.empty() && running.empty() && failed > 0)
        return QStringLiteral("FAILED");
    if (started > 0)
        return QStringLiteral("DOING");
    return QStringLiteral("INIT");
}

MmsState::MmsState(const ScenarioOptions &options, VirtualTime anchor)
    : m_scenario(options, anchor)
    , m_seed(options.seed)
{
    seedHistory();
}

void MmsState::advance(VirtualTime now)
{
    for (auto &[id, scan] : m_scans) {
        if (!scan.applied && scan.end <= now)
            applyScan(scan);
    }
    std::vector<MmsAsyncTask *> due;
    for (auto &[id, async] : m_async) {
        if (!async.applied && async.end <= now)
            due.push_back(&async);
    }
    std::sort(due.begin(), due.end(), [](const MmsAsyncTask *a, const MmsAsyncTask *b) {
        return a->end != b->end ? a->end < b->end : a->id < b->id;
    });
    for (MmsAsyncTask *async : due)
        materialise(*async);
    for (auto &[id, job] : m_jobs)
        simulate(job, now);
}

// --- Scans -------------------------------------------------------------------------------------

std::variant<qint64, Fault> MmsState::startScan(qint64 sourceId, const QString &dbName,
                                                const QStringList &tableNames, VirtualTime now)
{
    const DataSource *ds = m_scenario.source(sourceId);
    if (!ds)
        return Fault{404,
                     QStringLiteral("EntityNotExist.DataSource"),
                     QStringLiteral("data source %1 does not exist").arg(sourceId),
                     {}};
    if (const MmsScan *last = lastScan(sourceId); last && last->end > now)
        return stateFault(QStringLiteral("IncorrectStatus.Scan"),
                          QStringLiteral("a metadata scan (scanId %1) is already running for data "
                                         "source %2")
                              .arg(last->id)
                              .arg(ds->name));
    MmsScan scan;
    scan.id = m_nextAsyncId++;
    scan.sourceId = sourceId;
    scan.dbName = dbName;
    scan.tableNames = tableNames;
    scan.start = now;
    for (qint64 dbId : ds->dbIds) {
        const Db *db = m_scenario.db(dbId);
        if (!dbName.isEmpty() && db->name.compare(dbName, Qt::CaseInsensitive) != 0)
            continue;
        if (!tableNames.isEmpty()) {
            for (const QString &name : tableNames) {
                const auto table = m_scenario.tableByName(*db, name);
                if (!table)
                    return invalidParameter(QStringLiteral("tableNames"),
                                            QStringLiteral("table %1.%2 does not exist in data "
                                                           "source %3")
                                                .arg(db->name, name, ds->name));
                scan.tables += 1;
                scan.partitions += table->partitionCount;
            }
        } else {
            const qint64 count = m_scenario.tableCount(*db);
            scan.tables += count;
            for (qint64 i = 0; i < count; ++i)
                scan.partitions += m_scenario.tableAt(*db, i).partitionCount;
        }
        scan.dbIds.push_back(dbId);
    }
    if (!dbName.isEmpty() && scan.dbIds.empty())
        return invalidParameter(
            QStringLiteral("dbName"),
            QStringLiteral("database %1 does not exist in data source %2").arg(dbName, ds->name));
    if (!ds->agentOnline) {
        scan.fails = true;
        scan.end = now + Seconds(15);
        scan.error = QStringLiteral("failed to reach the MMA agent of data source %1: no heartbeat "
                                    "for more than 300 s; check that the agent process is running "
                                    "and can reach the MaxCompute endpoint")
                         .arg(ds->name);
    } else {
        const double secs = std::min(150.0, 40.0 + 0.5 * double(scan.tables));
        scan.end = now + Ms(qint64(secs * 1000));
    }
    const qint64 id = scan.id;
    m_scans[id] = scan;
    return id;
}

void MmsState::applyScan(MmsScan &scan)
{
    scan.applied = true;
    if (scan.fails)
        return;
    for (qint64 dbId : scan.dbIds)
        m_visibleDbs.insert(dbId);
}

const MmsScan *MmsState::scan(qint64 id) const
{
    const auto it = m_scans.find(id);
    return it == m_scans.end() ? nullptr : &it->second;
}

const MmsScan *MmsState::lastScan(qint64 sourceId) const
{
    const MmsScan *last = nullptr;
    for (const auto &[id, scan] : m_scans) {
        if (scan.sourceId == sourceId)
            last = &scan;
    }
    return last;
}

bool MmsState::dbVisible(qint64 dbId) const
{
    return m_visibleDbs.count(dbId) > 0;
}

// --- Jobs --------------------------------------------------------------------------------------

const MmsAsyncTask *MmsState::asyncTask(qint64 id) const
{
    const auto it = m_async.find(id);
    return it == m_async.end() ? nullptr : &it->second;
}

const MmsJob *MmsState::job(qint64 id) const
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it->second;
}

const MmsTask *MmsState::task(qint64 id) const
{
    const auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : &it->second;
}

void MmsState::materialise(MmsAsyncTask &async)
{
    MmsJob job = std::move(async.job);
    job.id = m_nextJobId++;
    job.createTime = async.end;
    job.cursor = async.end;
    for (MmsTask &task : async.tasks) {
        task.id = m_nextTaskId++;
        task.jobId = job.id;
        task.createTime = async.end;
        job.taskIds.push_back(task.id);
        job.pending.insert(task.id);
        m_tasks.emplace(task.id, std::move(task));
    }
    async.tasks.clear();
    async.tasks.shrink_to_fit();
    async.objectId = job.id;
    async.applied = true;
    m_jobs.emplace(job.id, std::move(job));
}

void MmsState::simulate(MmsJob &job, VirtualTime now)
{
    if (job.stopped)
        return;
    for (;;) {
        fillSlots(job, job.cursor);
        MmsTask *next = nullptr;
        for (qint64 id : job.running) {
            MmsTask &candidate = m_tasks.at(id);
            if (!next || candidate.phaseEnd < next->phaseEnd ||
                (candidate.phaseEnd == next->phaseEnd && candidate.id < next->id))
                next = &candidate;
        }
        if (!next || next->phaseEnd > now)
            break;
        job.cursor = next->phaseEnd;
        step(job, *next, job.cursor);
    }
    job.cursor = std::max(job.cursor, now);
}

namespace {

TaskPhase nextPhase(const MmsJob &job, const MmsTask &task, TaskPhase phase)
{
    const bool data = job.enableData && !task.view;
    switch (phase) {
    case TaskPhase::Init:
        if (job.enableSchema)
            return TaskPhase::SchemaDoing;
        return data ? TaskPhase::DataDoing : TaskPhase::Done;
    case TaskPhase::SchemaDoing:
        return TaskPhase::SchemaDone;
    case TaskPhase::SchemaDone:
        return data ? TaskPhase::DataDoing : TaskPhase::Done;
    case TaskPhase::DataDoing:
        return TaskPhase::DataDone;
    case TaskPhase::DataDone:
        return job.enableVerification ? TaskPhase::VerifyDoing : TaskPhase::Done;
    default:
        return TaskPhase::Done;
    }
}

} // namespace

void MmsState::fillSlots(MmsJob &job, VirtualTime at)
{
    while (int(job.running.size()) < kConcurrency && !job.pending.empty()) {
        const qint64 id = *job.pending.begin();
        job.pending.erase(job.pending.begin());
        MmsTask &task = m_tasks.at(id);
        task.running = true;
        task.stopped = false;
        if (!task.startTime) {
            task.startTime = at;
            ++job.started;
        }
        job.running.push_back(id);
        enter(job, task, nextPhase(job, task, task.phase), at);
    }
}

void MmsState::step(MmsJob &job, MmsTask &task, VirtualTime at)
{
    const auto attempt = std::uint8_t(std::min(task.retriedTimes, 255));
    if (task.phase == TaskPhase::DataDoing && task.willFail) {
        task.phase = TaskPhase::DataFailed;
        task.willFail = false;
        task.running = false;
        task.endTime = at;
        std::erase(job.running, task.id);
        ++job.failed;
        m_failureArmed.erase(task.tableId);
        m_failureSpent.insert(task.tableId);
        task.logs.push_back({at, LogKind::DataFailed, TaskPhase::DataFailed, attempt});
        setTaskObjects(task, QStringLiteral("FAILED"));
        return;
    }
    if (task.phase == TaskPhase::VerifyDoing)
        task.logs.push_back({at, LogKind::VerifyTarget, TaskPhase::VerifyDoing, attempt});
    enter(job, task, nextPhase(job, task, task.phase), at);
}

void MmsState::enter(MmsJob &job, MmsTask &task, TaskPhase phase, VirtualTime at)
{
    const auto attempt = std::uint8_t(std::min(task.retriedTimes, 255));
    task.phase = phase;
    switch (phase) {
    case TaskPhase::SchemaDoing:
        task.logs.push_back({at, LogKind::CreateSchema, phase, attempt});
        task.phaseEnd = at + task.schemaDuration;
        setTaskObjects(task, QStringLiteral("DOING"));
        break;
    case TaskPhase::SchemaDone:
        task.logs.push_back({at, LogKind::CreateTable, phase, attempt});
        if (!task.partitionIds.empty())
            task.logs.push_back({at, LogKind::AddPartitions, phase, attempt});
        task.phaseEnd = at + kHandoff;
        break;
    case TaskPhase::DataDoing: {
        const auto table = m_scenario.table(task.tableId);
        task.willFail = table && table->failsOnce && !m_failureArmed.count(task.tableId) &&
                        !m_failureSpent.count(task.tableId);
        if (task.willFail)
            m_failureArmed.insert(task.tableId);
        task.logs.push_back({at, LogKind::DataStart, phase, attempt});
        task.phaseEnd = at + (task.willFail ? task.dataDuration * 6 / 10 : task.dataDuration);
        setTaskObjects(task, QStringLiteral("DOING"));
        break;
    }
    case TaskPhase::DataDone:
        task.logs.push_back({at, LogKind::DataDone, phase, attempt});
        task.phaseEnd = at + kHandoff;
        break;
    case TaskPhase::VerifyDoing:
        task.logs.push_back({at, LogKind::VerifySource, phase, attempt});
        task.phaseEnd = at + task.verifyDuration;
        break;
    case TaskPhase::Done:
        task.logs.push_back({at, LogKind::Done, phase, attempt});
        task.running = false;
        task.endTime = at;
        std::erase(job.running, task.id);
        ++job.done;
        setTaskObjects(task, QStringLiteral("DONE"));
        break;
    default:
        break;
    }
}

void MmsState::setTaskObjects(const MmsTask &task, const QString &status)
{
    const auto table = m_scenario.table(task.tableId);
    if (!table)
        return;
    if (task.partitionIds.empty()) {
        TableMigration &m = m_tableMigration[task.tableId];
        m.dbId = table->dbId;
        m.sourceId = table->sourceId;
        m.status = status;
        return;
    }
    for (qint64 pid : task.partitionIds)
        setPartitionStatus(*table, pid, status);
}

void MmsState::setPartitionStatus(const TableInfo &table, qint64 partitionId, const QString &status)
{
    TableMigration &m = m_tableMigration[table.id];
    m.dbId = table.dbId;
    m.sourceId = table.sourceId;
    auto bump = [&m](const QString &s, qint64 delta) {
        if (s == QLatin1String("DOING"))
            m.doing += delta;
        else if (s == QLatin1String("DONE"))
            m.done += delta;
        else if (s == QLatin1String("FAILED"))
            m.failed += delta;
    };
    const auto it = m_partitionStatus.find(partitionId);
    if (it != m_partitionStatus.end())
        bump(it->second, -1);
    bump(status, +1);
    if (status == QLatin1String("INIT"))
        m_partitionStatus.erase(partitionId);
    else
        m_partitionStatus[partitionId] = status;
}

Fault MmsState::jobNotFound(qint64 jobId) const
{
    return {404,
            QStringLiteral("EntityNotExist.Job"),
            QStringLiteral("migration job %1 does not exist").arg(jobId),
            {}};
}

std::optional<Fault> MmsState::stopJob(qint64 jobId, VirtualTime now)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return jobNotFound(jobId);
    MmsJob &job = it->second;
    if (job.stopped)
        return stateFault(QStringLiteral("IncorrectStatus.Job"),
                          QStringLiteral("job %1 is already stopped").arg(jobId));
    if (job.finished())
        return stateFault(QStringLiteral("IncorrectStatus.Job"),
                          QStringLiteral("job %1 is %2 and cannot be stopped; only INIT or DOING "
                                         "jobs can be stopped")
                              .arg(jobId)
                              .arg(job.status()));
    job.stopped = true;
    for (qint64 id : job.running) {
        MmsTask &task = m_tasks.at(id);
        task.logs.push_back(
            {now, LogKind::Stopped, task.phase, std::uint8_t(std::min(task.retriedTimes, 255))});
        if (task.willFail) {
            m_failureArmed.erase(task.tableId);
            task.willFail = false;
        }
        task.phase = checkpointOf(task.phase);
        task.running = false;
        setTaskObjects(task, QStringLiteral("INIT"));
        job.pending.insert(id);
    }
    job.running.clear();
    for (qint64 id : job.pending)
        m_tasks.at(id).stopped = true;
    return std::nullopt;
}

std::optional<Fault> MmsState::startJob(qint64 jobId, VirtualTime now)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return jobNotFound(jobId);
    MmsJob &job = it->second;
    if (!job.stopped)
        return stateFault(QStringLiteral("IncorrectStatus.Job"),
                          QStringLiteral("job %1 is %2 and not stopped; only a job stopped by "
                                         "StopMmsJob can be started")
                              .arg(jobId)
                              .arg(job.status()));
    job.stopped = false;
    job.cursor = std::max(job.cursor, now);
    for (qint64 id : job.pending)
        m_tasks.at(id).stopped = false;
    return std::nullopt;
}

std::optional<Fault> MmsState::retryJob(qint64 jobId, VirtualTime now)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return jobNotFound(jobId);
    MmsJob &job = it->second;
    if (job.stopped || job.status() != QLatin1String("FAILED"))
        return stateFault(
            QStringLiteral("IncorrectStatus.Job"),
            QStringLiteral("job %1 is %2%3; only FAILED jobs can be retried")
                .arg(jobId)
                .arg(job.status(), job.stopped ? QStringLiteral(" (stopped)") : QString()));
    for (qint64 id : job.taskIds) {
        if (isFailed(m_tasks.at(id).phase))
            retryTask(id, now);
    }
    return std::nullopt;
}

std::optional<Fault> MmsState::retryTask(qint64 taskId, VirtualTime now)
{
    const auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return Fault{404,
                     QStringLiteral("EntityNotExist.Task"),
                     QStringLiteral("migration task %1 does not exist").arg(taskId),
                     {}};
    MmsTask &task = it->second;
    MmsJob &job = m_jobs.at(task.jobId);
    if (!isFailed(task.phase))
        return stateFault(QStringLiteral("IncorrectStatus.Task"),
                          QStringLiteral("task %1 is %2; only SCHEMA_FAILED, DATA_FAILED or "
                                         "VERIFICATION_FAILED tasks can be retried")
                              .arg(taskId)
                              .arg(taskStatusName(task.phase)));
    if (job.stopped)
        return stateFault(
            QStringLiteral("IncorrectStatus.Job"),
            QStringLiteral("job %1 is stopped; start it before retrying its tasks").arg(job.id));
    ++task.retriedTimes;
    task.phase = checkpointOf(task.phase);
    task.endTime.reset();
    task.logs.push_back(
        {now, LogKind::Retried, task.phase, std::uint8_t(std::min(task.retriedTimes, 255))});
    setTaskObjects(task, QStringLiteral("INIT"));
    --job.failed;
    job.pending.insert(task.id);
    job.cursor = std::max(job.cursor, now);
    return std::nullopt;
}

std::optional<Fault> MmsState::deleteJob(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return jobNotFound(jobId);
    const MmsJob &job = it->second;
    if (!job.stopped && !job.finished())
        return stateFault(QStringLiteral("IncorrectStatus.Job"),
                          QStringLiteral("job %1 is %2; stop it with StopMmsJob before deleting it")
                              .arg(jobId)
                              .arg(job.status()));
    for (qint64 id : job.taskIds)
        m_tasks.erase(id);
    m_jobs.erase(it);
    return std::nullopt;
}

// --- Migration status --------------------------------------------------------------------------

const TableMigration *MmsState::tableMigration(qint64 tableId) const
{
    const auto it = m_tableMigration.find(tableId);
    return it == m_tableMigration.end() ? nullptr : &it->second;
}

QString MmsState::tableStatus(const TableInfo &table) const
{
    const TableMigration *m = tableMigration(table.id);
    if (!m)
        return QStringLiteral("INIT");
    if (!table.hasPartitions())
        return m->status;
    if (m->doing > 0)
        return QStringLiteral("DOING");
    if (m->failed > 0)
        return QStringLiteral("FAILED");
    if (m->done >= table.partitionCount)
        return QStringLiteral("DONE");
    if (m->done > 0)
        return QStringLiteral("PART_DONE");
    return m->status == QLatin1String("DONE") ? QStringLiteral("DONE") : QStringLiteral("INIT");
}

QString MmsState::partitionStatus(qint64 partitionId) const
{
    const auto it = m_partitionStatus.find(partitionId);
    return it == m_partitionStatus.end() ? QStringLiteral("INIT") : it->second;
}

MigrationCounts MmsState::counts(qint64 sourceId, std::optional<qint64> dbId) const
{
    MigrationCounts c;
    for (const auto &[tableId, m] : m_tableMigration) {
        if (m.sourceId != sourceId || (dbId && m.dbId != *dbId))
            continue;
        const auto table = m_scenario.table(tableId);
        if (!table)
            continue;
        const QString status = tableStatus(*table);
        if (status == QLatin1String("DOING"))
            ++c.tablesDoing;
        else if (status == QLatin1String("DONE"))
            ++c.tablesDone;
        else if (status == QLatin1String("FAILED"))
            ++c.tablesFailed;
        else if (status == QLatin1String("PART_DONE"))
            ++c.tablesPartDone;
        c.partitionsDoing += m.doing;
        c.partitionsDone += m.done;
        c.partitionsFailed += m.failed;
    }
    return c;
}

} // namespace ferry::sandbox::mms
