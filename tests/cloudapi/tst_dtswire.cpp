// SPDX-License-Identifier: GPL-3.0-or-later
// DTS requests as built (casing traps included) and responses as parsed, with the Delay units.
#include "cloudapi/dtswire.h"

#include "testsupport_wire.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::cloudapi::wire;
using ferry::testsupport::loadWireFixture;
using ferry::testsupport::param;
using ferry::testsupport::paramNames;
using nlohmann::json;
using namespace std::chrono_literals;

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

ConfigureDtsJobParams configureParams()
{
    ConfigureDtsJobParams p;
    p.regionId = QStringLiteral("cn-hangzhou");
    p.dtsJobId = QStringLiteral("bi6e22ay243z5rm");
    p.dtsInstanceId = QStringLiteral("dtsbi6e22ay243z5rm");
    p.dtsJobName = QStringLiteral("orders-mysql-to-rds");
    p.jobType = model::DtsJobType::Migration;
    p.structureInitialization = true;
    p.dataInitialization = true;
    p.dataSynchronization = true;
    p.source.instanceType = QStringLiteral("LocalInstance");
    p.source.engineName = QStringLiteral("MySQL");
    p.source.region = QStringLiteral("cn-hangzhou");
    p.source.ip = QStringLiteral("172.16.88.10");
    p.source.port = QStringLiteral("3306");
    p.source.databaseName = QStringLiteral("orders");
    p.source.userName = QStringLiteral("dtstest");
    p.source.password = QStringLiteral("S3cret!pw");
    p.destination.instanceType = QStringLiteral("RDS");
    p.destination.instanceId = QStringLiteral("rm-bp1imrtn6fq7h");
    p.destination.engineName = QStringLiteral("MySQL");
    p.destination.region = QStringLiteral("cn-hangzhou");
    p.destination.databaseName = QStringLiteral("orders_dst");
    p.destination.userName = QStringLiteral("dtstest");
    p.destination.password = QStringLiteral("An0ther!pw");
    p.dbList = {{QStringLiteral("orders"), QStringLiteral("orders_dst"), true, {}},
                {QStringLiteral("crm"),
                 QString(),
                 false,
                 {{QStringLiteral("customers"), QStringLiteral("clients")},
                  {QStringLiteral("leads"), QString()}}}};
    p.reserve = {{QStringLiteral("autoStartModulesAfterConfig"), QStringLiteral("none")},
                 {QStringLiteral("maxRetryTime"), 43200},
                 {QStringLiteral("srcSSL"), QStringLiteral("0")}};
    p.checkpoint = 1734490800;
    return p;
}

} // namespace

class TestDtsWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void configureDtsJob();
    void configureSplitsQueryAndForm();
    void requests_data();
    void requests();
    void describeJobs();
    void delayUnits_data();
    void delayUnits();
    void jobDetail();
    void precheckStatus();
    void connectionStatus();
    void creates();
    void inBandFailure_data();
    void inBandFailure();
    void malformed_data();
    void malformed();
};

void TestDtsWire::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDtsWire::configureDtsJob()
{
    const ApiRequest r = buildConfigureDtsJob(configureParams());
    QCOMPARE(r.product, Product::Dts);
    QCOMPARE(r.style, ApiStyle::Rpc);
    QCOMPARE(r.action, QStringLiteral("ConfigureDtsJob"));
    QCOMPARE(r.version, QStringLiteral("2020-01-01"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/"));
    QCOMPARE(r.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(r.retry, RetryMode::Never);
    QCOMPARE(
        joined(r.query),
        QStringLiteral(
            "RegionId=cn-hangzhou&DtsJobId=bi6e22ay243z5rm&DtsInstanceId=dtsbi6e22ay243z5rm&"
            "DtsJobName=orders-mysql-to-rds&JobType=MIGRATION&StructureInitialization=true&"
            "DataInitialization=true&DataSynchronization=true&"
            "SourceEndpointInstanceType=LocalInstance&SourceEndpointEngineName=MySQL&"
            "SourceEndpointRegion=cn-hangzhou&SourceEndpointIP=172.16.88.10&"
            "SourceEndpointPort=3306&SourceEndpointDatabaseName=orders&"
            "SourceEndpointUserName=dtstest&SourceEndpointPassword=S3cret!pw&"
            "DestinationEndpointInstanceType=RDS&DestinationEndpointInstanceID=rm-bp1imrtn6fq7h&"
            "DestinationEndpointEngineName=MySQL&DestinationEndpointRegion=cn-hangzhou&"
            "DestinationEndpointDataBaseName=orders_dst&DestinationEndpointUserName=dtstest&"
            "DestinationEndpointPassword=An0ther!pw&Checkpoint=1734490800"));
    // The casing traps, spelled out.
    QVERIFY(paramNames(r.query).contains(QStringLiteral("DestinationEndpointDataBaseName")));
    QVERIFY(!paramNames(r.query).contains(QStringLiteral("DestinationEndpointDatabaseName")));
    QVERIFY(paramNames(r.query).contains(QStringLiteral("SourceEndpointDatabaseName")));
    QVERIFY(paramNames(r.query).contains(QStringLiteral("DestinationEndpointInstanceID")));
}

void TestDtsWire::configureSplitsQueryAndForm()
{
    const ApiRequest r = buildConfigureDtsJob(configureParams());
    QCOMPARE(r.bodyKind, BodyKind::Form);
    QCOMPARE(paramNames(r.form),
             QStringList({QStringLiteral("DbList"), QStringLiteral("Reserve")}));
    QVERIFY(!paramNames(r.query).contains(QStringLiteral("DbList")));
    QVERIFY(!paramNames(r.query).contains(QStringLiteral("Reserve")));
    QCOMPARE(
        param(r.form, QStringLiteral("DbList")),
        QStringLiteral(
            R"({"orders":{"name":"orders_dst","all":true},"crm":{"name":"crm","all":false,"Table":{"customers":{"name":"clients","all":true},"leads":{"name":"leads","all":true}}}})"));
    QCOMPARE(param(r.form, QStringLiteral("Reserve")),
             QStringLiteral(
                 R"({"autoStartModulesAfterConfig":"none","maxRetryTime":43200,"srcSSL":"0"})"));

    // Without a Reserve only DbList travels in the body; DbList is required, even when empty.
    ConfigureDtsJobParams p = configureParams();
    p.reserve.clear();
    p.dbList.clear();
    const ApiRequest bare = buildConfigureDtsJob(p);
    QCOMPARE(joined(bare.form), QStringLiteral("DbList={}"));
}

void TestDtsWire::requests_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("query");
    QTest::addColumn<RetryMode>("retry");

    CreateDtsInstanceParams inst;
    inst.regionId = QStringLiteral("cn-hangzhou");
    inst.jobId = QStringLiteral("bi6e22ay243z5rm");
    inst.type = model::DtsJobType::Sync;
    inst.instanceClass = QStringLiteral("small");
    inst.syncArchitecture = QStringLiteral("oneway");
    inst.autoStart = true;
    inst.autoPay = false;
    inst.quantity = 1;
    QTest::newRow("CreateDtsInstance")
        << buildCreateDtsInstance(inst) << "CreateDtsInstance"
        << "RegionId=cn-hangzhou&PayType=PostPaid&JobId=bi6e22ay243z5rm&Type=SYNC&"
           "InstanceClass=small&SyncArchitecture=oneway&AutoStart=true&AutoPay=false&Quantity=1"
        << RetryMode::Never;

    const DtsJobRef ref{QStringLiteral("cn-hangzhou"), QStringLiteral("bi6e22ay243z5rm"),
                        QStringLiteral("dtsbi6e22ay243z5rm"), QStringLiteral("Forward")};
    const QString refQuery = QStringLiteral("RegionId=cn-hangzhou&DtsJobId=bi6e22ay243z5rm&"
                                            "DtsInstanceId=dtsbi6e22ay243z5rm&"
                                            "SynchronizationDirection=Forward");
    QTest::newRow("StartDtsJob") << buildDtsJobAction(DtsJobAction::Start, ref) << "StartDtsJob"
                                 << refQuery << RetryMode::Never;
    QTest::newRow("StopDtsJob") << buildDtsJobAction(DtsJobAction::Stop, ref) << "StopDtsJob"
                                << refQuery << RetryMode::Never;
    QTest::newRow("SuspendDtsJob") << buildDtsJobAction(DtsJobAction::Suspend, ref)
                                   << "SuspendDtsJob" << refQuery << RetryMode::Never;

    DtsJobQuery jobs;
    jobs.regionId = QStringLiteral("cn-hangzhou");
    jobs.jobType = model::DtsJobType::Sync;
    jobs.pageNumber = 2;
    jobs.pageSize = 30;
    jobs.searchType = QStringLiteral("name");
    jobs.searchValue = QStringLiteral("crm-sync");
    jobs.dtsJobIds = {QStringLiteral("a1"), QStringLiteral("b2")};
    jobs.orderColumn = QStringLiteral("CreateTime");
    jobs.orderDirection = QStringLiteral("DESC");
    jobs.withoutDbList = true;
    QTest::newRow("DescribeDtsJobs: Region, not RegionId")
        << buildDescribeDtsJobs(jobs) << "DescribeDtsJobs"
        << "Region=cn-hangzhou&JobType=SYNC&PageNumber=2&PageSize=30&Type=name&Params=crm-sync&"
           "DtsJobId=a1,b2&OrderColumn=CreateTime&OrderDirection=DESC&WithoutDbList=true"
        << RetryMode::Read;

    DtsJobDetailQuery detail;
    detail.regionId = QStringLiteral("cn-hangzhou");
    detail.dtsJobId = QStringLiteral("bi6e22ay243z5rm");
    detail.dtsInstanceId = QStringLiteral("dtsbi6e22ay243z5rm");
    detail.syncSubJobHistory = false;
    QTest::newRow("DescribeDtsJobDetail: DtsInstanceID")
        << buildDescribeDtsJobDetail(detail) << "DescribeDtsJobDetail"
        << "RegionId=cn-hangzhou&DtsJobId=bi6e22ay243z5rm&DtsInstanceID=dtsbi6e22ay243z5rm&"
           "SyncSubJobHistory=false"
        << RetryMode::Read;

    DtsPrecheckQuery pre;
    pre.regionId = QStringLiteral("cn-hangzhou");
    pre.dtsJobId = QStringLiteral("bi6e22ay243z5rm");
    pre.pageNo = 1;
    pre.pageSize = 20;
    QTest::newRow("DescribePreCheckStatus, precheck")
        << buildDescribePreCheckStatus(pre) << "DescribePreCheckStatus"
        << "RegionId=cn-hangzhou&DtsJobId=bi6e22ay243z5rm&JobCode=01&PageNo=1&PageSize=20"
        << RetryMode::Read;
    pre.jobCode = DtsJobCode::Incremental;
    pre.pageNo.reset();
    pre.pageSize.reset();
    pre.name = QStringLiteral("orders");
    QTest::newRow("DescribePreCheckStatus, incremental")
        << buildDescribePreCheckStatus(pre) << "DescribePreCheckStatus"
        << "RegionId=cn-hangzhou&DtsJobId=bi6e22ay243z5rm&JobCode=04&Name=orders"
        << RetryMode::Read;

    DtsConnectionParams conn;
    conn.regionId = QStringLiteral("cn-hangzhou");
    conn.source.instanceType = QStringLiteral("LocalInstance");
    conn.source.engineName = QStringLiteral("Oracle");
    conn.source.ip = QStringLiteral("10.0.0.7");
    conn.source.port = QStringLiteral("1521");
    conn.source.userName = QStringLiteral("dts");
    conn.source.password = QStringLiteral("pw1");
    conn.source.oracleSid = QStringLiteral("ORCL");
    conn.source.architecture = QStringLiteral("SID");
    conn.destination.instanceType = QStringLiteral("RDS");
    conn.destination.instanceId = QStringLiteral("rm-1");
    conn.destination.databaseName = QStringLiteral("target");
    QTest::newRow("DescribeConnectionStatus: DestinationEndpointDatabaseName")
        << buildDescribeConnectionStatus(conn) << "DescribeConnectionStatus"
        << "RegionId=cn-hangzhou&SourceEndpointInstanceType=LocalInstance&"
           "SourceEndpointEngineName=Oracle&SourceEndpointIP=10.0.0.7&SourceEndpointPort=1521&"
           "SourceEndpointUserName=dts&SourceEndpointPassword=pw1&SourceEndpointOracleSID=ORCL&"
           "SourceEndpointArchitecture=SID&DestinationEndpointInstanceType=RDS&"
           "DestinationEndpointInstanceID=rm-1&DestinationEndpointDatabaseName=target"
        << RetryMode::Read;

    CreateReverseDtsJobParams rev;
    rev.regionId = QStringLiteral("cn-hangzhou");
    rev.dtsJobId = QStringLiteral("k2gm967v16f1kpr");
    QTest::newRow("CreateReverseDtsJob") << buildCreateReverseDtsJob(rev) << "CreateReverseDtsJob"
                                         << "DtsJobId=k2gm967v16f1kpr" << RetryMode::Never;
}

void TestDtsWire::requests()
{
    QFETCH(ApiRequest, request);
    QFETCH(QString, action);
    QFETCH(QString, query);
    QFETCH(RetryMode, retry);
    QCOMPARE(request.product, Product::Dts);
    QCOMPARE(request.style, ApiStyle::Rpc);
    QCOMPARE(request.version, QStringLiteral("2020-01-01"));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/"));
    QCOMPARE(request.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(request.action, action);
    QCOMPARE(joined(request.query), query);
    QCOMPARE(request.bodyKind, BodyKind::None);
    QCOMPARE(request.retry, retry);
}

void TestDtsWire::describeJobs()
{
    const auto r =
        parseDescribeDtsJobs(loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().total, 3);
    QCOMPARE(r.value().pageNum, 1);
    QCOMPARE(r.value().items.size(), 3);
    const model::DtsJob &m = r.value().items.at(0);
    QCOMPARE(m.dtsJobId, QStringLiteral("bi6e22ay243z5rm"));
    QCOMPARE(m.dtsInstanceId, QStringLiteral("dtsbi6e22ay243z5rm"));
    QCOMPARE(m.name, QStringLiteral("orders-mysql-to-rds"));
    QVERIFY(m.jobType == model::DtsJobType::Migration);
    QCOMPARE(m.jobType.raw, QStringLiteral("online"));
    QVERIFY(m.status == model::DtsJobStatus::Migrating);
    QCOMPARE(m.createTime, QDateTime(QDate(2024, 12, 18), QTime(3, 0), QTimeZone::utc()));
    QVERIFY(!m.expireTime.isValid());
    QVERIFY(m.migrationMode.structureInitialization && m.migrationMode.dataSynchronization);
    QVERIFY(!m.migrationMode.incDataCheck);
    QCOMPARE(m.performance.rps, QStringLiteral("340"));
    QCOMPARE(m.performance.rpsValue, std::optional<double>(340));
    QCOMPARE(m.performance.flowMBps, std::optional<double>(1.25));
    QVERIFY(m.precheck.status == model::DtsStageStatus::Finished);
    QCOMPARE(m.precheck.percent, std::optional<double>(100));
    QCOMPARE(m.precheck.details.size(), 2);
    QVERIFY(m.precheck.details.at(1).checkResult == model::DtsPrecheckItemState::Failed);
    QCOMPARE(m.precheck.details.at(1).repairMethod, QStringLiteral("CHECK_ERROR_SAME_OBJ_REPAIR"));
    QVERIFY(m.structureInitialization.status == model::DtsStageStatus::Finished);
    QCOMPARE(m.dataInitialization.progress, QStringLiteral("44755"));
    QVERIFY(m.dataSynchronization.status == model::DtsStageStatus::Catched);
    QCOMPARE(m.dataSynchronization.percent, std::optional<double>(95));
    QVERIFY(m.fullDataCheck.canSwitch);
    QVERIFY(!m.incDataCheck.isPresent());
    QCOMPARE(m.source.instanceType, QStringLiteral("LocalInstance"));
    QCOMPARE(m.source.ip, QStringLiteral("172.16.88.10"));
    QCOMPARE(m.source.port, QStringLiteral("3306"));
    QCOMPARE(m.destination.instanceId, QStringLiteral("rm-bp1imrtn6fq7h"));
    QCOMPARE(m.checkpoint, std::optional<qint64>(1734490800)); // sent as a string
    QCOMPARE(m.retry.maxRetryTimeSeconds, 7200);
    QCOMPARE(m.retry.retryTarget, QStringLiteral("srcDB"));
    QVERIFY(m.reverseJobId.isEmpty());
    QVERIFY(m.dbObject.contains(QStringLiteral("orders")));

    const model::DtsJob &s = r.value().items.at(1);
    QVERIFY(s.jobType == model::DtsJobType::Sync);
    QVERIFY(s.status == model::DtsJobStatus::Synchronizing);
    QCOMPARE(s.checkpoint, std::optional<qint64>(1734400000)); // sent as a number
    QCOMPARE(s.reverseJobId, QStringLiteral("r1v2e3r4s5e6j7b"));
    QCOMPARE(s.dataSynchronization.progress, QStringLiteral("1200/2400"));

    const model::DtsJob &sub = r.value().items.at(2);
    QVERIFY(sub.jobType == model::DtsJobType::Subscribe);
    QVERIFY(sub.status == model::DtsJobStatus::Normal);
    QVERIFY(sub.dtsInstanceId.isEmpty());
}

void TestDtsWire::delayUnits_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<model::DelayUnit>("unit");
    QTest::addColumn<double>("raw");
    QTest::newRow("migration reports ms")
        << 0 << qint64(1500) << model::DelayUnit::Milliseconds << 1500.0;
    QTest::newRow("sync reports s") << 1 << qint64(3000) << model::DelayUnit::Seconds << 3.0;
    QTest::newRow("subscribe reports s") << 2 << qint64(2000) << model::DelayUnit::Seconds << 2.0;
}

void TestDtsWire::delayUnits()
{
    QFETCH(int, index);
    QFETCH(qint64, millis);
    QFETCH(model::DelayUnit, unit);
    QFETCH(double, raw);
    const auto r =
        parseDescribeDtsJobs(loadWireFixture(QStringLiteral("dts/describe_dts_jobs.json")));
    QVERIFY(r.ok());
    const auto &delay = r.value().items.at(index).delay;
    QVERIFY(delay.has_value());
    QCOMPARE(delay->value, std::chrono::milliseconds(millis));
    QCOMPARE(delay->rawUnit, unit);
    QCOMPARE(delay->raw, raw);
}

void TestDtsWire::jobDetail()
{
    const auto r = parseDescribeDtsJobDetail(
        loadWireFixture(QStringLiteral("dts/describe_dts_job_detail.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const model::DtsJob &j = r.value();
    QCOMPARE(j.dtsInstanceId, QStringLiteral("dtsbi6e22ay243z5rm"));
    QVERIFY(j.jobType == model::DtsJobType::Migration);
    // The detail documents milliseconds.
    QVERIFY(j.delay.has_value());
    QCOMPARE(j.delay->value, 2500ms);
    QCOMPARE(j.delay->rawUnit, model::DelayUnit::Milliseconds);
    QCOMPARE(j.checkpoint, std::optional<qint64>(1734490800));
    QCOMPARE(j.createTime, QDateTime(QDate(2024, 12, 18), QTime(3, 0), QTimeZone::utc()));
    QCOMPARE(j.reserved, QStringLiteral(R"({"autoStartModulesAfterConfig":"none"})"));
    // Top-level stage wins; what the top lacks comes from the first sub-job.
    QVERIFY(j.dataSynchronization.status == model::DtsStageStatus::Migrating);
    QCOMPARE(j.dataSynchronization.progress, QStringLiteral("0.00RPS/(0.000MB/s)"));
    QVERIFY(j.dataInitialization.status == model::DtsStageStatus::Finished);
    QCOMPARE(j.dataInitialization.progress, QStringLiteral("44755"));
    QCOMPARE(j.performance.rpsValue, std::optional<double>(120));
    QVERIFY(j.precheck.status == model::DtsStageStatus::Finished);
    QVERIFY(j.retry.retrying);
    QCOMPARE(j.retry.retryCount, 3);
    QCOMPARE(j.retry.errMessage, QStringLiteral("connection reset"));
}

void TestDtsWire::precheckStatus()
{
    const auto r =
        parseDescribePreCheckStatus(loadWireFixture(QStringLiteral("dts/precheck_status.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const model::DtsPrecheckStatus &s = r.value();
    QVERIFY(s.state == model::DtsStageStatus::Failed);
    QCOMPARE(s.total, 3);
    QCOMPARE(s.errorItem, 1);
    QCOMPARE(s.items.size(), 3);
    QCOMPARE(s.items.at(0).item, QStringLiteral("CHECK_CONN_SRC"));
    QVERIFY(s.items.at(0).state == model::DtsPrecheckItemState::Success);
    QCOMPARE(s.items.at(0).current, 1); // "1" as text
    const model::DtsPrecheckItem &failed = s.items.at(1);
    QVERIFY(failed.state == model::DtsPrecheckItemState::Failed);
    QCOMPARE(failed.errMsg, QStringLiteral("binlog_format is STATEMENT"));
    QCOMPARE(failed.repairMethod, QStringLiteral("SET GLOBAL binlog_format=ROW"));
    QVERIFY(failed.canSkip);
    QCOMPARE(failed.delaySeconds, std::optional<qint64>(0));
    QCOMPARE(failed.orderNum, 2);
    QVERIFY(s.items.at(2).state == model::DtsPrecheckItemState::Warning);
    QVERIFY(s.items.at(2).canSkip); // "true" as text
}

void TestDtsWire::connectionStatus()
{
    const auto r = parseDescribeConnectionStatus(
        loadWireFixture(QStringLiteral("dts/connection_status.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const model::DtsConnectionStatus &s = r.value();
    QVERIFY(s.source.present);
    QVERIFY(!s.source.connected);
    QCOMPARE(s.source.details.size(), 3);
    QCOMPARE(s.source.details.at(0).testName, QStringLiteral("Ping")); // trailing space trimmed
    QVERIFY(s.source.details.at(0).success);
    QVERIFY(!s.source.details.at(2).success);
    QCOMPARE(s.source.advice, QStringLiteral("Check the database account and password."));
    // The destination arrived as a JSON string and reads the same.
    QVERIFY(s.destination.present);
    QVERIFY(s.destination.connected);
    QCOMPARE(s.destination.details.size(), 1);

    json partial = loadWireFixture(QStringLiteral("dts/connection_status.json"));
    partial.erase("DestinationConnectionStatus");
    const auto r2 = parseDescribeConnectionStatus(partial);
    QVERIFY(r2.ok());
    QVERIFY(!r2.value().destination.present);
}

void TestDtsWire::creates()
{
    const auto cfg = parseConfigureDtsJob(loadWireFixture(QStringLiteral("dts/configure.json")));
    QVERIFY(cfg.ok());
    QCOMPARE(cfg.value().dtsJobId, QStringLiteral("bi6e22ay243z5rm"));
    QCOMPARE(cfg.value().dtsInstanceId, QStringLiteral("dtsbi6e22ay243z5rm"));
    QCOMPARE(cfg.value().requestId, QStringLiteral("CFG-1"));

    const auto inst =
        parseCreateDtsInstance(loadWireFixture(QStringLiteral("dts/create_instance.json")));
    QVERIFY(inst.ok()); // Success "true" as text
    QCOMPARE(inst.value().instanceId, QStringLiteral("dtsbi6e22ay243z5rm"));
    QCOMPARE(inst.value().jobId, QStringLiteral("bi6e22ay243z5rm"));

    const auto rev =
        parseCreateReverseDtsJob(loadWireFixture(QStringLiteral("dts/create_reverse.json")));
    QVERIFY(rev.ok());
    QCOMPARE(rev.value().dtsJobId, QStringLiteral("r1v2e3r4s5e6j7b"));
    QCOMPARE(rev.value().dtsInstanceId, QStringLiteral("dtsr1v2e3r4s5e6j7b"));

    const auto ack = parseDtsAck(loadWireFixture(QStringLiteral("dts/ack.json")));
    QVERIFY(ack.ok());
    QCOMPARE(ack.value().requestId, QStringLiteral("ACK-1"));
}

void TestDtsWire::inBandFailure_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("invalid parameter, %s filled")
        << R"({"RequestId":"ACK-2","Success":false,"HttpStatusCode":403,"ErrCode":"InvalidParameter","ErrMessage":"The Value of Input Parameter %s is not valid.","DynamicMessage":"DtsJobId"})"
        << ErrorKind::Client << "InvalidParameter"
        << "The Value of Input Parameter DtsJobId is not valid." << 403;
    QTest::newRow("throttled, Success as text")
        << R"({"RequestId":"T","Success":"false","HttpStatusCode":"400","ErrCode":"Throttling.User","ErrMessage":"Request was denied due to user flow control."})"
        << ErrorKind::Throttled << "Throttling.User"
        << "Request was denied due to user flow control." << 400;
    QTest::newRow("server error with Code")
        << R"({"RequestId":"S","Success":false,"HttpStatusCode":500,"Code":"InternalError","Message":"boom"})"
        << ErrorKind::Server << "InternalError"
        << "boom" << 500;
    QTest::newRow("permission")
        << R"({"Success":false,"ErrCode":"Forbidden.RAM","ErrMessage":"User not authorized"})"
        << ErrorKind::Permission << "Forbidden.RAM"
        << "User not authorized" << 0;
}

void TestDtsWire::inBandFailure()
{
    QFETCH(QString, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, httpStatus);
    const json value = json::parse(body.toStdString());
    // Every DTS parser reports the in-band failure rather than a half-read value.
    const auto ack = parseDtsAck(value);
    const auto jobs = parseDescribeDtsJobs(value);
    const auto cfg = parseConfigureDtsJob(value);
    for (const ApiError &e : {ack.error(), jobs.error(), cfg.error()}) {
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.httpStatus, httpStatus);
        QVERIFY(!e.mayHaveApplied);
    }
    QCOMPARE(ack.error().requestId, value.value("RequestId", std::string()).c_str());
}

void TestDtsWire::malformed_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not an object") << "[]"
                                   << "(body): expected a JSON object";
    QTest::newRow("list not an array") << R"({"DtsJobList":{}})"
                                       << "DtsJobList: expected an array";
    QTest::newRow("job without id") << R"({"DtsJobList":[{"DtsJobName":"x"}]})"
                                    << "DtsJobList[0].DtsJobId: missing";
    QTest::newRow("delay not a number") << R"({"DtsJobList":[{"DtsJobId":"a","Delay":"soon"}]})"
                                        << "DtsJobList[0].Delay: expected a number";
    QTest::newRow("endpoint is text") << R"({"DtsJobList":[{"DtsJobId":"a","SourceEndpoint":"x"}]})"
                                      << "DtsJobList[0].SourceEndpoint: expected an object";
    QTest::newRow("precheck detail not objects")
        << R"({"DtsJobList":[{"DtsJobId":"a","PrecheckStatus":{"Detail":["x"]}}]})"
        << "DtsJobList[0].PrecheckStatus.Detail[0]: expected an object";
    QTest::newRow("bad create time") << R"({"DtsJobList":[{"DtsJobId":"a","CreateTime":"today"}]})"
                                     << "DtsJobList[0].CreateTime: expected an ISO 8601 time";
    QTest::newRow("checkpoint is an object")
        << R"({"DtsJobList":[{"DtsJobId":"a","Checkpoint":{}}]})"
        << "DtsJobList[0].Checkpoint: expected an integer";
}

void TestDtsWire::malformed()
{
    QFETCH(QString, body);
    QFETCH(QString, problem);
    const auto r = parseDescribeDtsJobs(json::parse(body.toStdString()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidResponse);
    QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));

    // The other parsers refuse a non-object as well, without throwing.
    const json array = json::array();
    QCOMPARE(parseDescribeDtsJobDetail(array).error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(parseDescribePreCheckStatus(array).error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(parseDescribeConnectionStatus(array).error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(parseCreateDtsInstance(json::object()).error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(parseCreateReverseDtsJob(json::object()).error().kind, ErrorKind::InvalidResponse);
    QCOMPARE(parseDescribeConnectionStatus(json{{"SourceConnectionStatus", "no"}}).error().kind,
             ErrorKind::InvalidResponse);
    QCOMPARE(parseDescribeDtsJobDetail(json{{"Status", "Migrating"}}).error().message,
             QStringLiteral("Unexpected response: DtsJobId: missing"));
}

QTEST_GUILESS_MAIN(TestDtsWire)
#include "tst_dtswire.moc"
