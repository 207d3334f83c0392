// SPDX-License-Identifier: GPL-3.0-or-later
// SmcClient and StsClient end to end against the sandbox: source servers, a one-off replication
// job from creation through its phases to an image, a first run that fails and is restarted, the
// incremental job (modify, manual run, stop, cut over, delete), ClientToken deduplication, and
// the caller identity.
#include "testsupport_sandbox.h"

#include <QLocale>
#include <QSet>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::model;
using namespace std::chrono_literals;
using ferry::test::await;
using ferry::test::Reply;

namespace {

const QString kWeb01 = QStringLiteral("s-bp1web01a7k2m9q4x8z3");
const QString kDbLegacy = QStringLiteral("s-bp1dblg01c5n8r2t6w1v4");
const QString kApp02 = QStringLiteral("s-bp1app02d3f6h9j2k5m8");
const QString kBatch03 = QStringLiteral("s-bp1bat03e4g7i0l3n6p9");
const QString kErp04 = QStringLiteral("s-bp1erp04f5h8j1m4p7s0");
const QString kErpJob = QStringLiteral("j-uvsz91e85r2oa3e35j");

CreateReplicationJobParams imageJob(const QString &source, const QString &name)
{
    CreateReplicationJobParams p;
    p.regionId = test::kSandboxRegion;
    p.sourceId = source;
    p.name = name;
    p.description = QStringLiteral("integration");
    p.targetType = QStringLiteral("Image");
    p.imageName = name + QStringLiteral("-image");
    p.systemDiskSizeGiB = 60;
    p.dataDisks = {{1, 120, {}}};
    p.netMode = 0;
    p.replicationParameters = QStringLiteral(R"({"bandwidth_limit":0,"compress_level":1})");
    p.tags = {{QStringLiteral("suite"), QStringLiteral("integration")}};
    return p;
}

} // namespace

#define REQUIRE_OK(reply) QVERIFY2((reply).ok(), (reply).why().constData())

class TestSmcSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sourceServers();
    void sourceServerPaging();
    void oneOffJobToImage();
    void failedFirstRunIsRestarted();
    void incrementalJobModifyRunStopCutOverDelete();
    void sameClientTokenSameJob();
    void serviceErrors();
    void callerIdentity();

private:
    SmcReplicationJob job(const QString &id);
    void runUntil(const QString &id, SmcJobStatus status, int maxMinutes = 40);

    test::SandboxRig m_rig;
};

void TestSmcSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestSmcSandbox::init()
{
    QVERIFY(m_rig.start());
}

void TestSmcSandbox::cleanup()
{
    m_rig.transport.reset();
    m_rig.server.reset();
}

SmcReplicationJob TestSmcSandbox::job(const QString &id)
{
    SmcJobQuery q;
    q.regionId = test::kSandboxRegion;
    q.jobIds = {id};
    auto r = await<Page<SmcReplicationJob>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeReplicationJobs(q, ctx, done); });
    if (!r.ok() || r.value().items.size() != 1) {
        qWarning("job %s: %s", qPrintable(id), r.why().constData());
        return {};
    }
    return r.value().items.first();
}

void TestSmcSandbox::runUntil(const QString &id, SmcJobStatus status, int maxMinutes)
{
    for (int minute = 0; minute < maxMinutes; ++minute) {
        if (job(id).status == status)
            return;
        m_rig.advance(1min);
    }
}

void TestSmcSandbox::sourceServers()
{
    auto r = await<Page<SmcSourceServer>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeSourceServers({}, ctx, done); });
    REQUIRE_OK(r);
    QCOMPARE(r.value().total, 5);
    QMap<QString, SmcSourceServer> byId;
    for (const SmcSourceServer &s : r.value().items)
        byId.insert(s.sourceId, s);
    QCOMPARE(byId.keys().size(), 5);

    const SmcSourceServer web = byId.value(kWeb01);
    QCOMPARE(web.name, QStringLiteral("web-01"));
    QCOMPARE(web.state, SmcSourceState::Available);
    QCOMPARE(agentPresence(web), SmcAgentPresence::Online);
    QVERIFY(web.platform.contains(QLatin1String("CentOS")));
    QVERIFY(web.systemDiskSizeGiB > 0);
    QVERIFY(!web.systemDiskParts.isEmpty());
    QVERIFY(!web.systemDiskParts.first().device.isEmpty());
    QVERIFY(web.systemDiskParts.first().sizeBytes > 0);
    QVERIFY(web.creationTime.isValid());
    QCOMPARE(web.creationTime.timeSpec(), Qt::UTC);
    QVERIFY(web.heartbeatRateSeconds);
    QVERIFY(!web.agentVersion.isEmpty());

    const SmcSourceServer batch = byId.value(kBatch03);
    QCOMPARE(batch.state, SmcSourceState::Unavailable);
    QCOMPARE(batch.errorCode, QStringLiteral("SourceServer.Offline"));
    QCOMPARE(agentPresence(batch), SmcAgentPresence::Offline);

    const SmcSourceServer erp = byId.value(kErp04);
    QCOMPARE(erp.state, SmcSourceState::InUse);
    QCOMPARE(erp.jobId, kErpJob);
    QVERIFY(byId.value(kApp02).platform.contains(QLatin1String("Windows")));

    SmcSourceQuery q;
    q.sourceIds = {kBatch03, kApp02};
    auto two = await<Page<SmcSourceServer>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeSourceServers(q, ctx, done); });
    REQUIRE_OK(two);
    QCOMPARE(two.value().total, 2);
    q.sourceIds.clear();
    q.state = QStringLiteral("InUse");
    auto inUse = await<Page<SmcSourceServer>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeSourceServers(q, ctx, done); });
    REQUIRE_OK(inUse);
    QCOMPARE(inUse.value().total, 1);
    QCOMPARE(inUse.value().items.value(0).sourceId, kErp04);
}

void TestSmcSandbox::sourceServerPaging()
{
    SmcSourceQuery q;
    q.pageNumber = 2;
    q.pageSize = 2;
    auto page = await<Page<SmcSourceServer>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeSourceServers(q, ctx, done); });
    REQUIRE_OK(page);
    QCOMPARE(page.value().total, 5);
    QCOMPARE(page.value().pageNum, 2);
    QCOMPARE(page.value().pageSize, 2);
    QCOMPARE(page.value().items.size(), 2);

    Reply<QList<SmcSourceServer>> all;
    QObject ctx;
    q.pageNumber.reset();
    m_rig.smc->fetchAllSourceServers(q, &ctx, {}, all.callback());
    QTRY_VERIFY_WITH_TIMEOUT(all.ready(), 10000);
    REQUIRE_OK(all);
    QSet<QString> ids;
    for (const SmcSourceServer &s : all.value())
        ids.insert(s.sourceId);
    QCOMPARE(ids.size(), 5);
    QCOMPARE(m_rig.count(QStringLiteral("DescribeSourceServers")), 1 + 3);

    Reply<QList<SmcReplicationJob>> jobs;
    SmcJobQuery jq;
    jq.regionId = test::kSandboxRegion;
    m_rig.smc->fetchAllReplicationJobs(jq, &ctx, {}, jobs.callback());
    QTRY_VERIFY_WITH_TIMEOUT(jobs.ready(), 10000);
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().size(), 1);
    QCOMPARE(jobs.value().first().jobId, kErpJob);
}

void TestSmcSandbox::oneOffJobToImage()
{
    const CreateReplicationJobParams p = imageJob(kWeb01, QStringLiteral("web01-move"));
    auto created = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.smc->createReplicationJob(p, ctx, done); });
    REQUIRE_OK(created);
    const QString id = created.value().jobId;
    QVERIFY(id.startsWith(QLatin1String("j-")));
    QVERIFY(!created.value().requestId.isEmpty());

    SmcReplicationJob j = job(id);
    QCOMPARE(j.jobId, id);
    QCOMPARE(j.name, QStringLiteral("web01-move"));
    QCOMPARE(j.description, QStringLiteral("integration"));
    QCOMPARE(j.sourceId, kWeb01);
    QCOMPARE(j.regionId, test::kSandboxRegion);
    QCOMPARE(j.status, SmcJobStatus::Ready);
    QCOMPARE(j.targetType, QStringLiteral("Image"));
    QCOMPARE(j.imageName, QStringLiteral("web01-move-image"));
    QCOMPARE(j.systemDiskSizeGiB, 60);
    QCOMPARE(j.dataDisks.size(), 1);
    QCOMPARE(j.dataDisks.first().index, 1);
    QCOMPARE(j.dataDisks.first().sizeGiB, 120);
    QCOMPARE(j.netMode, 0);
    QVERIFY(j.runOnce);
    QCOMPARE(j.tags.value(QStringLiteral("suite")), QStringLiteral("integration"));
    QVERIFY(j.replicationParameters.contains(QLatin1String("bandwidth_limit")));
    QVERIFY(j.creationTime.isValid());
    QVERIFY(canStart(j));
    QVERIFY(!canStop(j));

    auto started =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.smc->startJob({id}, ctx, done); });
    REQUIRE_OK(started);
    j = job(id);
    QCOMPARE(j.status, SmcJobStatus::Running);
    QCOMPARE(j.businessStatus, SmcBusinessStatus::Preparing);
    QVERIFY(j.startTime.isValid());
    m_rig.advance(3min);
    j = job(id);
    QCOMPARE(j.businessStatus, SmcBusinessStatus::Syncing);
    QVERIFY(j.progress > 0 && j.progress < 100);
    QVERIFY(canStop(j));

    runUntil(id, SmcJobStatus::Finished);
    j = job(id);
    QCOMPARE(j.status, SmcJobStatus::Finished);
    QCOMPARE(j.progress, 100.0);
    QVERIFY(j.imageId.startsWith(QLatin1String("m-")));
    QCOMPARE(j.runs.size(), 1);
    QCOMPARE(j.runs.first().type, SmcRunType::Manual);
    QCOMPARE(j.runs.first().imageId, j.imageId);
    QVERIFY(j.runs.first().endTime > j.runs.first().startTime);
    QVERIFY(j.endTime.isValid());
}

void TestSmcSandbox::failedFirstRunIsRestarted()
{
    auto created = await<SmcJobCreated>([&](QObject *ctx, auto done) {
        return m_rig.smc->createReplicationJob(imageJob(kDbLegacy, QStringLiteral("db-move")), ctx,
                                               done);
    });
    REQUIRE_OK(created);
    const QString id = created.value().jobId;
    auto started =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.smc->startJob({id}, ctx, done); });
    REQUIRE_OK(started);
    runUntil(id, SmcJobStatus::InError);
    SmcReplicationJob j = job(id);
    QCOMPARE(j.status, SmcJobStatus::InError);
    QCOMPARE(j.errorCode, QStringLiteral("SourceServer.ConnectionTimeout"));
    QVERIFY(j.statusInfo.contains(QLatin1String("error_code")));
    QVERIFY(j.progress > 0 && j.progress < 100);
    QVERIFY(canStart(j));
    QVERIFY(canDelete(j));

    auto again =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.smc->startJob({id}, ctx, done); });
    REQUIRE_OK(again);
    QCOMPARE(job(id).status, SmcJobStatus::Running);
    runUntil(id, SmcJobStatus::Finished);
    QCOMPARE(job(id).status, SmcJobStatus::Finished);
    QCOMPARE(m_rig.count(QStringLiteral("StartReplicationJob")), 2);
}

void TestSmcSandbox::incrementalJobModifyRunStopCutOverDelete()
{
    SmcReplicationJob j = job(kErpJob);
    QCOMPARE(j.name, QStringLiteral("erp-04-incremental"));
    QCOMPARE(j.status, SmcJobStatus::Waiting);
    QVERIFY(!j.runOnce);
    QCOMPARE(j.frequencyHours, std::optional<int>(12));
    QCOMPARE(j.maxNumberOfImageToKeep, std::optional<int>(2));
    QCOMPARE(j.runs.size(), 5);
    QVERIFY(canCutOver(j));

    ModifyReplicationJobParams m;
    m.jobId = kErpJob;
    m.name = QStringLiteral("erp-04-final");
    m.frequencyHours = 24;
    QCOMPARE(m.scope(), SmcModifyScope::Schedule);
    QVERIFY(canModify(j, m.scope()));
    auto modified =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.smc->modifyJob(m, ctx, done); });
    REQUIRE_OK(modified);
    j = job(kErpJob);
    QCOMPARE(j.name, QStringLiteral("erp-04-final"));
    QCOMPARE(j.frequencyHours, std::optional<int>(24));

    auto run = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->startJob({kErpJob}, ctx, done); });
    REQUIRE_OK(run);
    QCOMPARE(job(kErpJob).status, SmcJobStatus::Running);
    auto stopped = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->stopJob({kErpJob}, ctx, done); });
    REQUIRE_OK(stopped);
    QCOMPARE(job(kErpJob).status, SmcJobStatus::Stopped);

    CutOverParams c;
    c.jobId = kErpJob;
    c.syncData = false;
    auto cut =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.smc->cutOverJob(c, ctx, done); });
    REQUIRE_OK(cut);
    QCOMPARE(job(kErpJob).status, SmcJobStatus::Finished);

    auto restart = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->startJob({kErpJob}, ctx, done); });
    QVERIFY(!restart.ok());
    QCOMPARE(restart.error().kind, ErrorKind::Client);
    QCOMPARE(restart.error().code, QStringLiteral("ReplicationJob.InvalidStatus"));
    QCOMPARE(restart.error().httpStatus, 400);

    auto deleted = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->deleteJob({kErpJob}, ctx, done); });
    REQUIRE_OK(deleted);
    SmcJobQuery q;
    q.jobIds = {kErpJob};
    auto gone = await<Page<SmcReplicationJob>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeReplicationJobs(q, ctx, done); });
    REQUIRE_OK(gone);
    QVERIFY(gone.value().items.isEmpty() ||
            gone.value().items.first().status == SmcJobStatus::Deleting);
}

void TestSmcSandbox::sameClientTokenSameJob()
{
    // The parameters fix their token: a repeated click sends the same one.
    const CreateReplicationJobParams p = imageJob(kApp02, QStringLiteral("app02"));
    auto first = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.smc->createReplicationJob(p, ctx, done); });
    auto second = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.smc->createReplicationJob(p, ctx, done); });
    REQUIRE_OK(first);
    REQUIRE_OK(second);
    QCOMPARE(second.value().jobId, first.value().jobId);
    SmcJobQuery q;
    q.sourceIds = {kApp02};
    auto jobs = await<Page<SmcReplicationJob>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeReplicationJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);

    // Another token is another create, refused because the source is in use now.
    CreateReplicationJobParams other = p;
    other.clientToken = newClientToken();
    auto third = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.smc->createReplicationJob(other, ctx, done); });
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, QStringLiteral("SourceServerState.Invalid"));
}

void TestSmcSandbox::serviceErrors()
{
    CreateReplicationJobParams p = imageJob(kWeb01, QStringLiteral("bad"));
    p.runOnce = false;
    p.frequencyHours = 169;
    p.maxNumberOfImageToKeep = 3;
    auto outOfRange = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.smc->createReplicationJob(p, ctx, done); });
    QVERIFY(!outOfRange.ok());
    QCOMPARE(outOfRange.error().kind, ErrorKind::Client);
    QCOMPARE(outOfRange.error().httpStatus, 400);
    QVERIFY(outOfRange.error().message.contains(QLatin1String("Frequency")));
    QCOMPARE(m_rig.count(QStringLiteral("CreateReplicationJob")), 1); // a 4xx is not retried

    auto offline = await<SmcJobCreated>([&](QObject *ctx, auto done) {
        return m_rig.smc->createReplicationJob(imageJob(kBatch03, QStringLiteral("batch03")), ctx,
                                               done);
    });
    QVERIFY(!offline.ok());
    QCOMPARE(offline.error().code, QStringLiteral("SourceServerState.Invalid"));

    auto unknown = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.smc->deleteJob({QStringLiteral("j-doesnotexist0000000")}, ctx, done);
    });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().httpStatus, 404);
    QCOMPARE(unknown.error().code, QStringLiteral("InvalidJobId.NotFound"));
    QCOMPARE(unknown.error().action, QStringLiteral("DeleteReplicationJob"));
}

void TestSmcSandbox::callerIdentity()
{
    auto r = await<CallerIdentity>(
        [&](QObject *ctx, auto done) { return m_rig.sts->getCallerIdentity(ctx, done); });
    REQUIRE_OK(r);
    QCOMPARE(r.value().accountId, QStringLiteral("1234567890123456"));
    QCOMPARE(r.value().identityType, QStringLiteral("RAMUser"));
    QVERIFY2(r.value().arn.startsWith(QLatin1String("acs:ram::1234567890123456:user/")),
             qPrintable(r.value().arn));
    QVERIFY(r.value().arn.contains(QLatin1String("ferry-operator")));
    QVERIFY(!r.value().userId.isEmpty());
    QVERIFY(!r.value().principalId.isEmpty());
    QVERIFY(r.value().roleId.isEmpty());
}

QTEST_GUILESS_MAIN(TestSmcSandbox)
#include "tst_smcsandbox.moc"
