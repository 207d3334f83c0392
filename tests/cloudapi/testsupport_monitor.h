// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-process sandbox on the test thread with a frozen virtual clock the test moves, typed
// clients over a real transport, and the jobs the monitoring tests watch (more than 50 across
// the three services). Header-only so the GUI tests can use it too.

#include "cloudapi/credentials.h"
#include "cloudapi/dtsclient.h"
#include "cloudapi/endpoints.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/sandbox/server.h"
#include "cloudapi/sandbox/services.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/transport.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ferry::test {

/// 2026-03-02T01:00:00Z: where the virtual clock starts.
inline constexpr qint64 kVirtualStartMs = 1'772'413'200'000;
inline const QString kRegion = QStringLiteral("cn-hangzhou");

/// The sandbox and a way to reach it.
struct SandboxRig
{
    std::shared_ptr<sandbox::VirtualClock> clock;
    std::unique_ptr<sandbox::Server> server;

    bool start(double timeScale = 0.0)
    {
        clock = std::make_shared<sandbox::VirtualClock>(
            sandbox::VirtualTime(std::chrono::milliseconds(kVirtualStartMs)), timeScale);
        sandbox::ServerConfig config;
        config.clock = clock;
        server = std::make_unique<sandbox::Server>(config);
        server->addServices(sandbox::makeDefaultServices({}));
        return server->start();
    }

    /// The time on the virtual clock (ms since the epoch).
    qint64 nowMs() const { return clock->now().time_since_epoch().count(); }
    /// A clock function for watchers and views.
    std::function<qint64()> clockFunction() const
    {
        auto c = clock;
        return [c] { return qint64(c->now().time_since_epoch().count()); };
    }
    void advance(qint64 ms) { clock->advance(std::chrono::milliseconds(ms)); }

    /// A transport to the sandbox (caller owns it). maxAttempts 1 means no transport retries.
    std::unique_ptr<cloudapi::Transport> makeTransport(int maxAttempts = 4) const
    {
        cloudapi::Credentials credentials;
        credentials.accessKeyId = server->keyPair().id;
        credentials.accessKeySecret = server->keyPair().secret;
        cloudapi::Endpoints endpoints;
        endpoints.setOverride(server->endpoint());
        auto transport = std::make_unique<cloudapi::Transport>(
            cloudapi::staticCredentials(credentials), endpoints);
        cloudapi::RetryPolicy retry;
        retry.maxAttempts = maxAttempts;
        retry.baseDelay = std::chrono::milliseconds(1);
        retry.maxDelay = std::chrono::milliseconds(5);
        transport->setRetryPolicy(retry);
        return transport;
    }

    /// Requests of one action in the sandbox's log.
    int count(const char *action) const
    {
        return int(server->requestLog().count(QString::fromLatin1(action)));
    }
};

/// Runs the event loop until `done()` holds (checked every millisecond) or timeoutMs pass; true
/// when it holds. Quicker than QTest::qWaitFor, which sleeps 10 ms between looks.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start(1);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

/// Runs a client call and waits (real time, event loop running) for its answer.
template<class T>
std::optional<cloudapi::Result<T>>
await(const std::function<cloudapi::CallHandle(QObject *, cloudapi::Callback<T>)> &start,
      int timeoutMs = 10000)
{
    std::optional<cloudapi::Result<T>> out;
    QObject context;
    start(&context, [&out](cloudapi::Result<T> r) { out.emplace(std::move(r)); });
    if (!waitFor([&out] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    return out;
}

/// What createJobs() made.
struct CreatedJobs
{
    int mms = 0;                      ///< MMS jobs in all (the scenario's plus the created ones)
    int dtsMigration = 0;             ///< DTS MIGRATION jobs in all
    int dtsSync = 0;                  ///< DTS SYNC jobs in all
    int smc = 0;                      ///< SMC jobs in all
    QString migrationWithIncremental; ///< a running MIGRATION job that reaches incremental
    QString error;                    ///< empty when everything was created

    int total() const { return mms + dtsMigration + dtsSync + smc; }
};

inline cloudapi::DtsEndpointParams rdsEndpoint(const QString &instanceId)
{
    cloudapi::DtsEndpointParams e;
    e.instanceType = QStringLiteral("RDS");
    e.instanceId = instanceId;
    e.engineName = QStringLiteral("MySQL");
    e.region = kRegion;
    e.userName = QStringLiteral("dts_user");
    e.password = QStringLiteral("Pa55-not-real");
    return e;
}

/// Creates, through the typed clients: 20 MMS jobs (source hive_prod_backup), 32 DTS migration
/// jobs (3 running with incremental, the rest configured only, so the list needs two pages of
/// 30), 12 DTS synchronization jobs (3 running) and 3 SMC jobs (2 started). With the scenario's
/// own jobs that is 72 jobs. The clock is moved on 10 s so created MMS jobs are listed.
inline CreatedJobs createJobs(SandboxRig &rig, const cloudapi::MmsClient &mms,
                              const cloudapi::DtsClient &dts, const cloudapi::SmcClient &smc)
{
    using namespace cloudapi;
    CreatedJobs made;
    for (int i = 1; i <= 20; ++i) {
        CreateMmsJobParams p;
        p.sourceId = 2000017;
        p.name = QStringLiteral("archive_copy_%1").arg(i, 2, 10, QLatin1Char('0'));
        p.srcDbName = QStringLiteral("dw_archive");
        const auto r = await<MmsJobCreated>(
            [&](QObject *c, Callback<MmsJobCreated> d) { return mms.createJob(p, c, d); });
        if (!r || !r->ok())
            return {0,
                    0,
                    0,
                    0,
                    {},
                    QStringLiteral("CreateMmsJob %1: %2")
                        .arg(i)
                        .arg(r ? r->error().summary() : QStringLiteral("timeout"))};
    }
    made.mms = 1 + 20;

    const auto configure = [&](model::DtsJobType type, const QString &name, bool run,
                               QString *id) -> QString {
        ConfigureDtsJobParams p;
        p.regionId = kRegion;
        p.dtsJobName = name;
        p.jobType = type;
        p.dataSynchronization = true;
        p.source = rdsEndpoint(QStringLiteral("rm-bp1%1src").arg(name.left(8)));
        p.destination = rdsEndpoint(QStringLiteral("rm-bp1%1dst").arg(name.left(8)));
        DtsDbSelection db;
        db.sourceName = QStringLiteral("inventory");
        p.dbList = {db};
        const auto r = await<DtsJobConfigured>(
            [&](QObject *c, Callback<DtsJobConfigured> d) { return dts.configureJob(p, c, d); });
        if (!r || !r->ok())
            return QStringLiteral("ConfigureDtsJob %1: %2")
                .arg(name, r ? r->error().summary() : QStringLiteral("timeout"));
        *id = r->value().dtsJobId;
        if (!run)
            return {};
        CreateDtsInstanceParams buy;
        buy.regionId = kRegion;
        buy.jobId = *id;
        buy.autoStart = true;
        const auto b = await<DtsInstanceCreated>([&](QObject *c, Callback<DtsInstanceCreated> d) {
            return dts.createInstance(buy, c, d);
        });
        if (!b || !b->ok())
            return QStringLiteral("CreateDtsInstance %1: %2")
                .arg(name, b ? b->error().summary() : QStringLiteral("timeout"));
        return {};
    };
    for (int i = 1; i <= 32; ++i) {
        QString id;
        const QString error = configure(
            model::DtsJobType::Migration,
            QStringLiteral("orders-migration-%1").arg(i, 2, 10, QLatin1Char('0')), i <= 3, &id);
        if (!error.isEmpty())
            return {0, 0, 0, 0, {}, error};
        if (i == 1)
            made.migrationWithIncremental = id;
    }
    made.dtsMigration = 2 + 32;
    for (int i = 1; i <= 12; ++i) {
        QString id;
        const QString error =
            configure(model::DtsJobType::Sync,
                      QStringLiteral("stock-sync-%1").arg(i, 2, 10, QLatin1Char('0')), i <= 3, &id);
        if (!error.isEmpty())
            return {0, 0, 0, 0, {}, error};
    }
    made.dtsSync = 1 + 12;

    const QStringList sources = {QStringLiteral("s-bp1web01a7k2m9q4x8z3"),
                                 QStringLiteral("s-bp1dblg01c5n8r2t6w1v4"),
                                 QStringLiteral("s-bp1app02d3f6h9j2k5m8")};
    const QStringList names = {QStringLiteral("web-01-migration"),
                               QStringLiteral("db-legacy-01-migration"),
                               QStringLiteral("app-02-migration")};
    for (int i = 0; i < sources.size(); ++i) {
        CreateReplicationJobParams p;
        p.regionId = kRegion;
        p.sourceId = sources.at(i);
        p.name = names.at(i);
        p.systemDiskSizeGiB = 200;
        const auto r = await<SmcJobCreated>([&](QObject *c, Callback<SmcJobCreated> d) {
            return smc.createReplicationJob(p, c, d);
        });
        if (!r || !r->ok())
            return {0,
                    0,
                    0,
                    0,
                    {},
                    QStringLiteral("CreateReplicationJob %1: %2")
                        .arg(names.at(i), r ? r->error().summary() : QStringLiteral("timeout"))};
        if (i < 2) {
            SmcJobRef ref;
            ref.jobId = r->value().jobId;
            const auto s =
                await<Done>([&](QObject *c, Callback<Done> d) { return smc.startJob(ref, c, d); });
            if (!s || !s->ok())
                return {0, 0, 0, 0, {}, QStringLiteral("StartReplicationJob %1").arg(names.at(i))};
        }
    }
    made.smc = 1 + 3;
    rig.advance(10'000);
    return made;
}

} // namespace ferry::test
