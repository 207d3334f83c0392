// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The DTS emulator's jobs and their life cycle on the virtual clock.
//
// Life cycle: ConfigureDtsJob (+ CreateDtsInstance, in either order) -> Prechecking ->
// PrecheckFailed | schema (StructureInitialization) -> full load (DataInitialization) ->
// incremental (DataSynchronization, runs until StopDtsJob) -> Finished. Job Status is Migrating
// for MIGRATION jobs after the precheck, Initializing then Synchronizing for SYNC jobs.
//
// Virtual durations:
//   precheck         2.5 s per check item (about 40 s for a MySQL source with incremental)
//   schema           20 s + 1.5 s per table, at most 60 s
//   full load        150 s + rows / 400 000 rows/s, at most 10 min
//   incremental lag  starts at the full load's duration (at most 15 min) and drains with a 45 s
//                    time constant; then a steady 0.2-2 s; a first spike (6-25 s) 8 min after
//                    the incremental phase starts, then one in about half of the following
//                    15-minute windows; each rises over 20-40 s and drains with a 20 s constant.
//                    While suspended the lag grows one second per second and drains again after
//                    StartDtsJob. All of it is a pure function of the seed and the job's history.
//
// The fixable precheck failure: a self-managed MySQL source (any SourceEndpointInstanceType other
// than RDS/PolarDB) of a job with DataSynchronization reports binlog_format=MIXED on its first
// precheck (CHECK_SRC_BINLOG_FORMAT fails). The DBA's fix is assumed to land 30 virtual seconds
// after that precheck failed: a re-run (StartDtsJob on the PrecheckFailed job, or ConfigureDtsJob
// again with its DtsJobId) started from then on passes; an earlier re-run fails the same way.
// An empty password fails the login check and a 192.0.2.x address fails the connectivity check
// on every run, until the job is configured again.

#include "cloudapi/sandbox/emulatorsupport.h"

#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace ferry::sandbox::dts {

using emul::Fault;
using emul::Json;
using emul::Ms;

struct Endpoint
{
    QString instanceType;
    QString engine;
    QString region;
    QString instanceId;
    QString ip;
    QString port;
    QString user;
    QString password;
    QString database;
    QString oracleSid;
};

struct SourceTable
{
    QString db;
    QString destDb;
    QString name;
    qint64 rows = 0;
    qint64 bytes = 0;
    bool primaryKey = true;
    QString storageEngine = QStringLiteral("InnoDB");
};

enum class Stage
{
    NotConfigured, ///< instance bought, nothing configured
    NotStarted,    ///< configured, waiting for an instance or StartDtsJob
    Prechecking,
    PrecheckFailed,
    Schema,
    Full,
    Incremental,
    Finished,
};

enum class ItemState
{
    NotStarted,
    Checking,
    Success,
    Warning,
    Failed,
};

struct CheckItem
{
    QString item;
    QString names;
    ItemState result = ItemState::Success; ///< the outcome once checked
    QString errMsg;
    QString errDetail;
    QString repair;
    QString logMessage;
    QString logData;
    bool canSkip = false;
};

struct DtsJob
{
    QString id;
    QString instanceId;
    QString name;
    QString jobType; ///< MIGRATION, SYNC
    QString direction = QStringLiteral("Forward");
    QString parentId;  ///< for a reverse job
    QString reverseId; ///< for a job with a reverse job
    QString payType = QStringLiteral("PostPaid");
    QString instanceClass = QStringLiteral("medium");
    QString region = QStringLiteral("cn-hangzhou");
    bool structureInit = true;
    bool dataInit = true;
    bool dataSync = true;
    Endpoint src;
    Endpoint dst;
    QString dbList;
    QString reserve;
    std::vector<SourceTable> tables;
    qint64 totalRows = 0;
    qint64 totalBytes = 0;
    VirtualTime createTime;
    bool hasInstance = false;
    std::uint64_t salt = 0;

    Stage stage = Stage::NotStarted;
    Stage furthest = Stage::NotStarted; ///< the latest stage reached (Stop does not move it)
    VirtualTime stageStart;
    std::optional<VirtualTime> finishTime;

    // precheck
    int precheckRuns = 0;
    VirtualTime precheckStart;
    std::vector<CheckItem> checks;
    std::optional<VirtualTime> flawFixedAt;

    // schema and full load, with pause support
    Ms schemaDuration{0};
    Ms fullDuration{0};
    Ms stageElapsed{0};
    VirtualTime segmentStart;

    // incremental
    VirtualTime incStart;
    VirtualTime catchAnchor;
    double catchLagMs = 0;

    // suspension
    bool suspended = false;
    VirtualTime suspendedAt;
    double lagAtSuspendMs = 0;

    QString status() const;
};

class DtsState final
{
public:
    DtsState(const ScenarioOptions &options, VirtualTime anchor);

    void advance(VirtualTime now);

    struct Configure
    {
        QString jobId;
        QString instanceId;
        QString name;
        QString jobType;
        bool structureInit = true;
        bool dataInit = true;
        bool dataSync = true;
        Endpoint src;
        Endpoint dst;
        QString dbList;
        QString reserve;
        QString region;
        bool autoStart = true;
    };
    std::variant<const DtsJob *, Fault> configure(const Configure &request, VirtualTime now);

    struct Purchase
    {
        QString jobId;
        QString type;
        QString payType;
        QString instanceClass;
        QString region;
        bool autoStart = false;
    };
    std::variant<const DtsJob *, Fault> createInstance(const Purchase &request, VirtualTime now);

    std::optional<Fault> start(const QString &jobId, VirtualTime now);
    std::optional<Fault> stop(const QString &jobId, VirtualTime now);
    std::optional<Fault> suspend(const QString &jobId, VirtualTime now);
    std::variant<const DtsJob *, Fault> createReverse(const QString &jobId, VirtualTime now);

    const DtsJob *job(const QString &jobId) const;
    const DtsJob *jobByInstance(const QString &instanceId) const;
    const std::vector<DtsJob> &jobs() const { return m_jobs; }

    // Views at a point in time
    double delayMs(const DtsJob &job, VirtualTime now) const;
    /// Fraction of the current schema/full stage done.
    double stageFraction(const DtsJob &job, VirtualTime now) const;
    ItemState checkState(const DtsJob &job, std::size_t index, VirtualTime now) const;
    double rps(const DtsJob &job, VirtualTime now) const;
    double flowMBps(const DtsJob &job, VirtualTime now) const;

    /// The tables of a DbList (known scenario databases, or generated from the name).
    std::vector<SourceTable> tablesFor(const Json &dbList) const;

    static constexpr Ms kCheckStep = std::chrono::milliseconds(2500);

private:
    DtsJob *find(const QString &jobId);
    void startPrecheck(DtsJob &job, VirtualTime at);
    void step(DtsJob &job, VirtualTime now);
    void enterAfter(DtsJob &job, Stage finished, VirtualTime at);
    std::vector<CheckItem> buildChecks(const DtsJob &job, VirtualTime at) const;
    QString newJobId();
    void seedHistory();

    std::uint64_t m_seed;
    VirtualTime m_anchor;
    std::vector<DtsJob> m_jobs;
    std::uint64_t m_idCounter = 0;
};

bool isManagedSource(const Endpoint &endpoint);
QString itemStateName(ItemState state);

} // namespace ferry::sandbox::dts
