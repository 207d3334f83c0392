// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mutable side of the MMS emulator: metadata scans, asynchronous job creation, migration
// jobs and their tasks, and the migration status of tables and partitions. Nothing runs on a
// timer; advance(now) replays every transition due up to `now` in time order.
//
// Virtual durations (at a 30-60x time scale a whole workflow fits in a few real minutes):
//   scan                 40 s + 0.5 s per table in scope, at most 150 s; an offline agent
//                        fails the scan after 15 s (SCAN_FAILED)
//   job creation         GetMmsAsyncTask DOING for 2 s + 2 ms per task (at most 30 s), then DONE
//   task schema phase    8 s + 0.3 s per column + 0.05 s per partition (SCHEMA_DOING), then
//                        SCHEMA_DONE for 3 s
//   task data phase      30 s + size / 400 MB/s, at most 15 min (DATA_DOING), then DATA_DONE 3 s
//   task verification    10 s + size / 4 GB/s, at most 2 min (VERIFICATION_DOING), then DONE
//   jitter               +-15 % per task, from the seed
//   concurrency          8 running tasks per job; the rest wait in INIT
// Task grouping follows MMA's defaults: one task per non-partitioned table and one per group of
// at most 50 partitions / 5 GiB of a partitioned table.
// The table `hive_prod.dw.dwd_trade_order_di` fails its first data transfer (DATA_FAILED at 60 %
// of the data phase, a tunnel session expiry); RetryMmsTask or RetryMmsJob then succeeds.

#include "cloudapi/sandbox/emulatorsupport.h"
#include "cloudapi/sandbox/mmsscenario.h"

#include <deque>
#include <map>
#include <set>
#include <variant>

namespace ferry::sandbox::mms {

enum class TaskPhase : std::uint8_t
{
    Init,
    SchemaDoing,
    SchemaDone,
    SchemaFailed,
    DataDoing,
    DataDone,
    DataFailed,
    VerifyDoing,
    VerifyFailed,
    Done,
};

QString taskStatusName(TaskPhase phase);
bool isFailed(TaskPhase phase);

enum class LogKind : std::uint8_t
{
    CreateSchema,
    CreateTable,
    AddPartitions,
    DataStart,
    DataDone,
    DataFailed,
    VerifySource,
    VerifyTarget,
    Done,
    Stopped,
    Retried,
};

struct LogEvent
{
    VirtualTime time;
    LogKind kind;
    TaskPhase status;
    std::uint8_t attempt;
};

struct MmsTask
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 sourceId = 0;
    qint64 dbId = 0;
    qint64 tableId = 0;
    QString dstTable;
    std::vector<qint64> partitionIds;
    qint64 rows = 0;
    qint64 bytes = 0;
    bool view = false;
    Ms schemaDuration{0};
    Ms dataDuration{0};
    Ms verifyDuration{0};
    TaskPhase phase = TaskPhase::Init;
    bool running = false;
    bool stopped = false;
    bool willFail = false;
    int retriedTimes = 0;
    VirtualTime createTime;
    std::optional<VirtualTime> startTime;
    std::optional<VirtualTime> endTime;
    VirtualTime phaseEnd;
    std::vector<LogEvent> logs;
};

struct MmsJob
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 dbId = 0;
    QString name;
    QString srcDb;
    QString srcSchema;
    QString dstDb;
    QString dstSchema;
    QString type; ///< Database, Tables, Partitions
    QString taskType;
    QString eta;
    Json config;
    bool enableSchema = true;
    bool enableData = true;
    bool enableVerification = true;
    bool stopped = false;
    VirtualTime createTime;
    VirtualTime cursor;
    std::vector<qint64> taskIds;
    std::set<qint64> pending;
    std::vector<qint64> running;
    qint64 started = 0;
    qint64 done = 0;
    qint64 failed = 0;

    QString status() const;
    bool finished() const
    {
        return pending.empty() && running.empty() && done + failed == qint64(taskIds.size());
    }
};

struct MmsScan
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString dbName;
    QStringList tableNames;
    VirtualTime start;
    VirtualTime end;
    bool fails = false;
    QString error;
    bool applied = false;
    std::vector<qint64> dbIds;
    qint64 tables = 0;
    qint64 partitions = 0;
};

/// What CreateMmsJob asked for, after type checks.
struct JobRequest
{
    qint64 sourceId = 0;
    QString name;
    QString srcDb;
    QString srcSchema;
    QString dstDb;
    QString dstSchema;
    QString taskType;
    QStringList tables;
    std::vector<qint64> partitions;
    QStringList whiteList;
    QStringList blackList;
    std::map<QString, QString> partitionFilters;
    std::map<QString, QString> tableMapping;
    std::map<QString, QString> columnMapping;
    bool schemaOnly = false;
    bool enableSchema = true;
    bool enableData = true;
    bool enableVerification = true;
    bool increment = false;
    QString eta;
    Json others = Json::object();
};

struct MmsAsyncTask
{
    qint64 id = 0;
    qint64 sourceId = 0;
    VirtualTime createTime;
    VirtualTime end;
    bool applied = false;
    qint64 objectId = 0;
    MmsJob job;                 ///< the job to create (id assigned on completion)
    std::vector<MmsTask> tasks; ///< its tasks (ids assigned on completion)
};

struct TableMigration
{
    qint64 dbId = 0;
    qint64 sourceId = 0;
    QString status = QStringLiteral("INIT"); ///< non-partitioned tables
    qint64 doing = 0;
    qint64 done = 0;
    qint64 failed = 0;
};

/// Migration counters over a set of tables (a database or a data source).
struct MigrationCounts
{
    qint64 tablesDoing = 0;
    qint64 tablesDone = 0;
    qint64 tablesFailed = 0;
    qint64 tablesPartDone = 0;
    qint64 partitionsDoing = 0;
    qint64 partitionsDone = 0;
    qint64 partitionsFailed = 0;
};

class MmsState final
{
public:
    MmsState(const ScenarioOptions &options, VirtualTime anchor);

    const MmsScenario &scenario() const { return m_scenario; }

    /// Applies every transition due up to `now`.
    void advance(VirtualTime now);

    // Scans
    std::variant<qint64, Fault> startScan(qint64 sourceId, const QString &dbName,
                                          const QStringList &tableNames, VirtualTime now);
    const MmsScan *scan(qint64 id) const;
    const MmsScan *lastScan(qint64 sourceId) const;
    bool dbVisible(qint64 dbId) const;

    // Jobs
    std::variant<qint64, Fault> createJob(const JobRequest &request, VirtualTime now);
    const MmsAsyncTask *asyncTask(qint64 id) const;
    const std::map<qint64, MmsJob> &jobs() const { return m_jobs; }
    const MmsJob *job(qint64 id) const;
    const MmsTask *task(qint64 id) const;
    const std::map<qint64, MmsTask> &tasks() const { return m_tasks; }
    std::optional<Fault> stopJob(qint64 jobId, VirtualTime now);
    std::optional<Fault> startJob(qint64 jobId, VirtualTime now);
    std::optional<Fault> retryJob(qint64 jobId, VirtualTime now);
    std::optional<Fault> deleteJob(qint64 jobId);
    std::optional<Fault> retryTask(qint64 taskId, VirtualTime now);

    // Migration status
    QString tableStatus(const TableInfo &table) const;
    QString partitionStatus(qint64 partitionId) const;
    const TableMigration *tableMigration(qint64 tableId) const;
    MigrationCounts counts(qint64 sourceId, std::optional<qint64> dbId) const;

    /// ListMmsTaskLogs rows of a task.
    Json renderLogs(const MmsTask &task) const;

    static constexpr int kConcurrency = 8;

private:
    void seedHistory();
    void applyScan(MmsScan &scan);
    void materialise(MmsAsyncTask &async);
    void simulate(MmsJob &job, VirtualTime now);
    void fillSlots(MmsJob &job, VirtualTime at);
    void step(MmsJob &job, MmsTask &task, VirtualTime at);
    void enter(MmsJob &job, MmsTask &task, TaskPhase phase, VirtualTime at);
    void setTaskObjects(const MmsTask &task, const QString &status);
    void setPartitionStatus(const TableInfo &table, qint64 partitionId, const QString &status);
    std::optional<Fault> planTasks(const JobRequest &request, const Db &db, MmsJob &job,
                                   std::vector<MmsTask> &tasks) const;
    void addTask(const JobRequest &request, const TableInfo &table,
                 std::vector<qint64> partitionIds, qint64 rows, qint64 bytes, MmsJob &job,
                 std::vector<MmsTask> &tasks) const;
    Fault jobNotFound(qint64 jobId) const;

    MmsScenario m_scenario;
    std::uint64_t m_seed;
    std::map<qint64, MmsScan> m_scans;
    std::map<qint64, MmsAsyncTask> m_async;
    std::map<qint64, MmsJob> m_jobs;
    std::map<qint64, MmsTask> m_tasks;
    std::set<qint64> m_visibleDbs;
    std::map<qint64, TableMigration> m_tableMigration;
    std::map<qint64, QString> m_partitionStatus;
    std::set<qint64> m_failureArmed;
    std::set<qint64> m_failureSpent;
    qint64 m_nextAsyncId = 2501;
    qint64 m_nextJobId = 81;
    qint64 m_nextTaskId = 4001;
};

} // namespace ferry::sandbox::mms
