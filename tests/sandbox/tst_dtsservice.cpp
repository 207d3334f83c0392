// SPDX-License-Identifier: GPL-3.0-or-later
// DTS emulator: response shapes, listing, precheck status pages, connection tests and errors.
#include "cloudapi/sandbox/dtsservice.h"

#include "testsupportdts.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

// TS-DTS DescribeDtsJobsResponseBodyDtsJobList names
const QStringList kListItemKeys = {"AppName",
                                   "BeginTimestamp",
                                   "Checkpoint",
                                   "ConsumptionCheckpoint",
                                   "ConsumptionClient",
                                   "CpuUsage",
                                   "CreateTime",
                                   "DataCloudStatus",
                                   "DataEtlStatus",
                                   "DataInitializationStatus",
                                   "DataSynchronizationStatus",
                                   "DbObject",
                                   "DedicatedClusterId",
                                   "Delay",
                                   "DestinationEndpoint",
                                   "DtsBisLabel",
                                   "DtsInstanceID",
                                   "DtsJobClass",
                                   "DtsJobDirection",
                                   "DtsJobId",
                                   "DtsJobName",
                                   "DuRealUsage",
                                   "DuUsage",
                                   "EndTimestamp",
                                   "ErrorDetails",
                                   "ErrorMessage",
                                   "EtlSafeCheckpoint",
                                   "ExpireTime",
                                   "FullDataCheckStatus",
                                   "IncDataCheckStatus",
                                   "InsightModule",
                                   "JobType",
                                   "MaxDu",
                                   "MemUsage",
                                   "MigrationErrCode",
                                   "MigrationErrHelpDocId",
                                   "MigrationErrHelpDocKey",
                                   "MigrationErrMsg",
                                   "MigrationErrType",
                                   "MigrationErrWorkaround",
                                   "MigrationMode",
                                   "MinDu",
                                   "OriginType",
                                   "PayType",
                                   "Performance",
                                   "PrecheckStatus",
                                   "Reserved",
                                   "ResourceGroupDisplayName",
                                   "ResourceGroupId",
                                   "RetryState",
                                   "ReverseJob",
                                   "SourceEndpoint",
                                   "Status",
                                   "StructureDataCheckStatus",
                                   "StructureInitializationStatus",
                                   "TagList",
                                   "TimeWindowDataCheckStatus"};
const QStringList kListItemRequired = {"DtsJobId",
                                       "DtsInstanceID",
                                       "DtsJobName",
                                       "JobType",
                                       "Status",
                                       "CreateTime",
                                       "PayType",
                                       "DtsJobClass",
                                       "DtsJobDirection",
                                       "Delay",
                                       "Checkpoint",
                                       "MigrationMode",
                                       "Performance",
                                       "PrecheckStatus",
                                       "StructureInitializationStatus",
                                       "DataInitializationStatus",
                                       "DataSynchronizationStatus",
                                       "SourceEndpoint",
                                       "DestinationEndpoint",
                                       "ErrorMessage",
                                       "Reserved",
                                       "RetryState",
                                       "TagList"};
const QStringList kEndpointKeys = {"InstanceID", "InstanceType",   "EngineName",   "Region",
                                   "Ip",         "Port",           "DatabaseName", "UserName",
                                   "OracleSID",  "SslSolutionEnum"};
const QStringList kModuleStatusKeys = {"Status", "Percent", "Progress", "ErrorMessage",
                                       "NeedUpgrade"};
const QStringList kDetailRequired = {"RequestId",   "Success",          "HttpStatusCode",
                                     "Status",      "DtsJobId",         "DtsInstanceID",
                                     "DtsJobName",  "JobType",          "CreateTime",
                                     "FinishTime",  "ExpireTime",       "PayType",
                                     "DtsJobClass", "DtsJobDirection",  "SynchronizationDirection",
                                     "Delay",       "Checkpoint",       "DbObject",
                                     "Reserved",    "MigrationMode",    "DataSynchronizationStatus",
                                     "RetryState",  "SourceEndpoint",   "DestinationEndpoint",
                                     "SubSyncJob",  "SubDistributedJob"};
} // namespace

class TestDtsService final : public QObject, private DtsHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { m_dts = std::make_unique<DtsService>(ScenarioOptions{}); }

    void seededJobsAndTheirShape()
    {
        const Json migrations = body("DescribeDtsJobs", {}, 0);
        QCOMPARE(flag(migrations["Success"]), true);
        QCOMPARE(num(migrations["HttpStatusCode"]), 200);
        QCOMPARE(num(migrations["TotalRecordCount"]), 2);
        std::map<QString, QString> status;
        for (const Json &j : migrations["DtsJobList"]) {
            status[str(j["DtsJobName"])] = str(j["Status"]);
            QVERIFY2(missingKeys(j, kListItemRequired).isEmpty(), dump(j));
            QVERIFY2(unexpectedKeys(j, kListItemKeys).isEmpty(), dump(j));
            QVERIFY(missingKeys(j["SourceEndpoint"], kEndpointKeys).isEmpty());
            QVERIFY(unexpectedKeys(j["DestinationEndpoint"], kEndpointKeys).isEmpty());
            QVERIFY(unexpectedKeys(j["DataSynchronizationStatus"], kModuleStatusKeys).isEmpty());
            QVERIFY(j["DataInitializationStatus"]["Percent"].is_string());
            QVERIFY(j["DataInitializationStatus"]["Progress"].is_string());
            QVERIFY(j["Performance"]["Rps"].is_string() && j["Performance"]["Flow"].is_string());
            QVERIFY(j["Delay"].is_number());
            QCOMPARE(str(j["JobType"]), QStringLiteral("online"));
            QVERIFY(!dump(j).contains("Pass") && !dump(j).contains("Writer-"));
        }
        QCOMPARE(status[QStringLiteral("crm-migration")], QStringLiteral("Finished"));
        QCOMPARE(status[QStringLiteral("inventory-migration")], QStringLiteral("PrecheckFailed"));
        const Json syncs = body("DescribeDtsJobs", {{"JobType", "SYNC"}}, 0);
        QCOMPARE(num(syncs["TotalRecordCount"]), 1);
        const Json sales = syncs["DtsJobList"][0];
        QCOMPARE(str(sales["DtsJobName"]), QStringLiteral("sales-sync"));
        QCOMPARE(str(sales["Status"]), QStringLiteral("Synchronizing"));
        QCOMPARE(str(sales["JobType"]), QStringLiteral("sync"));
        const Json d = detail(str(sales["DtsJobId"]), 0);
        QVERIFY2(missingKeys(d, kDetailRequired).isEmpty(), dump(d));
        QCOMPARE(str(d["DtsJobDirection"]), QStringLiteral("Forward"));
        QVERIFY(d["SubSyncJob"][0].contains("Performance"));
        QVERIFY(d["Checkpoint"].is_number());
        QCOMPARE(num(body("DescribeDtsJobs", {{"JobType", "SUBSCRIBE"}}, 0)["TotalRecordCount"]),
                 0);
    }

    void precheckStatusPagesAndFilters()
    {
        const QString id = str(body("DescribeDtsJobs", {{"Type", "name"}, {"Params", "inventory"}},
                                    0)["DtsJobList"][0]["DtsJobId"]);
        const Json page =
            body("DescribePreCheckStatus",
                 {{"DtsJobId", id}, {"JobCode", "01"}, {"PageNo", "4"}, {"PageSize", "5"}}, 0);
        QCOMPARE(num(page["TotalRecordCount"]), 16);
        QCOMPARE(num(page["PageNumber"]), 4);
        QCOMPARE(num(page["PageRecordCount"]), 5);
        QCOMPARE(page["JobProgress"].size(), std::size_t(1));
        const Json binlog = body("DescribePreCheckStatus",
                                 {{"DtsJobId", id}, {"JobCode", "01"}, {"Name", "binlog"}}, 0);
        QCOMPARE(num(binlog["TotalRecordCount"]), 4);
        QCOMPARE(str(binlog["State"]), QStringLiteral("Failed"));

        const QString sales =
            str(body("DescribeDtsJobs", {{"JobType", "SYNC"}}, 0)["DtsJobList"][0]["DtsJobId"]);
        const Json schema =
            body("DescribePreCheckStatus", {{"DtsJobId", sales}, {"JobCode", "02"}}, 0);
        QCOMPARE(num(schema["TotalRecordCount"]), 9);
        for (const Json &p : schema["JobProgress"]) {
            QCOMPARE(str(p["State"]), QStringLiteral("Success"));
            QVERIFY(str(p["DdlSql"]).startsWith(QLatin1String("CREATE TABLE")));
        }
        QCOMPARE(num(body("DescribePreCheckStatus",
                          {{"DtsJobId", sales}, {"JobCode", "03"}, {"Name", "order"}},
                          0)["TotalRecordCount"]),
                 2);
        const Json incremental =
            body("DescribePreCheckStatus", {{"DtsJobId", sales}, {"JobCode", "04"}}, 0);
        QVERIFY(str(incremental["State"]) == "Catched" || str(incremental["State"]) == "Migrating");
        QVERIFY(incremental["JobProgress"][0]["DelaySeconds"].is_number());

        const ServiceResponse badCode =
            call("DescribePreCheckStatus", {{"DtsJobId", id}, {"JobCode", "05"}}, 0);
        QCOMPARE(badCode.status, 400);
        QCOMPARE(str(badCode.body["ErrMessage"]),
                 QStringLiteral("The Value of Input Parameter %s is not valid."));
        QCOMPARE(str(badCode.body["DynamicMessage"]), QStringLiteral("JobCode"));
        QCOMPARE(call("DescribePreCheckStatus", {{"DtsJobId", id}}, 0).status, 400);
        QCOMPARE(call("DescribePreCheckStatus",
                      {{"DtsJobId", id}, {"JobCode", "01"}, {"PageSize", "x"}}, 0)
                     .status,
                 400);
        QCOMPARE(call("DescribePreCheckStatus", {{"DtsJobId", "nosuchjob"}, {"JobCode", "01"}}, 0)
                     .status,
                 404);
    }

    void connectionStatus()
    {
        const Json good = body("DescribeConnectionStatus",
                               {{"SourceEndpointInstanceType", "Express"},
                                {"SourceEndpointIP", "10.1.1.1"},
                                {"SourceEndpointPort", "3306"},
                                {"SourceEndpointUserName", "u"},
                                {"SourceEndpointPassword", "p"},
                                {"DestinationEndpointInstanceType", "RDS"},
                                {"DestinationEndpointUserName", "u"},
                                {"DestinationEndpointPassword", "p"}},
                               0);
        QCOMPARE(str(good["Success"]), QStringLiteral("true"));
        QCOMPARE(flag(good["SourceConnectionStatus"]["connectRes"]), true);
        QCOMPARE(flag(good["DestinationConnectionStatus"]["connectRes"]), true);
        QCOMPARE(good["SourceConnectionStatus"]["connectDetail"].size(), std::size_t(3));
        const Json bad = body("DescribeConnectionStatus",
                              {{"SourceEndpointInstanceType", "Express"},
                               {"SourceEndpointIP", "192.0.2.10"},
                               {"DestinationEndpointInstanceType", "RDS"}},
                              0);
        QCOMPARE(flag(bad["SourceConnectionStatus"]["connectRes"]), false);
        QCOMPARE(flag(bad["SourceConnectionStatus"]["connectDetail"][0]["testSuccess"]), false);
        QVERIFY(!str(bad["SourceConnectionStatus"]["connectAdvice"]).isEmpty());
        QCOMPARE(flag(bad["DestinationConnectionStatus"]["connectRes"]), false);
        QCOMPARE(
            call("DescribeConnectionStatus", {{"SourceEndpointInstanceType", "RDS"}}, 0).status,
            400);
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("setName");
        QTest::addColumn<QString>("setValue");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("missing DbList") << "ConfigureDtsJob"
                                        << "DbList"
                                        << ""
                                        << "" << 400 << "MissingParameter"
                                        << "DbList";
        QTest::newRow("DbList not JSON") << "ConfigureDtsJob"
                                         << ""
                                         << "DbList"
                                         << "[sales" << 400 << "InvalidParameter"
                                         << "DbList";
        QTest::newRow("JobType") << "ConfigureDtsJob"
                                 << ""
                                 << "JobType"
                                 << "CHECK" << 400 << "InvalidParameter"
                                 << "JobType";
        QTest::newRow("Port") << "ConfigureDtsJob"
                              << ""
                              << "SourceEndpointPort"
                              << "abc" << 400 << "InvalidParameter"
                              << "SourceEndpointPort";
        QTest::newRow("boolean") << "ConfigureDtsJob"
                                 << ""
                                 << "DataInitialization"
                                 << "yes" << 400 << "InvalidParameter"
                                 << "DataInitialization";
        QTest::newRow("RDS without InstanceID") << "ConfigureDtsJob"
                                                << "DestinationEndpointInstanceID"
                                                << ""
                                                << "" << 400 << "MissingParameter"
                                                << "DestinationEndpointInstanceID";
        QTest::newRow("Reserve") << "ConfigureDtsJob"
                                 << ""
                                 << "Reserve"
                                 << "not json" << 400 << "InvalidParameter"
                                 << "Reserve";
        QTest::newRow("unknown action") << "DescribeSomething"
                                        << ""
                                        << ""
                                        << "" << 404 << "InvalidAction.NotFound"
                                        << "";
    }

    void rejectsBadRequests()
    {
        QFETCH(QString, action);
        QFETCH(QString, drop);
        QFETCH(QString, setName);
        QFETCH(QString, setValue);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        Params p = selfManagedJob("bad");
        p.erase(QStringLiteral("SourceEndpointIP"));
        p[QStringLiteral("SourceEndpointIP")] = QStringLiteral("10.0.0.1");
        if (!drop.isEmpty())
            p.erase(drop);
        if (!setName.isEmpty())
            p[setName] = setValue;
        const ServiceResponse r = call(action, p, 0);
        QCOMPARE(r.status, status);
        if (code == QLatin1String("InvalidAction.NotFound")) {
            QCOMPARE(str(r.body["Code"]), code);
            QVERIFY(r.body.contains("HostId"));
            return;
        }
        QVERIFY2(missingKeys(r.body, {"RequestId", "Success", "ErrCode", "ErrMessage",
                                      "DynamicMessage", "HttpStatusCode", "Code", "Message"})
                     .isEmpty(),
                 dump(r.body));
        QCOMPARE(flag(r.body["Success"]), false);
        QCOMPARE(str(r.body["ErrCode"]), code);
        QCOMPARE(str(r.body["Code"]), code);
        QCOMPARE(num(r.body["HttpStatusCode"]), qint64(status));
        QCOMPARE(str(r.body["DynamicMessage"]), parameter);
        QVERIFY(str(r.body["Message"]).contains(parameter));
    }

    void rejectsBadOperations()
    {
        QCOMPARE(str(call("CreateDtsInstance", {}, 0).body["ErrCode"]),
                 QStringLiteral("MissingParameter"));
        QCOMPARE(str(call("CreateDtsInstance", {{"PayType", "PrePaid"}}, 0).body["DynamicMessage"]),
                 QStringLiteral("Period"));
        QCOMPARE(call("CreateDtsInstance", {{"PayType", "PostPaid"}, {"InstanceClass", "huge"}}, 0)
                     .status,
                 400);
        QCOMPARE(
            call("CreateDtsInstance", {{"PayType", "PostPaid"}, {"JobId", "nosuchjob"}}, 0).status,
            404);
        QCOMPARE(str(call("StartDtsJob", {}, 0).body["DynamicMessage"]),
                 QStringLiteral("DtsJobId"));
        QCOMPARE(call("StopDtsJob", {{"DtsJobId", "nosuchjob"}}, 0).status, 404);
        QCOMPARE(str(call("StopDtsJob", {{"DtsJobId", "nosuchjob"}}, 0).body["ErrCode"]),
                 QStringLiteral("InvalidDtsJobId.NotFound"));
        QCOMPARE(call("SuspendDtsJob", {{"DtsInstanceId", "dtsnothing"}}, 0).status, 404);
        QCOMPARE(call("DescribeDtsJobDetail", {{"DtsInstanceID", "dtsnothing"}}, 0).status, 404);
        QCOMPARE(call("DescribeDtsJobs", {{"PageSize", "0"}}, 0).status, 400);
        QCOMPARE(call("DescribeDtsJobs", {{"OrderDirection", "UP"}}, 0).status, 400);
        QCOMPARE(call("CreateReverseDtsJob", {}, 0).status, 400);
        // unknown optional parameters are ignored
        QCOMPARE(
            call("DescribeDtsJobs", {{"SomethingNew", "1"}, {"Region", "cn-hangzhou"}}, 0).status,
            200);
    }

    void mutationResponsesMatchTheSdkModels()
    {
        // names and JSON types as in the TS-DTS response models
        const Json configured = body("ConfigureDtsJob", managedJob("shape"), 0);
        QCOMPARE(unexpectedKeys(configured, {"RequestId", "Success", "HttpStatusCode", "ErrCode",
                                             "ErrMessage", "DtsJobId", "DtsInstanceId"}),
                 QStringList());
        QVERIFY(configured["Success"].is_string() && configured["HttpStatusCode"].is_string());
        const QString id = str(configured["DtsJobId"]);
        const Json bought =
            body("CreateDtsInstance",
                 {{"PayType", "PostPaid"}, {"JobId", id}, {"AutoStart", "true"}}, 1);
        QCOMPARE(unexpectedKeys(bought, {"RequestId", "Success", "ErrCode", "ErrMessage",
                                         "InstanceId", "JobId"}),
                 QStringList());
        QVERIFY(bought["Success"].is_string());
        const Json suspended = body("SuspendDtsJob", {{"DtsJobId", id}}, 200);
        QCOMPARE(missingKeys(suspended, {"RequestId", "Success", "HttpStatusCode"}), QStringList());
        QVERIFY(unexpectedKeys(suspended, {"RequestId", "Success", "HttpStatusCode", "ErrCode",
                                           "ErrMessage", "DynamicCode", "DynamicMessage"})
                    .isEmpty());
        QVERIFY(suspended["Success"].is_boolean() && suspended["HttpStatusCode"].is_number());
        const Json connection = body(
            "DescribeConnectionStatus",
            {{"SourceEndpointInstanceType", "RDS"}, {"DestinationEndpointInstanceType", "RDS"}},
            200);
        QCOMPARE(
            unexpectedKeys(connection, {"RequestId", "Success", "ErrCode", "ErrMessage",
                                        "SourceConnectionStatus", "DestinationConnectionStatus"}),
            QStringList());
    }

    void pagesOrdersAndFiltersJobs()
    {
        for (int i = 0; i < 3; ++i)
            launch(managedJob(QStringLiteral("batch-%1").arg(i)), 10 * i);
        const Json all = body("DescribeDtsJobs", {{"PageSize", "2"}}, 100);
        QCOMPARE(num(all["TotalRecordCount"]), 5);
        QCOMPARE(num(all["PageRecordCount"]), 2);
        QCOMPARE(all["DtsJobList"].size(), std::size_t(2));
        QCOMPARE(
            body("DescribeDtsJobs", {{"PageSize", "2"}, {"PageNumber", "3"}}, 100)["DtsJobList"]
                .size(),
            std::size_t(1));
        const Json newest = body("DescribeDtsJobs", {{"OrderDirection", "DESC"}}, 100);
        QCOMPARE(str(newest["DtsJobList"][0]["DtsJobName"]), QStringLiteral("batch-2"));
        const Json oldest = body("DescribeDtsJobs", {{"OrderDirection", "ASC"}}, 100);
        QCOMPARE(str(oldest["DtsJobList"][0]["DtsJobName"]), QStringLiteral("crm-migration"));
        QCOMPARE(num(body("DescribeDtsJobs", {{"Type", "name"}, {"Params", "BATCH"}},
                          100)["TotalRecordCount"]),
                 3);
        QCOMPARE(num(body("DescribeDtsJobs", {{"Status", "Finished"}}, 100)["TotalRecordCount"]),
                 1);
        const QString a = str(newest["DtsJobList"][0]["DtsJobId"]);
        const QString b = str(newest["DtsJobList"][1]["DtsJobId"]);
        QCOMPARE(num(body("DescribeDtsJobs", {{"DtsJobId", a + "," + b}}, 100)["TotalRecordCount"]),
                 2);
        QCOMPARE(num(body("DescribeDtsJobs", {{"Type", "srcRds"}, {"Params", "rm-bp1source0001"}},
                          100)["TotalRecordCount"]),
                 3);
        const Json lean = body("DescribeDtsJobs", {{"WithoutDbList", "true"}}, 100);
        QVERIFY(!lean["DtsJobList"][0].contains("DbObject"));
        QVERIFY(all["DtsJobList"][0].contains("DbObject"));
    }
};

QTEST_GUILESS_MAIN(TestDtsService)
#include "tst_dtsservice.moc"
