// SPDX-License-Identifier: GPL-3.0-or-later
// DTS emulator: job life cycle, precheck failure and fix, lag behaviour, legality, errors.
#include "cloudapi/sandbox/dtsservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

const QString kVersion = QStringLiteral("2020-01-01");

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
const QStringList kPrecheckRequired = {"RequestId",
                                       "Success",
                                       "HttpStatusCode",
                                       "Code",
                                       "JobId",
                                       "JobName",
                                       "State",
                                       "ErrorItem",
                                       "Total",
                                       "TotalRecordCount",
                                       "PageNumber",
                                       "PageRecordCount",
                                       "JobProgress",
                                       "AnalysisJobProgress",
                                       "FullNetCheckJobStatus",
                                       "SubDistributedJobStatus"};
const QStringList kProgressKeys = {
    "Item",        "Names",        "JobId",     "Id",           "OrderNum",
    "State",       "ErrMsg",       "ErrDetail", "RepairMethod", "CanSkip",
    "Skip",        "IgnoreFlag",   "BootTime",  "FinishTime",   "Current",
    "Total",       "DelaySeconds", "DdlSql",    "SourceSchema", "DestSchema",
    "TargetNames", "Sub",          "Logs",      "DiffRow",      "ParentObj"};

Params selfManagedJob(const QString &name)
{
    return {{"DtsJobName", name},
            {"JobType", "MIGRATION"},
            {"SourceEndpointInstanceType", "Express"},
            {"SourceEndpointEngineName", "MySQL"},
            {"SourceEndpointIP", "10.20.30.40"},
            {"SourceEndpointPort", "3306"},
            {"SourceEndpointUserName", "dts_repl"},
            {"SourceEndpointPassword", "Repl#Pass-1"},
            {"DestinationEndpointInstanceType", "RDS"},
            {"DestinationEndpointInstanceID", "rm-bp1target0001"},
            {"DestinationEndpointUserName", "dts_writer"},
            {"DestinationEndpointPassword", "Writer#Pass-2"},
            {"StructureInitialization", "true"},
            {"DataInitialization", "true"},
            {"DataSynchronization", "true"},
            {"DbList", R"({"sales":{"name":"sales","all":true}})"}};
}

Params managedJob(const QString &name, const QString &type = QStringLiteral("MIGRATION"))
{
    Params p = selfManagedJob(name);
    p.erase(QStringLiteral("SourceEndpointIP"));
    p[QStringLiteral("JobType")] = type;
    p[QStringLiteral("SourceEndpointInstanceType")] = QStringLiteral("RDS");
    p[QStringLiteral("SourceEndpointInstanceID")] = QStringLiteral("rm-bp1source0001");
    return p;
}

} // namespace

class TestDtsService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DtsService> m_dts;

    ServiceResponse call(const QString &action, const Params &params, double t)
    {
        return m_dts->handle(rpc(action, kVersion, params, at(t)));
    }
    Json body(const QString &action, const Params &params, double t)
    {
        const ServiceResponse r = call(action, params, t);
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(action), r.status, dump(r.body).constData());
        return r.body;
    }
    /// Configures and buys a job at `t`; the precheck starts at t+1.
    QString launch(const Params &config, double t)
    {
        const QString id = str(body("ConfigureDtsJob", config, t)["DtsJobId"]);
        body("CreateDtsInstance", {{"PayType", "PostPaid"}, {"JobId", id}, {"AutoStart", "true"}},
             t + 1);
        return id;
    }
    Json item(const QString &id, double t, const QString &type = QStringLiteral("MIGRATION"))
    {
        return body("DescribeDtsJobs", {{"DtsJobId", id}, {"JobType", type}}, t)["DtsJobList"][0];
    }
    Json detail(const QString &id, double t)
    {
        return body("DescribeDtsJobDetail", {{"DtsJobId", id}}, t);
    }
    double until(const QString &id, const std::function<bool(const Json &)> &done, double from,
                 double step, const QString &type = QStringLiteral("MIGRATION"))
    {
        for (double t = from; t < from + 7200; t += step) {
            if (done(item(id, t, type)))
                return t;
        }
        return -1;
    }
    double incrementalStart(const QString &id, double from)
    {
        return until(
            id,
            [](const Json &j) {
                return str(j["DataSynchronizationStatus"]["Status"]) != "NotStarted";
            },
            from, 1);
    }

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

    void precheckFailureIsFixedAndReRun()
    {
        const QString id =
            str(body("ConfigureDtsJob", selfManagedJob("orders-move"), 0)["DtsJobId"]);
        QCOMPARE(str(item(id, 0)["Status"]), QStringLiteral("NotStarted"));
        const ServiceResponse noInstance = call("StartDtsJob", {{"DtsJobId", id}}, 0);
        QCOMPARE(noInstance.status, 400);
        QCOMPARE(str(noInstance.body["ErrCode"]), QStringLiteral("OperationDenied.NoInstance"));
        const Json bought =
            body("CreateDtsInstance",
                 {{"PayType", "PostPaid"}, {"JobId", id}, {"AutoStart", "true"}}, 1);
        QCOMPARE(str(bought["Success"]), QStringLiteral("true"));
        QCOMPARE(str(bought["InstanceId"]), QStringLiteral("dts") + id);

        const Json checking =
            body("DescribePreCheckStatus", {{"DtsJobId", id}, {"JobCode", "01"}}, 5);
        QVERIFY2(missingKeys(checking, kPrecheckRequired).isEmpty(), dump(checking));
        QCOMPARE(str(checking["State"]), QStringLiteral("Checking"));
        QCOMPARE(str(checking["JobProgress"].back()["State"]), QStringLiteral("NotStarted"));
        QCOMPARE(str(item(id, 5)["Status"]), QStringLiteral("Prechecking"));

        // first run: 16 items of 2.5 s from t=1, so it ends at t=41
        const Json failed =
            body("DescribePreCheckStatus", {{"DtsJobId", id}, {"JobCode", "01"}}, 42);
        QCOMPARE(str(failed["State"]), QStringLiteral("Failed"));
        QCOMPARE(num(failed["ErrorItem"]), 1);
        int warnings = 0;
        for (const Json &p : failed["JobProgress"]) {
            QVERIFY(unexpectedKeys(p, kProgressKeys).isEmpty());
            if (str(p["State"]) == "Warning") {
                ++warnings;
                QCOMPARE(flag(p["CanSkip"]), true);
            }
            if (str(p["State"]) == "Failed") {
                QCOMPARE(str(p["Item"]), QStringLiteral("CHECK_SRC_BINLOG_FORMAT"));
                QVERIFY(str(p["RepairMethod"]).contains(QLatin1String("binlog_format='ROW'")));
                QCOMPARE(str(p["Logs"][0]["LogLevel"]), QStringLiteral("ERROR"));
                QVERIFY(str(p["Logs"][0]["ErrData"]).contains(QLatin1String("MIXED")));
            }
        }
        QVERIFY(warnings >= 2);
        const Json listed = item(id, 42);
        QCOMPARE(str(listed["Status"]), QStringLiteral("PrecheckFailed"));
        QCOMPARE(str(listed["PrecheckStatus"]["Status"]), QStringLiteral("Failed"));
        QCOMPARE(str(listed["PrecheckStatus"]["ErrorMessage"]),
                 QStringLiteral("CHECK__ERROR_BINLOG_FORMAT"));
        QCOMPARE(str(listed["ErrorDetails"][0]["ErrorCode"]),
                 QStringLiteral("CHECK__ERROR_BINLOG_FORMAT"));

        // a re-run before the fix lands (30 s after the failure) fails again
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, 45).status, 200);
        QCOMPARE(str(item(id, 46)["Status"]), QStringLiteral("Prechecking"));
        QCOMPARE(str(item(id, 90)["Status"]), QStringLiteral("PrecheckFailed"));
        // after it, the re-run passes and the modules follow
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, 95).status, 200);
        QCOMPARE(str(item(id, 140)["PrecheckStatus"]["Status"]), QStringLiteral("Finished"));
        QCOMPARE(str(item(id, 140)["Status"]), QStringLiteral("Migrating"));
        QCOMPARE(str(body("DescribePreCheckStatus", {{"DtsJobId", id}, {"JobCode", "01"}},
                          140)["State"]),
                 QStringLiteral("Finished"));

        const double schema = until(
            id,
            [](const Json &j) {
                return str(j["StructureInitializationStatus"]["Status"]) == "Migrating";
            },
            136, 1);
        QVERIFY(schema > 0);
        const double full = until(
            id,
            [](const Json &j) {
                return str(j["DataInitializationStatus"]["Status"]) == "Migrating";
            },
            schema, 1);
        QVERIFY(full > schema);
        QCOMPARE(str(item(id, full)["StructureInitializationStatus"]["Status"]),
                 QStringLiteral("Finished"));
        const Json a = item(id, full + 30);
        const Json b = item(id, full + 90);
        QVERIFY(str(a["DataInitializationStatus"]["Percent"]).toInt() <
                str(b["DataInitializationStatus"]["Percent"]).toInt());
        QVERIFY(str(a["DataInitializationStatus"]["Progress"]).toLongLong() <
                str(b["DataInitializationStatus"]["Progress"]).toLongLong());
        QVERIFY(str(a["Performance"]["Rps"]).toDouble() > 0);
        const double inc = incrementalStart(id, full);
        QVERIFY(inc > full + 150);
        const Json incremental = item(id, inc + 1);
        QCOMPARE(str(incremental["DataInitializationStatus"]["Status"]),
                 QStringLiteral("Finished"));
        QCOMPARE(str(incremental["DataInitializationStatus"]["Percent"]), QStringLiteral("100"));
        QCOMPARE(str(incremental["Status"]), QStringLiteral("Migrating"));
        const Json tables =
            body("DescribePreCheckStatus", {{"DtsJobId", id}, {"JobCode", "03"}}, inc + 1);
        QCOMPARE(str(tables["State"]), QStringLiteral("Finished"));
        for (const Json &p : tables["JobProgress"])
            QCOMPARE(str(p["Current"]).toLongLong(), num(p["Total"]));
    }

    void seededFailedPrecheckPassesOnReRun()
    {
        const Json found = body("DescribeDtsJobs", {{"Type", "name"}, {"Params", "inventory"}}, 0);
        QCOMPARE(num(found["TotalRecordCount"]), 1);
        const QString id = str(found["DtsJobList"][0]["DtsJobId"]);
        QCOMPARE(str(found["DtsJobList"][0]["SourceEndpoint"]["InstanceType"]),
                 QStringLiteral("ECS"));
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, 0).status, 200);
        QCOMPARE(str(item(id, 60)["Status"]), QStringLiteral("Migrating"));

        // configuring again also re-runs the precheck
        m_dts = std::make_unique<DtsService>(ScenarioOptions{});
        Params again = selfManagedJob("inventory-migration");
        again[QStringLiteral("DtsJobId")] = id;
        again[QStringLiteral("DbList")] =
            QStringLiteral(R"({"inventory":{"name":"inventory","all":true}})");
        const Json configured = body("ConfigureDtsJob", again, 0);
        QCOMPARE(str(configured["DtsJobId"]), id);
        QCOMPARE(str(item(id, 1)["Status"]), QStringLiteral("Prechecking"));
        QCOMPARE(str(item(id, 60)["Status"]), QStringLiteral("Migrating"));
        // a running job cannot be configured
        QCOMPARE(call("ConfigureDtsJob", again, 61).status, 400);
    }

    void lagCatchesUpThenSpikesAndDrains()
    {
        const QString id = launch(managedJob("lag"), 0);
        const double inc = incrementalStart(id, 40);
        QVERIFY(inc > 0);
        auto delay = [&](double t) { return num(detail(id, t)["Delay"]); };
        // catch-up: minutes of backlog draining
        const qint64 first = delay(inc);
        QVERIFY2(first > 60000, qPrintable(QString::number(first)));
        qint64 previous = first;
        for (double t = inc + 5; t < inc + 120; t += 5) {
            const qint64 d = delay(t);
            QVERIFY2(d < previous || d < 2000, qPrintable(QString::number(d)));
            previous = d;
        }
        // steady low lag
        for (double t = inc + 300; t < inc + 470; t += 5) {
            const qint64 d = delay(t);
            QVERIFY2(d >= 200 && d <= 2000,
                     qPrintable(QStringLiteral("%1 at +%2").arg(d).arg(t - inc)));
        }
        // the first spike 8 minutes in, above 5 s, draining again
        qint64 peak = 0;
        for (double t = inc + 480; t < inc + 560; t += 2)
            peak = std::max(peak, delay(t));
        QVERIFY2(peak > 5000, qPrintable(QString::number(peak)));
        QVERIFY(delay(inc + 700) < 2500);

        // units: the list reports ms for migration jobs, detail always ms
        QCOMPARE(num(item(id, inc + 700)["Delay"]), delay(inc + 700));
        // a sync job reports seconds in the list
        const Json sales =
            body("DescribeDtsJobs", {{"JobType", "SYNC"}}, inc + 700)["DtsJobList"][0];
        const qint64 ms = num(detail(str(sales["DtsJobId"]), inc + 700)["Delay"]);
        QCOMPARE(num(sales["Delay"]), qint64(std::llround(double(ms) / 1000)));
    }

    void lagIsDeterministicPerSeed()
    {
        auto samples = [](std::uint64_t seed) {
            ScenarioOptions options;
            options.seed = seed;
            DtsService dts(options);
            const Json list =
                dts.handle(rpc("DescribeDtsJobs", kVersion, {{"JobType", "SYNC"}}, at(0))).body;
            const QString id = str(list["DtsJobList"][0]["DtsJobId"]);
            std::vector<qint64> out;
            for (int t = 0; t < 7200; t += 45)
                out.push_back(
                    num(dts.handle(rpc("DescribeDtsJobDetail", kVersion, {{"DtsJobId", id}}, at(t)))
                            .body["Delay"]));
            return out;
        };
        const auto a = samples(5);
        QVERIFY(a == samples(5));
        QVERIFY(a != samples(6));
        QVERIFY(*std::max_element(a.begin(), a.end()) > 0);
    }

    void suspendStopStartLegality()
    {
        const QString id = launch(managedJob("legal"), 0);
        const ServiceResponse early = call("SuspendDtsJob", {{"DtsJobId", id}}, 2);
        QCOMPARE(early.status, 400);
        QCOMPARE(str(early.body["ErrCode"]), QStringLiteral("OperationDenied.JobStatus"));
        QCOMPARE(flag(early.body["Success"]), false);
        QCOMPARE(num(early.body["HttpStatusCode"]), 400);
        QCOMPARE(str(early.body["DynamicMessage"]), QStringLiteral("Prechecking"));

        // during the full load, suspension freezes progress
        const double full = until(
            id,
            [](const Json &j) {
                return str(j["DataInitializationStatus"]["Status"]) == "Migrating";
            },
            40, 2);
        QCOMPARE(call("SuspendDtsJob", {{"DtsJobId", id}}, full + 20).status, 200);
        const Json paused = item(id, full + 20);
        QCOMPARE(str(paused["Status"]), QStringLiteral("Suspending"));
        QCOMPARE(str(item(id, full + 200)["DataInitializationStatus"]["Percent"]),
                 str(paused["DataInitializationStatus"]["Percent"]));
        QCOMPARE(call("SuspendDtsJob", {{"DtsJobId", id}}, full + 200).status, 400);
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, full + 200).status, 200);
        QCOMPARE(str(item(id, full + 200)["Status"]), QStringLiteral("Migrating"));
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, full + 201).status, 400);

        // during the incremental phase, suspension lets the lag grow, resuming drains it
        const double inc = incrementalStart(id, full + 200);
        const double steady = inc + 400;
        QCOMPARE(call("SuspendDtsJob", {{"DtsJobId", id}}, steady).status, 200);
        const qint64 d0 = num(detail(id, steady)["Delay"]);
        const qint64 d1 = num(detail(id, steady + 120)["Delay"]);
        QVERIFY(d1 - d0 >= 119000 && d1 - d0 <= 121000);
        QCOMPARE(call("StartDtsJob", {{"DtsJobId", id}}, steady + 120).status, 200);
        QVERIFY(num(detail(id, steady + 121)["Delay"]) > 100000);
        QVERIFY(num(detail(id, steady + 420)["Delay"]) < 2500);

        QCOMPARE(call("StopDtsJob", {{"DtsJobId", id}}, steady + 420).status, 200);
        QCOMPARE(str(item(id, steady + 420)["Status"]), QStringLiteral("Finished"));
        QVERIFY(!str(detail(id, steady + 420)["FinishTime"]).isEmpty());
        for (const char *op : {"StartDtsJob", "StopDtsJob", "SuspendDtsJob"})
            QCOMPARE(call(QString::fromLatin1(op), {{"DtsJobId", id}}, steady + 421).status, 400);
        QCOMPARE(str(item(id, steady + 421)["DataSynchronizationStatus"]["Status"]),
                 QStringLiteral("Finished"));
        // instance id works too
        QCOMPARE(call("StartDtsJob", {{"DtsInstanceId", QStringLiteral("dts") + id}}, steady + 422)
                     .status,
                 400);
    }

    void reverseJob()
    {
        const QString id = launch(managedJob("two-way", "SYNC"), 0);
        const ServiceResponse early = call("CreateReverseDtsJob", {{"DtsJobId", id}}, 10);
        QCOMPARE(early.status, 400);
        const double inc = until(
            id, [](const Json &j) { return str(j["Status"]) == "Synchronizing"; }, 40, 5,
            QStringLiteral("SYNC"));
        const Json created = body("CreateReverseDtsJob", {{"DtsJobId", id}}, inc);
        QCOMPARE(str(created["Success"]), QStringLiteral("true"));
        const QString reverse = str(created["DtsJobId"]);
        QVERIFY(!reverse.isEmpty() && reverse != id);
        QCOMPARE(str(created["DtsInstanceId"]), QStringLiteral("dts") + reverse);
        const Json forward = item(id, inc + 1, QStringLiteral("SYNC"));
        QCOMPARE(str(forward["ReverseJob"]["DtsJobId"]), reverse);
        QCOMPARE(str(forward["ReverseJob"]["DtsJobDirection"]), QStringLiteral("Reverse"));
        QCOMPARE(str(forward["ReverseJob"]["SourceEndpoint"]["InstanceID"]),
                 str(forward["DestinationEndpoint"]["InstanceID"]));
        const Json viaDirection =
            body("DescribeDtsJobDetail",
                 {{"DtsJobId", id}, {"SynchronizationDirection", "Reverse"}}, inc + 60);
        QCOMPARE(str(viaDirection["DtsJobId"]), reverse);
        QCOMPARE(str(viaDirection["Status"]), QStringLiteral("Synchronizing"));
        QCOMPARE(flag(viaDirection["MigrationMode"]["DataSynchronization"]), true);
        QCOMPARE(flag(viaDirection["MigrationMode"]["DataInitialization"]), false);
        QCOMPARE(num(body("DescribeDtsJobs", {{"JobType", "SYNC"}}, inc + 60)["TotalRecordCount"]),
                 3);
        QCOMPARE(call("CreateReverseDtsJob", {{"DtsJobId", id}}, inc + 60).status, 400);
        QCOMPARE(call("SuspendDtsJob", {{"DtsJobId", id}, {"SynchronizationDirection", "Reverse"}},
                      inc + 60)
                     .status,
                 200);
        QCOMPARE(str(item(reverse, inc + 61, QStringLiteral("SYNC"))["Status"]),
                 QStringLiteral("Suspending"));
        // no incremental module, no reverse task
        const QString crm = str(body("DescribeDtsJobs", {{"Type", "name"}, {"Params", "crm"}},
                                     inc)["DtsJobList"][0]["DtsJobId"]);
        QCOMPARE(call("CreateReverseDtsJob", {{"DtsJobId", crm}}, inc + 61).status, 400);
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

    void instanceFirstThenConfigure()
    {
        const Json bought =
            body("CreateDtsInstance",
                 {{"PayType", "PostPaid"}, {"Type", "MIGRATION"}, {"InstanceClass", "large"}}, 0);
        const QString instance = str(bought["InstanceId"]);
        const QString id = str(bought["JobId"]);
        QCOMPARE(str(item(id, 0)["Status"]), QStringLiteral("NotConfigured"));
        QCOMPARE(str(item(id, 0)["DtsJobClass"]), QStringLiteral("large"));
        Params config = managedJob("configured-later");
        config[QStringLiteral("DtsInstanceId")] = instance;
        config[QStringLiteral("Reserve")] =
            QStringLiteral(R"({"autoStartModulesAfterConfig":"none"})");
        const Json configured = body("ConfigureDtsJob", config, 5);
        QCOMPARE(str(configured["DtsJobId"]), id);
        QCOMPARE(str(configured["DtsInstanceId"]), instance);
        QCOMPARE(str(item(id, 6)["Status"]), QStringLiteral("NotStarted"));
        QCOMPARE(call("StartDtsJob", {{"DtsInstanceId", instance}}, 10).status, 200);
        QCOMPARE(str(item(id, 11)["Status"]), QStringLiteral("Prechecking"));
        QCOMPARE(str(detail(id, 11)["DtsJobName"]), QStringLiteral("configured-later"));
        QCOMPARE(str(body("DescribeDtsJobDetail", {{"DtsInstanceID", instance}}, 12)["DtsJobId"]),
                 id);
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
