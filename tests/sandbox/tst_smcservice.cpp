// SPDX-License-Identifier: GPL-3.0-or-later
// SMC emulator: source servers, replication job validation and the job state machine.
#include "cloudapi/sandbox/smcservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <set>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

const QString kVersion = QStringLiteral("2019-06-01");
const QString kWeb = QStringLiteral("s-bp1web01a7k2m9q4x8z3");
const QString kLegacy = QStringLiteral("s-bp1dblg01c5n8r2t6w1v4");
const QString kApp = QStringLiteral("s-bp1app02d3f6h9j2k5m8");
const QString kBatch = QStringLiteral("s-bp1bat03e4g7i0l3n6p9");
const QString kErp = QStringLiteral("s-bp1erp04f5h8j1m4p7s0");

// TS-SMC model names
const QStringList kServerKeys = {
    "AgentVersion", "Architecture", "CreationTime",      "DataDisks",       "Description",
    "Disks",        "ErrorCode",    "HeartbeatRate",     "JobId",           "KernelLevel",
    "Name",         "Platform",     "ReplicationDriver", "ResourceGroupId", "SourceId",
    "State",        "StatusInfo",   "SystemDiskParts",   "SystemDiskSize",  "SystemInfo",
    "Tags",         "WorkgroupId"};
const QStringList kJobKeys = {"BusinessStatus",
                              "ContainerNamespace",
                              "ContainerRepository",
                              "ContainerTag",
                              "CreationTime",
                              "DataDisks",
                              "Description",
                              "Disks",
                              "EndTime",
                              "ErrorCode",
                              "Frequency",
                              "ImageId",
                              "ImageName",
                              "InstanceId",
                              "InstanceRamRole",
                              "InstanceType",
                              "JobId",
                              "JobType",
                              "LaunchTemplateId",
                              "LaunchTemplateVersion",
                              "LicenseType",
                              "MaxNumberOfImageToKeep",
                              "Name",
                              "NetMode",
                              "Progress",
                              "RegionId",
                              "ReplicationJobRuns",
                              "ReplicationParameters",
                              "ResourceGroupId",
                              "RunOnce",
                              "ScheduledStartTime",
                              "SourceId",
                              "StartTime",
                              "Status",
                              "StatusInfo",
                              "SystemDiskParts",
                              "SystemDiskSize",
                              "Tags",
                              "TargetType",
                              "TransitionInstanceId",
                              "VSwitchId",
                              "ValidTime",
                              "VpcId",
                              "WorkgroupId"};
const QStringList kJobRequired = {"JobId",
                                  "Name",
                                  "SourceId",
                                  "RegionId",
                                  "Status",
                                  "BusinessStatus",
                                  "Progress",
                                  "CreationTime",
                                  "TargetType",
                                  "ImageId",
                                  "RunOnce",
                                  "Frequency",
                                  "MaxNumberOfImageToKeep",
                                  "ReplicationJobRuns",
                                  "ErrorCode",
                                  "StatusInfo"};

Params create(const QString &source, const Params &extra = {})
{
    Params p = {{"RegionId", "cn-hangzhou"}, {"SourceId", source}, {"SystemDiskSize", "80"}};
    for (const auto &[k, v] : extra)
        p[k] = v;
    return p;
}

} // namespace

class TestSmcService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmcService> m_smc;

    ServiceResponse call(const QString &action, const Params &params, double t)
    {
        return m_smc->handle(rpc(action, kVersion, params, at(t)));
    }
    Json job(const QString &id, double t)
    {
        const Json b = call("DescribeReplicationJobs", {{"JobId.1", id}}, t).body;
        return b["ReplicationJobs"]["ReplicationJob"].empty()
                   ? Json()
                   : b["ReplicationJobs"]["ReplicationJob"][0];
    }
    Json server(const QString &id, double t)
    {
        return call("DescribeSourceServers", {{"SourceId.1", id}}, t)
            .body["SourceServers"]["SourceServer"][0];
    }
    QString createJob(const Params &params, double t)
    {
        const ServiceResponse r = call("CreateReplicationJob", params, t);
        if (r.status != 200)
            qWarning("create -> %d %s", r.status, dump(r.body).constData());
        return str(r.body["JobId"]);
    }
    double until(const QString &id, const QString &status, double from, double step = 10)
    {
        for (double t = from; t < from + 30 * 3600; t += step) {
            if (str(job(id, t)["Status"]) == status)
                return t;
        }
        return -1;
    }
    static QStringList images(const Json &j)
    {
        QStringList out;
        for (const Json &run : j["ReplicationJobRuns"]["ReplicationJobRun"])
            out.append(str(run["ImageId"]));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { m_smc = std::make_unique<SmcService>(ScenarioOptions{}); }

    void sourceServers()
    {
        const Json b = call("DescribeSourceServers", {{"PageSize", "50"}}, 0).body;
        QCOMPARE(num(b["TotalCount"]), 5);
        QCOMPARE(num(b["PageSize"]), 50);
        std::map<QString, Json> byName;
        for (const Json &s : b["SourceServers"]["SourceServer"]) {
            QVERIFY2(unexpectedKeys(s, kServerKeys).isEmpty(), dump(s));
            QVERIFY(missingKeys(s, {"SourceId", "Name", "State", "ErrorCode", "StatusInfo",
                                    "AgentVersion", "Platform", "SystemDiskSize", "JobId",
                                    "CreationTime"})
                        .isEmpty());
            QVERIFY(str(s["SourceId"]).startsWith(QLatin1String("s-")));
            byName[str(s["Name"])] = s;
        }
        QCOMPARE(str(byName["batch-03"]["State"]), QStringLiteral("Unavailable"));
        QCOMPARE(str(byName["batch-03"]["ErrorCode"]), QStringLiteral("SourceServer.Offline"));
        QVERIFY(
            Json::parse(str(byName["batch-03"]["StatusInfo"]).toStdString()).contains("error_msg"));
        QCOMPARE(str(byName["erp-04"]["State"]), QStringLiteral("InUse"));
        QVERIFY(str(byName["erp-04"]["JobId"]).startsWith(QLatin1String("j-")));
        QCOMPARE(str(byName["web-01"]["State"]), QStringLiteral("Available"));
        QVERIFY(
            Json::parse(str(byName["web-01"]["SystemInfo"]).toStdString()).contains("hostname"));

        const Json page =
            call("DescribeSourceServers", {{"PageSize", "2"}, {"PageNumber", "3"}}, 0).body;
        QCOMPARE(page["SourceServers"]["SourceServer"].size(), std::size_t(1));
        QCOMPARE(num(call("DescribeSourceServers", {{"State", "Available"}}, 0).body["TotalCount"]),
                 3);
        QCOMPARE(num(call("DescribeSourceServers", {{"Name", "legacy"}}, 0).body["TotalCount"]), 1);
        QCOMPARE(call("DescribeSourceServers", {{"PageSize", "51"}}, 0).status, 400);
    }

    void seededIncrementalJobKeepsTwoImages()
    {
        const Json j = job(str(server(kErp, 0)["JobId"]), 0);
        QVERIFY2(missingKeys(j, kJobRequired).isEmpty(), dump(j));
        QVERIFY2(unexpectedKeys(j, kJobKeys).isEmpty(), dump(j));
        QCOMPARE(str(j["Status"]), QStringLiteral("Waiting"));
        QCOMPARE(num(j["Frequency"]), 12);
        QCOMPARE(flag(j["RunOnce"]), false);
        const QStringList ids = images(j);
        QCOMPARE(ids.size(), 5);
        QCOMPARE(ids.filter(QRegularExpression("^m-")).size(), 2);
        QCOMPARE(ids.last(), str(j["ImageId"]));
        QCOMPARE(str(j["ReplicationJobRuns"]["ReplicationJobRun"][0]["Type"]),
                 QStringLiteral("Manual"));
        QCOMPARE(str(j["ReplicationJobRuns"]["ReplicationJobRun"][1]["Type"]),
                 QStringLiteral("Schedule"));
    }

    void validatesCreation_data()
    {
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QString web = kWeb;
        QTest::newRow("no RegionId") << QStringList{"RegionId", ""} << 400 << "MissingParameter"
                                     << "RegionId";
        QTest::newRow("no SourceId") << QStringList{"SourceId", ""} << 400 << "MissingParameter"
                                     << "SourceId";
        QTest::newRow("unknown source")
            << QStringList{"SourceId", "s-nothing"} << 404 << "InvalidSourceId.NotFound"
            << "s-nothing";
        QTest::newRow("offline source")
            << QStringList{"SourceId", kBatch} << 400 << "SourceServerState.Invalid"
            << "Unavailable";
        QTest::newRow("source in use")
            << QStringList{"SourceId", kErp} << 400 << "SourceServerState.Invalid"
            << "InUse";
        QTest::newRow("incremental needs Frequency")
            << QStringList{"RunOnce", "false", "MaxNumberOfImageToKeep", "3"} << 400
            << "MissingParameter"
            << "Frequency";
        QTest::newRow("incremental needs image count")
            << QStringList{"RunOnce", "false", "Frequency", "12"} << 400 << "MissingParameter"
            << "MaxNumberOfImageToKeep";
        QTest::newRow("Frequency 0")
            << QStringList{"RunOnce", "false", "Frequency", "0", "MaxNumberOfImageToKeep", "3"}
            << 400 << "InvalidParameter"
            << "Frequency";
        QTest::newRow("Frequency 169")
            << QStringList{"RunOnce", "false", "Frequency", "169", "MaxNumberOfImageToKeep", "3"}
            << 400 << "InvalidParameter"
            << "Frequency";
        QTest::newRow("Frequency text")
            << QStringList{"RunOnce", "false", "Frequency", "daily", "MaxNumberOfImageToKeep", "3"}
            << 400 << "InvalidParameter"
            << "Frequency";
        QTest::newRow("11 images")
            << QStringList{"RunOnce", "false", "Frequency", "1", "MaxNumberOfImageToKeep", "11"}
            << 400 << "InvalidParameter"
            << "MaxNumberOfImageToKeep";
        QTest::newRow("RunOnce text") << QStringList{"RunOnce", "no"} << 400 << "InvalidParameter"
                                      << "RunOnce";
        QTest::newRow("disk too small")
            << QStringList{"SystemDiskSize", "19"} << 400 << "InvalidParameter"
            << "SystemDiskSize";
        QTest::newRow("disk too large")
            << QStringList{"SystemDiskSize", "2049"} << 400 << "InvalidParameter"
            << "SystemDiskSize";
        QTest::newRow("disk below used")
            << QStringList{"SystemDiskSize", "20", "SourceId", kApp} << 400 << "InvalidParameter"
            << "45 GiB";
        QTest::newRow("image target needs disk")
            << QStringList{"SystemDiskSize", ""} << 400 << "MissingParameter"
            << "SystemDiskSize";
        QTest::newRow("target type")
            << QStringList{"TargetType", "Floppy"} << 400 << "InvalidParameter"
            << "TargetType";
        QTest::newRow("instance target needs InstanceId")
            << QStringList{"TargetType", "TargetInstance"} << 400 << "MissingParameter"
            << "InstanceId";
        QTest::newRow("VPC needs a vSwitch")
            << QStringList{"NetMode", "2"} << 400 << "MissingParameter"
            << "VSwitchId";
        QTest::newRow("NetMode 1") << QStringList{"NetMode", "1"} << 400 << "InvalidParameter"
                                   << "NetMode";
        QTest::newRow("data disk index")
            << QStringList{"DataDisk.1.Index", "17", "DataDisk.1.Size", "100"} << 400
            << "InvalidParameter"
            << "DataDisk.1.Index";
        QTest::newRow("scheduled in the past")
            << QStringList{"ScheduledStartTime", "2020-01-01T00:00:00Z"} << 400
            << "InvalidParameter"
            << "ScheduledStartTime";
        QTest::newRow("valid for 3 days")
            << QStringList{"ValidTime", "2026-03-05T01:00:00Z"} << 400 << "InvalidParameter"
            << "ValidTime";
        QTest::newRow("bad name") << QStringList{"Name", "1job"} << 400 << "InvalidParameter"
                                  << "Name";
        QTest::newRow("parameters JSON")
            << QStringList{"ReplicationParameters", "{oops"} << 400 << "InvalidParameter"
            << "ReplicationParameters";
        QTest::newRow("license") << QStringList{"LicenseType", "OEM"} << 400 << "InvalidParameter"
                                 << "LicenseType";
        (void)web;
    }

    void validatesCreation()
    {
        QFETCH(QStringList, params);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Params p = create(kWeb);
        for (int i = 0; i + 1 < params.size(); i += 2) {
            if (params[i + 1].isEmpty())
                p.erase(params[i]);
            else
                p[params[i]] = params[i + 1];
        }
        const ServiceResponse r = call("CreateReplicationJob", p, 0);
        QCOMPARE(r.status, status);
        QVERIFY2(
            missingKeys(r.body, {"RequestId", "HostId", "Code", "Message", "Recommend"}).isEmpty(),
            dump(r.body));
        QCOMPARE(str(r.body["Code"]), code);
        QVERIFY2(str(r.body["Message"]).contains(mentions), dump(r.body));
        QCOMPARE(num(call("DescribeReplicationJobs", {}, 0).body["TotalCount"]), 1);
    }

    void clientTokenMakesCreationIdempotent()
    {
        const Params p = create(kWeb, {{"ClientToken", "9f3c1f0e-token"}});
        const QString first = createJob(p, 0);
        const QString second = createJob(p, 5);
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        QCOMPARE(num(call("DescribeReplicationJobs", {}, 5).body["TotalCount"]), 2);
        // another token is another job, and web-01 is in use by then
        const ServiceResponse other =
            call("CreateReplicationJob", create(kWeb, {{"ClientToken", "other"}}), 6);
        QCOMPARE(other.status, 400);
        QCOMPARE(str(other.body["Code"]), QStringLiteral("SourceServerState.Invalid"));
    }

    void incrementalJobRunsOnScheduleAndCutsOver()
    {
        const QString id = createJob(create(kWeb, {{"Name", "web01-inc"},
                                                   {"RunOnce", "false"},
                                                   {"Frequency", "1"},
                                                   {"MaxNumberOfImageToKeep", "2"},
                                                   {"DataDisk.1.Index", "1"},
                                                   {"DataDisk.1.Size", "120"},
                                                   {"Tag.1.Key", "team"},
                                                   {"Tag.1.Value", "web"}}),
                                     0);
        const Json ready = job(id, 0);
        QCOMPARE(str(ready["Status"]), QStringLiteral("Ready"));
        QCOMPARE(str(ready["Tags"]["Tag"][0]["Value"]), QStringLiteral("web"));
        QCOMPARE(num(ready["DataDisks"]["DataDisk"][0]["Size"]), 120);
        QCOMPARE(str(server(kWeb, 0)["State"]), QStringLiteral("InUse"));
        QCOMPARE(str(server(kWeb, 0)["JobId"]), id);
        QCOMPARE(str(job(id, 3600)["Status"]),
                 QStringLiteral("Ready")); // no schedule: waits for Start

        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, 3600).status, 200);
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, 3601).status, 400);
        QStringList phases;
        qint64 lastProgress = -1;
        double waitingAt = -1;
        for (double t = 3600; t < 3600 + 1800; t += 5) {
            const Json j = job(id, t);
            if (str(j["Status"]) != "Running") {
                waitingAt = t;
                break;
            }
            const QString phase = str(j["BusinessStatus"]);
            if (phases.isEmpty() || phases.last() != phase)
                phases.append(phase);
            QVERIFY(num(j["Progress"]) >= lastProgress);
            lastProgress = num(j["Progress"]);
            QVERIFY(str(j["TransitionInstanceId"]).startsWith(QLatin1String("i-")));
        }
        QCOMPARE(phases, (QStringList{"Preparing", "Syncing", "Processing", "Cleaning"}));
        QVERIFY(waitingAt - 3600 >= 9 * 60 && waitingAt - 3600 <= 20 * 60);
        Json waiting = job(id, waitingAt);
        QCOMPARE(str(waiting["Status"]), QStringLiteral("Waiting"));
        QCOMPARE(num(waiting["Progress"]), 100);
        QCOMPARE(str(waiting["BusinessStatus"]), QString());
        QCOMPARE(images(waiting).size(), 1);
        QCOMPARE(str(waiting["ReplicationJobRuns"]["ReplicationJobRun"][0]["Type"]),
                 QStringLiteral("Manual"));

        // scheduled runs every Frequency hours after the previous run started
        QCOMPARE(str(job(id, 3600 + 3599)["Status"]), QStringLiteral("Waiting"));
        QCOMPARE(str(job(id, 3600 + 3601)["Status"]), QStringLiteral("Running"));
        const double second = until(id, "Waiting", 3600 + 3601);
        waiting = job(id, second);
        QCOMPARE(images(waiting).size(), 2);
        QCOMPARE(str(waiting["ReplicationJobRuns"]["ReplicationJobRun"][1]["Type"]),
                 QStringLiteral("Schedule"));
        QCOMPARE(str(waiting["ReplicationJobRuns"]["ReplicationJobRun"][1]["StartTime"]),
                 QStringLiteral("2026-03-02T03:00:00Z"));

        // a manual run while waiting; the image limit drops the oldest
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, second + 60).status, 200);
        const double third = until(id, "Waiting", second + 61);
        waiting = job(id, third);
        const QStringList ids = images(waiting);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(str(waiting["ReplicationJobRuns"]["ReplicationJobRun"][2]["Type"]),
                 QStringLiteral("Manual"));
        QVERIFY(ids[0].isEmpty());
        QVERIFY(!ids[1].isEmpty() && !ids[2].isEmpty());
        QCOMPARE(str(waiting["ImageId"]), ids[2]);

        // cut over with a last sync, then nothing restarts the job
        QCOMPARE(
            call("CutOverReplicationJob", {{"JobId", id}, {"SyncData", "true"}}, third + 10).status,
            200);
        QCOMPARE(str(job(id, third + 11)["Status"]), QStringLiteral("Running"));
        const double finished = until(id, "Finished", third + 11);
        const Json done = job(id, finished);
        QCOMPARE(images(done).size(), 4);
        QVERIFY(!str(done["EndTime"]).isEmpty());
        for (const char *op :
             {"StartReplicationJob", "StopReplicationJob", "CutOverReplicationJob"}) {
            const ServiceResponse r =
                call(QString::fromLatin1(op), {{"JobId", id}}, finished + 3600);
            QCOMPARE(r.status, 400);
            QCOMPARE(str(r.body["Code"]), QStringLiteral("ReplicationJob.InvalidStatus"));
            QVERIFY(str(r.body["Message"]).contains(QLatin1String("Finished")));
        }
        QCOMPARE(str(job(id, finished + 7 * 3600)["Status"]), QStringLiteral("Finished"));
        QCOMPARE(images(job(id, finished + 7 * 3600)).size(), 4);
        QCOMPARE(str(server(kWeb, finished)["State"]), QStringLiteral("Available"));
        QCOMPARE(call("DeleteReplicationJob", {{"JobId", id}}, finished + 3600).status, 200);
    }

    void cutOverWithoutSyncDataFinishesAtOnce()
    {
        const QString erp = str(server(kErp, 0)["JobId"]);
        const int runs = images(job(erp, 0)).size();
        QCOMPARE(call("CutOverReplicationJob", {{"JobId", erp}}, 10).status, 200);
        QCOMPARE(str(job(erp, 10)["Status"]), QStringLiteral("Finished"));
        QCOMPARE(images(job(erp, 40 * 3600)).size(), runs);
        // only incremental jobs cut over
        const QString once = createJob(create(kApp), 20);
        const ServiceResponse r = call("CutOverReplicationJob", {{"JobId", once}}, 20);
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.body["Code"]), QStringLiteral("ReplicationJob.NotIncremental"));
    }

    void firstRunOfLegacyServerFailsAndRetries()
    {
        const QString id = createJob(create(kLegacy, {{"ImageName", "db-legacy-image"}}), 0);
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, 1).status, 200);
        const double failed = until(id, "InError", 1);
        QVERIFY(failed > 0);
        const Json j = job(id, failed);
        QCOMPARE(str(j["ErrorCode"]), QStringLiteral("SourceServer.ConnectionTimeout"));
        QVERIFY(Json::parse(str(j["StatusInfo"]).toStdString()).contains("error_msg"));
        QVERIFY(num(j["Progress"]) > 5 && num(j["Progress"]) < 90);
        QCOMPARE(images(j).size(), 0);
        QCOMPARE(str(job(id, failed + 3600)["Status"]), QStringLiteral("InError"));
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, failed + 3600).status, 200);
        const Json retry = job(id, failed + 3601);
        QCOMPARE(str(retry["Status"]), QStringLiteral("Running"));
        QCOMPARE(str(retry["ErrorCode"]), QString());
        const double finished = until(id, "Finished", failed + 3601);
        QVERIFY(finished > 0);
        const Json done = job(id, finished);
        QCOMPARE(images(done).size(), 1);
        QVERIFY(str(done["ImageId"]).startsWith(QLatin1String("m-")));
        QCOMPARE(str(done["ImageName"]), QStringLiteral("db-legacy-image"));
    }

    void runOnceToATargetInstance()
    {
        const QString id = createJob(
            create(kApp, {{"TargetType", "TargetInstance"}, {"InstanceId", "i-bp1target0app02"}}),
            0);
        const QString later = QStringLiteral("2026-03-02T01:10:00Z");
        QCOMPARE(
            call("ModifyReplicationJobAttribute", {{"JobId", id}, {"ScheduledStartTime", later}}, 1)
                .status,
            200);
        QCOMPARE(str(job(id, 599)["Status"]), QStringLiteral("Ready"));
        QCOMPARE(str(job(id, 601)["Status"]), QStringLiteral("Running"));
        const double finished = until(id, "Finished", 601);
        const Json done = job(id, finished);
        QCOMPARE(str(done["InstanceId"]), QStringLiteral("i-bp1target0app02"));
        QCOMPARE(str(done["ImageId"]), QString());
        QCOMPARE(str(done["ReplicationJobRuns"]["ReplicationJobRun"][0]["Type"]),
                 QStringLiteral("Schedule"));
        QCOMPARE(str(done["ScheduledStartTime"]), later);
    }

    void stopStartDeleteLegality()
    {
        const QString id = createJob(create(kWeb), 0);
        QCOMPARE(str(call("StopReplicationJob", {{"JobId", id}}, 1).body["Code"]),
                 QStringLiteral("ReplicationJob.InvalidStatus"));
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, 1).status, 200);
        const ServiceResponse busy = call("DeleteReplicationJob", {{"JobId", id}}, 100);
        QCOMPARE(busy.status, 400);
        QVERIFY(str(busy.body["Message"]).contains(QLatin1String("Running")));
        QCOMPARE(
            call("ModifyReplicationJobAttribute", {{"JobId", id}, {"Name", "renamed"}}, 100).status,
            400);
        QCOMPARE(call("StopReplicationJob", {{"JobId", id}}, 100).status, 200);
        const Json stopped = job(id, 100);
        QCOMPARE(str(stopped["Status"]), QStringLiteral("Stopped"));
        QCOMPARE(num(job(id, 5000)["Progress"]), num(stopped["Progress"]));
        QCOMPARE(call("ModifyReplicationJobAttribute", {{"JobId", id}, {"Name", "renamed"}}, 5000)
                     .status,
                 200);
        QCOMPARE(str(job(id, 5000)["Name"]), QStringLiteral("renamed"));
        QCOMPARE(call("StartReplicationJob", {{"JobId", id}}, 5000).status, 200);
        QCOMPARE(str(job(id, 5001)["Status"]), QStringLiteral("Running"));
        QCOMPARE(call("StopReplicationJob", {{"JobId", id}}, 5010).status, 200);
        QCOMPARE(call("DeleteReplicationJob", {{"JobId", id}}, 5010).status, 200);
        QVERIFY(job(id, 5010).is_null());
        QCOMPARE(str(server(kWeb, 5010)["State"]), QStringLiteral("Available"));
        const ServiceResponse gone = call("StartReplicationJob", {{"JobId", id}}, 5010);
        QCOMPARE(gone.status, 404);
        QCOMPARE(str(gone.body["Code"]), QStringLiteral("InvalidJobId.NotFound"));
        QCOMPARE(str(call("StartReplicationJob", {}, 5010).body["Code"]),
                 QStringLiteral("MissingParameter"));
    }

    void modifiesAttributes()
    {
        const QString erp = str(server(kErp, 0)["JobId"]);
        QCOMPARE(call("ModifyReplicationJobAttribute",
                      {{"JobId", erp}, {"Frequency", "24"}, {"MaxNumberOfImageToKeep", "5"}}, 0)
                     .status,
                 200);
        const Json j = job(erp, 0);
        QCOMPARE(num(j["Frequency"]), 24);
        QCOMPARE(num(j["MaxNumberOfImageToKeep"]), 5);
        QCOMPARE(
            call("ModifyReplicationJobAttribute", {{"JobId", erp}, {"Frequency", "200"}}, 0).status,
            400);
        const QString once = createJob(create(kApp), 1);
        const ServiceResponse r =
            call("ModifyReplicationJobAttribute", {{"JobId", once}, {"Frequency", "2"}}, 1);
        QCOMPARE(r.status, 400);
        QVERIFY(str(r.body["Message"]).contains(QLatin1String("Frequency")));
    }

    void mutationResponsesCarryOnlyTheirFields()
    {
        const ServiceResponse created = call("CreateReplicationJob", create(kWeb), 0);
        QCOMPARE(unexpectedKeys(created.body, {"RequestId", "JobId"}), QStringList());
        QVERIFY(str(created.body["JobId"]).contains(QRegularExpression("^j-[a-z0-9]{18}$")));
        const ServiceResponse started =
            call("StartReplicationJob", {{"JobId", str(created.body["JobId"])}}, 1);
        QCOMPARE(started.status, 200);
        QCOMPARE(unexpectedKeys(started.body, {"RequestId"}), QStringList());
        QCOMPARE(str(started.body["RequestId"]),
                 QStringLiteral("5A0D6F3E-0000-4000-8000-00000000TEST"));
    }

    void listsJobs()
    {
        createJob(create(kWeb, {{"Name", "alpha"}}), 0);
        createJob(create(kApp, {{"Name", "beta"}}), 10);
        const Json all = call("DescribeReplicationJobs", {{"PageSize", "2"}}, 20).body;
        QCOMPARE(num(all["TotalCount"]), 3);
        QCOMPARE(num(all["PageNumber"]), 1);
        QCOMPARE(str(all["ReplicationJobs"]["ReplicationJob"][0]["Name"]),
                 QStringLiteral("beta")); // newest first
        QCOMPARE(num(call("DescribeReplicationJobs", {{"Status", "Ready"}}, 20).body["TotalCount"]),
                 2);
        QCOMPARE(
            num(call("DescribeReplicationJobs", {{"SourceId.1", kApp}, {"SourceId.2", kWeb}}, 20)
                    .body["TotalCount"]),
            2);
        QCOMPARE(num(call("DescribeReplicationJobs", {{"Name", "alp"}}, 20).body["TotalCount"]), 1);
        QCOMPARE(call("DescribeReplicationJobs", {{"PageNumber", "0"}}, 20).status, 400);
        QCOMPARE(call("DescribeReplicationJobs", {{"JobType", "9"}}, 20).status, 400);
        QCOMPARE(str(call("Unknown", {}, 20).body["Code"]),
                 QStringLiteral("InvalidAction.NotFound"));
    }
};

QTEST_GUILESS_MAIN(TestSmcService)
#include "tst_smcservice.moc"
