// SPDX-License-Identifier: GPL-3.0-or-later
// SMC and STS requests as built (flattened arrays, ClientToken) and responses as parsed
// (XML-style wrappers, ISO times, run history).
#include "cloudapi/smcwire.h"

#include "testsupport_wire.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::cloudapi::wire;
using ferry::testsupport::loadWireFixture;
using ferry::testsupport::param;
using nlohmann::json;

Q_DECLARE_METATYPE(ferry::cloudapi::ApiRequest)
Q_DECLARE_METATYPE(ferry::cloudapi::RetryMode)

namespace {

QString joined(const ParamList &params)
{
    QStringList parts;
    for (const auto &[n, v] : params)
        parts.append(n + QLatin1Char('=') + v);
    return parts.join(QLatin1Char('&'));
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

class TestSmcWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createReplicationJob();
    void createNeedsNoOptionals();
    void requests_data();
    void requests();
    void modifyScope_data();
    void modifyScope();
    void callerIdentityRequest();
    void sourceServers();
    void replicationJobs();
    void createdAckIdentity();
    void malformed_data();
    void malformed();
};

void TestSmcWire::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestSmcWire::createReplicationJob()
{
    CreateReplicationJobParams p;
    p.regionId = QStringLiteral("cn-hangzhou");
    p.sourceId = QStringLiteral("s-bp17m1vi6x20c6g6aaaa");
    p.name = QStringLiteral("web-01-to-ecs");
    p.targetType = QStringLiteral("Image");
    p.imageName = QStringLiteral("web-01-image");
    p.systemDiskSizeGiB = 40;
    p.systemDiskParts = {{QStringLiteral("0_0"), 254803968, true}};
    p.dataDisks = {{1, 100, {{QStringLiteral("1_0"), 107374182400, false}}}};
    p.netMode = 2;
    p.vpcId = QStringLiteral("vpc-bp1aaaa");
    p.vSwitchId = QStringLiteral("vsw-bp1aaaa");
    p.runOnce = false;
    p.frequencyHours = 12;
    p.maxNumberOfImageToKeep = 3;
    p.scheduledStartTime = utc(2024, 12, 19, 13, 35);
    p.replicationParameters = QStringLiteral(R"({"bandwidth_limit":0})");
    p.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    p.clientToken = QStringLiteral("0c593ea1-3bea-11e9-b96b-88e9fe630000");

    const ApiRequest r = buildCreateReplicationJob(p);
    QCOMPARE(r.product, Product::Smc);
    QCOMPARE(r.style, ApiStyle::Rpc);
    QCOMPARE(r.action, QStringLiteral("CreateReplicationJob"));
    QCOMPARE(r.version, QStringLiteral("2019-06-01"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/"));
    QCOMPARE(r.bodyKind, BodyKind::None);
    QCOMPARE(r.retry, RetryMode::ClientToken);
    QCOMPARE(joined(r.query),
             QStringLiteral(
                 "RegionId=cn-hangzhou&SourceId=s-bp17m1vi6x20c6g6aaaa&Name=web-01-to-ecs&"
                 "TargetType=Image&ImageName=web-01-image&SystemDiskSize=40&"
                 "SystemDiskPart.1.Block=true&SystemDiskPart.1.Device=0_0&"
                 "SystemDiskPart.1.SizeBytes=254803968&DataDisk.1.Index=1&"
                 "DataDisk.1.Part.1.Block=false&DataDisk.1.Part.1.Device=1_0&"
                 "DataDisk.1.Part.1.SizeBytes=107374182400&DataDisk.1.Size=100&NetMode=2&"
                 "VpcId=vpc-bp1aaaa&VSwitchId=vsw-bp1aaaa&RunOnce=false&Frequency=12&"
                 "MaxNumberOfImageToKeep=3&ScheduledStartTime=2024-12-19T13:35:00Z&"
                 "ReplicationParameters={\"bandwidth_limit\":0}&Tag.1.Key=env&Tag.1.Value=prod&"
                 "ClientToken=0c593ea1-3bea-11e9-b96b-88e9fe630000"));
}

void TestSmcWire::createNeedsNoOptionals()
{
    CreateReplicationJobParams p;
    p.regionId = QStringLiteral("cn-shanghai");
    p.sourceId = QStringLiteral("s-1");
    const ApiRequest r = buildCreateReplicationJob(p);
    // A fresh token is made with the parameters, so what is confirmed is what is sent.
    QVERIFY(!p.clientToken.isEmpty());
    QCOMPARE(joined(r.query), QStringLiteral("RegionId=cn-shanghai&SourceId=s-1&RunOnce=true&"
                                             "ClientToken=") +
                                  p.clientToken);
    QVERIFY(CreateReplicationJobParams().clientToken != p.clientToken);
}

void TestSmcWire::requests_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("query");
    QTest::addColumn<RetryMode>("retry");

    SmcJobQuery jobs;
    jobs.regionId = QStringLiteral("cn-hangzhou");
    jobs.jobIds = {QStringLiteral("j-1"), QStringLiteral("j-2")};
    jobs.sourceIds = {QStringLiteral("s-1")};
    jobs.status = QStringLiteral("Running");
    jobs.businessStatus = QStringLiteral("Syncing");
    jobs.pageNumber = 2;
    jobs.pageSize = 50;
    QTest::newRow("DescribeReplicationJobs, flattened ids")
        << buildDescribeReplicationJobs(jobs) << "DescribeReplicationJobs"
        << "RegionId=cn-hangzhou&JobId.1=j-1&JobId.2=j-2&SourceId.1=s-1&Status=Running&"
           "BusinessStatus=Syncing&PageNumber=2&PageSize=50"
        << RetryMode::Read;

    SmcSourceQuery sources;
    sources.sourceIds = {QStringLiteral("s-a"), QStringLiteral("s-b"), QStringLiteral("s-c")};
    sources.state = QStringLiteral("Available");
    sources.pageNumber = 1;
    sources.pageSize = 10;
    QTest::newRow("DescribeSourceServers")
        << buildDescribeSourceServers(sources) << "DescribeSourceServers"
        << "SourceId.1=s-a&SourceId.2=s-b&SourceId.3=s-c&"
           "State=Available&PageNumber=1&PageSize=10"
        << RetryMode::Read;

    const SmcJobRef ref{QStringLiteral("j-bp1fnx5y3djc4copaaaa")};
    QTest::newRow("StartReplicationJob")
        << buildSmcJobAction(SmcJobAction::Start, ref) << "StartReplicationJob"
        << "JobId=j-bp1fnx5y3djc4copaaaa" << RetryMode::Never;
    QTest::newRow("StopReplicationJob")
        << buildSmcJobAction(SmcJobAction::Stop, ref) << "StopReplicationJob"
        << "JobId=j-bp1fnx5y3djc4copaaaa" << RetryMode::Never;
    QTest::newRow("DeleteReplicationJob")
        << buildSmcJobAction(SmcJobAction::Delete, ref) << "DeleteReplicationJob"
        << "JobId=j-bp1fnx5y3djc4copaaaa" << RetryMode::Never;

    ModifyReplicationJobParams mod;
    mod.jobId = QStringLiteral("j-1");
    mod.name = QStringLiteral("renamed");
    mod.frequencyHours = 24;
    mod.validTime = utc(2025, 1, 31, 0, 0);
    QTest::newRow("ModifyReplicationJobAttribute, only what is set")
        << buildModifyReplicationJobAttribute(mod) << "ModifyReplicationJobAttribute"
        << "JobId=j-1&Name=renamed&Frequency=24&ValidTime=2025-01-31T00:00:00Z" << RetryMode::Never;

    QTest::newRow("CutOverReplicationJob, default")
        << buildCutOverReplicationJob({QStringLiteral("j-1")}) << "CutOverReplicationJob"
        << "JobId=j-1&SyncData=false" << RetryMode::Never;
    QTest::newRow("CutOverReplicationJob, last sync")
        << buildCutOverReplicationJob({QStringLiteral("j-1"), true}) << "CutOverReplicationJob"
        << "JobId=j-1&SyncData=true" << RetryMode::Never;
}

void TestSmcWire::requests()
{
    QFETCH(ApiRequest, request);
    QFETCH(QString, action);
    QFETCH(QString, query);
    QFETCH(RetryMode, retry);
    QCOMPARE(request.product, Product::Smc);
    QCOMPARE(request.version, QStringLiteral("2019-06-01"));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/"));
    QCOMPARE(request.action, action);
    QCOMPARE(joined(request.query), query);
    QCOMPARE(request.bodyKind, BodyKind::None);
    QCOMPARE(request.retry, retry);
}

void TestSmcWire::modifyScope_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<model::SmcModifyScope>("scope");
    QTest::newRow("name") << 0 << model::SmcModifyScope::NameDescription;
    QTest::newRow("frequency") << 1 << model::SmcModifyScope::Schedule;
    QTest::newRow("frequency and vpc") << 2 << model::SmcModifyScope::Other;
    QTest::newRow("data disks") << 3 << model::SmcModifyScope::Other;
}

void TestSmcWire::modifyScope()
{
    QFETCH(int, which);
    QFETCH(model::SmcModifyScope, scope);
    ModifyReplicationJobParams p;
    p.jobId = QStringLiteral("j");
    p.name = QStringLiteral("n");
    if (which >= 1)
        p.frequencyHours = 6;
    if (which == 2)
        p.vpcId = QStringLiteral("vpc");
    if (which == 3)
        p.dataDisks = {{1, 20, {}}};
    QCOMPARE(p.scope(), scope);
}

void TestSmcWire::callerIdentityRequest()
{
    const ApiRequest r = buildGetCallerIdentity();
    QCOMPARE(r.product, Product::Sts);
    QCOMPARE(r.style, ApiStyle::Rpc);
    QCOMPARE(r.action, QStringLiteral("GetCallerIdentity"));
    QCOMPARE(r.version, QStringLiteral("2015-04-01"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/"));
    QVERIFY(r.regionId.isEmpty()); // central endpoint
    QVERIFY(r.query.isEmpty());
    QCOMPARE(r.retry, RetryMode::Read);
}

void TestSmcWire::sourceServers()
{
    const auto r = parseDescribeSourceServers(
        loadWireFixture(QStringLiteral("smc/describe_source_servers.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().total, 3);
    QCOMPARE(r.value().pageSize, 10);
    QCOMPARE(r.value().items.size(), 3);
    const model::SmcSourceServer &web = r.value().items.at(0);
    QCOMPARE(web.sourceId, QStringLiteral("s-bp17m1vi6x20c6g6aaaa"));
    QVERIFY(web.state == model::SmcSourceState::Available);
    QCOMPARE(web.agentVersion, QStringLiteral("1.5.2.3"));
    QCOMPARE(web.platform, QStringLiteral("CentOS Linux 7"));
    QCOMPARE(web.architecture, QStringLiteral("x86_64"));
    QCOMPARE(web.heartbeatRateSeconds, std::optional<int>(60));
    QCOMPARE(web.systemDiskSizeGiB, 40);
    QCOMPARE(web.systemDiskParts.size(), 2);
    QCOMPARE(web.systemDiskParts.at(0).path, QStringLiteral("/boot"));
    QVERIFY(web.systemDiskParts.at(0).need);
    QCOMPARE(web.dataDisks.size(), 1);
    QCOMPARE(web.dataDisks.at(0).sizeGiB, 100);
    QCOMPARE(web.dataDisks.at(0).parts.at(0).sizeBytes, Q_INT64_C(107374182400));
    QCOMPARE(web.creationTime, utc(2024, 12, 18, 3, 0));
    QCOMPARE(web.tags.value(QStringLiteral("env")), QStringLiteral("prod"));
    QCOMPARE(model::agentPresence(web), model::SmcAgentPresence::Online);

    const model::SmcSourceServer &db = r.value().items.at(1);
    QCOMPARE(db.errorCode, QStringLiteral("SourceServer.Offline"));
    QVERIFY(db.statusInfo.contains(QStringLiteral("agent lost")));
    QCOMPARE(model::agentPresence(db), model::SmcAgentPresence::Offline);
    QCOMPARE(model::agentPresence(r.value().items.at(2)), model::SmcAgentPresence::Offline);
}

void TestSmcWire::replicationJobs()
{
    const auto r = parseDescribeReplicationJobs(
        loadWireFixture(QStringLiteral("smc/describe_replication_jobs.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().total, 2);
    const model::SmcReplicationJob &inc = r.value().items.at(0);
    QCOMPARE(inc.jobId, QStringLiteral("j-bp1fnx5y3djc4copaaaa"));
    QVERIFY(inc.status == model::SmcJobStatus::Waiting);
    QVERIFY(!inc.businessStatus.isPresent());
    QVERIFY(!inc.runOnce);
    QCOMPARE(inc.frequencyHours, std::optional<int>(12));
    QCOMPARE(inc.maxNumberOfImageToKeep, std::optional<int>(3));
    QCOMPARE(inc.progress, 100.0);
    QCOMPARE(inc.imageId, QStringLiteral("m-bp1h9klbngbn2xaaaa"));
    QCOMPARE(inc.transitionInstanceId, QStringLiteral("i-bp1transitionaaaa"));
    QCOMPARE(inc.netMode, 2);
    QCOMPARE(inc.jobType, std::optional<int>(0));
    QCOMPARE(inc.validTime, utc(2025, 1, 18, 3, 0));
    QVERIFY(!inc.endTime.isValid());
    QCOMPARE(inc.dataDisks.at(0).parts.at(0).device, QStringLiteral("1_0"));
    QVERIFY(inc.dataDisks.at(0).parts.at(0).canBlock); // `Block` in job disks
    QCOMPARE(inc.runs.size(), 2);
    QVERIFY(inc.runs.at(0).type == model::SmcRunType::Manual);
    QVERIFY(inc.runs.at(1).type == model::SmcRunType::Schedule);
    QCOMPARE(inc.runs.at(1).imageId, QStringLiteral("m-bp1run2"));
    QCOMPARE(inc.runs.at(1).endTime, utc(2024, 12, 18, 15, 35));
    QVERIFY(model::canCutOver(inc));

    const model::SmcReplicationJob &once = r.value().items.at(1);
    QVERIFY(once.status == model::SmcJobStatus::Running);
    QVERIFY(once.businessStatus == model::SmcBusinessStatus::Syncing);
    QCOMPARE(once.progress, 37.5);
    QVERIFY(once.runOnce);
    QVERIFY(once.runs.isEmpty());
    QVERIFY(model::canStop(once));
}

void TestSmcWire::createdAckIdentity()
{
    const auto created = parseCreateReplicationJob(
        loadWireFixture(QStringLiteral("smc/create_replication_job.json")));
    QVERIFY(created.ok());
    QCOMPARE(created.value().jobId, QStringLiteral("j-bp1newjobaaaa"));
    QCOMPARE(created.value().requestId, QStringLiteral("C1D2E3F4-0000-4000-8000-000000000001"));
    const auto ack = parseSmcAck(loadWireFixture(QStringLiteral("smc/ack.json")));
    QVERIFY(ack.ok());
    QCOMPARE(ack.value().requestId, QStringLiteral("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"));
    const auto id =
        parseGetCallerIdentity(loadWireFixture(QStringLiteral("smc/get_caller_identity.json")));
    QVERIFY(id.ok());
    QCOMPARE(id.value().accountId, QStringLiteral("1968132000120000"));
    QCOMPARE(id.value().userId, QStringLiteral("2169593390000000"));
    QCOMPARE(id.value().arn, QStringLiteral("acs:ram::1968132000120000:user/admin"));
    QCOMPARE(id.value().identityType, QStringLiteral("RAMUser"));
    QCOMPARE(id.value().principalId, QStringLiteral("2887742443752100"));
    QVERIFY(id.value().roleId.isEmpty());
}

void TestSmcWire::malformed_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("jobs: wrapper is an array") << "jobs"
                                               << R"({"ReplicationJobs":[]})"
                                               << "ReplicationJobs: expected an object";
    QTest::newRow("jobs: list is an object") << "jobs"
                                             << R"({"ReplicationJobs":{"ReplicationJob":{}}})"
                                             << "ReplicationJobs.ReplicationJob: expected an array";
    QTest::newRow("jobs: no JobId") << "jobs"
                                    << R"({"ReplicationJobs":{"ReplicationJob":[{}]}})"
                                    << "ReplicationJobs.ReplicationJob[0].JobId: missing";
    QTest::newRow("jobs: progress is text")
        << "jobs"
        << R"({"ReplicationJobs":{"ReplicationJob":[{"JobId":"j","Progress":"half"}]}})"
        << "ReplicationJobs.ReplicationJob[0].Progress: expected a number";
    QTest::newRow("jobs: run list broken")
        << "jobs"
        << R"({"ReplicationJobs":{"ReplicationJob":[{"JobId":"j","ReplicationJobRuns":{"ReplicationJobRun":"x"}}]}})"
        << "ReplicationJobs.ReplicationJob[0].ReplicationJobRuns.ReplicationJobRun: expected an "
           "array";
    QTest::newRow("sources: heartbeat is a bool")
        << "sources"
        << R"({"SourceServers":{"SourceServer":[{"SourceId":"s","HeartbeatRate":true}]}})"
        << "SourceServers.SourceServer[0].HeartbeatRate: expected an integer";
    QTest::newRow("sources: not an object") << "sources"
                                            << "42"
                                            << "(body): expected a JSON object";
    QTest::newRow("create: no JobId") << "create"
                                      << R"({"RequestId":"r"})"
                                      << "JobId: missing";
    QTest::newRow("identity: no AccountId") << "identity"
                                            << R"({"Arn":"x"})"
                                            << "AccountId: missing";
    QTest::newRow("identity: body is text") << "identity"
                                            << R"("x")"
                                            << "(body): expected a JSON object";
}

void TestSmcWire::malformed()
{
    QFETCH(QString, parser);
    QFETCH(QString, body);
    QFETCH(QString, problem);
    const json value = json::parse(body.toStdString());
    std::optional<ApiError> error;
    if (parser == QLatin1String("jobs")) {
        const auto r = parseDescribeReplicationJobs(value);
        if (!r.ok())
            error = r.error();
    } else if (parser == QLatin1String("sources")) {
        const auto r = parseDescribeSourceServers(value);
        if (!r.ok())
            error = r.error();
    } else if (parser == QLatin1String("create")) {
        const auto r = parseCreateReplicationJob(value);
        if (!r.ok())
            error = r.error();
    } else {
        const auto r = parseGetCallerIdentity(value);
        if (!r.ok())
            error = r.error();
    }
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::InvalidResponse);
    QVERIFY2(error->message.contains(problem), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestSmcWire)
#include "tst_smcwire.moc"
