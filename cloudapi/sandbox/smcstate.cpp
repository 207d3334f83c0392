// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/smcstate.h"

#include <algorithm>

namespace ferry::sandbox::smc {

using namespace emul;

namespace {

constexpr double kFailFraction = 0.35;

Ms secs(double s)
{
    return Ms(qint64(s * 1000));
}

SourceServer makeServer(const char *id, const char *name, const char *description,
                        const char *platform, const char *state, qint64 sysGiB, qint64 sysUsed,
                        std::vector<Disk> data, const char *ip, int cores, double memory)
{
    SourceServer s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    s.description = QString::fromLatin1(description);
    s.platform = QString::fromLatin1(platform);
    s.state = QString::fromLatin1(state);
    s.agentVersion = QStringLiteral("2.8.3");
    s.system = {0, sysGiB, sysUsed, QStringLiteral("/dev/vda"), QStringLiteral("/")};
    s.data = std::move(data);
    s.hostname = QString::fromLatin1(name);
    s.ip = QString::fromLatin1(ip);
    s.cores = cores;
    s.memoryGiB = memory;
    s.kernelLevel = s.platform.startsWith(QLatin1String("Windows")) ? 0 : 1;
    return s;
}

} // namespace

qint64 SourceServer::usedGiB() const
{
    qint64 used = system.usedGiB;
    for (const Disk &d : data)
        used += d.usedGiB;
    return used;
}

SmcState::SmcState(const ScenarioOptions &options, VirtualTime anchor)
    : m_seed(options.seed)
    , m_anchor(anchor)
{
    seed();
}

void SmcState::seed()
{
    const VirtualTime t = m_anchor;
    m_servers.push_back(
        makeServer("s-bp1web01a7k2m9q4x8z3", "web-01", "Nginx and PHP front end",
                   "CentOS Linux release 7.9.2009 (Core)", "Available", 40, 18,
                   {{1, 100, 35, QStringLiteral("/dev/vdb"), QStringLiteral("/data")}},
                   "192.168.10.11", 4, 8));
    SourceServer legacy =
        makeServer("s-bp1dblg01c5n8r2t6w1v4", "db-legacy-01", "MySQL 5.7 primary (self-managed)",
                   "Ubuntu 20.04.6 LTS", "Available", 60, 22,
                   {{1, 500, 210, QStringLiteral("/dev/vdb"), QStringLiteral("/var/lib/mysql")}},
                   "192.168.10.21", 8, 32);
    legacy.failsFirstRun = true;
    m_servers.push_back(legacy);
    m_servers.push_back(makeServer("s-bp1app02d3f6h9j2k5m8", "app-02", "Order service (IIS, .NET)",
                                   "Windows Server 2019 Datacenter", "Available", 80, 45, {},
                                   "192.168.10.31", 4, 16));
    SourceServer batch =
        makeServer("s-bp1bat03e4g7i0l3n6p9", "batch-03", "Nightly batch worker",
                   "CentOS Linux release 7.6.1810 (Core)", "Unavailable", 40, 12,
                   {{1, 200, 80, QStringLiteral("/dev/vdb"), QStringLiteral("/batch")}},
                   "192.168.10.41", 2, 4);
    batch.errorCode = QStringLiteral("SourceServer.Offline");
    batch.statusInfo = QStringLiteral(
        R"({"error_code":"SourceServer.Offline","error_msg":"The SMC client on the source server has not reported a heartbeat for more than 300 seconds. Start the client (smc-client) and check its network access to the SMC endpoint."})");
    m_servers.push_back(batch);
    m_servers.push_back(
        makeServer("s-bp1erp04f5h8j1m4p7s0", "erp-04", "ERP application server",
                   "CentOS Stream release 8", "Available", 60, 30,
                   {{1, 300, 120, QStringLiteral("/dev/vdb"), QStringLiteral("/opt/erp")}},
                   "192.168.10.51", 8, 32));
    for (std::size_t i = 0; i < m_servers.size(); ++i)
        m_servers[i].creationTime = floorToSecond(t - Hours(24 * (30 - qint64(i) * 3)));

    // erp-04 has had an incremental job for two days: a full run, then a run every 12 hours,
    // keeping only the last two images
    ReplicationJob erp;
    erp.name = QStringLiteral("erp-04-incremental");
    erp.description = QStringLiteral("Incremental replication of the ERP server until cutover");
    erp.sourceId = QStringLiteral("s-bp1erp04f5h8j1m4p7s0");
    erp.regionId = QStringLiteral("cn-hangzhou");
    erp.imageName = QStringLiteral("erp-04-image");
    erp.systemDiskSize = 80;
    erp.dataDisks = {{1, 300}};
    erp.runOnce = false;
    erp.frequency = 12;
    erp.maxImages = 2;
    erp.netMode = 2;
    erp.vpcId = QStringLiteral("vpc-bp1erp0migr8");
    erp.vSwitchId = QStringLiteral("vsw-bp1erp0migr9");
    const VirtualTime created = t - Hours(50);
    const auto id = create(erp, {}, created);
    start(std::get<QString>(id), created + Minutes(2));
    advance(t);
}

ReplicationJob *SmcState::find(const QString &jobId)
{
    for (ReplicationJob &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

const ReplicationJob *SmcState::job(const QString &id) const
{
    for (const ReplicationJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

SourceServer *SmcState::findServer(const QString &id)
{
    for (SourceServer &s : m_servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const SourceServer *SmcState::server(const QString &id) const
{
    for (const SourceServer &s : m_servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Fault SmcState::invalidStatus(const ReplicationJob &job, const QString &allowed) const
{
    return {400, QStringLiteral("ReplicationJob.InvalidStatus"),
            QStringLiteral("The specified replication job status: %1 is invalid. This operation "
                           "can only be performed in the following status: %2.")
                .arg(job.status, allowed),
            job.id};
}

std::variant<QString, Fault> SmcState::create(ReplicationJob job, const QString &clientToken,
                                              VirtualTime now)
{
    if (!clientToken.isEmpty()) {
        const auto it = m_clientTokens.find(clientToken);
        if (it != m_clientTokens.end())
            return it->second;
    }
    SourceServer *server = findServer(job.sourceId);
    if (!server)
        return Fault{404, QStringLiteral("InvalidSourceId.NotFound"),
                     QStringLiteral("The specified SourceId %1 does not exist.").arg(job.sourceId),
                     job.sourceId};
    if (server->state != QLatin1String("Available"))
        return Fault{400, QStringLiteral("SourceServerState.Invalid"),
                     QStringLiteral("The specified source server status: %1 is invalid. This "
                                    "operation can only be performed in the following status: "
                                    "Available.")
                         .arg(server->state),
                     server->id};
    job.id = QStringLiteral("j-") + alnumId(hashOf(0x5c, ++m_jobCounter), 18);
    job.creationTime = floorToSecond(now);
    job.status = QStringLiteral("Ready");
    if (job.resourceGroupId.isEmpty())
        job.resourceGroupId = QStringLiteral("rg-acfm") + alnumId(hashOf(m_seed, 0x7), 10);
    server->state = QStringLiteral("InUse");
    server->jobId = job.id;
    if (!clientToken.isEmpty())
        m_clientTokens[clientToken] = job.id;
    m_jobs.push_back(job);
    return job.id;
}

void SmcState::advance(VirtualTime now)
{
    for (ReplicationJob &job : m_jobs)
        simulate(job, now);
}

void SmcState::simulate(ReplicationJob &job, VirtualTime now)
{
    for (;;) {
        std::optional<VirtualTime> next;
        int kind = 0;
        auto consider = [&](std::optional<VirtualTime> t, int k) {
            if (t && *t <= now && (!next || *t < *next)) {
                next = t;
                kind = k;
            }
        };
        const QString &s = job.status;
        if (s == QLatin1String("Ready"))
            consider(job.scheduledStart, 1);
        if (s == QLatin1String("Waiting"))
            consider(job.nextScheduled, 2);
        if (s == QLatin1String("Running")) {
            consider(job.failAt, 3);
            consider(job.phaseStart + job.phaseLength[std::size_t(job.phase)], 4);
        }
        if (s == QLatin1String("Ready") || s == QLatin1String("Waiting") ||
            s == QLatin1String("Stopped") || s == QLatin1String("InError"))
            consider(job.validTime, 5);
        if (!next)
            return;
        switch (kind) {
        case 1:
        case 2:
            startRun(job, QStringLiteral("Schedule"), *next);
            break;
        case 3: {
            job.progress = progress(job, *next);
            job.status = QStringLiteral("InError");
            job.errorCode = QStringLiteral("SourceServer.ConnectionTimeout");
            job.statusInfo = QStringLiteral(
                R"({"error_code":"S16","error_msg":"Data transfer to the intermediate instance timed out: connection reset by peer while sending /var/lib/mysql/ibdata1. Check the network between the source server and Alibaba Cloud, then start the job again."})");
            job.failAt.reset();
            job.transitionInstanceId.clear();
            if (SourceServer *server = findServer(job.sourceId))
                server->failsFirstRun = false;
            break;
        }
        case 4:
            if (job.phase < 3) {
                job.phaseStart = *next;
                ++job.phase;
            } else {
                completeRun(job, *next);
            }
            break;
        case 5:
            job.status = QStringLiteral("Expired");
            job.endTime = *next;
            break;
        }
    }
}

void SmcState::startRun(ReplicationJob &job, const QString &type, VirtualTime at)
{
    const SourceServer *server = findServer(job.sourceId);
    const double used = server ? double(server->usedGiB()) : 50.0;
    const bool full = !job.fullDone;
    const double jitter = between(hashOf(m_seed, 0x5d, qHash(job.id), job.runs.size()), 0.9, 1.1);
    if (full) {
        job.phaseLength = {secs(60), secs(std::min(900.0, 240.0 + 2.5 * used) * jitter), secs(90),
                           secs(30)};
    } else {
        job.phaseLength = {secs(30), secs((90.0 + 0.5 * used) * jitter), secs(90), secs(20)};
    }
    job.status = QStringLiteral("Running");
    job.errorCode.clear();
    job.statusInfo.clear();
    job.runType = type;
    job.runStart = at;
    job.phase = 0;
    job.phaseStart = at;
    job.progress = 0;
    job.transitionInstanceId =
        QStringLiteral("i-bp1") + alnumId(hashOf(0x11, ++m_instanceCounter), 17);
    if (!job.startTime)
        job.startTime = at;
    job.failAt.reset();
    if (server && server->failsFirstRun)
        job.failAt = at + job.phaseLength[0] +
                     Ms(qint64(double(job.phaseLength[1].count()) * kFailFraction));
}

void SmcState::completeRun(ReplicationJob &job, VirtualTime at)
{
    JobRun run{job.runStart, at, {}, job.runType};
    if (job.targetType == QLatin1String("Image")) {
        run.imageId = QStringLiteral("m-bp1") + alnumId(hashOf(0x1a, ++m_imageCounter), 17);
        job.images.push_back(run.imageId);
        job.latestImage = run.imageId;
        const std::size_t keep = std::size_t(std::max(1, job.runOnce ? 1 : job.maxImages));
        while (job.images.size() > keep) {
            const QString dropped = job.images.front();
            job.images.pop_front();
            for (JobRun &old : job.runs) {
                if (old.imageId == dropped)
                    old.imageId.clear();
            }
        }
    }
    job.runs.push_back(run);
    job.fullDone = true;
    job.progress = 100;
    job.transitionInstanceId.clear();
    if (job.runOnce || job.finishAfterRun) {
        finish(job, at);
        return;
    }
    job.status = QStringLiteral("Waiting");
    VirtualTime next = job.runStart + Hours(job.frequency);
    job.nextScheduled = std::max(next, at);
}

void SmcState::finish(ReplicationJob &job, VirtualTime at)
{
    job.status = QStringLiteral("Finished");
    job.endTime = at;
    job.nextScheduled.reset();
    job.failAt.reset();
    job.transitionInstanceId.clear();
    if (SourceServer *server = findServer(job.sourceId);
        server && server->jobId == job.id && server->state == QLatin1String("InUse"))
        server->state = QStringLiteral("Available");
}

double SmcState::progress(const ReplicationJob &job, VirtualTime now) const
{
    if (job.status != QLatin1String("Running"))
        return job.progress;
    static constexpr double kFrom[] = {0, 5, 90, 99};
    static constexpr double kTo[] = {5, 90, 99, 100};
    const std::size_t p = std::size_t(job.phase);
    const double length = std::max<double>(1, double(job.phaseLength[p].count()));
    const double f = std::clamp(double((now - job.phaseStart).count()) / length, 0.0, 1.0);
    return std::floor(kFrom[p] + (kTo[p] - kFrom[p]) * f);
}

QString SmcState::businessStatus(const ReplicationJob &job) const
{
    if (job.status != QLatin1String("Running"))
        return {};
    static const QString names[] = {QStringLiteral("Preparing"), QStringLiteral("Syncing"),
                                    QStringLiteral("Processing"), QStringLiteral("Cleaning")};
    return names[job.phase];
}

std::optional<Fault> SmcState::start(const QString &jobId, VirtualTime now)
{
    ReplicationJob *job = find(jobId);
    if (!job)
        return Fault{404, QStringLiteral("InvalidJobId.NotFound"),
                     QStringLiteral("The specified JobId %1 does not exist.").arg(jobId), jobId};
    const QString &s = job->status;
    const bool allowed = s == QLatin1String("Ready") || s == QLatin1String("Stopped") ||
                         s == QLatin1String("InError") ||
                         (s == QLatin1String("Waiting") && !job->runOnce);
    if (!allowed)
        return invalidStatus(*job, job->runOnce
                                       ? QStringLiteral("Ready, Stopped, InError")
                                       : QStringLiteral("Ready, Stopped, InError, Waiting"));
    const SourceServer *server = findServer(job->sourceId);
    if (server && server->state == QLatin1String("Unavailable"))
        return Fault{400, QStringLiteral("SourceServerState.Invalid"),
                     QStringLiteral("The specified source server status: Unavailable is invalid. "
                                    "This operation can only be performed in the following status: "
                                    "Available, InUse."),
                     server->id};
    startRun(*job, QStringLiteral("Manual"), now);
    return std::nullopt;
}

std::optional<Fault> SmcState::stop(const QString &jobId, VirtualTime now)
{
    ReplicationJob *job = find(jobId);
    if (!job)
        return Fault{404, QStringLiteral("InvalidJobId.NotFound"),
                     QStringLiteral("The specified JobId %1 does not exist.").arg(jobId), jobId};
    if (job->status != QLatin1String("Running") && job->status != QLatin1String("Waiting"))
        return invalidStatus(*job, QStringLiteral("Running, Waiting"));
    if (job->status == QLatin1String("Running"))
        job->progress = progress(*job, now);
    job->status = QStringLiteral("Stopped");
    job->failAt.reset();
    job->finishAfterRun = false;
    job->transitionInstanceId.clear();
    return std::nullopt;
}

std::optional<Fault> SmcState::cutOver(const QString &jobId, bool syncData, VirtualTime now)
{
    ReplicationJob *job = find(jobId);
    if (!job)
        return Fault{404, QStringLiteral("InvalidJobId.NotFound"),
                     QStringLiteral("The specified JobId %1 does not exist.").arg(jobId), jobId};
    if (job->runOnce)
        return Fault{400, QStringLiteral("ReplicationJob.NotIncremental"),
                     QStringLiteral("The specified replication job %1 runs once; only incremental "
                                    "jobs (RunOnce=false) can be cut over.")
                         .arg(jobId),
                     jobId};
    const QString &s = job->status;
    if (s != QLatin1String("Waiting") && s != QLatin1String("Stopped") &&
        s != QLatin1String("InError") && s != QLatin1String("Running"))
        return invalidStatus(*job, QStringLiteral("Running, Waiting, Stopped, InError"));
    if (!syncData) {
        if (s == QLatin1String("Running"))
            job->progress = progress(*job, now);
        finish(*job, now);
        return std::nullopt;
    }
    job->finishAfterRun = true;
    if (s != QLatin1String("Running"))
        startRun(*job, QStringLiteral("Manual"), now);
    return std::nullopt;
}

std::optional<Fault> SmcState::remove(const QString &jobId)
{
    ReplicationJob *job = find(jobId);
    if (!job)
        return Fault{404, QStringLiteral("InvalidJobId.NotFound"),
                     QStringLiteral("The specified JobId %1 does not exist.").arg(jobId), jobId};
    if (job->status == QLatin1String("Running"))
        return invalidStatus(*job,
                             QStringLiteral("Ready, Stopped, InError, Waiting, Finished, Expired"));
    if (SourceServer *server = findServer(job->sourceId); server && server->jobId == job->id) {
        if (server->state == QLatin1String("InUse"))
            server->state = QStringLiteral("Available");
    }
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                [&](const ReplicationJob &j) { return j.id == jobId; }),
                 m_jobs.end());
    return std::nullopt;
}

std::variant<ReplicationJob *, Fault> SmcState::modifiable(const QString &jobId)
{
    ReplicationJob *job = find(jobId);
    if (!job)
        return Fault{404, QStringLiteral("InvalidJobId.NotFound"),
                     QStringLiteral("The specified JobId %1 does not exist.").arg(jobId), jobId};
    const QString &s = job->status;
    if (s != QLatin1String("Ready") && s != QLatin1String("Stopped") &&
        s != QLatin1String("InError") && s != QLatin1String("Waiting"))
        return invalidStatus(*job, QStringLiteral("Ready, Stopped, InError, Waiting"));
    return job;
}

} // namespace ferry::sandbox::smc
