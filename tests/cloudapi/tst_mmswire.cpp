// SPDX-License-Identifier: GPL-3.0-or-later
// MMS requests as built (method, path, query, body, action, version, retry mode) and responses
// as parsed, from fixtures written after the 2022-01-04 field lists.
#include "cloudapi/mmswire.h"

#include "testsupport_wire.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::cloudapi::wire;
using ferry::testsupport::jsonBody;
using ferry::testsupport::loadWireFixture;
using nlohmann::json;

Q_DECLARE_METATYPE(ferry::cloudapi::ApiRequest)
Q_DECLARE_METATYPE(ferry::cloudapi::RetryMode)
Q_DECLARE_METATYPE(ferry::cloudapi::BodyKind)

namespace {

QString joined(const ParamList &params)
{
    QStringList parts;
    for (const auto &[n, v] : params)
        parts.append(n + QLatin1Char('=') + v);
    return parts.join(QLatin1Char('&'));
}

// MaxCompute writes Beijing time (UTC+08:00): the fixtures' "2024-12-18 03:00:00" is 2024-12-17
// 19:00 UTC.
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

const QString kRegion = QStringLiteral("cn-hangzhou");

} // namespace

class TestMmsWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requests_data();
    void requests();
    void createJobBodyKeepsOnlySetFields();
    void dataSourceList();
    void dataSourceWithConfig();
    void scan();
    void dbs();
    void table();
    void partitions();
    void jobCreatedAndAck();
    void job();
    void jobListKeepsUnknownStatus();
    void tasksAndLogs();
    void asyncTask();
    void malformed_data();
    void malformed();
};

void TestMmsWire::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMmsWire::requests_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<BodyKind>("bodyKind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<RetryMode>("retry");

    const QString ds = QStringLiteral("/api/v1/mms/datasources");
    const QString src = ds + QStringLiteral("/2000015");

    MmsDataSourceQuery sources;
    sources.name = QStringLiteral("hive prod");
    sources.type = QStringLiteral("HIVE");
    sources.region = kRegion;
    sources.pageNum = 2;
    sources.pageSize = 20;
    QTest::newRow("ListMmsDataSources") << buildListMmsDataSources(kRegion, sources)
                                        << "ListMmsDataSources" << QByteArray("GET") << ds
                                        << "name=hive prod&type=HIVE&region=cn-hangzhou&pageNum=2&"
                                           "pageSize=20"
                                        << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("ListMmsDataSources, all")
        << buildListMmsDataSources(kRegion, {}) << "ListMmsDataSources" << QByteArray("GET") << ds
        << QString() << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("GetMmsDataSource")
        << buildGetMmsDataSource(kRegion, 2000015, true, QStringLiteral("en_US"))
        << "GetMmsDataSource" << QByteArray("GET") << src << "withConfig=true&lang=en_US"
        << BodyKind::None << QString() << RetryMode::Read;

    CreateMmsFetchMetadataJobParams scan;
    scan.sourceId = 2000015;
    scan.dbName = QStringLiteral("sales");
    scan.tableNames = {QStringLiteral("orders"), QStringLiteral("customers")};
    QTest::newRow("CreateMmsFetchMetadataJob")
        << buildCreateMmsFetchMetadataJob(kRegion, scan) << "CreateMmsFetchMetadataJob"
        << QByteArray("POST") << src + QStringLiteral("/scans") << QString() << BodyKind::Json
        << R"({"dbName":"sales","tableNames":["orders","customers"]})" << RetryMode::Never;
    QTest::newRow("GetMmsFetchMetadataJob")
        << buildGetMmsFetchMetadataJob(kRegion, 2000015, 52) << "GetMmsFetchMetadataJob"
        << QByteArray("GET") << src + QStringLiteral("/scans/52") << QString() << BodyKind::None
        << QString() << RetryMode::Read;

    MmsDbQuery dbs;
    dbs.sourceId = 2000015;
    dbs.name = QStringLiteral("sales");
    dbs.status = QStringLiteral("DONE");
    dbs.pageNum = 1;
    dbs.pageSize = 10;
    dbs.sortByNumRows = SortOrder::Descending;
    dbs.sortByUpdateTime = SortOrder::Ascending;
    QTest::newRow("ListMmsDbs, sorter as a JSON string")
        << buildListMmsDbs(kRegion, dbs) << "ListMmsDbs" << QByteArray("GET")
        << src + QStringLiteral("/dbs")
        << R"(name=sales&status=DONE&pageNum=1&pageSize=10&sorter={"numRows":"desc","updateTime":"asc"})"
        << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("GetMmsDb") << buildGetMmsDb(kRegion, 2000015, 301) << "GetMmsDb"
                              << QByteArray("GET") << src + QStringLiteral("/dbs/301") << QString()
                              << BodyKind::None << QString() << RetryMode::Read;

    MmsTableQuery tables;
    tables.sourceId = 2000015;
    tables.dbId = 301;
    tables.dbName = QStringLiteral("sales");
    tables.name = QStringLiteral("ord");
    tables.type = QStringLiteral("MANAGED_TABLE");
    tables.hasPartitions = true;
    tables.onlyName = false;
    tables.dstName = QStringLiteral("orders_mc");
    tables.dstProjectName = QStringLiteral("mc_prod");
    tables.dstSchemaName = QStringLiteral("default");
    tables.lastDdlTimeStart = utc(2024, 12, 1, 0, 0, 0);
    tables.lastDdlTimeEnd = utc(2024, 12, 31, 23, 59, 59);
    tables.status = {QStringLiteral("DONE"), QStringLiteral("FAILED")};
    tables.pageNum = 3;
    tables.pageSize = 25;
    tables.sortByNumRows = SortOrder::Ascending;
    tables.sortBySize = SortOrder::Descending;
    tables.sortByLastDdlTime = SortOrder::Ascending;
    QTest::newRow("ListMmsTables, status as a JSON array, flattened sorter")
        << buildListMmsTables(kRegion, tables) << "ListMmsTables" << QByteArray("GET")
        << src + QStringLiteral("/tables")
        << R"(dbId=301&dbName=sales&name=ord&type=MANAGED_TABLE&hasPartitions=true&onlyName=false&dstName=orders_mc&dstProjectName=mc_prod&dstSchemaName=default&lastDdlTimeStart=2024-12-01 08:00:00&lastDdlTimeEnd=2025-01-01 07:59:59&pageNum=3&pageSize=25&status=["DONE","FAILED"]&sorter.numRows=asc&sorter.size=desc&sorter.lastDdlTime=asc)"
        << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("GetMmsTable") << buildGetMmsTable(kRegion, 2000015, 4001) << "GetMmsTable"
                                 << QByteArray("GET") << src + QStringLiteral("/tables/4001")
                                 << QString() << BodyKind::None << QString() << RetryMode::Read;

    MmsPartitionQuery parts;
    parts.sourceId = 2000015;
    parts.dbId = 301;
    parts.tableId = 4001;
    parts.tableName = QStringLiteral("orders");
    parts.value = QStringLiteral("ds=20241201");
    parts.updated = true;
    parts.status = {QStringLiteral("FAILED")};
    parts.pageNum = 1;
    parts.pageSize = 100;
    parts.sortBySize = SortOrder::Descending;
    QTest::newRow("ListMmsPartitions")
        << buildListMmsPartitions(kRegion, parts) << "ListMmsPartitions" << QByteArray("GET")
        << src + QStringLiteral("/partitions")
        << R"(dbId=301&tableId=4001&tableName=orders&value=ds=20241201&updated=true&pageNum=1&pageSize=100&status=["FAILED"]&sorter.size=desc)"
        << BodyKind::None << QString() << RetryMode::Read;

    CreateMmsJobParams job;
    job.sourceId = 2000015;
    job.name = QStringLiteral("sales-migration");
    job.sourceName = QStringLiteral("hive-prod");
    job.srcDbName = QStringLiteral("sales");
    job.dstDbName = QStringLiteral("mc_prod");
    job.dstSchemaName = QStringLiteral("default");
    job.taskType = QStringLiteral("HIVE");
    job.tables = {QStringLiteral("orders")};
    job.partitions = {9001, 9002};
    job.tableBlackList = {QStringLiteral("tmp_x")};
    job.partitionFilters = {{QStringLiteral("orders"), QStringLiteral("ds >= '20241201'")}};
    job.tableMapping = {{QStringLiteral("orders"), QStringLiteral("orders_mc")}};
    job.schemaOnly = false;
    job.enableVerification = true;
    job.increment = false;
    job.eta = QStringLiteral("2024-12-20 00:00:00");
    job.others = {{QStringLiteral("note"), QStringLiteral("night")}};
    QTest::newRow("CreateMmsJob")
        << buildCreateMmsJob(kRegion, job) << "CreateMmsJob" << QByteArray("POST")
        << src + QStringLiteral("/jobs") << QString() << BodyKind::Json
        << R"({"sourceId":2000015,"name":"sales-migration","sourceName":"hive-prod","srcDbName":"sales","dstDbName":"mc_prod","dstSchemaName":"default","taskType":"HIVE","tables":["orders"],"partitions":[9001,9002],"tableBlackList":["tmp_x"],"partitionFilters":{"orders":"ds >= '20241201'"},"tableMapping":{"orders":"orders_mc"},"schemaOnly":false,"enableVerification":true,"increment":false,"eta":"2024-12-20 00:00:00","others":{"note":"night"}})"
        << RetryMode::Never;

    MmsJobQuery jobs;
    jobs.sourceId = 2000015;
    jobs.name = QStringLiteral("sales-migration");
    jobs.srcDbName = QStringLiteral("sales");
    jobs.status = QStringLiteral("FAILED");
    jobs.stopped = false;
    jobs.timerId = 7;
    jobs.pageNum = 1;
    jobs.pageSize = 50;
    jobs.sortByStatus = SortOrder::Descending;
    QTest::newRow("ListMmsJobs") << buildListMmsJobs(kRegion, jobs) << "ListMmsJobs"
                                 << QByteArray("GET") << src + QStringLiteral("/jobs")
                                 << "name=sales-migration&srcDbName=sales&status=FAILED&stopped="
                                    "false&timerId=7&pageNum=1&pageSize=50&sorter.status=desc"
                                 << BodyKind::None << QString() << RetryMode::Read;

    const MmsJobRef ref{2000015, 88};
    QTest::newRow("GetMmsJob") << buildGetMmsJob(kRegion, ref) << "GetMmsJob" << QByteArray("GET")
                               << src + QStringLiteral("/jobs/88") << QString() << BodyKind::None
                               << QString() << RetryMode::Read;
    QTest::newRow("StopMmsJob") << buildMmsJobAction(kRegion, MmsJobAction::Stop, ref)
                                << "StopMmsJob" << QByteArray("POST")
                                << src + QStringLiteral("/jobs/88/stop") << QString()
                                << BodyKind::None << QString() << RetryMode::Never;
    QTest::newRow("StartMmsJob") << buildMmsJobAction(kRegion, MmsJobAction::Start, ref)
                                 << "StartMmsJob" << QByteArray("POST")
                                 << src + QStringLiteral("/jobs/88/start") << QString()
                                 << BodyKind::None << QString() << RetryMode::Never;
    QTest::newRow("RetryMmsJob") << buildMmsJobAction(kRegion, MmsJobAction::Retry, ref)
                                 << "RetryMmsJob" << QByteArray("POST")
                                 << src + QStringLiteral("/jobs/88/retry") << QString()
                                 << BodyKind::None << QString() << RetryMode::Never;
    QTest::newRow("DeleteMmsJob is a POST")
        << buildMmsJobAction(kRegion, MmsJobAction::Delete, ref) << "DeleteMmsJob"
        << QByteArray("POST") << src + QStringLiteral("/jobs/88") << QString() << BodyKind::None
        << QString() << RetryMode::Never;

    MmsTaskQuery tasks;
    tasks.sourceId = 2000015;
    tasks.jobId = 88;
    tasks.status = QStringLiteral("DATA_FAILED");
    tasks.partition = QStringLiteral("p1=1/p2=abc");
    tasks.pageNum = 2;
    tasks.pageSize = 50;
    tasks.sortByStartTime = SortOrder::Descending;
    QTest::newRow("ListMmsTasks") << buildListMmsTasks(kRegion, tasks) << "ListMmsTasks"
                                  << QByteArray("GET") << src + QStringLiteral("/tasks")
                                  << "jobId=88&status=DATA_FAILED&partition=p1=1/p2=abc&pageNum=2&"
                                     "pageSize=50&sorter.startTime=desc"
                                  << BodyKind::None << QString() << RetryMode::Read;
    const MmsTaskRef task{2000015, 123};
    QTest::newRow("GetMmsTask") << buildGetMmsTask(kRegion, task) << "GetMmsTask"
                                << QByteArray("GET") << src + QStringLiteral("/tasks/123")
                                << QString() << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("ListMmsTaskLogs") << buildListMmsTaskLogs(kRegion, task) << "ListMmsTaskLogs"
                                     << QByteArray("GET") << src + QStringLiteral("/tasks/123/logs")
                                     << QString() << BodyKind::None << QString() << RetryMode::Read;
    QTest::newRow("RetryMmsTask") << buildRetryMmsTask(kRegion, task) << "RetryMmsTask"
                                  << QByteArray("POST") << src + QStringLiteral("/tasks/123/retry")
                                  << QString() << BodyKind::None << QString() << RetryMode::Never;
    QTest::newRow("GetMmsAsyncTask")
        << buildGetMmsAsyncTask(kRegion, 2000015, 7001) << "GetMmsAsyncTask" << QByteArray("GET")
        << src + QStringLiteral("/asyncTasks/7001") << QString() << BodyKind::None << QString()
        << RetryMode::Read;
}

void TestMmsWire::requests()
{
    QFETCH(ApiRequest, request);
    QFETCH(QString, action);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(BodyKind, bodyKind);
    QFETCH(QString, body);
    QFETCH(RetryMode, retry);

    QCOMPARE(request.product, Product::MaxCompute);
    QCOMPARE(request.style, ApiStyle::Roa);
    QCOMPARE(request.version, QStringLiteral("2022-01-04"));
    QCOMPARE(request.regionId, kRegion);
    QCOMPARE(request.action, action);
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(joined(request.query), query);
    QCOMPARE(request.bodyKind, bodyKind);
    QVERIFY(request.form.isEmpty());
    QCOMPARE(request.retry, retry);
    if (bodyKind == BodyKind::Json) {
        const json expected = json::parse(body.toStdString());
        QCOMPARE(QString::fromStdString(jsonBody(request).dump()),
                 QString::fromStdString(expected.dump()));
    } else {
        QVERIFY(request.json.isEmpty());
    }
}

void TestMmsWire::createJobBodyKeepsOnlySetFields()
{
    CreateMmsJobParams p;
    p.sourceId = 5;
    p.name = QStringLiteral("n");
    const json body = jsonBody(buildCreateMmsJob(kRegion, p));
    QCOMPARE(QString::fromStdString(body.dump()), QStringLiteral(R"({"name":"n","sourceId":5})"));
}

void TestMmsWire::dataSourceList()
{
    const auto r =
        parseMmsDataSourcePage(loadWireFixture(QStringLiteral("mms/list_datasources.json")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto &page = r.value();
    QCOMPARE(page.total, 2);
    QCOMPARE(page.pageNum, 1);
    QCOMPARE(page.pageSize, 10);
    QCOMPARE(page.items.size(), 2);
    const model::MmsDataSource &s = page.items.at(0);
    QCOMPARE(s.id, 2000015);
    QCOMPARE(s.name, QStringLiteral("hive-prod"));
    QCOMPARE(s.networkLink, QStringLiteral("vpc-bp1"));
    QCOMPARE(s.dstProjects, QStringList({QStringLiteral("mc_prod"), QStringLiteral("mc_stage")}));
    QVERIFY(s.status == model::MmsDataSourceStatus::Started);
    QCOMPARE(s.agentIsOnline, std::optional<bool>(true));
    QCOMPARE(s.createTime, utc(2024, 12, 17, 7, 44, 17));
    QCOMPARE(s.createTime.timeSpec(), Qt::UTC);
    QCOMPARE(s.scanId, std::optional<qint64>(51));
    QVERIFY(s.scanStatus == model::MmsScanStatus::Doing);
    QCOMPARE(s.tablesPartDoneNum, 1);
    QCOMPARE(s.partitionsFailedNum, 5);
    const model::MmsDataSource &failed = page.items.at(1);
    QVERIFY(failed.status == model::MmsDataSourceStatus::StartFailed);
    QCOMPARE(failed.errMsg, QStringLiteral("agent did not start"));
    QCOMPARE(failed.agentIsOnline, std::optional<bool>(false));
    QVERIFY(!failed.scanId.has_value());
    QVERIFY(!failed.lastUpdateTime.isValid());
}

void TestMmsWire::dataSourceWithConfig()
{
    const auto r = parseMmsDataSource(loadWireFixture(QStringLiteral("mms/get_datasource.json")));
    QVERIFY(r.ok());
    const auto &cfg = r.value().config;
    QCOMPARE(cfg.size(), 4);
    QCOMPARE(cfg.at(0).key, QStringLiteral("hive.metastore.url"));
    QCOMPARE(cfg.at(0).group, QStringLiteral("Hive"));
    QVERIFY(cfg.at(0).required);
    QCOMPARE(cfg.at(0).value, QStringLiteral("thrift://10.0.0.5:9083"));
    QCOMPARE(cfg.at(1).type, QStringLiteral("password"));
    // Sent in clear in "value" under a "key"; the parser masks password items itself.
    QCOMPARE(cfg.at(1).value, QStringLiteral("********"));
    QCOMPARE(cfg.at(2).value, QStringLiteral("8")); // a number, as text
    QCOMPARE(cfg.at(2).enums.size(), 3);
    QCOMPARE(cfg.at(2).placeHolder, QStringLiteral("8"));
    QCOMPARE(cfg.at(3).value, QStringLiteral(R"({"a":"1"})")); // a map, as compact JSON
}

void TestMmsWire::scan()
{
    const auto created =
        parseMmsScanCreated(loadWireFixture(QStringLiteral("mms/create_scan.json")));
    QVERIFY(created.ok());
    QCOMPARE(created.value().scanId, 52);
    QCOMPARE(created.value().requestId, QStringLiteral("scan-req"));

    const auto r = parseMmsScan(loadWireFixture(QStringLiteral("mms/get_scan.json")));
    QVERIFY(r.ok());
    const model::MmsScan &s = r.value();
    QCOMPARE(s.id, 52);
    QVERIFY(s.status == model::MmsScanStatus::Doing);
    QCOMPARE(s.progressBasisPoints, 4250);
    QCOMPARE(s.progressFraction(), 0.425);
    QVERIFY(s.result.has_value());
    QCOMPARE(s.result->databases, 5);
    QCOMPARE(s.result->tables, 75);
    QCOMPARE(s.result->partitions, 215);
    QCOMPARE(s.startTime, utc(2024, 12, 17, 18, 0, 0));
    QVERIFY(!s.endTime.isValid()); // "" means not finished

    // A result in a shape we do not know stays available as text, without failing the answer.
    json odd = loadWireFixture(QStringLiteral("mms/get_scan.json"));
    odd["data"]["result"] = "not json";
    odd["data"]["progress"] = 20000; // out of range: clamped to 100 %
    const auto r2 = parseMmsScan(odd);
    QVERIFY(r2.ok());
    QVERIFY(!r2.value().result.has_value());
    QCOMPARE(r2.value().resultText, QStringLiteral("not json"));
    QCOMPARE(r2.value().progressBasisPoints, 10000);
}

void TestMmsWire::dbs()
{
    const auto r = parseMmsDbPage(loadWireFixture(QStringLiteral("mms/list_dbs.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.value().items.size(), 1);
    const model::MmsDb &d = r.value().items.at(0);
    QCOMPARE(d.name, QStringLiteral("sales"));
    QVERIFY(d.status == model::MmsObjectStatus::PartDone);
    QVERIFY(d.updated);
    QCOMPARE(d.size, Q_INT64_C(9876543210));
    QCOMPARE(d.tablesPartDone, 7);
    QCOMPARE(d.partitionsFailed, 15);
    QCOMPARE(d.updateTime, utc(2024, 12, 17, 16, 0, 0));
    QVERIFY(!d.deleted);

    json single;
    single["requestId"] = "x";
    single["data"] = loadWireFixture(QStringLiteral("mms/list_dbs.json"))["data"]["objectList"][0];
    const auto one = parseMmsDb(single);
    QVERIFY(one.ok());
    QCOMPARE(one.value().id, 301);
}

void TestMmsWire::table()
{
    const auto r = parseMmsTable(loadWireFixture(QStringLiteral("mms/get_table.json")));
    QVERIFY(r.ok());
    const model::MmsTable &t = r.value();
    QCOMPARE(t.name, QStringLiteral("orders"));
    QVERIFY(t.hasPartitions);
    QCOMPARE(t.schemaComment, QStringLiteral("order facts"));
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.columns.at(0).name, QStringLiteral("order_id"));
    QVERIFY(!t.columns.at(0).nullable);
    QCOMPARE(t.columns.at(1).type, QStringLiteral("DECIMAL(18,2)"));
    QVERIFY(t.columns.at(1).nullable);
    QCOMPARE(t.columns.at(1).defaultValue, QStringLiteral("0"));
    QCOMPARE(t.partitionColumns.size(), 1);
    QCOMPARE(t.partitionColumns.at(0).name, QStringLiteral("ds"));
    QCOMPARE(t.partitions, 365); // the count, not the partition columns
    QCOMPARE(t.partitionsDone, 350);
    QVERIFY(t.status == model::MmsObjectStatus::Doing);
    QCOMPARE(t.serde, QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcSerde"));

    json page;
    page["data"]["objectList"] =
        json::array({loadWireFixture(QStringLiteral("mms/get_table.json"))["data"]});
    page["data"]["total"] = 1;
    const auto list = parseMmsTablePage(page);
    QVERIFY(list.ok());
    QCOMPARE(list.value().items.at(0).columns.size(), 2);
}

void TestMmsWire::partitions()
{
    const auto r =
        parseMmsPartitionPage(loadWireFixture(QStringLiteral("mms/list_partitions.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.value().total, 366);
    QCOMPARE(r.value().pageNum, 2);
    const model::MmsPartition &p = r.value().items.at(0);
    QCOMPARE(p.value, QStringLiteral("ds=20241201/region=eu"));
    QCOMPARE(p.tableId, 4001);
    QVERIFY(p.status == model::MmsObjectStatus::Failed);
    QCOMPARE(p.lastDdlTime, utc(2024, 12, 1, 15, 59, 59));
}

void TestMmsWire::jobCreatedAndAck()
{
    const auto created = parseMmsJobCreated(loadWireFixture(QStringLiteral("mms/create_job.json")));
    QVERIFY(created.ok());
    QCOMPARE(created.value().asyncTaskId, std::optional<qint64>(7001));
    QCOMPARE(created.value().requestId, QStringLiteral("create-job-req"));
    QVERIFY(!created.value().recovered);

    const auto ack = parseMmsAck(loadWireFixture(QStringLiteral("mms/ack.json")));
    QVERIFY(ack.ok());
    QCOMPARE(ack.value().requestId, QStringLiteral("ack-req"));
}

void TestMmsWire::job()
{
    const auto r = parseMmsJob(loadWireFixture(QStringLiteral("mms/get_job.json")));
    QVERIFY(r.ok());
    const model::MmsJob &j = r.value();
    QCOMPARE(j.id, 88);
    QCOMPARE(j.name, QStringLiteral("sales-migration"));
    QVERIFY(j.status == model::MmsJobStatus::Doing);
    QVERIFY(j.type == model::MmsJobType::Tables);
    QVERIFY(!j.stopped);
    QCOMPARE(j.taskNum, 40);
    QCOMPARE(j.taskDone, 12);
    QCOMPARE(j.createTime, utc(2024, 12, 17, 19, 0, 0));
    const model::MmsJobConfig &c = j.config;
    QCOMPARE(c.taskType, QStringLiteral("HIVE"));
    QCOMPARE(c.tables.size(), 2);
    QCOMPARE(c.partitions, QList<qint64>({9001, 9002}));
    QCOMPARE(c.tableBlackList, QStringList{QStringLiteral("tmp_x")});
    QVERIFY(c.tableWhiteList.isEmpty());
    QCOMPARE(c.partitionFilters.value(QStringLiteral("orders")),
             QStringLiteral("ds >= '20241201'"));
    QCOMPARE(c.tableMapping.value(QStringLiteral("orders")), QStringLiteral("orders_mc"));
    QCOMPARE(c.columnMapping.value(QStringLiteral("Amount")), QStringLiteral("amount"));
    QVERIFY(c.increment);
    QVERIFY(c.enableVerification);
    QCOMPARE(c.tunnelQuota, QStringLiteral("pay-as-you-go"));
    QCOMPARE(c.others.value(QStringLiteral("hive.threads")), QStringLiteral("8"));
    QCOMPARE(c.others.value(QStringLiteral("note")), QStringLiteral("night run"));
}

void TestMmsWire::jobListKeepsUnknownStatus()
{
    const auto r = parseMmsJobPage(loadWireFixture(QStringLiteral("mms/list_jobs.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.value().items.size(), 3);
    QVERIFY(r.value().items.at(1).stopped);
    QVERIFY(r.value().items.at(1).status == model::MmsJobStatus::Failed);
    const model::MmsJob &future = r.value().items.at(2);
    QVERIFY(future.status == model::MmsJobStatus::Unknown);
    QCOMPARE(future.status.raw, QStringLiteral("PAUSED_BY_ADMIN"));
    QVERIFY(future.type == model::MmsJobType::Partitions);
}

void TestMmsWire::tasksAndLogs()
{
    const auto r = parseMmsTaskPage(loadWireFixture(QStringLiteral("mms/list_tasks.json")));
    QVERIFY(r.ok());
    const model::MmsTask &t = r.value().items.at(0);
    QCOMPARE(t.id, 123);
    QCOMPARE(t.srcTableName, QStringLiteral("orders"));
    QCOMPARE(t.dstTableName, QStringLiteral("orders_mc"));
    QVERIFY(t.status == model::MmsTaskStatus::DataFailed);
    QCOMPARE(t.retriedTimes, 2);
    QCOMPARE(t.endTime, utc(2024, 12, 17, 19, 30, 0));
    // The documentation's misspelling DATA_DONG is read as DATA_DONE, and kept as received.
    const model::MmsTask &t2 = r.value().items.at(1);
    QVERIFY(t2.status == model::MmsTaskStatus::DataDone);
    QCOMPARE(t2.status.raw, QStringLiteral("DATA_DONG"));
    QVERIFY(t2.running);

    json one;
    one["data"] = loadWireFixture(QStringLiteral("mms/list_tasks.json"))["data"]["objectList"][0];
    QVERIFY(parseMmsTask(one).ok());

    const auto logs = parseMmsTaskLogs(loadWireFixture(QStringLiteral("mms/task_logs.json")));
    QVERIFY(logs.ok());
    QCOMPARE(logs.value().size(), 2);
    QVERIFY(logs.value().at(0).status == model::MmsTaskStatus::SchemaDoing);
    QCOMPARE(logs.value().at(1).msg, QStringLiteral("quota exceeded"));
    QVERIFY(logs.value().at(1).action.startsWith(QStringLiteral("INSERT OVERWRITE")));
}

void TestMmsWire::asyncTask()
{
    const auto r = parseMmsAsyncTask(loadWireFixture(QStringLiteral("mms/async_task.json")));
    QVERIFY(r.ok());
    const model::MmsAsyncTask &a = r.value();
    QCOMPARE(a.type, QStringLiteral("TASK_CREATE"));
    QCOMPARE(a.objectId, std::optional<qint64>(88));
    QVERIFY(a.status == model::MmsAsyncTaskStatus::Done);
    QCOMPARE(a.progress, 100);
    QCOMPARE(a.result, QStringLiteral(R"({"jobId":88})"));
}

void TestMmsWire::malformed_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("problem");

    QTest::newRow("array body") << "job"
                                << "[1,2]"
                                << "(body): expected a JSON object";
    QTest::newRow("string body") << "job"
                                 << R"("oops")"
                                 << "(body): expected a JSON object";
    QTest::newRow("null body") << "jobPage"
                               << "null"
                               << "(body): expected a JSON object";
    QTest::newRow("no data") << "job"
                             << R"({"requestId":"r1"})"
                             << "data: missing";
    QTest::newRow("data is an array") << "jobPage"
                                      << R"({"data":[]})"
                                      << "data: expected an object, got an array";
    QTest::newRow("objectList is an object") << "jobPage"
                                             << R"({"data":{"objectList":{}}})"
                                             << "data.objectList: expected an array";
    QTest::newRow("item is a number") << "taskPage"
                                      << R"({"data":{"objectList":[1]}})"
                                      << "data.objectList[0]: expected an object";
    QTest::newRow("id is text") << "jobPage"
                                << R"({"data":{"objectList":[{"id":"abc"}]}})"
                                << "data.objectList[0].id: expected an integer, got a string";
    QTest::newRow("id missing") << "dataSourcePage"
                                << R"({"data":{"objectList":[{"name":"x"}]}})"
                                << "data.objectList[0].id: missing";
    QTest::newRow("id too large") << "job"
                                  << R"({"data":{"id":1e300}})"
                                  << "data.id: expected an integer, got a number";
    QTest::newRow("id fractional") << "job"
                                   << R"({"data":{"id":1.5}})"
                                   << "data.id: expected an integer";
    QTest::newRow("time is garbage") << "job"
                                     << R"({"data":{"id":1,"createTime":"yesterday"}})"
                                     << "data.createTime: expected a time yyyy-MM-dd HH:mm:ss";
    QTest::newRow("time is a number") << "task"
                                      << R"({"data":{"id":1,"startTime":17}})"
                                      << "data.startTime: expected a time, got a number";
    QTest::newRow("stopped is not a bool") << "job"
                                           << R"({"data":{"id":1,"stopped":"maybe"}})"
                                           << "data.stopped: expected a boolean";
    QTest::newRow("config is text") << "job"
                                    << R"({"data":{"id":1,"config":"x"}})"
                                    << "data.config: expected an object, got a string";
    QTest::newRow("tables holds an object")
        << "job"
        << R"({"data":{"id":1,"config":{"tables":[{}]}}})"
        << "data.config.tables[0]: expected a string, got an object";
    QTest::newRow("partitions hold text") << "job"
                                          << R"({"data":{"id":1,"config":{"partitions":["x"]}}})"
                                          << "data.config.partitions[0]: expected an integer";
    QTest::newRow("schema columns not an array")
        << "table"
        << R"({"data":{"id":1,"schema":{"columns":"a,b"}}})"
        << "data.schema.columns: expected an array";
    QTest::newRow("name is an object") << "dataSource"
                                       << R"({"data":{"id":1,"name":{}}})"
                                       << "data.name: expected a string, got an object";
    QTest::newRow("logs not an array") << "taskLogs"
                                       << R"({"data":{}})"
                                       << "data: expected an array, got an object";
    QTest::newRow("scan created without scanId") << "scanCreated"
                                                 << R"({"data":{}})"
                                                 << "data.scanId: missing";
    QTest::newRow("job created without asyncTaskId") << "jobCreated"
                                                     << R"({"data":{"x":1}})"
                                                     << "data.asyncTaskId: missing";
    QTest::newRow("ack data is text") << "ack"
                                      << R"({"data":"eighty-eight"})"
                                      << "data: expected an integer";
    QTest::newRow("async objectId is a bool") << "asyncTask"
                                              << R"({"data":{"id":1,"objectId":true}})"
                                              << "data.objectId: expected an integer";
}

void TestMmsWire::malformed()
{
    QFETCH(QString, parser);
    QFETCH(QString, body);
    QFETCH(QString, problem);

    const json value = json::parse(body.toStdString());
    const std::map<QString, std::function<std::optional<ApiError>(const json &)>> parsers = {
        {"job",
         [](const json &b) {
             auto r = parseMmsJob(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"jobPage",
         [](const json &b) {
             auto r = parseMmsJobPage(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"task",
         [](const json &b) {
             auto r = parseMmsTask(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"taskPage",
         [](const json &b) {
             auto r = parseMmsTaskPage(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"table",
         [](const json &b) {
             auto r = parseMmsTable(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"dataSource",
         [](const json &b) {
             auto r = parseMmsDataSource(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"dataSourcePage",
         [](const json &b) {
             auto r = parseMmsDataSourcePage(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"taskLogs",
         [](const json &b) {
             auto r = parseMmsTaskLogs(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"scanCreated",
         [](const json &b) {
             auto r = parseMmsScanCreated(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"jobCreated",
         [](const json &b) {
             auto r = parseMmsJobCreated(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"ack",
         [](const json &b) {
             auto r = parseMmsAck(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
        {"asyncTask",
         [](const json &b) {
             auto r = parseMmsAsyncTask(b);
             return r.ok() ? std::optional<ApiError>() : r.error();
         }},
    };
    const auto it = parsers.find(parser);
    QVERIFY(it != parsers.end());
    const std::optional<ApiError> error = it->second(value);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ErrorKind::InvalidResponse);
    QCOMPARE(error->code, QStringLiteral("InvalidResponse"));
    QVERIFY2(error->message.contains(problem), qPrintable(error->message));
    if (value.is_object() && value.contains("requestId"))
        QCOMPARE(error->requestId, QStringLiteral("r1"));
}

QTEST_GUILESS_MAIN(TestMmsWire)
#include "tst_mmswire.moc"
