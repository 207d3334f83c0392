// SPDX-License-Identifier: GPL-3.0-or-later
// DTS emulator: the job life cycle, the precheck failure and its fix, lag, legality, reverse jobs.
#include "cloudapi/sandbox/dtsservice.h"

#include "testsupportdts.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

class TestDtsLifecycle final : public QObject, private DtsHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { m_dts = std::make_unique<DtsService>(ScenarioOptions{}); }

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
                dts.handle(rpc("DescribeDtsJobs", kDtsVersion, {{"JobType", "SYNC"}}, at(0))).body;
            const QString id = str(list["DtsJobList"][0]["DtsJobId"]);
            std::vector<qint64> out;
            for (int t = 0; t < 7200; t += 45)
                out.push_back(num(
                    dts.handle(rpc("DescribeDtsJobDetail", kDtsVersion, {{"DtsJobId", id}}, at(t)))
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
};

QTEST_GUILESS_MAIN(TestDtsLifecycle)
#include "tst_dtslifecycle.moc"
