// SPDX-License-Identifier: GPL-3.0-or-later
// The typed clients over a recording sender: what each call sends, how results and errors come
// back, cancellation, creates that are never sent blindly twice, fetch-all paging, and the
// confirmation descriptions.
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"

#include "testsupport_wire.h"

#include <QLocale>
#include <QPointer>
#include <QTest>

using namespace ferry;
using namespace ferry::cloudapi;
using ferry::testsupport::FakeSender;
using ferry::testsupport::loadWireFixture;
using ferry::testsupport::param;
using ferry::testsupport::transportError;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const QString kRegion = QStringLiteral("cn-hangzhou");

// A page of `count` MMS jobs numbered from `first`, claiming `total` in all.
json mmsJobPage(int first, int count, int total, int pageSize)
{
    json list = json::array();
    for (int i = 0; i < count; ++i)
        list.push_back({{"id", first + i}, {"name", "job-" + std::to_string(first + i)}});
    return {{"requestId", "p"},
            {"data", {{"objectList", list}, {"total", total}, {"pageSize", pageSize}}}};
}

int pageNumOf(const ApiRequest &r)
{
    QString v = param(r.query, QStringLiteral("pageNum"));
    if (v.isNull())
        v = param(r.query, QStringLiteral("PageNumber"));
    return v.toInt();
}

CreateMmsJobParams jobParams()
{
    CreateMmsJobParams p;
    p.sourceId = 2000015;
    p.name = QStringLiteral("sales-migration");
    p.srcDbName = QStringLiteral("sales");
    p.dstDbName = QStringLiteral("mc_prod");
    return p;
}

} // namespace

class TestClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void callsSendTheirRequest();
    void resultsAreParsed();
    void errorsNameTheAction();
    void cancelledCallNeverAnswers();
    void destroyedContextNeverAnswers();
    void createJobGuard_data();
    void createJobGuard();
    void configureGuardByName();
    void configureGuardById();
    void createInstanceWithoutJobCannotVerify();
    void createReverseRecovered();
    void replicationJobCarriesClientToken();
    void fetchAllPages();
    void fetchAllFollowsServerPageSize();
    void fetchAllStopsOnShortPageWithoutTotal();
    void fetchAllStopsOnError();
    void fetchAllCancelFromProgress();
    void fetchAllRunawayServer();
    void fetchAllSilentPageCap();
    void fetchAllDtsAndSmcPaging();
    void describeWireMatchesSent();
    void describeWireMasksSecrets();
};

void TestClients::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestClients::callsSendTheirRequest()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &) { return json::object(); });
    sender->synchronous = true;
    const MmsClient mms(sender, kRegion);
    const DtsClient dts(sender);
    const SmcClient smc(sender);
    const StsClient sts(sender);
    QObject ctx;
    auto ignore = [](auto) {};

    mms.listDataSources({}, &ctx, ignore);
    mms.getDataSource(1, true, QStringLiteral("en_US"), &ctx, ignore);
    mms.createFetchMetadataJob({1, QStringLiteral("db"), {}}, &ctx, ignore);
    mms.getFetchMetadataJob(1, 2, &ctx, ignore);
    mms.listDbs({}, &ctx, ignore);
    mms.getDb(1, 2, &ctx, ignore);
    mms.listTables({}, &ctx, ignore);
    mms.getTable(1, 2, &ctx, ignore);
    mms.listPartitions({}, &ctx, ignore);
    mms.listJobs({}, &ctx, ignore);
    mms.getJob({1, 2}, &ctx, ignore);
    mms.stopJob({1, 2}, &ctx, ignore);
    mms.startJob({1, 2}, &ctx, ignore);
    mms.retryJob({1, 2}, &ctx, ignore);
    mms.deleteJob({1, 2}, &ctx, ignore);
    mms.listTasks({}, &ctx, ignore);
    mms.getTask({1, 2}, &ctx, ignore);
    mms.listTaskLogs({1, 2}, &ctx, ignore);
    mms.retryTask({1, 2}, &ctx, ignore);
    mms.getAsyncTask(1, 2, &ctx, ignore);
    dts.startJob({}, &ctx, ignore);
    dts.stopJob({}, &ctx, ignore);
    dts.suspendJob({}, &ctx, ignore);
    dts.describeJobs({}, &ctx, ignore);
    dts.describeJobDetail({}, &ctx, ignore);
    dts.describePrecheckStatus({}, &ctx, ignore);
    dts.describeConnectionStatus({}, &ctx, ignore);
    smc.describeSourceServers({}, &ctx, ignore);
    smc.describeReplicationJobs({}, &ctx, ignore);
    smc.startJob({}, &ctx, ignore);
    smc.stopJob({}, &ctx, ignore);
    smc.deleteJob({}, &ctx, ignore);
    smc.modifyJob({}, &ctx, ignore);
    smc.cutOverJob({}, &ctx, ignore);
    sts.getCallerIdentity(&ctx, ignore);

    const QStringList expected = {"ListMmsDataSources",
                                  "GetMmsDataSource",
                                  "CreateMmsFetchMetadataJob",
                                  "GetMmsFetchMetadataJob",
                                  "ListMmsDbs",
                                  "GetMmsDb",
                                  "ListMmsTables",
                                  "GetMmsTable",
                                  "ListMmsPartitions",
                                  "ListMmsJobs",
                                  "GetMmsJob",
                                  "StopMmsJob",
                                  "StartMmsJob",
                                  "RetryMmsJob",
                                  "DeleteMmsJob",
                                  "ListMmsTasks",
                                  "GetMmsTask",
                                  "ListMmsTaskLogs",
                                  "RetryMmsTask",
                                  "GetMmsAsyncTask",
                                  "StartDtsJob",
                                  "StopDtsJob",
                                  "SuspendDtsJob",
                                  "DescribeDtsJobs",
                                  "DescribeDtsJobDetail",
                                  "DescribePreCheckStatus",
                                  "DescribeConnectionStatus",
                                  "DescribeSourceServers",
                                  "DescribeReplicationJobs",
                                  "StartReplicationJob",
                                  "StopReplicationJob",
                                  "DeleteReplicationJob",
                                  "ModifyReplicationJobAttribute",
                                  "CutOverReplicationJob",
                                  "GetCallerIdentity"};
    QStringList actions;
    for (const ApiRequest &r : sender->sent) {
        actions.append(r.action);
        // Reads may be retried by the transport; state changes never.
        const bool read = r.action.startsWith(QLatin1String("List")) ||
                          r.action.startsWith(QLatin1String("Get")) ||
                          r.action.startsWith(QLatin1String("Describe"));
        QCOMPARE(r.retry, read ? RetryMode::Read : RetryMode::Never);
    }
    QCOMPARE(actions, expected);
    QCOMPARE(sender->sent.at(0).regionId, kRegion);
}

void TestClients::resultsAreParsed()
{
    auto sender = std::make_shared<FakeSender>(
        [](const ApiRequest &) { return loadWireFixture(QStringLiteral("mms/list_jobs.json")); });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    std::optional<Result<model::Page<model::MmsJob>>> got;
    MmsJobQuery q;
    q.sourceId = 2000015;
    const CallHandle h = mms.listJobs(q, &ctx, [&](auto r) { got = std::move(r); });
    QVERIFY(h.isActive());
    QVERIFY(!got); // answers arrive later, on the context's thread
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QCOMPARE(got->value().items.size(), 3);
    QVERIFY(!h.isActive());
}

void TestClients::errorsNameTheAction()
{
    int call = 0;
    auto sender = std::make_shared<FakeSender>([&call](const ApiRequest &) -> Result<json> {
        if (call++ == 0)
            return json::array(); // not the documented shape
        return transportError(ErrorKind::Permission, false, 403, QStringLiteral("Forbidden.RAM"));
    });
    sender->synchronous = true;
    const SmcClient smc(sender);
    QObject ctx;
    std::optional<ApiError> first;
    std::optional<ApiError> second;
    smc.describeReplicationJobs({}, &ctx, [&](auto r) { first = r.error(); });
    smc.describeReplicationJobs({}, &ctx, [&](auto r) { second = r.error(); });
    QVERIFY(first && second);
    QCOMPARE(first->kind, ErrorKind::InvalidResponse);
    QCOMPARE(first->action, QStringLiteral("DescribeReplicationJobs"));
    QCOMPARE(second->kind, ErrorKind::Permission);
    QCOMPARE(second->code, QStringLiteral("Forbidden.RAM"));
    QCOMPARE(second->action, QStringLiteral("DescribeReplicationJobs"));
}

void TestClients::cancelledCallNeverAnswers()
{
    auto sender = std::make_shared<FakeSender>(
        [](const ApiRequest &) { return loadWireFixture(QStringLiteral("smc/ack.json")); });
    const SmcClient smc(sender);
    QObject ctx;
    int answers = 0;
    CallHandle h = smc.stopJob({QStringLiteral("j-1")}, &ctx, [&](auto) { ++answers; });
    QVERIFY(h.isActive());
    h.cancel();
    QVERIFY(!h.isActive());
    QCOMPARE(sender->cancelCalls, 1);
    h.cancel(); // twice is harmless
    QCOMPARE(sender->cancelCalls, 1);
    // A second call on the same client still answers, which proves the queue was processed.
    bool other = false;
    smc.stopJob({QStringLiteral("j-2")}, &ctx, [&](auto) { other = true; });
    QTRY_VERIFY(other);
    QCOMPARE(answers, 0);
}

void TestClients::destroyedContextNeverAnswers()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &) {
        return loadWireFixture(QStringLiteral("smc/get_caller_identity.json"));
    });
    const StsClient sts(sender);
    bool answered = false;
    {
        QObject page;
        sts.getCallerIdentity(&page, [&](auto) { answered = true; });
    }
    QObject ctx;
    bool later = false;
    sts.getCallerIdentity(&ctx, [&](auto r) { later = r.ok(); });
    QTRY_VERIFY(later);
    QVERIFY(!answered);
}

void TestClients::createJobGuard_data()
{
    // The answers the service gives, in order ("ok" = created, "found"/"none" = the lookup's
    // answer), and what must have been sent and delivered.
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("created at once")
        << QStringList{"ok"} << QStringList{"CreateMmsJob"} << "created";
    QTest::newRow("timeout, the job exists: not sent again")
        << QStringList{"timeout", "found"} << QStringList{"CreateMmsJob", "ListMmsJobs"}
        << "recovered";
    QTest::newRow("timeout, nothing created: sent again")
        << QStringList{"timeout", "none", "ok"}
        << QStringList{"CreateMmsJob", "ListMmsJobs", "CreateMmsJob"} << "created";
    QTest::newRow("server error, nothing created: sent again")
        << QStringList{"5xx", "none", "ok"}
        << QStringList{"CreateMmsJob", "ListMmsJobs", "CreateMmsJob"} << "created";
    QTest::newRow("throttled (not applied): sent again without a lookup")
        << QStringList{"throttled", "ok"} << QStringList{"CreateMmsJob", "CreateMmsJob"}
        << "created";
    QTest::newRow("client error: no lookup, no resend")
        << QStringList{"400"} << QStringList{"CreateMmsJob"} << "InvalidParameter";
    QTest::newRow("lookup fails: the original error, flagged may-have-applied")
        << QStringList{"timeout", "lookup-error"} << QStringList{"CreateMmsJob", "ListMmsJobs"}
        << "Timeout";
    QTest::newRow("gives up after three sends")
        << QStringList{"timeout", "none", "timeout", "none", "timeout"}
        << QStringList{"CreateMmsJob", "ListMmsJobs", "CreateMmsJob", "ListMmsJobs", "CreateMmsJob"}
        << "Timeout";
}

void TestClients::createJobGuard()
{
    QFETCH(QStringList, script);
    QFETCH(QStringList, sent);
    QFETCH(QString, outcome);

    int step = 0;
    auto sender = std::make_shared<FakeSender>([&](const ApiRequest &r) -> Result<json> {
        const QString what = step < script.size() ? script.at(step) : QStringLiteral("?");
        ++step;
        if (what == QLatin1String("ok"))
            return loadWireFixture(QStringLiteral("mms/create_job.json"));
        if (what == QLatin1String("found") || what == QLatin1String("none")) {
            // The lookup asks for the job by name, and gets name-alike jobs back.
            if (param(r.query, QStringLiteral("name")) != QLatin1String("sales-migration"))
                return transportError(ErrorKind::Client, false, 400, QStringLiteral("BadLookup"));
            json page = mmsJobPage(90, 1, 2, 50);
            page["data"]["objectList"][0]["name"] = "sales-migration-old";
            if (what == QLatin1String("found"))
                page["data"]["objectList"].push_back({{"id", 88}, {"name", "sales-migration"}});
            return page;
        }
        if (what == QLatin1String("timeout"))
            return transportError(ErrorKind::Timeout, true);
        if (what == QLatin1String("5xx"))
            return transportError(ErrorKind::Server, true, 503,
                                  QStringLiteral("ServiceUnavailable"));
        if (what == QLatin1String("throttled"))
            return transportError(ErrorKind::Throttled, false, 400,
                                  QStringLiteral("Throttling.User"));
        if (what == QLatin1String("400"))
            return transportError(ErrorKind::Client, false, 400,
                                  QStringLiteral("InvalidParameter"));
        return transportError(ErrorKind::Network, false);
    });
    MmsClient mms(sender, kRegion);
    mms.setCreateRetryPolicy({3, 0ms});
    QObject ctx;
    std::optional<Result<MmsJobCreated>> got;
    mms.createJob(jobParams(), &ctx, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());

    QStringList actions;
    for (const ApiRequest &r : sender->sent) {
        actions.append(r.action);
        if (r.action == QLatin1String("CreateMmsJob"))
            QCOMPARE(r.retry, RetryMode::Never);
    }
    QCOMPARE(actions, sent);
    if (outcome == QLatin1String("created")) {
        QVERIFY(got->ok());
        QCOMPARE(got->value().asyncTaskId, std::optional<qint64>(7001));
        QVERIFY(!got->value().recovered);
    } else if (outcome == QLatin1String("recovered")) {
        QVERIFY(got->ok());
        QVERIFY(got->value().recovered);
        QCOMPARE(got->value().jobId, std::optional<qint64>(88));
        QVERIFY(!got->value().asyncTaskId.has_value());
    } else {
        QVERIFY(!got->ok());
        QCOMPARE(got->error().action, QStringLiteral("CreateMmsJob"));
        if (outcome == QLatin1String("Timeout")) {
            QCOMPARE(got->error().kind, ErrorKind::Timeout);
            QVERIFY(got->error().mayHaveApplied);
        } else {
            QCOMPARE(got->error().code, outcome);
        }
    }
}

void TestClients::configureGuardByName()
{
    int step = 0;
    auto sender = std::make_shared<FakeSender>([&](const ApiRequest &r) -> Result<json> {
        ++step;
        if (r.action == QLatin1String("ConfigureDtsJob"))
            return transportError(ErrorKind::Network, true);
        // DescribeDtsJobs by name: the job exists and has moved on from NotConfigured.
        if (param(r.query, QStringLiteral("Type")) != QLatin1String("name") ||
            param(r.query, QStringLiteral("Params")) != QLatin1String("orders-mysql-to-rds") ||
            param(r.query, QStringLiteral("JobType")) != QLatin1String("MIGRATION"))
            return transportError(ErrorKind::Client, false, 400, QStringLiteral("BadLookup"));
        return loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json"));
    });
    DtsClient dts(sender);
    dts.setCreateRetryPolicy({3, 0ms});
    ConfigureDtsJobParams p;
    p.regionId = kRegion;
    p.dtsJobName = QStringLiteral("orders-mysql-to-rds");
    QObject ctx;
    std::optional<Result<DtsJobConfigured>> got;
    dts.configureJob(p, &ctx, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().code));
    QVERIFY(got->value().recovered);
    QCOMPARE(got->value().dtsJobId, QStringLiteral("bi6e22ay243z5rm"));
    QCOMPARE(got->value().dtsInstanceId, QStringLiteral("dtsbi6e22ay243z5rm"));
    QCOMPARE(sender->sent.size(), 2);
    QCOMPARE(sender->sent.at(0).retry, RetryMode::Never);
}

void TestClients::configureGuardById()
{
    // The job exists but is still NotConfigured: the configure did not apply, so it is sent again.
    auto sender = std::make_shared<FakeSender>([&](const ApiRequest &r) -> Result<json> {
        if (r.action == QLatin1String("DescribeDtsJobs")) {
            if (param(r.query, QStringLiteral("DtsJobId")) != QLatin1String("bi6e22ay243z5rm"))
                return transportError(ErrorKind::Client, false, 400, QStringLiteral("BadLookup"));
            json body = loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json"));
            body["DtsJobList"][0]["Status"] = "NotConfigured";
            return body;
        }
        static int configures = 0;
        if (configures++ == 0)
            return transportError(ErrorKind::Timeout, true);
        return loadWireFixture(QStringLiteral("dts/configure.json"));
    });
    DtsClient dts(sender);
    dts.setCreateRetryPolicy({3, 0ms});
    ConfigureDtsJobParams p;
    p.regionId = kRegion;
    p.dtsJobId = QStringLiteral("bi6e22ay243z5rm");
    p.dtsJobName = QStringLiteral("orders-mysql-to-rds");
    QObject ctx;
    std::optional<Result<DtsJobConfigured>> got;
    dts.configureJob(p, &ctx, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QVERIFY(!got->value().recovered);
    QStringList actions;
    for (const ApiRequest &r : sender->sent)
        actions.append(r.action);
    QCOMPARE(actions, QStringList({"ConfigureDtsJob", "DescribeDtsJobs", "ConfigureDtsJob"}));
}

void TestClients::createInstanceWithoutJobCannotVerify()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &) -> Result<json> {
        return transportError(ErrorKind::Timeout, true);
    });
    DtsClient dts(sender);
    dts.setCreateRetryPolicy({3, 0ms});
    CreateDtsInstanceParams p;
    p.regionId = kRegion;
    QObject ctx;
    std::optional<Result<DtsInstanceCreated>> got;
    dts.createInstance(p, &ctx, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, ErrorKind::Timeout);
    QVERIFY(got->error().mayHaveApplied); // the GUI must ask the user to check
    QCOMPARE(sender->sent.size(), 1);     // nothing to recognise it by: never sent again
}

void TestClients::createReverseRecovered()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        if (r.action == QLatin1String("CreateReverseDtsJob"))
            return transportError(ErrorKind::Network, true);
        if (param(r.query, QStringLiteral("JobType")) != QLatin1String("SYNC"))
            return transportError(ErrorKind::Client, false, 400, QStringLiteral("BadLookup"));
        return loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json"));
    });
    DtsClient dts(sender);
    dts.setCreateRetryPolicy({3, 0ms});
    CreateReverseDtsJobParams p;
    p.regionId = kRegion;
    p.dtsJobId = QStringLiteral("k2gm967v16f1kpr");
    p.forwardJobType = model::DtsJobType::Sync;
    QObject ctx;
    std::optional<Result<DtsReverseJobCreated>> got;
    dts.createReverseJob(p, &ctx, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QVERIFY(got->value().recovered);
    QCOMPARE(got->value().dtsJobId, QStringLiteral("r1v2e3r4s5e6j7b"));
    QCOMPARE(sender->sent.size(), 2);
}

void TestClients::replicationJobCarriesClientToken()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &) {
        return loadWireFixture(QStringLiteral("smc/create_replication_job.json"));
    });
    sender->synchronous = true;
    const SmcClient smc(sender);
    QObject ctx;
    CreateReplicationJobParams p;
    p.regionId = kRegion;
    p.sourceId = QStringLiteral("s-1");
    std::optional<Result<SmcJobCreated>> got;
    smc.createReplicationJob(p, &ctx, [&](auto r) { got = std::move(r); });
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().jobId, QStringLiteral("j-bp1newjobaaaa"));
    QCOMPARE(sender->sent.at(0).retry, RetryMode::ClientToken);
    QCOMPARE(param(sender->sent.at(0).query, QStringLiteral("ClientToken")), p.clientToken);

    // The same parameters sent again carry the same token; an emptied token is replaced.
    smc.createReplicationJob(p, &ctx, [](auto) {});
    QCOMPARE(param(sender->sent.at(1).query, QStringLiteral("ClientToken")), p.clientToken);
    p.clientToken.clear();
    smc.createReplicationJob(p, &ctx, [](auto) {});
    QVERIFY(!param(sender->sent.at(2).query, QStringLiteral("ClientToken")).isEmpty());
}

void TestClients::fetchAllPages()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        const int page = pageNumOf(r);
        const int size = param(r.query, QStringLiteral("pageSize")).toInt();
        const int first = (page - 1) * size;
        return mmsJobPage(first, std::min(size, 107 - first), 107, size);
    });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    QList<QPair<qint64, qint64>> progress;
    std::optional<Result<QList<model::MmsJob>>> got;
    MmsJobQuery q;
    q.sourceId = 2000015;
    q.status = QStringLiteral("DOING");
    const CallHandle h = mms.fetchAllJobs(
        q, &ctx,
        [&](qint64 fetched, qint64 total) {
            progress.append({fetched, total});
        },
        [&](auto r) { got = std::move(r); });
    QVERIFY(h.isActive());
    QTRY_VERIFY(got.has_value());
    QVERIFY(!h.isActive());
    QVERIFY(got->ok());
    QCOMPARE(got->value().size(), 107);
    QCOMPARE(got->value().last().id, 106);
    QCOMPARE(progress, (QList<QPair<qint64, qint64>>{{50, 107}, {100, 107}, {107, 107}}));
    QCOMPARE(sender->sent.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pageNumOf(sender->sent.at(i)), i + 1);
        QCOMPARE(param(sender->sent.at(i).query, QStringLiteral("status")),
                 QStringLiteral("DOING"));
    }
}

void TestClients::fetchAllFollowsServerPageSize()
{
    // Asked for 100 a page, the server gives 50: full pages of 50 are not the end.
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        const int first = (pageNumOf(r) - 1) * 50;
        return mmsJobPage(first, std::min(50, 120 - first), 120, 50);
    });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    std::optional<Result<QList<model::MmsJob>>> got;
    MmsJobQuery q;
    q.pageSize = 100;
    mms.fetchAllJobs(q, &ctx, {}, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QCOMPARE(got->value().size(), 120);
    QCOMPARE(sender->sent.size(), 3);
}

void TestClients::fetchAllStopsOnShortPageWithoutTotal()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        return mmsJobPage((pageNumOf(r) - 1) * 10, pageNumOf(r) == 1 ? 10 : 4, 0, 10);
    });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    std::optional<Result<QList<model::MmsJob>>> got;
    MmsJobQuery q;
    q.pageSize = 10;
    mms.fetchAllJobs(q, &ctx, {}, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->value().size(), 14);
    QCOMPARE(sender->sent.size(), 2);
}

void TestClients::fetchAllStopsOnError()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        if (pageNumOf(r) == 2)
            return transportError(ErrorKind::Throttled, false, 400, QStringLiteral("Throttling"));
        return mmsJobPage(0, 50, 500, 50);
    });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    std::optional<Result<QList<model::MmsJob>>> got;
    mms.fetchAllJobs({}, &ctx, {}, [&](auto r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, ErrorKind::Throttled);
    QCOMPARE(got->error().action, QStringLiteral("ListMmsJobs"));
    QCOMPARE(sender->sent.size(), 2);
}

void TestClients::fetchAllCancelFromProgress()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        return mmsJobPage((pageNumOf(r) - 1) * 50, 50, 500, 50);
    });
    const MmsClient mms(sender, kRegion);
    QObject ctx;
    bool done = false;
    int progressCalls = 0;
    CallHandle h;
    h = mms.fetchAllJobs(
        {}, &ctx,
        [&](qint64, qint64) {
            if (++progressCalls == 2)
                h.cancel();
        },
        [&](auto) { done = true; });
    QTRY_COMPARE(progressCalls, 2);
    // Give queued work a chance to (wrongly) continue.
    bool probe = false;
    QMetaObject::invokeMethod(
        &ctx, [&] { probe = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(probe);
    QVERIFY(!done);
    QVERIFY(!h.isActive());
    QCOMPARE(sender->sent.size(), 2);

    // Cancelling while a page is in flight cancels that request.
    CallHandle h2 = mms.fetchAllJobs({}, &ctx, {}, [&](auto) { done = true; });
    const int before = sender->cancelCalls;
    h2.cancel();
    QCOMPARE(sender->cancelCalls, before + 1);
}

void TestClients::fetchAllRunawayServer()
{
    int calls = 0;
    PageFetcher<int> fetch = [&calls](int pageNum, int pageSize, QObject *,
                                      Callback<model::Page<int>> done) {
        ++calls;
        model::Page<int> page;
        page.pageNum = pageNum;
        page.pageSize = pageSize;
        page.items = QList<int>(pageSize, pageNum);
        done(page); // full pages forever, no total
        return CallHandle();
    };
    QObject ctx;
    std::optional<Result<QList<int>>> got;
    ferry::cloudapi::fetchAllPages<int>(
        fetch, 4, &ctx, {}, [&](auto r) { got = std::move(r); }, 5);
    QVERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(got->error().code, QStringLiteral("PagingDidNotEnd"));
    QCOMPARE(calls, 5);
}

void TestClients::fetchAllSilentPageCap()
{
    // Asked for 50, the server gives 30 without saying so (DTS reports no page size): the total
    // says the list goes on.
    QList<int> asked;
    PageFetcher<int> fetch = [&asked](int pageNum, int pageSize, QObject *,
                                      Callback<model::Page<int>> done) {
        asked.append(pageSize);
        model::Page<int> page;
        page.pageNum = pageNum;
        page.total = 70;
        page.items = QList<int>(std::min(30, 70 - (pageNum - 1) * 30), pageNum);
        done(page);
        return CallHandle();
    };
    QObject ctx;
    std::optional<Result<QList<int>>> got;
    ferry::cloudapi::fetchAllPages<int>(fetch, 50, &ctx, {}, [&](auto r) { got = std::move(r); });
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().size(), 70);
    QCOMPARE(asked, QList<int>({50, 50, 50}));
}

void TestClients::fetchAllDtsAndSmcPaging()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &r) -> Result<json> {
        if (r.action == QLatin1String("DescribeDtsJobs"))
            return loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json"));
        return loadWireFixture(QStringLiteral("smc/describe_replication_jobs.json"));
    });
    QObject ctx;
    std::optional<Result<QList<model::DtsJob>>> dtsJobs;
    DtsJobQuery dq;
    dq.regionId = kRegion;
    DtsClient(sender).fetchAllJobs(dq, &ctx, {}, [&](auto r) { dtsJobs = std::move(r); });
    std::optional<Result<QList<model::SmcReplicationJob>>> smcJobs;
    SmcClient(sender).fetchAllReplicationJobs({}, &ctx, {},
                                              [&](auto r) { smcJobs = std::move(r); });
    QTRY_VERIFY(dtsJobs.has_value() && smcJobs.has_value());
    QCOMPARE(dtsJobs->value().size(), 3); // total 3 reached
    QCOMPARE(smcJobs->value().size(), 2);
    QCOMPARE(sender->sent.size(), 2);
    QCOMPARE(param(sender->sent.at(0).query, QStringLiteral("PageNumber")), QStringLiteral("1"));
    QCOMPARE(param(sender->sent.at(0).query, QStringLiteral("PageSize")), QStringLiteral("30"));
    QCOMPARE(param(sender->sent.at(1).query, QStringLiteral("PageNumber")), QStringLiteral("1"));
    QCOMPARE(param(sender->sent.at(1).query, QStringLiteral("PageSize")), QStringLiteral("50"));
}

void TestClients::describeWireMatchesSent()
{
    auto sender = std::make_shared<FakeSender>([](const ApiRequest &) { return json::object(); });
    sender->synchronous = true;
    QObject ctx;

    CreateMmsJobParams p = jobParams();
    p.tables = {QStringLiteral("orders")};
    p.enableVerification = true;
    const WireDescription d = describeWire(p);
    QCOMPARE(d.action, QStringLiteral("CreateMmsJob"));
    QCOMPARE(d.version, QStringLiteral("2022-01-04"));
    QCOMPARE(d.method, QByteArray("POST"));
    QCOMPARE(d.path, QStringLiteral("/api/v1/mms/datasources/2000015/jobs"));
    QVERIFY(d.query.isEmpty());
    const WireParams expected = {{"sourceId", "2000015"},     {"name", "sales-migration"},
                                 {"srcDbName", "sales"},      {"dstDbName", "mc_prod"},
                                 {"tables", R"(["orders"])"}, {"enableVerification", "true"}};
    QCOMPARE(d.body, expected);
    QCOMPARE(d.parameters(), expected);
    // What is sent has exactly those members.
    MmsClient(sender, kRegion).createJob(p, &ctx, [](auto) {});
    const json sentBody = ferry::testsupport::jsonBody(sender->sent.last());
    QCOMPARE(int(sentBody.size()), int(expected.size()));
    for (const auto &[name, value] : expected)
        QVERIFY(sentBody.contains(name.toStdString()));

    const WireDescription stop = describeWire(MmsJobAction::Delete, MmsJobRef{2000015, 88});
    QCOMPARE(stop.action, QStringLiteral("DeleteMmsJob"));
    QCOMPARE(stop.method, QByteArray("POST"));
    QCOMPARE(stop.path, QStringLiteral("/api/v1/mms/datasources/2000015/jobs/88"));
    QVERIFY(stop.parameters().isEmpty());
    QCOMPARE(describeRetryMmsTask({1, 2}).path,
             QStringLiteral("/api/v1/mms/datasources/1/tasks/2/retry"));
    QCOMPARE(describeWire(CreateMmsFetchMetadataJobParams{1, QStringLiteral("db"), {}}).body,
             (WireParams{{"dbName", "db"}}));

    CutOverParams cut{QStringLiteral("j-1"), true};
    SmcClient(sender).cutOverJob(cut, &ctx, [](auto) {});
    QCOMPARE(describeWire(cut).query, sender->sent.last().query);
    DtsJobRef ref{kRegion, QStringLiteral("a"), QString(), QString()};
    DtsClient(sender).suspendJob(ref, &ctx, [](auto) {});
    QCOMPARE(describeWire(DtsJobAction::Suspend, ref).query, sender->sent.last().query);
    QCOMPARE(describeWire(SmcJobAction::Delete, {QStringLiteral("j-1")}).action,
             QStringLiteral("DeleteReplicationJob"));
    ModifyReplicationJobParams mod;
    mod.jobId = QStringLiteral("j-1");
    mod.description = QStringLiteral("d");
    QCOMPARE(describeWire(mod).query, (WireParams{{"JobId", "j-1"}, {"Description", "d"}}));
    CreateReverseDtsJobParams rev{kRegion, QStringLiteral("k2"), model::DtsJobType::Sync};
    QCOMPARE(describeWire(rev).query, (WireParams{{"DtsJobId", "k2"}}));
}

void TestClients::describeWireMasksSecrets()
{
    ConfigureDtsJobParams p;
    p.regionId = kRegion;
    p.dtsJobName = QStringLiteral("j");
    p.source.instanceType = QStringLiteral("LocalInstance");
    p.source.userName = QStringLiteral("dts");
    p.source.password = QStringLiteral("S3cret!pw");
    p.destination.instanceType = QStringLiteral("RDS");
    p.destination.databaseName = QStringLiteral("target");
    p.destination.password = QStringLiteral("An0ther!pw");
    p.dbList = {{QStringLiteral("orders"), QString(), true, {}}};
    p.reserve = {{QStringLiteral("note"), QStringLiteral("LTAI5tExampleKeyId")}};
    const WireDescription d = describeWire(p);
    QCOMPARE(param(d.query, QStringLiteral("SourceEndpointPassword")), QStringLiteral("********"));
    QCOMPARE(param(d.query, QStringLiteral("DestinationEndpointPassword")),
             QStringLiteral("********"));
    QCOMPARE(param(d.query, QStringLiteral("SourceEndpointUserName")), QStringLiteral("dts"));
    QCOMPARE(param(d.query, QStringLiteral("DestinationEndpointDataBaseName")),
             QStringLiteral("target"));
    QCOMPARE(param(d.form, QStringLiteral("DbList")),
             QStringLiteral(R"({"orders":{"name":"orders","all":true}})"));
    QVERIFY(!d.parameters().isEmpty());
    for (const auto &[name, value] : d.parameters()) {
        QVERIFY2(!value.contains(QLatin1String("S3cret")) &&
                     !value.contains(QLatin1String("An0ther")),
                 qPrintable(name));
    }
    // The Reserve JSON held an AccessKey id: masked inside the text.
    QVERIFY(!param(d.form, QStringLiteral("Reserve")).contains(QLatin1String("LTAI5t")));
    QVERIFY(param(d.form, QStringLiteral("Reserve")).contains(QLatin1String("note")));

    // The ClientToken is shown as it will be sent.
    CreateReplicationJobParams smc;
    smc.regionId = kRegion;
    smc.sourceId = QStringLiteral("s-1");
    QCOMPARE(param(describeWire(smc).query, QStringLiteral("ClientToken")), smc.clientToken);
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
