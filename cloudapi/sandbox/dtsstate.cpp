// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/dtsstate.h"

#include <algorithm>
#include <cmath>

namespace ferry::sandbox::dts {

using namespace emul;

namespace {

constexpr double kCatchTauMs = 45000;
constexpr double kSpikeTauMs = 20000;
constexpr Ms kSpikeWindow = Minutes(15);
constexpr Ms kFirstSpike = Minutes(8);
constexpr Ms kFixDelay = Seconds(30);

Fault notFound(const QString &jobId)
{
    return {404, QStringLiteral("InvalidDtsJobId.NotFound"),
            QStringLiteral("The specified DTS job %1 does not exist.").arg(jobId), jobId};
}

Fault denied(const DtsJob &job, const QString &operation, const QString &allowed)
{
    return {400, QStringLiteral("OperationDenied.JobStatus"),
            QStringLiteral("%1 is not allowed when the DTS job %2 is %3; allowed when it is %4.")
                .arg(operation, job.id, job.status(), allowed),
            job.status()};
}

double msBetween(VirtualTime from, VirtualTime to)
{
    return double((to - from).count());
}

} // namespace

QString DtsJob::status() const
{
    const bool sync = jobType == QLatin1String("SYNC");
    if (suspended)
        return QStringLiteral("Suspending");
    switch (stage) {
    case Stage::NotConfigured:
        return QStringLiteral("NotConfigured");
    case Stage::NotStarted:
        return QStringLiteral("NotStarted");
    case Stage::Prechecking:
        return QStringLiteral("Prechecking");
    case Stage::PrecheckFailed:
        return QStringLiteral("PrecheckFailed");
    case Stage::Schema:
    case Stage::Full:
        return sync ? QStringLiteral("Initializing") : QStringLiteral("Migrating");
    case Stage::Incremental:
        return sync ? QStringLiteral("Synchronizing") : QStringLiteral("Migrating");
    case Stage::Finished:
        return QStringLiteral("Finished");
    }
    return {};
}

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::NotStarted:
        return QStringLiteral("NotStarted");
    case ItemState::Checking:
        return QStringLiteral("Checking");
    case ItemState::Success:
        return QStringLiteral("Success");
    case ItemState::Warning:
        return QStringLiteral("Warning");
    case ItemState::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

bool isManagedSource(const Endpoint &endpoint)
{
    const QString type = endpoint.instanceType.toUpper();
    return type == QLatin1String("RDS") || type == QLatin1String("POLARDB") ||
           type == QLatin1String("POLARDBX20") || type == QLatin1String("ADB30");
}

DtsState::DtsState(const ScenarioOptions &options, VirtualTime anchor)
    : m_seed(options.seed)
    , m_anchor(anchor)
{
    seedHistory();
}

QString DtsState::newJobId()
{
    // ids do not depend on the seed, so tests and demos can name the scenario's jobs
    return alnumId(hashOf(0xd75, ++m_idCounter), 15);
}

DtsJob *DtsState::find(const QString &jobId)
{
    for (DtsJob &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

const DtsJob *DtsState::job(const QString &jobId) const
{
    for (const DtsJob &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

const DtsJob *DtsState::jobByInstance(const QString &instanceId) const
{
    for (const DtsJob &job : m_jobs) {
        if (job.hasInstance && job.instanceId == instanceId)
            return &job;
    }
    return nullptr;
}

void DtsState::advance(VirtualTime now)
{
    for (DtsJob &job : m_jobs)
        step(job, now);
}

void DtsState::step(DtsJob &job, VirtualTime now)
{
    for (;;) {
        if (job.stage == Stage::Prechecking) {
            const VirtualTime end = job.precheckStart + kCheckStep * qint64(job.checks.size());
            if (now < end)
                return;
            const bool failed =
                std::any_of(job.checks.begin(), job.checks.end(),
                            [](const CheckItem &c) { return c.result == ItemState::Failed; });
            if (failed) {
                job.stage = Stage::PrecheckFailed;
                job.stageStart = end;
                const bool flaw =
                    std::any_of(job.checks.begin(), job.checks.end(), [](const CheckItem &c) {
                        return c.result == ItemState::Failed &&
                               c.item == QLatin1String("CHECK_SRC_BINLOG_FORMAT");
                    });
                if (flaw && !job.flawFixedAt)
                    job.flawFixedAt = end + kFixDelay;
                return;
            }
            enterAfter(job, Stage::Prechecking, end);
            continue;
        }
        if ((job.stage == Stage::Schema || job.stage == Stage::Full) && !job.suspended) {
            const Ms duration = job.stage == Stage::Schema ? job.schemaDuration : job.fullDuration;
            const VirtualTime end = job.segmentStart + (duration - job.stageElapsed);
            if (now < end)
                return;
            enterAfter(job, job.stage, end);
            continue;
        }
        return;
    }
}

void DtsState::enterAfter(DtsJob &job, Stage finished, VirtualTime at)
{
    Stage next = Stage::Finished;
    if (finished == Stage::Prechecking) {
        next = job.structureInit ? Stage::Schema
               : job.dataInit    ? Stage::Full
               : job.dataSync    ? Stage::Incremental
                                 : Stage::Finished;
    } else if (finished == Stage::Schema) {
        next = job.dataInit ? Stage::Full : job.dataSync ? Stage::Incremental : Stage::Finished;
    } else if (finished == Stage::Full) {
        next = job.dataSync ? Stage::Incremental : Stage::Finished;
    }
    job.stage = next;
    job.furthest = next;
    job.stageStart = at;
    job.stageElapsed = Ms(0);
    job.segmentStart = at;
    if (next == Stage::Incremental) {
        job.incStart = at;
        job.catchAnchor = at;
        // changes made during the full load queue up; replay starts that far behind
        job.catchLagMs =
            job.dataInit ? double(std::min<qint64>(job.fullDuration.count(), 900000)) : 4000.0;
    }
    if (next == Stage::Finished)
        job.finishTime = at;
}

void DtsState::startPrecheck(DtsJob &job, VirtualTime at)
{
    ++job.precheckRuns;
    job.precheckStart = at;
    job.checks = buildChecks(job, at);
    job.stage = Stage::Prechecking;
    job.furthest = Stage::Prechecking;
    job.stageStart = at;
    job.suspended = false;
    job.finishTime.reset();
}

std::variant<const DtsJob *, Fault> DtsState::configure(const Configure &request, VirtualTime now)
{
    DtsJob *job = nullptr;
    if (!request.jobId.isEmpty()) {
        job = find(request.jobId);
        if (!job)
            return notFound(request.jobId);
        if (job->stage != Stage::NotConfigured && job->stage != Stage::NotStarted &&
            job->stage != Stage::PrecheckFailed)
            return denied(*job, QStringLiteral("ConfigureDtsJob"),
                          QStringLiteral("NotConfigured, NotStarted or PrecheckFailed"));
    } else if (!request.instanceId.isEmpty()) {
        for (DtsJob &candidate : m_jobs) {
            if (candidate.hasInstance && candidate.instanceId == request.instanceId)
                job = &candidate;
        }
        if (!job)
            return Fault{404, QStringLiteral("InvalidDtsInstanceId.NotFound"),
                         QStringLiteral("The specified DTS instance %1 does not exist.")
                             .arg(request.instanceId),
                         request.instanceId};
        if (job->stage != Stage::NotConfigured)
            return denied(*job, QStringLiteral("ConfigureDtsJob"), QStringLiteral("NotConfigured"));
    } else {
        DtsJob fresh;
        fresh.id = newJobId();
        fresh.instanceId = QStringLiteral("dts") + fresh.id;
        fresh.createTime = floorToSecond(now);
        fresh.salt = hashOf(m_seed, 0xd76, m_idCounter);
        m_jobs.push_back(fresh);
        job = &m_jobs.back();
    }
    job->name = request.name;
    job->jobType = request.jobType;
    job->structureInit = request.structureInit;
    job->dataInit = request.dataInit;
    job->dataSync = request.dataSync;
    job->src = request.src;
    job->dst = request.dst;
    job->dbList = request.dbList;
    job->reserve = request.reserve;
    if (!request.region.isEmpty())
        job->region = request.region;
    job->tables = tablesFor(Json::parse(request.dbList.toStdString(), nullptr, false));
    job->totalRows = 0;
    job->totalBytes = 0;
    for (const SourceTable &t : job->tables) {
        job->totalRows += t.rows;
        job->totalBytes += t.bytes;
    }
    job->schemaDuration = Ms(std::min<qint64>(60000, 20000 + 1500 * qint64(job->tables.size())));
    job->fullDuration = Ms(std::min<qint64>(600000, 150000 + job->totalRows / 400));
    if (job->hasInstance && request.autoStart)
        startPrecheck(*job, now);
    else if (job->stage != Stage::NotStarted)
        job->stage = Stage::NotStarted;
    return job;
}

std::variant<const DtsJob *, Fault> DtsState::createInstance(const Purchase &request,
                                                             VirtualTime now)
{
    DtsJob *job = nullptr;
    if (!request.jobId.isEmpty()) {
        job = find(request.jobId);
        if (!job)
            return notFound(request.jobId);
        if (job->hasInstance)
            return Fault{400, QStringLiteral("OperationDenied.InstanceExists"),
                         QStringLiteral("The DTS job %1 already has the instance %2.")
                             .arg(job->id, job->instanceId),
                         job->id};
    } else {
        DtsJob fresh;
        fresh.id = newJobId();
        fresh.instanceId = QStringLiteral("dts") + fresh.id;
        fresh.createTime = floorToSecond(now);
        fresh.salt = hashOf(m_seed, 0xd76, m_idCounter);
        fresh.stage = Stage::NotConfigured;
        fresh.jobType = request.type.isEmpty() ? QStringLiteral("MIGRATION") : request.type;
        fresh.name = fresh.instanceId;
        m_jobs.push_back(fresh);
        job = &m_jobs.back();
    }
    job->hasInstance = true;
    job->payType = request.payType;
    if (!request.instanceClass.isEmpty())
        job->instanceClass = request.instanceClass;
    if (!request.region.isEmpty())
        job->region = request.region;
    if (request.autoStart && job->stage == Stage::NotStarted)
        startPrecheck(*job, now);
    return job;
}

std::optional<Fault> DtsState::start(const QString &jobId, VirtualTime now)
{
    DtsJob *job = find(jobId);
    if (!job)
        return notFound(jobId);
    const QString allowed = QStringLiteral("NotStarted, PrecheckFailed or Suspending");
    switch (job->stage) {
    case Stage::NotStarted:
        if (!job->hasInstance)
            return Fault{
                400, QStringLiteral("OperationDenied.NoInstance"),
                QStringLiteral("The DTS job %1 has no instance yet; call CreateDtsInstance "
                               "with JobId=%1 first.")
                    .arg(job->id),
                job->id};
        startPrecheck(*job, now);
        return std::nullopt;
    case Stage::PrecheckFailed:
        startPrecheck(*job, now);
        return std::nullopt;
    case Stage::Schema:
    case Stage::Full:
    case Stage::Incremental:
        if (!job->suspended)
            return denied(*job, QStringLiteral("StartDtsJob"), allowed);
        job->suspended = false;
        if (job->stage == Stage::Incremental) {
            job->catchLagMs = job->lagAtSuspendMs + msBetween(job->suspendedAt, now);
            job->catchAnchor = now;
        } else {
            job->segmentStart = now;
        }
        return std::nullopt;
    default:
        return denied(*job, QStringLiteral("StartDtsJob"), allowed);
    }
}

std::optional<Fault> DtsState::stop(const QString &jobId, VirtualTime now)
{
    DtsJob *job = find(jobId);
    if (!job)
        return notFound(jobId);
    if (job->stage == Stage::NotConfigured || job->stage == Stage::NotStarted ||
        job->stage == Stage::Finished)
        return denied(*job, QStringLiteral("StopDtsJob"),
                      QStringLiteral("Prechecking, PrecheckFailed, Migrating, Initializing, "
                                     "Synchronizing or Suspending"));
    job->stage = Stage::Finished;
    job->suspended = false;
    job->finishTime = now;
    return std::nullopt;
}

std::optional<Fault> DtsState::suspend(const QString &jobId, VirtualTime now)
{
    DtsJob *job = find(jobId);
    if (!job)
        return notFound(jobId);
    const bool running = job->stage == Stage::Schema || job->stage == Stage::Full ||
                         job->stage == Stage::Incremental;
    if (!running || job->suspended)
        return denied(*job, QStringLiteral("SuspendDtsJob"),
                      QStringLiteral("Migrating, Initializing or Synchronizing"));
    if (job->stage == Stage::Incremental)
        job->lagAtSuspendMs = delayMs(*job, now);
    else
        job->stageElapsed += std::chrono::duration_cast<Ms>(now - job->segmentStart);
    job->suspended = true;
    job->suspendedAt = now;
    return std::nullopt;
}

std::variant<const DtsJob *, Fault> DtsState::createReverse(const QString &jobId, VirtualTime now)
{
    DtsJob *forward = find(jobId);
    if (!forward)
        return notFound(jobId);
    if (forward->direction != QLatin1String("Forward") || !forward->dataSync)
        return Fault{400, QStringLiteral("OperationDenied.NotSupported"),
                     QStringLiteral("A reverse task needs a forward task with incremental data "
                                    "migration or synchronization; %1 has none.")
                         .arg(jobId),
                     jobId};
    if (!forward->reverseId.isEmpty())
        return Fault{400, QStringLiteral("OperationDenied.ReverseJobExists"),
                     QStringLiteral("The DTS job %1 already has the reverse task %2.")
                         .arg(jobId, forward->reverseId),
                     forward->reverseId};
    const bool hadIncremental = forward->incStart.time_since_epoch().count() > 0;
    if (!(forward->stage == Stage::Incremental ||
          (forward->stage == Stage::Finished && hadIncremental)))
        return denied(*forward, QStringLiteral("CreateReverseDtsJob"),
                      QStringLiteral("in its incremental phase or Finished after it"));
    DtsJob reverse;
    reverse.id = newJobId();
    reverse.instanceId = QStringLiteral("dts") + reverse.id;
    reverse.salt = hashOf(m_seed, 0xd76, m_idCounter);
    reverse.name = forward->name + QStringLiteral("_reverse");
    reverse.jobType = QStringLiteral("SYNC");
    reverse.direction = QStringLiteral("Reverse");
    reverse.parentId = forward->id;
    reverse.region = forward->region;
    reverse.payType = forward->payType;
    reverse.instanceClass = forward->instanceClass;
    reverse.structureInit = false;
    reverse.dataInit = false;
    reverse.dataSync = true;
    reverse.src = forward->dst;
    reverse.dst = forward->src;
    reverse.dbList = forward->dbList;
    reverse.reserve = forward->reserve;
    reverse.tables = forward->tables;
    for (SourceTable &t : reverse.tables)
        std::swap(t.db, t.destDb);
    reverse.totalRows = forward->totalRows;
    reverse.totalBytes = forward->totalBytes;
    reverse.createTime = floorToSecond(now);
    reverse.hasInstance = true;
    const QString forwardId = forward->id;
    const QString reverseId = reverse.id;
    m_jobs.push_back(reverse);
    find(forwardId)->reverseId = reverseId;
    DtsJob *created = find(reverseId);
    startPrecheck(*created, now);
    return created;
}

// --- views -------------------------------------------------------------------------------------

double DtsState::stageFraction(const DtsJob &job, VirtualTime now) const
{
    if (job.stage != Stage::Schema && job.stage != Stage::Full)
        return job.stage > Stage::Full ? 1.0 : 0.0;
    const Ms duration = job.stage == Stage::Schema ? job.schemaDuration : job.fullDuration;
    double elapsed = double(job.stageElapsed.count());
    if (!job.suspended)
        elapsed += msBetween(job.segmentStart, now);
    return std::clamp(elapsed / std::max(1.0, double(duration.count())), 0.0, 1.0);
}

ItemState DtsState::checkState(const DtsJob &job, std::size_t index, VirtualTime now) const
{
    if (index >= job.checks.size())
        return ItemState::NotStarted;
    if (job.stage != Stage::Prechecking)
        return job.checks[index].result;
    const VirtualTime begin = job.precheckStart + kCheckStep * qint64(index);
    if (now < begin)
        return ItemState::NotStarted;
    if (now < begin + kCheckStep)
        return ItemState::Checking;
    return job.checks[index].result;
}

double DtsState::delayMs(const DtsJob &job, VirtualTime now) const
{
    if (job.stage != Stage::Incremental)
        return 0;
    if (job.suspended)
        return job.lagAtSuspendMs + msBetween(job.suspendedAt, now);
    const double catchUp =
        job.catchLagMs * std::exp(-msBetween(job.catchAnchor, now) / kCatchTauMs);

    // steady replication noise, 0.2-2 s, interpolated between 10 s buckets
    const double secs = double(now.time_since_epoch().count()) / 10000.0;
    const auto bucket = std::uint64_t(std::floor(secs));
    const double frac = secs - std::floor(secs);
    auto level = [&](std::uint64_t b) {
        const double u = unit(hashOf(m_seed, job.salt, 0x5eed, b));
        return 200.0 + 1800.0 * u * u;
    };
    const double base = level(bucket) * (1 - frac) + level(bucket + 1) * frac;

    auto spike = [&](VirtualTime start, std::uint64_t h) {
        if (now < start)
            return 0.0;
        const double peak = between(h, 6000, 25000);
        const double rise = between(mix(h), 20000, 40000);
        const double t = msBetween(start, now);
        return t < rise ? peak * t / rise : peak * std::exp(-(t - rise) / kSpikeTauMs);
    };
    double spikes = spike(job.incStart + kFirstSpike, hashOf(m_seed, job.salt, 0x5b1));
    const auto window = (now - job.incStart) / kSpikeWindow;
    for (auto k = std::max<decltype(window)>(1, window - 1); k <= window; ++k) {
        const std::uint64_t h = hashOf(m_seed, job.salt, 0x5b2, std::uint64_t(k));
        if (unit(h) < 0.5) {
            const VirtualTime start =
                job.incStart + kSpikeWindow * k + Ms(qint64(between(mix(h ^ 3), 0, 720000)));
            spikes = std::max(spikes, spike(start, h));
        }
    }
    return std::max({catchUp, base, spikes});
}

double DtsState::rps(const DtsJob &job, VirtualTime now) const
{
    if (job.suspended)
        return 0;
    const double noise = between(
        hashOf(m_seed, job.salt, 0x4b5, std::uint64_t(now.time_since_epoch().count() / 60000)), 0.8,
        1.2);
    if (job.stage == Stage::Full)
        return double(job.totalRows) / std::max(1.0, double(job.fullDuration.count()) / 1000) *
               noise;
    if (job.stage != Stage::Incremental)
        return 0;
    const double steady = between(hashOf(m_seed, job.salt, 0x4b6), 300, 1500) * noise;
    const double catchUp =
        job.catchLagMs * std::exp(-msBetween(job.catchAnchor, now) / kCatchTauMs);
    return catchUp > 2000 ? steady * 4 : steady;
}

double DtsState::flowMBps(const DtsJob &job, VirtualTime now) const
{
    const double rowBytes =
        job.totalRows > 0 ? double(job.totalBytes) / double(job.totalRows) : 200;
    return rps(job, now) * rowBytes / (1024.0 * 1024.0);
}

// --- scenario history --------------------------------------------------------------------------

void DtsState::seedHistory()
{
    auto endpoint = [](const char *type, const char *id, const char *ip, const char *user,
                       const char *password) {
        Endpoint e;
        e.instanceType = QString::fromLatin1(type);
        e.engine = QStringLiteral("MySQL");
        e.region = QStringLiteral("cn-hangzhou");
        e.instanceId = QString::fromLatin1(id);
        e.ip = QString::fromLatin1(ip);
        e.port = QStringLiteral("3306");
        e.user = QString::fromLatin1(user);
        e.password = QString::fromLatin1(password);
        return e;
    };
    auto run = [&](Configure c, VirtualTime at) {
        const auto configured = configure(c, at);
        const QString id = std::get<const DtsJob *>(configured)->id;
        Purchase p;
        p.jobId = id;
        p.payType = QStringLiteral("PostPaid");
        p.instanceClass = QStringLiteral("medium");
        p.autoStart = true;
        createInstance(p, at + Seconds(20));
        find(id)->createTime = floorToSecond(at);
        return id;
    };

    Configure sales;
    sales.name = QStringLiteral("sales-sync");
    sales.jobType = QStringLiteral("SYNC");
    sales.src = endpoint("RDS", "rm-bp1sales0prod01", "", "dts_sync", "S@les-Repl-2024");
    sales.dst = endpoint("POLARDB", "pc-bp1sales0pdb02", "", "dts_writer", "Pdb#Writer-77");
    sales.dbList = QStringLiteral(R"({"sales":{"name":"sales","all":true}})");
    run(sales, m_anchor - Hours(72));

    Configure crm;
    crm.name = QStringLiteral("crm-migration");
    crm.jobType = QStringLiteral("MIGRATION");
    crm.dataSync = false;
    crm.src = endpoint("RDS", "rm-bp1crm0legacy03", "", "dts_reader", "Crm!Reader-19");
    crm.dst = endpoint("RDS", "rm-bp1crm0new04", "", "dts_writer", "Crm!Writer-20");
    crm.dbList = QStringLiteral(R"({"crm":{"name":"crm","all":true}})");
    run(crm, m_anchor - Hours(240));

    // self-managed MySQL on ECS with binlog_format=MIXED: its precheck failed 24 minutes ago and
    // the fix has landed since, so StartDtsJob re-runs it to a pass
    Configure inventory;
    inventory.name = QStringLiteral("inventory-migration");
    inventory.jobType = QStringLiteral("MIGRATION");
    inventory.src = endpoint("ECS", "i-bp1inv0legacy05", "10.0.8.21", "root", "Inv-Root#2019");
    inventory.dst = endpoint("RDS", "rm-bp1inv0new06", "", "dts_writer", "Inv!Writer-21");
    inventory.dbList = QStringLiteral(R"({"inventory":{"name":"inventory","all":true}})");
    run(inventory, m_anchor - Minutes(25));

    advance(m_anchor);
}

} // namespace ferry::sandbox::dts
