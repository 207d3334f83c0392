// SPDX-License-Identifier: GPL-3.0-or-later
// DtsClient end to end against the sandbox: the scenario's jobs as Ferry reads them (Delay units
// per answer, instance ids spelt both ways), a new job through configure, precheck failure, the
// fix and a passing re-run on the virtual clock, the stages that follow, connection tests,
// pause/resume/reverse/stop, service errors, and a configure whose answer was lost.
#include "testsupport_sandbox.h"

#include "cloudapi/sandbox/faultinjector.h"

#include <QLocale>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::model;
using namespace std::chrono_literals;
using ferry::test::await;
using ferry::test::Reply;

namespace {

const QString kSalesSync = QStringLiteral("jy6nmqxhlkeiimy");
const QString kCrm = QStringLiteral("lyea5hyjsiwhhht");
const QString kInventory = QStringLiteral("duwxbepl39ef6cg");
const QString kRegion = test::kSandboxRegion;

DtsEndpointParams selfManagedMySql()
{
    DtsEndpointParams e;
    e.instanceType = QStringLiteral("Express");
    e.engineName = QStringLiteral("MySQL");
    e.ip = QStringLiteral("10.20.30.40");
    e.port = QStringLiteral("3306");
    e.userName = QStringLiteral("dts_repl");
    e.password = QStringLiteral("Repl#Secret-1");
    e.region = kRegion;
    return e;
}

DtsEndpointParams rdsDestination()
{
    DtsEndpointParams e;
    e.instanceType = QStringLiteral("RDS");
    e.instanceId = QStringLiteral("rm-bp1integration01");
    e.engineName = QStringLiteral("MySQL");
    e.userName = QStringLiteral("dts_writer");
    e.password = QStringLiteral("Writer#Secret-2");
    e.region = kRegion;
    return e;
}

ConfigureDtsJobParams salesMigration(const QString &name)
{
    ConfigureDtsJobParams p;
    p.regionId = kRegion;
    p.dtsJobName = name;
    p.jobType = DtsJobType::Migration;
    p.structureInitialization = true;
    p.dataInitialization = true;
    p.dataSynchronization = true;
    p.source = selfManagedMySql();
    p.destination = rdsDestination();
    DtsDbSelection db;
    db.sourceName = QStringLiteral("sales");
    p.dbList = {db};
    return p;
}

} // namespace

#define REQUIRE_OK(reply) QVERIFY2((reply).ok(), (reply).why().constData())

class TestDtsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsScenarioJobs();
    void searchFilterAndPaging();
    void delayUnitsAgree();
    void detailByJobOrInstance();
    void fixedPrecheckPassesOnRerun();
    void newJobFailsPrecheckThenPassesAfterFix();
    void instanceForAConfiguredJob();
    void connectionStatus();
    void suspendResumeReverseStop();
    void serviceErrors();
    void lostConfigureIsRecovered();

private:
    DtsJob detail(const QString &jobId);
    DtsPrecheckStatus progress(const QString &jobId, DtsJobCode code);

    test::SandboxRig m_rig;
};

void TestDtsSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDtsSandbox::init()
{
    QVERIFY(m_rig.start());
}

void TestDtsSandbox::cleanup()
{
    m_rig.transport.reset();
    m_rig.server.reset();
}

DtsJob TestDtsSandbox::detail(const QString &jobId)
{
    DtsJobDetailQuery q;
    q.regionId = kRegion;
    q.dtsJobId = jobId;
    auto r = await<DtsJob>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobDetail(q, ctx, done); });
    if (!r.ok())
        qWarning("detail %s: %s", qPrintable(jobId), r.why().constData());
    return r.ok() ? r.value() : DtsJob{};
}

DtsPrecheckStatus TestDtsSandbox::progress(const QString &jobId, DtsJobCode code)
{
    DtsPrecheckQuery q;
    q.regionId = kRegion;
    q.dtsJobId = jobId;
    q.jobCode = code;
    auto r = await<DtsPrecheckStatus>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describePrecheckStatus(q, ctx, done); });
    if (!r.ok())
        qWarning("precheck %s: %s", qPrintable(jobId), r.why().constData());
    return r.ok() ? r.value() : DtsPrecheckStatus{};
}

void TestDtsSandbox::listsScenarioJobs()
{
    DtsJobQuery q;
    q.regionId = kRegion;
    q.jobType = DtsJobType::Migration;
    auto migrations = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(migrations);
    QCOMPARE(migrations.value().total, 2);
    QMap<QString, DtsJob> byId;
    for (const DtsJob &j : migrations.value().items)
        byId.insert(j.dtsJobId, j);
    QVERIFY(byId.contains(kCrm));
    QVERIFY(byId.contains(kInventory));

    const DtsJob crm = byId.value(kCrm);
    QCOMPARE(crm.name, QStringLiteral("crm-migration"));
    QCOMPARE(crm.jobType, DtsJobType::Migration);
    QCOMPARE(crm.status, DtsJobStatus::Finished);
    QVERIFY(crm.createTime.isValid());
    QCOMPARE(crm.createTime.timeSpec(), Qt::UTC);
    QVERIFY(crm.migrationMode.structureInitialization);
    QVERIFY(crm.migrationMode.dataInitialization);
    QVERIFY(!crm.migrationMode.dataSynchronization);
    QCOMPARE(crm.payType, QStringLiteral("PostPaid"));
    QCOMPARE(crm.direction, QStringLiteral("Forward"));
    QCOMPARE(crm.dataInitialization.status, DtsStageStatus::Finished);
    QVERIFY(!crm.dtsInstanceId.isEmpty());

    const DtsJob inventory = byId.value(kInventory);
    QCOMPARE(inventory.name, QStringLiteral("inventory-migration"));
    QCOMPARE(inventory.status, DtsJobStatus::PrecheckFailed);
    QCOMPARE(inventory.precheck.status, DtsStageStatus::Failed);
    QCOMPARE(inventory.source.instanceType, QStringLiteral("ECS"));
    QCOMPARE(inventory.source.instanceId, QStringLiteral("i-bp1inv0legacy05"));
    QCOMPARE(inventory.source.ip, QStringLiteral("10.0.8.21"));
    QCOMPARE(inventory.source.userName, QStringLiteral("root"));
    bool binlog = false;
    for (const DtsPrecheckDetail &d : inventory.precheck.details)
        binlog = binlog || (d.checkItem == QLatin1String("CHECK_SRC_BINLOG_FORMAT") &&
                            d.checkResult == DtsPrecheckItemState::Failed);
    QVERIFY(binlog);
    QVERIFY(canStart(inventory));

    q.jobType = DtsJobType::Sync;
    auto syncs = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(syncs);
    QCOMPARE(syncs.value().total, 1);
    const DtsJob sales = syncs.value().items.value(0);
    QCOMPARE(sales.dtsJobId, kSalesSync);
    QCOMPARE(sales.jobType, DtsJobType::Sync);
    QCOMPARE(sales.status, DtsJobStatus::Synchronizing);
    QCOMPARE(sales.source.instanceId, QStringLiteral("rm-bp1sales0prod01"));
    QVERIFY(sales.delay);
    QCOMPARE(sales.delay->rawUnit, DelayUnit::Seconds);
    QVERIFY(sales.checkpoint);
    QVERIFY(sales.performance.rpsValue);
    QVERIFY(canSuspend(sales));
    QVERIFY(canCreateReverse(sales));
}

void TestDtsSandbox::searchFilterAndPaging()
{
    DtsJobQuery q;
    q.regionId = kRegion;
    q.jobType = DtsJobType::Migration;
    q.searchType = QStringLiteral("name");
    q.searchValue = QStringLiteral("inventory");
    auto byName = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(byName);
    QCOMPARE(byName.value().total, 1);
    QCOMPARE(byName.value().items.value(0).dtsJobId, kInventory);

    q.searchType.clear();
    q.searchValue.clear();
    q.dtsJobIds = {kCrm};
    auto byId = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(byId);
    QCOMPARE(byId.value().total, 1);
    QCOMPARE(byId.value().items.value(0).dtsJobId, kCrm);

    q.dtsJobIds.clear();
    q.status = QStringLiteral("Finished");
    auto finished = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(finished);
    QCOMPARE(finished.value().total, 1);

    // One per page: two pages, ordered by creation time descending.
    q.status.clear();
    q.pageSize = 1;
    q.orderColumn = QStringLiteral("CreateTime");
    q.orderDirection = QStringLiteral("DESC");
    Reply<QList<DtsJob>> all;
    QObject ctx;
    int pages = 0;
    m_rig.dts->fetchAllJobs(
        q, &ctx, [&](qint64, qint64) { ++pages; }, all.callback());
    QTRY_VERIFY_WITH_TIMEOUT(all.ready(), 10000);
    REQUIRE_OK(all);
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(pages, 2);
    QVERIFY(all.value()[0].createTime >= all.value()[1].createTime);
    QCOMPARE(m_rig.count(QStringLiteral("DescribeDtsJobs")), 5);
}

void TestDtsSandbox::delayUnitsAgree()
{
    // DescribeDtsJobs sends seconds for a sync job, DescribeDtsJobDetail milliseconds; read at
    // the same (frozen) virtual time they must agree to within the list's rounding.
    DtsJobQuery q;
    q.regionId = kRegion;
    q.jobType = DtsJobType::Sync;
    auto list = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(list);
    const DtsJob listed = list.value().items.value(0);
    const DtsJob detailed = detail(kSalesSync);
    QVERIFY(listed.delay);
    QVERIFY(detailed.delay);
    QCOMPARE(listed.delay->rawUnit, DelayUnit::Seconds);
    QCOMPARE(detailed.delay->rawUnit, DelayUnit::Milliseconds);
    const auto diff = listed.delay->value - detailed.delay->value;
    QVERIFY2(std::chrono::abs(diff) <= 500ms, qPrintable(QStringLiteral("%1 ms vs %2 ms")
                                                             .arg(listed.delay->value.count())
                                                             .arg(detailed.delay->value.count())));
}

void TestDtsSandbox::detailByJobOrInstance()
{
    const DtsJob byJob = detail(kSalesSync);
    QCOMPARE(byJob.dtsJobId, kSalesSync);
    QCOMPARE(byJob.name, QStringLiteral("sales-sync"));
    QCOMPARE(byJob.status, DtsJobStatus::Synchronizing);
    QVERIFY(!byJob.dtsInstanceId.isEmpty());
    QVERIFY(byJob.migrationMode.dataSynchronization);
    QVERIFY2(byJob.dataSynchronization.status == DtsStageStatus::Migrating ||
                 byJob.dataSynchronization.status == DtsStageStatus::Catched,
             qPrintable(byJob.dataSynchronization.status.raw));
    // Taken from the first sub-job: the detail lacks them at the top.
    QVERIFY(byJob.performance.rpsValue);
    QCOMPARE(byJob.dataInitialization.status, DtsStageStatus::Finished);
    QVERIFY(!byJob.dbObject.isEmpty());
    QVERIFY(byJob.checkpoint);

    // DescribeDtsJobDetail spells the instance parameter DtsInstanceID.
    DtsJobDetailQuery q;
    q.regionId = kRegion;
    q.dtsInstanceId = byJob.dtsInstanceId;
    auto byInstance = await<DtsJob>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobDetail(q, ctx, done); });
    REQUIRE_OK(byInstance);
    QCOMPARE(byInstance.value().dtsJobId, kSalesSync);
}

void TestDtsSandbox::fixedPrecheckPassesOnRerun()
{
    const DtsPrecheckStatus before = progress(kInventory, DtsJobCode::Precheck);
    QCOMPARE(before.jobId, kInventory);
    QCOMPARE(before.state, DtsStageStatus::Failed);
    QVERIFY(before.errorItem >= 1);
    QVERIFY(before.total >= 10);
    bool failedItem = false;
    for (const DtsPrecheckItem &item : before.items) {
        if (item.item == QLatin1String("CHECK_SRC_BINLOG_FORMAT")) {
            QCOMPARE(item.state, DtsPrecheckItemState::Failed);
            QVERIFY(!item.errMsg.isEmpty());
            QVERIFY(!item.repairMethod.isEmpty());
            failedItem = true;
        }
    }
    QVERIFY(failedItem);

    auto started = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.dts->startJob({kRegion, kInventory, {}, {}}, ctx, done);
    });
    REQUIRE_OK(started);
    QCOMPARE(detail(kInventory).status, DtsJobStatus::Prechecking);
    m_rig.advance(2min);
    const DtsPrecheckStatus after = progress(kInventory, DtsJobCode::Precheck);
    QCOMPARE(after.errorItem, 0);
    for (const DtsPrecheckItem &item : after.items)
        QVERIFY2(item.state == DtsPrecheckItemState::Success ||
                     item.state == DtsPrecheckItemState::Warning,
                 qPrintable(item.item));
    const DtsJob running = detail(kInventory);
    QVERIFY2(running.status == DtsJobStatus::Migrating, qPrintable(running.status.raw));

    // Schema, then full data, then incremental, on the virtual clock.
    m_rig.advance(2min);
    const DtsPrecheckStatus schema = progress(kInventory, DtsJobCode::Schema);
    QCOMPARE(schema.state, DtsStageStatus::Finished);
    m_rig.advance(15min);
    const DtsPrecheckStatus full = progress(kInventory, DtsJobCode::FullData);
    QCOMPARE(full.state, DtsStageStatus::Finished);
    QVERIFY(!full.items.isEmpty());
    for (const DtsPrecheckItem &item : full.items)
        QCOMPARE(item.current, item.total);
    const DtsPrecheckStatus incremental = progress(kInventory, DtsJobCode::Incremental);
    QVERIFY2(incremental.state == DtsStageStatus::Migrating ||
                 incremental.state == DtsStageStatus::Catched,
             qPrintable(incremental.state.raw));
}

void TestDtsSandbox::newJobFailsPrecheckThenPassesAfterFix()
{
    auto configured = await<DtsJobConfigured>([&](QObject *ctx, auto done) {
        return m_rig.dts->configureJob(salesMigration(QStringLiteral("orders-move")), ctx, done);
    });
    REQUIRE_OK(configured);
    const QString id = configured.value().dtsJobId;
    QVERIFY(!id.isEmpty());
    QVERIFY(!configured.value().recovered);
    QCOMPARE(m_rig.count(QStringLiteral("ConfigureDtsJob")), 1);
    QCOMPARE(detail(id).status, DtsJobStatus::NotStarted); // no instance yet

    // Buying the instance with AutoStart runs the precheck, where the self-managed MySQL source
    // fails binlog_format.
    CreateDtsInstanceParams buy;
    buy.regionId = kRegion;
    buy.jobId = id;
    buy.autoStart = true;
    buy.instanceClass = QStringLiteral("small");
    auto bought = await<DtsInstanceCreated>(
        [&](QObject *ctx, auto done) { return m_rig.dts->createInstance(buy, ctx, done); });
    REQUIRE_OK(bought);
    QCOMPARE(detail(id).status, DtsJobStatus::Prechecking);
    m_rig.advance(90s);
    DtsJob job = detail(id);
    QCOMPARE(job.status, DtsJobStatus::PrecheckFailed);
    QCOMPARE(job.name, QStringLiteral("orders-move"));
    QCOMPARE(job.source.ip, QStringLiteral("10.20.30.40"));
    QCOMPARE(job.destination.instanceId, QStringLiteral("rm-bp1integration01"));
    QVERIFY(!job.dbObject.contains(QLatin1String("Secret")));
    const DtsPrecheckStatus failed = progress(id, DtsJobCode::Precheck);
    QCOMPARE(failed.state, DtsStageStatus::Failed);

    // The operator fixes binlog_format; a re-run 30 s later passes.
    m_rig.advance(30s);
    auto rerun = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.dts->startJob({kRegion, id, {}, {}}, ctx, done);
    });
    REQUIRE_OK(rerun);
    m_rig.advance(90s);
    QCOMPARE(progress(id, DtsJobCode::Precheck).errorItem, 0);
    job = detail(id);
    QCOMPARE(job.status, DtsJobStatus::Migrating);
    QCOMPARE(job.structureInitialization.status.isPresent(), true);
}

void TestDtsSandbox::instanceForAConfiguredJob()
{
    auto configured = await<DtsJobConfigured>([&](QObject *ctx, auto done) {
        return m_rig.dts->configureJob(salesMigration(QStringLiteral("with-instance")), ctx, done);
    });
    REQUIRE_OK(configured);
    CreateDtsInstanceParams p;
    p.regionId = kRegion;
    p.jobId = configured.value().dtsJobId;
    p.type = DtsJobType::Migration;
    p.instanceClass = QStringLiteral("medium");
    p.sourceRegion = kRegion;
    p.destinationRegion = kRegion;
    p.sourceEndpointEngineName = QStringLiteral("MySQL");
    p.destinationEndpointEngineName = QStringLiteral("MySQL");
    p.quantity = 1;
    auto bought = await<DtsInstanceCreated>(
        [&](QObject *ctx, auto done) { return m_rig.dts->createInstance(p, ctx, done); });
    REQUIRE_OK(bought);
    QVERIFY(!bought.value().instanceId.isEmpty());
    QCOMPARE(bought.value().jobId, configured.value().dtsJobId);
    QVERIFY(!bought.value().recovered);
    QCOMPARE(detail(p.jobId).dtsInstanceId, bought.value().instanceId);

    // By instance id (DtsInstanceId on StartDtsJob's wire).
    DtsJobQuery q;
    q.regionId = kRegion;
    q.dtsInstanceIds = {bought.value().instanceId};
    auto listed = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(listed);
    QCOMPARE(listed.value().total, 1);
    QCOMPARE(listed.value().items.value(0).dtsJobId, p.jobId);
}

void TestDtsSandbox::connectionStatus()
{
    DtsConnectionParams p;
    p.regionId = kRegion;
    p.source = selfManagedMySql();
    p.destination = rdsDestination();
    auto ok = await<DtsConnectionStatus>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeConnectionStatus(p, ctx, done); });
    REQUIRE_OK(ok);
    QVERIFY(ok.value().source.present);
    QVERIFY(ok.value().source.connected);
    QVERIFY(ok.value().destination.connected);
    QCOMPARE(ok.value().source.details.size(), 3);
    for (const DtsConnectionTest &t : ok.value().source.details)
        QVERIFY2(t.success, qPrintable(t.testName));

    p.source.ip = QStringLiteral("192.0.2.7");
    auto unreachable = await<DtsConnectionStatus>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeConnectionStatus(p, ctx, done); });
    REQUIRE_OK(unreachable);
    QVERIFY(!unreachable.value().source.connected);
    QVERIFY(!unreachable.value().source.advice.isEmpty());
    QVERIFY(unreachable.value().destination.connected);

    p.source = selfManagedMySql();
    p.destination.password.clear();
    auto denied = await<DtsConnectionStatus>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeConnectionStatus(p, ctx, done); });
    REQUIRE_OK(denied);
    QVERIFY(!denied.value().destination.connected);
    QVERIFY(denied.value().destination.advice.contains(QLatin1String("dts_writer")));
}

void TestDtsSandbox::suspendResumeReverseStop()
{
    const DtsJobRef ref{kRegion, kSalesSync, {}, {}};
    auto paused =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.dts->suspendJob(ref, ctx, done); });
    REQUIRE_OK(paused);
    DtsJob job = detail(kSalesSync);
    QCOMPARE(job.status, DtsJobStatus::Suspending);
    QVERIFY(canStart(job));
    // A paused job gains a second of lag per second.
    const auto lag = detail(kSalesSync).delay->value;
    m_rig.advance(60s);
    QVERIFY(detail(kSalesSync).delay->value >= lag + 55s);

    auto resumed =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.dts->startJob(ref, ctx, done); });
    REQUIRE_OK(resumed);
    QCOMPARE(detail(kSalesSync).status, DtsJobStatus::Synchronizing);

    CreateReverseDtsJobParams rp;
    rp.regionId = kRegion;
    rp.dtsJobId = kSalesSync;
    auto reverse = await<DtsReverseJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.dts->createReverseJob(rp, ctx, done); });
    REQUIRE_OK(reverse);
    QVERIFY(!reverse.value().dtsJobId.isEmpty());
    QVERIFY(reverse.value().dtsJobId != kSalesSync);
    job = detail(kSalesSync);
    QCOMPARE(job.reverseJobId, reverse.value().dtsJobId);

    DtsJobDetailQuery rq;
    rq.regionId = kRegion;
    rq.dtsJobId = kSalesSync;
    rq.synchronizationDirection = QStringLiteral("Reverse");
    auto reverseDetail = await<DtsJob>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobDetail(rq, ctx, done); });
    REQUIRE_OK(reverseDetail);
    QCOMPARE(reverseDetail.value().dtsJobId, reverse.value().dtsJobId);
    QCOMPARE(reverseDetail.value().direction, QStringLiteral("Reverse"));

    auto stopped =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.dts->stopJob(ref, ctx, done); });
    REQUIRE_OK(stopped);
    QCOMPARE(detail(kSalesSync).status, DtsJobStatus::Finished);
    QCOMPARE(m_rig.count(QStringLiteral("StopDtsJob")), 1);
    QCOMPARE(m_rig.count(QStringLiteral("SuspendDtsJob")), 1);
    QCOMPARE(m_rig.count(QStringLiteral("StartDtsJob")), 1);
}

void TestDtsSandbox::serviceErrors()
{
    auto stopFinished = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.dts->stopJob({kRegion, kCrm, {}, {}}, ctx, done);
    });
    QVERIFY(stopFinished.ready());
    QVERIFY(!stopFinished.ok());
    QCOMPARE(stopFinished.error().kind, ErrorKind::Client);
    QCOMPARE(stopFinished.error().httpStatus, 400);
    QCOMPARE(stopFinished.error().code, QStringLiteral("OperationDenied.JobStatus"));
    QVERIFY(stopFinished.error().message.contains(kCrm));
    QCOMPARE(stopFinished.error().action, QStringLiteral("StopDtsJob"));
    QVERIFY(!stopFinished.error().mayHaveApplied);

    DtsJobDetailQuery q;
    q.regionId = kRegion;
    q.dtsJobId = QStringLiteral("nosuchjob000000");
    auto missing = await<DtsJob>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobDetail(q, ctx, done); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Client);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().code, QStringLiteral("InvalidDtsJobId.NotFound"));

    // A parameter error: the %s of ErrMessage is filled from DynamicMessage.
    ConfigureDtsJobParams bad = salesMigration(QStringLiteral("bad"));
    bad.dbList.clear();
    auto invalid = await<DtsJobConfigured>(
        [&](QObject *ctx, auto done) { return m_rig.dts->configureJob(bad, ctx, done); });
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().kind, ErrorKind::Client);
    QCOMPARE(invalid.error().httpStatus, 400);
    QVERIFY(!invalid.error().message.contains(QLatin1String("%s")));
    QVERIFY(invalid.error().message.contains(QLatin1String("DbList")));
    QCOMPARE(m_rig.count(QStringLiteral("ConfigureDtsJob")), 1);
    QCOMPARE(m_rig.count(QStringLiteral("DescribeDtsJobs")), 0); // a 4xx needs no lookup
}

void TestDtsSandbox::lostConfigureIsRecovered()
{
    sandbox::FaultRule slow;
    slow.scripted = true;
    slow.sequence = {sandbox::FaultKind::Slow};
    slow.actions = {QStringLiteral("ConfigureDtsJob")};
    slow.latency = 1200ms;
    m_rig.server->faults().addRule(slow);
    const DtsClient impatient(std::make_shared<test::TimeoutSender>(m_rig.transport.get(), 300ms));
    auto r = await<DtsJobConfigured>([&](QObject *ctx, auto done) {
        return impatient.configureJob(salesMigration(QStringLiteral("lost-answer")), ctx, done);
    });
    REQUIRE_OK(r);
    QVERIFY(r.value().recovered);
    QVERIFY(!r.value().dtsJobId.isEmpty());
    QCOMPARE(detail(r.value().dtsJobId).name, QStringLiteral("lost-answer"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.count(QStringLiteral("ConfigureDtsJob")), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(m_rig.count(QStringLiteral("ConfigureDtsJob")), 1);

    DtsJobQuery q;
    q.regionId = kRegion;
    q.searchType = QStringLiteral("name");
    q.searchValue = QStringLiteral("lost-answer");
    auto jobs = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);
}

QTEST_GUILESS_MAIN(TestDtsSandbox)
#include "tst_dtssandbox.moc"
