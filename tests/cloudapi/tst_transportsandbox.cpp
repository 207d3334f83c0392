// SPDX-License-Identifier: GPL-3.0-or-later
// The transport and the typed clients against the sandbox's gateway: every error class as the
// real services produce it, retries (throttled then success, 5xx until the attempts run out, a
// state change sent once, a create never duplicated), timeouts, cancellation, and the bodyless
// one-shot requests the sandbox must accept. The request log counts what reached the sandbox.
#include "testsupport_sandbox.h"

#include "cloudapi/sandbox/faultinjector.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>

#include <nlohmann/json.hpp>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::model;
using namespace std::chrono_literals;
using ferry::sandbox::FaultKind;
using ferry::sandbox::FaultRule;
using ferry::test::await;
using ferry::test::Reply;
using nlohmann::json;

namespace {

constexpr qint64 kHiveProd = 2000015;
const QString kWeb01 = QStringLiteral("s-bp1web01a7k2m9q4x8z3");
const QString kErpJob = QStringLiteral("j-uvsz91e85r2oa3e35j");

FaultRule sequence(std::initializer_list<FaultKind> steps, const QString &action,
                   std::chrono::milliseconds latency = 2000ms)
{
    FaultRule r;
    r.scripted = true;
    r.sequence.assign(steps.begin(), steps.end());
    r.actions = {action};
    r.latency = latency;
    return r;
}

FaultRule always(FaultKind kind, const QString &action, std::chrono::milliseconds latency = 2000ms)
{
    FaultRule r;
    r.kind = kind;
    r.rate = 1.0;
    r.actions = {action};
    r.latency = latency;
    return r;
}

ApiRequest listSources()
{
    return roaRequest(Product::MaxCompute, QStringLiteral("ListMmsDataSources"),
                      QStringLiteral("2022-01-04"), "GET",
                      QStringLiteral("/api/v1/mms/datasources"));
}

Reply<json> sendRaw(Transport &transport, ApiRequest request, int timeoutMs = 10000)
{
    return await<json>(
        [&](QObject *ctx, auto done) { return transport.send(std::move(request), ctx, done); },
        timeoutMs);
}

} // namespace

#define REQUIRE_OK(reply) QVERIFY2((reply).ok(), (reply).why().constData())

class TestTransportSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void throttledThenSuccess();
    void retryAfterIsWaited();
    void serverErrorsUntilAttemptsRunOut_data();
    void serverErrorsUntilAttemptsRunOut();
    void stateChangeSentOnceOn5xx_data();
    void stateChangeSentOnceOn5xx();
    void droppedReadIsRetried();
    void droppedCreateIsQueriedThenSentAgain();
    void createAnsweredTooLateIsRecovered();
    void throttledCreateIsSentAgain();
    void clientTokenCreateRetriedWithoutDuplicate();
    void readTimesOut();
    void stateChangeTimesOutOnce();
    void errorClasses_data();
    void errorClasses();
    void staleDateIsAuthenticationError();
    void noCredentials();
    void refusedConnectionProvesNotApplied();
    void cancelBeforeSending();
    void cancelInFlight();
    void cancelDuringBackoff();
    void contextDestroyedInFlight();
    void cancelFetchAllBetweenPages();
    void bodylessOneShotRequestsAreAccepted();

private:
    void scanDim();

    test::SandboxRig m_rig;
};

void TestTransportSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTransportSandbox::init()
{
    QVERIFY(m_rig.start());
}

void TestTransportSandbox::cleanup()
{
    m_rig.transport.reset();
    m_rig.server.reset();
    m_rig.config = {};
}

void TestTransportSandbox::scanDim()
{
    auto scan = await<MmsScanCreated>([&](QObject *ctx, auto done) {
        return m_rig.mms->createFetchMetadataJob({kHiveProd, QStringLiteral("dim"), {}}, ctx, done);
    });
    QVERIFY2(scan.ok(), scan.why().constData());
    m_rig.advance(3min);
}

void TestTransportSandbox::throttledThenSuccess()
{
    m_rig.server->faults().addRule(sequence(
        {FaultKind::Throttle, FaultKind::Throttle, FaultKind::None}, "ListMmsDataSources"));
    QSignalSpy attempts(m_rig.transport.get(), &Transport::attemptFinished);
    auto r = await<Page<MmsDataSource>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDataSources({}, ctx, done); });
    REQUIRE_OK(r);
    QCOMPARE(r.calls, 1);
    QCOMPARE(r.value().items.size(), 7);
    QCOMPARE(attempts.count(), 3);
    const QList<int> statuses = {attempts[0][1].toInt(), attempts[1][1].toInt(),
                                 attempts[2][1].toInt()};
    QCOMPARE(statuses, QList<int>({400, 400, 200}));
    QCOMPARE(attempts[2][2].toInt(), 3);
    const auto log = m_rig.entries(QStringLiteral("ListMmsDataSources"));
    QCOMPARE(log.size(), std::size_t(3));
    QCOMPARE(log[0].errorCode, QStringLiteral("Throttling.User"));
    QCOMPARE(log[0].fault, QStringLiteral("throttle"));
    QCOMPARE(log[1].fault, QStringLiteral("throttle"));
    QCOMPARE(log[2].status, 200);
    QCOMPARE(log[2].fault, QString());
}

void TestTransportSandbox::retryAfterIsWaited()
{
    // x-acs-retry-after is milliseconds on both sides; the transport waits at least that long
    // even though its own backoff would be a few milliseconds.
    FaultRule rule = sequence({FaultKind::Throttle, FaultKind::None}, "ListMmsDataSources");
    rule.retryAfter = 400ms;
    m_rig.server->faults().addRule(rule);
    auto r = sendRaw(*m_rig.transport, listSources());
    REQUIRE_OK(r);
    const auto log = m_rig.entries(QStringLiteral("ListMmsDataSources"));
    QCOMPARE(log.size(), std::size_t(2));
    QVERIFY2(log[1].realTime - log[0].realTime >= 400ms,
             qPrintable(QString::number((log[1].realTime - log[0].realTime).count())));
}

void TestTransportSandbox::serverErrorsUntilAttemptsRunOut_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("500 InternalError") << int(FaultKind::InternalError) << 500 << "InternalError";
    QTest::newRow("503 ServiceUnavailable")
        << int(FaultKind::Unavailable) << 503 << "ServiceUnavailable";
}

void TestTransportSandbox::serverErrorsUntilAttemptsRunOut()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_rig.server->faults().addRule(always(FaultKind(fault), "DescribeDtsJobs"));
    QSignalSpy attempts(m_rig.transport.get(), &Transport::attemptFinished);
    DtsJobQuery q;
    q.regionId = test::kSandboxRegion;
    auto r = await<Page<DtsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.dts->describeJobs(q, ctx, done); });
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Server);
    QCOMPARE(r.error().httpStatus, status);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().action, QStringLiteral("DescribeDtsJobs"));
    QVERIFY(!r.error().requestId.isEmpty());
    QVERIFY(!r.error().recommend.isEmpty());
    QVERIFY(!r.error().mayHaveApplied); // a read
    QVERIFY(r.error().isTransient());
    const int maxAttempts = m_rig.transport->retryPolicy().maxAttempts;
    QCOMPARE(attempts.count(), maxAttempts);
    QCOMPARE(m_rig.count(QStringLiteral("DescribeDtsJobs")), maxAttempts);
    QCOMPARE(r.calls, 1);
}

void TestTransportSandbox::stateChangeSentOnceOn5xx_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("fault");
    for (const char *action : {"StopMmsJob", "StartReplicationJob", "SuspendDtsJob"}) {
        QTest::addRow("%s 500", action) << action << int(FaultKind::InternalError);
        QTest::addRow("%s 503", action) << action << int(FaultKind::Unavailable);
    }
}

void TestTransportSandbox::stateChangeSentOnceOn5xx()
{
    QFETCH(QString, action);
    QFETCH(int, fault);
    m_rig.server->faults().addRule(always(FaultKind(fault), action));
    Reply<Done> r;
    QObject ctx;
    if (action == QLatin1String("StopMmsJob"))
        m_rig.mms->stopJob({2000017, 81}, &ctx, r.callback());
    else if (action == QLatin1String("StartReplicationJob"))
        m_rig.smc->startJob({kErpJob}, &ctx, r.callback());
    else
        m_rig.dts->suspendJob({test::kSandboxRegion, QStringLiteral("jy6nmqxhlkeiimy"), {}, {}},
                              &ctx, r.callback());
    QTRY_VERIFY_WITH_TIMEOUT(r.ready(), 10000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Server);
    QCOMPARE(r.error().action, action);
    QVERIFY(r.error().mayHaveApplied);
    // Retries of a read take a few milliseconds here; give one the chance to show up.
    QTest::qWait(100);
    QCOMPARE(m_rig.count(action), 1);
    QCOMPARE(r.calls, 1);
}

void TestTransportSandbox::droppedReadIsRetried()
{
    m_rig.server->faults().addRule(
        sequence({FaultKind::Drop, FaultKind::None}, "ListMmsDataSources"));
    auto r = await<Page<MmsDataSource>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDataSources({}, ctx, done); });
    REQUIRE_OK(r);
    const auto log = m_rig.entries(QStringLiteral("ListMmsDataSources"));
    QCOMPARE(log.size(), std::size_t(2));
    QCOMPARE(log[0].status, 0);
    QCOMPARE(log[0].fault, QStringLiteral("drop"));
    QCOMPARE(log[1].status, 200);
}

void TestTransportSandbox::droppedCreateIsQueriedThenSentAgain()
{
    scanDim();
    m_rig.server->faults().addRule(sequence({FaultKind::Drop}, "CreateMmsJob"));
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("dims-once");
    p.srcDbName = QStringLiteral("dim");
    auto r = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    REQUIRE_OK(r);
    QVERIFY(r.value().asyncTaskId);
    QVERIFY(!r.value().recovered);

    // Create (dropped) -> ListMmsJobs (nothing there) -> Create (answered), in that order.
    const auto log = m_rig.server->requestLog().entries();
    QStringList order;
    for (const auto &e : log)
        if (e.action == QLatin1String("CreateMmsJob") || e.action == QLatin1String("ListMmsJobs"))
            order << QStringLiteral("%1:%2").arg(e.action).arg(e.status);
    QCOMPARE(order, QStringList({"CreateMmsJob:0", "ListMmsJobs:200", "CreateMmsJob:200"}));

    MmsJobQuery q;
    q.sourceId = kHiveProd;
    q.name = p.name;
    auto jobs = await<Page<MmsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);
}

void TestTransportSandbox::createAnsweredTooLateIsRecovered()
{
    // The service creates the job but its answer comes after the client gave up: the client
    // must find the job rather than create a second one.
    scanDim();
    m_rig.server->faults().addRule(sequence({FaultKind::Slow}, "CreateMmsJob", 1500ms));
    const MmsClient impatient(std::make_shared<test::TimeoutSender>(m_rig.transport.get(), 300ms),
                              test::kSandboxRegion);
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("dims-late");
    p.srcDbName = QStringLiteral("dim");
    auto r = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return impatient.createJob(p, ctx, done); });
    REQUIRE_OK(r);
    QVERIFY(r.value().recovered);
    QCOMPARE(r.value().jobId, std::optional<qint64>(82));
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsJobs")), 1);

    // The late answer is logged once it went out; the create reached the service once.
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.count(QStringLiteral("CreateMmsJob")), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(m_rig.count(QStringLiteral("CreateMmsJob")), 1);
    MmsJobQuery q;
    q.sourceId = kHiveProd;
    q.name = p.name;
    auto jobs = await<Page<MmsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);
}

void TestTransportSandbox::throttledCreateIsSentAgain()
{
    // Throttling proves nothing was applied: the create goes again without a lookup.
    scanDim();
    m_rig.server->faults().addRule(sequence({FaultKind::Throttle}, "CreateMmsJob"));
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("dims-throttled");
    p.srcDbName = QStringLiteral("dim");
    auto r = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    REQUIRE_OK(r);
    QCOMPARE(m_rig.count(QStringLiteral("CreateMmsJob")), 2);
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsJobs")), 0);
}

void TestTransportSandbox::clientTokenCreateRetriedWithoutDuplicate()
{
    // CreateReplicationJob carries a ClientToken: the transport repeats it after a lost answer
    // and SMC answers the job it already made.
    m_rig.server->faults().addRule(sequence({FaultKind::Slow}, "CreateReplicationJob", 1200ms));
    const SmcClient impatient(std::make_shared<test::TimeoutSender>(m_rig.transport.get(), 300ms));
    CreateReplicationJobParams p;
    p.regionId = test::kSandboxRegion;
    p.sourceId = kWeb01;
    p.name = QStringLiteral("web01-token");
    p.systemDiskSizeGiB = 60;
    auto r = await<SmcJobCreated>(
        [&](QObject *ctx, auto done) { return impatient.createReplicationJob(p, ctx, done); });
    REQUIRE_OK(r);
    QVERIFY(r.value().jobId.startsWith(QLatin1String("j-")));
    // The first attempt created the job but its answer came after 1.2 s, long after the client
    // gave up; the second attempt carried the same token.
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.count(QStringLiteral("CreateReplicationJob")), 2, 5000);

    SmcJobQuery q;
    q.regionId = test::kSandboxRegion;
    q.sourceIds = {kWeb01};
    auto jobs = await<Page<SmcReplicationJob>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeReplicationJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);
    QCOMPARE(jobs.value().items.value(0).jobId, r.value().jobId);
}

void TestTransportSandbox::readTimesOut()
{
    m_rig.server->faults().addRule(always(FaultKind::Slow, "ListMmsDataSources", 1500ms));
    m_rig.transport->setRetryPolicy(test::quickRetries(2));
    QSignalSpy attempts(m_rig.transport.get(), &Transport::attemptFinished);
    ApiRequest request = listSources();
    request.timeout = 300ms;
    auto r = sendRaw(*m_rig.transport, request);
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QCOMPARE(r.error().httpStatus, 0);
    QCOMPARE(r.error().action, QStringLiteral("ListMmsDataSources"));
    QVERIFY(!r.error().mayHaveApplied);
    QVERIFY(r.error().message.contains(QLatin1String("1 second")));
    QCOMPARE(attempts.count(), 2);
    QCOMPARE(attempts[0][1].toInt(), 0);
}

void TestTransportSandbox::stateChangeTimesOutOnce()
{
    m_rig.server->faults().addRule(always(FaultKind::Slow, "StartReplicationJob", 1000ms));
    const SmcClient impatient(std::make_shared<test::TimeoutSender>(m_rig.transport.get(), 200ms));
    auto r = await<Done>(
        [&](QObject *ctx, auto done) { return impatient.startJob({kErpJob}, ctx, done); });
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY(r.error().mayHaveApplied);
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.count(QStringLiteral("StartReplicationJob")), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(m_rig.count(QStringLiteral("StartReplicationJob")), 1);
    // It was applied: the job runs.
    SmcJobQuery q;
    q.jobIds = {kErpJob};
    auto jobs = await<Page<SmcReplicationJob>>(
        [&](QObject *ctx, auto done) { return m_rig.smc->describeReplicationJobs(q, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().items.value(0).status, SmcJobStatus::Running);
}

void TestTransportSandbox::errorClasses_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong secret") << "secret" << int(ErrorKind::Authentication) << 400
                                  << "SignatureDoesNotMatch";
    QTest::newRow("unknown AccessKey")
        << "key" << int(ErrorKind::Authentication) << 404 << "InvalidAccessKeyId.NotFound";
    QTest::newRow("RAM denial") << "forbidden" << int(ErrorKind::Permission) << 403
                                << "Forbidden.RAM";
    QTest::newRow("throttled") << "throttle" << int(ErrorKind::Throttled) << 400
                               << "Throttling.User";
    QTest::newRow("internal") << "internal" << int(ErrorKind::Server) << 500 << "InternalError";
    QTest::newRow("unavailable") << "unavailable" << int(ErrorKind::Server) << 503
                                 << "ServiceUnavailable";
    QTest::newRow("dropped") << "drop" << int(ErrorKind::Network) << 0 << "";
    QTest::newRow("timeout") << "slow" << int(ErrorKind::Timeout) << 0 << "";
    QTest::newRow("malformed") << "malformed" << int(ErrorKind::InvalidResponse) << 200 << "";
    QTest::newRow("not found") << "missing" << int(ErrorKind::Client) << 404
                               << "EntityNotExist.DataSource";
}

void TestTransportSandbox::errorClasses()
{
    QFETCH(QString, setup);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    // One attempt, so each class shows as the service produced it.
    std::unique_ptr<Transport> transport;
    Credentials creds = m_rig.credentials();
    if (setup == QLatin1String("secret"))
        creds.accessKeySecret += QLatin1Char('x');
    else if (setup == QLatin1String("key"))
        creds.accessKeyId = QStringLiteral("LTAI00000000000000000000");
    transport = m_rig.makeTransport(creds);
    transport->setRetryPolicy(test::quickRetries(1));
    const QHash<QString, FaultKind> faults = {
        {QStringLiteral("forbidden"), FaultKind::Forbidden},
        {QStringLiteral("throttle"), FaultKind::Throttle},
        {QStringLiteral("internal"), FaultKind::InternalError},
        {QStringLiteral("unavailable"), FaultKind::Unavailable},
        {QStringLiteral("drop"), FaultKind::Drop},
        {QStringLiteral("slow"), FaultKind::Slow},
        {QStringLiteral("malformed"), FaultKind::Malformed},
    };
    if (faults.contains(setup))
        m_rig.server->faults().addRule(always(faults.value(setup), "GetMmsDataSource", 1000ms));
    const MmsClient mms(std::make_shared<test::TimeoutSender>(transport.get(), 300ms),
                        test::kSandboxRegion);
    const qint64 id = setup == QLatin1String("missing") ? 7 : kHiveProd;
    auto r = await<MmsDataSource>(
        [&](QObject *ctx, auto done) { return mms.getDataSource(id, false, {}, ctx, done); });
    QVERIFY(r.ready());
    QVERIFY2(!r.ok(), "succeeded");
    QCOMPARE(int(r.error().kind), kind);
    QCOMPARE(r.error().httpStatus, status);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().action, QStringLiteral("GetMmsDataSource"));
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().explanation().isEmpty());
    if (status >= 400)
        QVERIFY(!r.error().requestId.isEmpty());
    if (r.error().kind == ErrorKind::Permission)
        QVERIFY(r.error().ramActions.contains(QStringLiteral("odps:GetMmsDataSource")));
    // No secret of the caller in anything the error carries.
    const QString all = r.error().summary() + r.error().message + r.error().recommend;
    QVERIFY(!all.contains(m_rig.server->keyPair().secret));
    QVERIFY(!all.contains(m_rig.server->keyPair().id));
}

void TestTransportSandbox::staleDateIsAuthenticationError()
{
    // The gateway's clock runs 20 minutes ahead, so Ferry's x-acs-date is out of the window.
    cleanup();
    m_rig.config.wallClock = [] { return std::chrono::system_clock::now() + 20min; };
    QVERIFY(m_rig.start());
    auto r = await<CallerIdentity>(
        [&](QObject *ctx, auto done) { return m_rig.sts->getCallerIdentity(ctx, done); });
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Authentication);
    QCOMPARE(r.error().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QCOMPARE(r.error().httpStatus, 400);
    QCOMPARE(m_rig.count(QStringLiteral("GetCallerIdentity")), 1); // not retried
}

void TestTransportSandbox::noCredentials()
{
    cloudapi::Endpoints endpoints;
    endpoints.setOverride(m_rig.server->endpoint());
    Transport transport(nullptr, endpoints);
    const StsClient sts(&transport);
    auto r = await<CallerIdentity>(
        [&](QObject *ctx, auto done) { return sts.getCallerIdentity(ctx, done); });
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Credentials);
    QCOMPARE(m_rig.server->requestLog().totalRecorded(), std::uint64_t(0));
}

void TestTransportSandbox::refusedConnectionProvesNotApplied()
{
    // A port nobody listens on: refused before anything was sent, so even a state change is
    // known not to have been applied.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    m_rig.retarget(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    auto r = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->startJob({kErpJob}, ctx, done); });
    QVERIFY(r.ready());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY(!r.error().mayHaveApplied);
}

void TestTransportSandbox::cancelBeforeSending()
{
    Reply<Page<MmsDataSource>> r;
    QObject ctx;
    CallHandle h = m_rig.mms->listDataSources({}, &ctx, r.callback());
    QVERIFY(h.isActive());
    h.cancel();
    QVERIFY(!h.isActive());
    QTest::qWait(100);
    QCOMPARE(r.calls, 0);
    QCOMPARE(m_rig.server->requestLog().totalRecorded(), std::uint64_t(0));
}

void TestTransportSandbox::cancelInFlight()
{
    m_rig.server->faults().addRule(always(FaultKind::Slow, "ListMmsDataSources", 400ms));
    QSignalSpy logged(m_rig.server.get(), &sandbox::Server::requestLogged);
    Reply<Page<MmsDataSource>> r;
    QObject ctx;
    CallHandle h = m_rig.mms->listDataSources({}, &ctx, r.callback());
    QTest::qWait(100); // on its way, or already waiting for the slow answer
    h.cancel();
    QVERIFY(!h.isActive());
    // The sandbox may or may not have got it; if it did, it logs its answer after the latency.
    QTest::qWait(600);
    QCOMPARE(r.calls, 0);
    QVERIFY(m_rig.count(QStringLiteral("ListMmsDataSources")) <= 1);
    // The transport is still usable.
    m_rig.server->faults().clear();
    auto again = await<Page<MmsDataSource>>(
        [&](QObject *c, auto done) { return m_rig.mms->listDataSources({}, c, done); });
    REQUIRE_OK(again);
}

void TestTransportSandbox::cancelDuringBackoff()
{
    FaultRule rule = sequence({FaultKind::Throttle, FaultKind::None}, "ListMmsDataSources");
    rule.retryAfter = 500ms;
    m_rig.server->faults().addRule(rule);
    QSignalSpy logged(m_rig.server.get(), &sandbox::Server::requestLogged);
    Reply<Page<MmsDataSource>> r;
    QObject ctx;
    CallHandle h = m_rig.mms->listDataSources({}, &ctx, r.callback());
    QVERIFY(logged.wait(5000)); // the throttled answer; the transport now waits 500 ms
    h.cancel();
    QTest::qWait(700);
    QCOMPARE(r.calls, 0);
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsDataSources")), 1);
}

void TestTransportSandbox::contextDestroyedInFlight()
{
    m_rig.server->faults().addRule(always(FaultKind::Slow, "GetCallerIdentity", 300ms));
    int calls = 0;
    auto *ctx = new QObject;
    CallHandle h = m_rig.sts->getCallerIdentity(ctx, [&calls](auto) { ++calls; });
    QTest::qWait(50);
    delete ctx;
    QTest::qWait(500);
    QCOMPARE(calls, 0);
    QVERIFY(m_rig.count(QStringLiteral("GetCallerIdentity")) <= 1);
    Q_UNUSED(h);
}

void TestTransportSandbox::cancelFetchAllBetweenPages()
{
    // Cancelled from its progress callback after the first page: no second page is asked for.
    MmsPartitionQuery q;
    q.sourceId = 2000017;
    q.tableId = 10023;
    q.pageSize = 2;
    Reply<QList<MmsPartition>> r;
    QObject ctx;
    CallHandle h;
    int pages = 0;
    h = m_rig.mms->fetchAllPartitions(
        q, &ctx,
        [&](qint64, qint64) {
            ++pages;
            h.cancel();
        },
        r.callback());
    QTRY_COMPARE_WITH_TIMEOUT(pages, 1, 5000);
    QTest::qWait(100);
    QCOMPARE(pages, 1);
    QCOMPARE(r.calls, 0);
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsPartitions")), 1);
}

void TestTransportSandbox::bodylessOneShotRequestsAreAccepted()
{
    // State changes without a body go out once with an explicit Content-Length: 0 (the transport
    // cannot let Qt re-send them); the sandbox must take them and verify their signature.
    scanDim();
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("dims-stop");
    p.srcDbName = QStringLiteral("dim");
    auto created = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    REQUIRE_OK(created);

    test::RecordingRelay relay(m_rig.server->port());
    QVERIFY(relay.start());
    m_rig.retarget(relay.baseUrl());
    auto stopped = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.mms->stopJob({kHiveProd, 82}, ctx, done);
    });
    REQUIRE_OK(stopped);
    auto smcStarted = await<Done>(
        [&](QObject *ctx, auto done) { return m_rig.smc->startJob({kErpJob}, ctx, done); });
    REQUIRE_OK(smcStarted);

    const QByteArray sent = relay.sent();
    const qsizetype stop = sent.indexOf("POST /api/v1/mms/datasources/2000015/jobs/82/stop ");
    QVERIFY2(stop >= 0, sent.constData());
    const QByteArray stopHead = sent.mid(stop, sent.indexOf("\r\n\r\n", stop) - stop).toLower();
    QVERIFY2(stopHead.contains("\r\ncontent-length: 0\r\n") ||
                 stopHead.endsWith("\r\ncontent-length: 0"),
             stopHead.constData());
    QVERIFY(!stopHead.contains("transfer-encoding"));
    QVERIFY(stopHead.contains("x-acs-content-sha256: "
                              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const qsizetype start = sent.indexOf("POST /?JobId=");
    QVERIFY2(start >= 0, sent.constData());
    QVERIFY(sent.mid(start, sent.indexOf("\r\n\r\n", start) - start)
                .toLower()
                .contains("content-length: 0"));
    for (const auto &e : m_rig.server->requestLog().entries())
        QVERIFY2(e.errorCode != QLatin1String("SignatureDoesNotMatch"), qPrintable(e.action));
}

QTEST_GUILESS_MAIN(TestTransportSandbox)
#include "tst_transportsandbox.moc"
