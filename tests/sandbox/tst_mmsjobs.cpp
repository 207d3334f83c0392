// SPDX-License-Identifier: GPL-3.0-or-later
// MMS emulator: migration jobs, tasks, logs and their state machines on the virtual clock.
#include "cloudapi/sandbox/mmsservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <set>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

const QString kSource = QStringLiteral("/api/v1/mms/datasources/2000015");

const QStringList kJobKeys = {"id",         "name",          "sourceId",  "sourceName",    "dbId",
                              "srcDbName",  "srcSchemaName", "dstDbName", "dstSchemaName", "status",
                              "type",       "stopped",       "taskNum",   "taskDone",      "eta",
                              "createTime", "config"};
const QStringList kJobConfigKeys = {
    "taskType",           "tables",       "partitions",    "tableBlackList", "tableWhiteList",
    "partitionFilters",   "tableMapping", "columnMapping", "schemaOnly",     "increment",
    "enableVerification", "tunnelQuota",  "others"};
const QStringList kTaskKeys = {
    "id",           "jobId",     "jobName",       "sourceId",     "sourceName", "dbId",
    "tableId",      "srcDbName", "srcSchemaName", "srcTableName", "dstDbName",  "dstSchemaName",
    "dstTableName", "type",      "status",        "running",      "stopped",    "retriedTimes",
    "createTime",   "startTime", "endTime"};
const QStringList kLogKeys = {"id", "sourceId", "taskId", "status", "action", "msg", "createTime"};
const QStringList kAsyncKeys = {"id",       "sourceId",  "type",     "objectId",
                                "status",   "running",   "progress", "result",
                                "errorMsg", "startTime", "endTime",  "createTime"};

} // namespace

class TestMmsJobs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MmsService> m_mms;

    ServiceResponse call(const char *method, const QString &sub, const QString &action,
                         const Params &query = {}, const Json &body = nullptr, double t = 0)
    {
        return m_mms->handle(roa(method, kSource + sub, action, query, body, at(t)));
    }
    Json data(const char *method, const QString &sub, const QString &action,
              const Params &query = {}, const Json &body = nullptr, double t = 0)
    {
        const ServiceResponse r = call(method, sub, action, query, body, t);
        if (r.status != 200)
            qWarning("%s %s -> %d %s", method, qPrintable(sub), r.status, dump(r.body).constData());
        return r.body.value("data", Json());
    }
    /// Scans hive_prod (done by t=200) and creates a job from `body` at t=210; returns its id.
    qint64 createJob(const Json &body, double t = 210)
    {
        if (!m_scanned) {
            data("POST", "/scans", "CreateMmsFetchMetadataJob", {}, Json::object(), 0);
            m_scanned = true;
        }
        const qint64 async = data("POST", "/jobs", "CreateMmsJob", {}, body, t)["asyncTaskId"];
        // creation takes 2 s plus 2 ms per task
        for (double wait : {3.0, 10.0, 31.0}) {
            const Json done = data("GET", QStringLiteral("/asyncTasks/%1").arg(async),
                                   "GetMmsAsyncTask", {}, nullptr, t + wait);
            if (done.contains("objectId"))
                return done["objectId"].get<qint64>();
        }
        return 0;
    }
    Json job(qint64 id, double t)
    {
        return data("GET", QStringLiteral("/jobs/%1").arg(id), "GetMmsJob", {}, nullptr, t);
    }
    Json tasks(qint64 jobId, double t, Params extra = {})
    {
        extra[QStringLiteral("jobId")] = QString::number(jobId);
        extra.emplace(QStringLiteral("pageSize"), QStringLiteral("1000"));
        return data("GET", "/tasks", "ListMmsTasks", extra, nullptr, t)["objectList"];
    }
    double runUntil(qint64 jobId, const QString &status, double from, double step = 60,
                    double limit = 20000)
    {
        for (double t = from; t < limit; t += step) {
            if (str(job(jobId, t)["status"]) == status)
                return t;
        }
        return -1;
    }
    bool m_scanned = false;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_mms = std::make_unique<MmsService>(ScenarioOptions{});
        m_scanned = false;
    }

    void rejectsBadJobRequests_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no body") << "null" << 400 << "MissingParameter"
                                 << "name";
        QTest::newRow("no name") << R"({"srcDbName":"dw"})" << 400 << "MissingParameter"
                                 << "name";
        QTest::newRow("no srcDbName") << R"({"name":"j"})" << 400 << "MissingParameter"
                                      << "srcDbName";
        QTest::newRow("unknown database")
            << R"({"name":"j","srcDbName":"nope"})" << 400 << "InvalidParameter"
            << "nope";
        QTest::newRow("not scanned")
            << R"({"name":"j","srcDbName":"ods"})" << 400 << "IncorrectStatus.Db"
            << "scanned";
        QTest::newRow("tables not an array")
            << R"({"name":"j","srcDbName":"dw","tables":"dim_date"})" << 400 << "InvalidParameter"
            << "tables";
        QTest::newRow("unknown table")
            << R"({"name":"j","srcDbName":"dw","tables":["ghost_table"]})" << 400
            << "InvalidParameter"
            << "ghost_table";
        QTest::newRow("partition of another db")
            << R"({"name":"j","srcDbName":"dw","partitions":[99]})" << 400 << "InvalidParameter"
            << "partitions";
        QTest::newRow("bad taskType")
            << R"({"name":"j","srcDbName":"dw","taskType":"FTP"})" << 400 << "InvalidParameter"
            << "taskType";
        QTest::newRow("bad filter")
            << R"({"name":"j","srcDbName":"dw","partitionFilters":{"dwd_trade_order_di":"ds ~ 1"}})"
            << 400 << "InvalidParameter"
            << "partitionFilters";
        QTest::newRow("sourceId mismatch")
            << R"({"name":"j","srcDbName":"dw","sourceId":2000016})" << 400 << "InvalidParameter"
            << "sourceId";
        QTest::newRow("bad eta") << R"({"name":"j","srcDbName":"dw","eta":"soon"})" << 400
                                 << "InvalidParameter"
                                 << "eta";
        QTest::newRow("non-boolean flag")
            << R"({"name":"j","srcDbName":"dw","schemaOnly":"yes"})" << 400 << "InvalidParameter"
            << "schemaOnly";
    }

    void rejectsBadJobRequests()
    {
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        data("POST", "/scans", "CreateMmsFetchMetadataJob", {}, Json{{"dbName", "dw"}}, 0);
        const ServiceResponse r =
            call("POST", "/jobs", "CreateMmsJob", {}, Json::parse(body.toStdString()), 200);
        QCOMPARE(r.status, status);
        QCOMPARE(str(r.body["code"]), code);
        QVERIFY2(str(r.body["message"]).contains(mentions), dump(r.body));
    }

    void asyncCreationCompletesIntoAJob()
    {
        data("POST", "/scans", "CreateMmsFetchMetadataJob", {}, Json::object(), 0);
        const Json created = data(
            "POST", "/jobs", "CreateMmsJob", {},
            Json{{"name", "dim_full"}, {"srcDbName", "dim"}, {"eta", "2026-03-05 00:00:00"}}, 200);
        const qint64 asyncId = created["asyncTaskId"];
        const QString path = QStringLiteral("/asyncTasks/%1").arg(asyncId);
        const Json doing = data("GET", path, "GetMmsAsyncTask", {}, nullptr, 200.5);
        QCOMPARE(str(doing["status"]), QStringLiteral("DOING"));
        QCOMPARE(flag(doing["running"]), true);
        QCOMPARE(str(doing["type"]), QStringLiteral("TASK_CREATE"));
        QVERIFY(!doing.contains("objectId"));
        const Json done = data("GET", path, "GetMmsAsyncTask", {}, nullptr, 240);
        QCOMPARE(str(done["status"]), QStringLiteral("DONE"));
        QVERIFY(unexpectedKeys(done, kAsyncKeys).isEmpty());
        const qint64 jobId = done["objectId"];
        QCOMPARE(num(Json::parse(str(done["result"]).toStdString())["jobId"]), jobId);

        const Json j = job(jobId, 240);
        QVERIFY2(missingKeys(j, kJobKeys).isEmpty(), dump(j));
        QVERIFY(unexpectedKeys(j, kJobKeys).isEmpty());
        QVERIFY(missingKeys(j["config"], kJobConfigKeys).isEmpty());
        QCOMPARE(str(j["type"]), QStringLiteral("Database"));
        QCOMPARE(str(j["dstDbName"]), QStringLiteral("mc_prod_dw"));
        QCOMPARE(num(j["taskNum"]), 4);
        QCOMPARE(str(j["eta"]), QStringLiteral("2026-03-05 00:00:00"));
        QCOMPARE(call("GET", "/asyncTasks/1", "GetMmsAsyncTask", {}, nullptr, 240).status, 404);
    }

    void taskWalksThroughEveryPhase()
    {
        const qint64 id =
            createJob(Json{{"name", "one"}, {"srcDbName", "dim"}, {"tables", {"dim_date"}}});
        QStringList seen;
        for (double t = 213; t < 600; t += 1) {
            const QString s = str(tasks(id, t)[0]["status"]);
            if (seen.isEmpty() || seen.last() != s)
                seen.append(s);
        }
        QCOMPARE(seen, (QStringList{"SCHEMA_DOING", "SCHEMA_DONE", "DATA_DOING", "DATA_DONE",
                                    "VERIFICATION_DOING", "DONE"}));
        QCOMPARE(str(job(id, 600)["type"]), QStringLiteral("Tables"));
        const Json task = tasks(id, 600)[0];
        QVERIFY2(missingKeys(task, kTaskKeys).isEmpty(), dump(task));
        QVERIFY(unexpectedKeys(task, kTaskKeys).isEmpty());
        QCOMPARE(flag(task["running"]), false);
        const Json logs = data("GET", QStringLiteral("/tasks/%1/logs").arg(num(task["id"])),
                               "ListMmsTaskLogs", {}, nullptr, 600);
        QVERIFY(logs.is_array() && logs.size() >= 6);
        QStringList sources;
        QStringList targets;
        for (const Json &log : logs) {
            QVERIFY(missingKeys(log, kLogKeys).isEmpty());
            const QString msg = str(log["msg"]);
            if (msg.startsWith(QLatin1String("source rows: ")))
                sources.append(msg.mid(13));
            if (msg.startsWith(QLatin1String("target rows: ")))
                targets.append(msg.mid(13));
        }
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources, targets);
        QCOMPARE(str(logs[0]["action"]),
                 QStringLiteral("create schema if not exists mc_prod_dw.default;"));
    }

    void failingTableRecoversWithRetryTask()
    {
        const qint64 id = createJob(Json{{"name", "dw_full"}, {"srcDbName", "dw"}});
        const double failedAt = runUntil(id, "FAILED", 300);
        QVERIFY(failedAt > 0);
        const Json j = job(id, failedAt);
        QCOMPARE(num(j["taskDone"]), num(j["taskNum"]) - 1);
        const Json failed = tasks(id, failedAt, {{"status", "DATA_FAILED"}});
        QCOMPARE(failed.size(), std::size_t(1));
        QCOMPARE(str(failed[0]["srcTableName"]), QStringLiteral("dwd_trade_order_di"));
        const qint64 taskId = failed[0]["id"];
        const Json logs = data("GET", QStringLiteral("/tasks/%1/logs").arg(taskId),
                               "ListMmsTaskLogs", {}, nullptr, failedAt);
        QCOMPARE(str(logs.back()["status"]), QStringLiteral("DATA_FAILED"));
        QVERIFY(str(logs.back()["msg"]).contains(QLatin1String("expired")));
        const Json table = data("GET", "/tables/10001", "GetMmsTable", {}, nullptr, failedAt);
        QCOMPARE(str(table["status"]), QStringLiteral("FAILED"));
        QVERIFY(num(table["partitionsFailed"]) > 0);

        // only failed tasks can be retried
        const qint64 doneTask = tasks(id, failedAt, {{"status", "DONE"}})[0]["id"];
        const ServiceResponse wrong = call("POST", QStringLiteral("/tasks/%1/retry").arg(doneTask),
                                           "RetryMmsTask", {}, nullptr, failedAt);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(str(wrong.body["code"]), QStringLiteral("IncorrectStatus.Task"));

        const ServiceResponse retry = call("POST", QStringLiteral("/tasks/%1/retry").arg(taskId),
                                           "RetryMmsTask", {}, nullptr, failedAt);
        QCOMPARE(retry.status, 200);
        QCOMPARE(num(retry.body["data"]), taskId);
        QCOMPARE(str(job(id, failedAt)["status"]), QStringLiteral("DOING"));
        const double doneAt = runUntil(id, "DONE", failedAt, 10);
        QVERIFY(doneAt > 0);
        const Json task =
            data("GET", QStringLiteral("/tasks/%1").arg(taskId), "GetMmsTask", {}, nullptr, doneAt);
        QCOMPARE(str(task["status"]), QStringLiteral("DONE"));
        QCOMPARE(num(task["retriedTimes"]), 1);
        const Json after = data("GET", "/tables/10001", "GetMmsTable", {}, nullptr, doneAt);
        QCOMPARE(str(after["status"]), QStringLiteral("DONE"));
        QCOMPARE(num(after["partitionsDone"]), 30);
        const Json ds = data("GET", "", "GetMmsDataSource", {}, nullptr, doneAt);
        QCOMPARE(num(ds["tablesDoneNum"]), 5);
        QCOMPARE(num(ds["tablesFailedNum"]), 0);
    }

    void retryJobRetriesItsFailedTasks()
    {
        const qint64 id = createJob(
            Json{{"name", "orders"}, {"srcDbName", "dw"}, {"tables", {"dwd_trade_order_di"}}});
        const ServiceResponse early =
            call("POST", QStringLiteral("/jobs/%1/retry").arg(id), "RetryMmsJob", {}, nullptr, 300);
        QCOMPARE(early.status, 400);
        const double failedAt = runUntil(id, "FAILED", 300);
        QVERIFY(failedAt > 0);
        QCOMPARE(call("POST", QStringLiteral("/jobs/%1/retry").arg(id), "RetryMmsJob", {}, nullptr,
                      failedAt)
                     .status,
                 200);
        QVERIFY(runUntil(id, "DONE", failedAt) > 0);
        // the table fails only the first time, also for a new job
        const qint64 again = createJob(
            Json{{"name", "orders2"}, {"srcDbName", "dw"}, {"tables", {"dwd_trade_order_di"}}},
            20000);
        QVERIFY(runUntil(again, "DONE", 20100, 60, 40000) > 0);
    }

    void startOnlyAfterStop()
    {
        const qint64 id = createJob(Json{{"name", "dims"}, {"srcDbName", "dim"}});
        const QString base = QStringLiteral("/jobs/%1").arg(id);
        const ServiceResponse notStopped =
            call("POST", base + "/start", "StartMmsJob", {}, nullptr, 280);
        QCOMPARE(notStopped.status, 400);
        QCOMPARE(str(notStopped.body["code"]), QStringLiteral("IncorrectStatus.Job"));
        const ServiceResponse stop = call("POST", base + "/stop", "StopMmsJob", {}, nullptr, 280);
        QCOMPARE(stop.status, 200);
        QCOMPARE(num(stop.body["data"]), id); // Stop/Start/Retry/Delete answer the job id
        QCOMPARE(unexpectedKeys(stop.body, {"requestId", "data"}), QStringList());
        const Json stopped = job(id, 280);
        QCOMPARE(flag(stopped["stopped"]), true);
        for (const Json &t : tasks(id, 280))
            QCOMPARE(flag(t["running"]), false);
        QCOMPARE(call("POST", base + "/stop", "StopMmsJob", {}, nullptr, 281).status, 400);
        // nothing moves while stopped
        QCOMPARE(num(job(id, 5000)["taskDone"]), num(stopped["taskDone"]));
        QCOMPARE(call("POST", base + "/start", "StartMmsJob", {}, nullptr, 5000).status, 200);
        QCOMPARE(flag(job(id, 5000)["stopped"]), false);
        QVERIFY(runUntil(id, "DONE", 5000) > 0);
        QCOMPARE(call("POST", base + "/stop", "StopMmsJob", {}, nullptr, 9000).status, 400);
        QCOMPARE(call("POST", base + "/start", "StartMmsJob", {}, nullptr, 9000).status, 400);
    }

    void deleteOnlyWhenNotRunning()
    {
        const qint64 id = createJob(Json{{"name", "dims"}, {"srcDbName", "dim"}});
        const QString path = QStringLiteral("/jobs/%1").arg(id);
        const ServiceResponse running = call("POST", path, "DeleteMmsJob", {}, nullptr, 280);
        QCOMPARE(running.status, 400);
        QCOMPARE(str(running.body["code"]), QStringLiteral("IncorrectStatus.Job"));
        const double doneAt = runUntil(id, "DONE", 280);
        const ServiceResponse deleted = call("POST", path, "DeleteMmsJob", {}, nullptr, doneAt);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(num(deleted.body["data"]), id);
        QCOMPARE(call("GET", path, "GetMmsJob", {}, nullptr, doneAt).status, 404);
        QCOMPARE(tasks(id, doneAt).size(), std::size_t(0));
        // a stopped job can be deleted too
        const qint64 other = createJob(Json{{"name", "dw"}, {"srcDbName", "dw"}}, doneAt);
        const QString otherPath = QStringLiteral("/jobs/%1").arg(other);
        QCOMPARE(call("POST", otherPath + "/stop", "StopMmsJob", {}, nullptr, doneAt + 100).status,
                 200);
        QCOMPARE(call("POST", otherPath, "DeleteMmsJob", {}, nullptr, doneAt + 100).status, 200);
    }

    void listsAndFiltersJobs()
    {
        const qint64 a = createJob(Json{{"name", "dims"}, {"srcDbName", "dim"}});
        const qint64 b = createJob(Json{{"name", "reports_dw"}, {"srcDbName", "dw"}}, 300);
        const qint64 c = createJob(Json{{"name", "scratch"}, {"srcDbName", "tmp_etl"}}, 400);
        const Json all = data("GET", "/jobs", "ListMmsJobs", {}, nullptr, 500);
        QCOMPARE(num(all["total"]), 3);
        QCOMPARE(num(all["objectList"][0]["id"]), c); // newest first
        QCOMPARE(num(all["objectList"][2]["id"]), a);
        const Json page = data("GET", "/jobs", "ListMmsJobs", {{"pageSize", "2"}, {"pageNum", "2"}},
                               nullptr, 500);
        QCOMPARE(page["objectList"].size(), std::size_t(1));
        QCOMPARE(num(data("GET", "/jobs", "ListMmsJobs", {{"name", "REP"}}, nullptr,
                          500)["objectList"][0]["id"]),
                 b);
        QCOMPARE(num(data("GET", "/jobs", "ListMmsJobs", {{"srcTableName", "dim_date"}}, nullptr,
                          500)["total"]),
                 1);
        QCOMPARE(
            call("POST", QStringLiteral("/jobs/%1/stop").arg(b), "StopMmsJob", {}, nullptr, 500)
                .status,
            200);
        const Json stopped = data("GET", "/jobs", "ListMmsJobs", {{"stopped", "1"}}, nullptr, 500);
        QCOMPARE(num(stopped["total"]), 1);
        QCOMPARE(num(stopped["objectList"][0]["id"]), b);
        QCOMPARE(
            num(data("GET", "/jobs", "ListMmsJobs", {{"status", "DONE"}}, nullptr, 500)["total"]) +
                num(data("GET", "/jobs", "ListMmsJobs", {{"status", "DOING"}}, nullptr,
                         500)["total"]) +
                num(data("GET", "/jobs", "ListMmsJobs", {{"status", "INIT"}}, nullptr,
                         500)["total"]),
            3);
        QCOMPARE(call("GET", "/jobs", "ListMmsJobs", {{"stopped", "perhaps"}}, nullptr, 500).status,
                 400);
        // the backup source has its own history
        const Json backup = m_mms
                                ->handle(roa("GET", "/api/v1/mms/datasources/2000017/jobs",
                                             "ListMmsJobs", {}, nullptr, at(500)))
                                .body["data"];
        QCOMPARE(num(backup["total"]), 1);
        QCOMPARE(str(backup["objectList"][0]["name"]), QStringLiteral("archive_full"));
        QCOMPARE(str(backup["objectList"][0]["status"]), QStringLiteral("DONE"));
    }

    void listsAndFiltersTasks()
    {
        const qint64 id = createJob(
            Json{{"name", "clicks"}, {"srcDbName", "dw"}, {"tables", {"dwd_log_clickstream_hi"}}});
        const Json all = tasks(id, 300);
        QVERIFY(all.size() > 5);
        std::set<qint64> ids;
        for (int p = 1; p <= 100 && int(ids.size()) < int(all.size()); ++p) {
            const Json page = data("GET", "/tasks", "ListMmsTasks",
                                   {{"jobId", QString::number(id)},
                                    {"pageSize", "7"},
                                    {"pageNum", QString::number(p)}},
                                   nullptr, 300);
            QCOMPARE(num(page["total"]), qint64(all.size()));
            for (const Json &t : page["objectList"])
                ids.insert(t["id"].get<qint64>());
        }
        QCOMPARE(ids.size(), all.size());
        const QString value = str(data("GET", "/partitions", "ListMmsPartitions",
                                       {{"tableId", "10002"}, {"pageNum", "30"}, {"pageSize", "1"}},
                                       nullptr, 300)["objectList"][0]["value"]);
        const Json byPartition = tasks(id, 300, {{"partition", value}});
        QCOMPARE(byPartition.size(), std::size_t(1));
        QCOMPARE(tasks(id, 300, {{"srcTableName", "nothing_like_it"}}).size(), std::size_t(0));
        const Json sorted = tasks(id, 300, {{"sorter.startTime", "desc"}});
        QVERIFY(sorted.size() == all.size());
        QCOMPARE(num(data("GET", "/tasks", "ListMmsTasks", {{"jobName", "clicks"}}, nullptr,
                          300)["total"]),
                 qint64(all.size()));
    }

    void partitionFiltersNarrowTheJob()
    {
        data("POST", "/scans", "CreateMmsFetchMetadataJob", {}, Json::object(), 0);
        m_scanned = true;
        const Json parts =
            data("GET", "/partitions", "ListMmsPartitions",
                 {{"tableId", "10002"}, {"pageSize", "100"}}, nullptr, 200)["objectList"];
        const QString lastDay = str(parts.back()["value"]).mid(3, 8);
        const qint64 id =
            createJob(Json{{"name", "afternoon"},
                           {"srcDbName", "dw"},
                           {"tables", {"dwd_log_clickstream_hi"}},
                           {"partitionFilters",
                            {{"dwd_log_clickstream_hi", (QStringLiteral("ds = '") + lastDay +
                                                         QStringLiteral("' and hh >= '12'"))
                                                            .toStdString()}}}});
        QVERIFY(runUntil(id, "DONE", 300) > 0);
        const Json done = data(
            "GET", "/partitions", "ListMmsPartitions",
            {{"tableId", "10002"}, {"status", R"(["DONE"])"}, {"pageSize", "100"}}, nullptr, 20000);
        QCOMPARE(num(done["total"]), 12);
        const Json table = data("GET", "/tables/10002", "GetMmsTable", {}, nullptr, 20000);
        QCOMPARE(str(table["status"]), QStringLiteral("PART_DONE"));

        // explicit partition ids make a Partitions job
        const qint64 p1 = parts[0]["id"];
        const qint64 p2 = parts[1]["id"];
        const qint64 pj =
            createJob(Json{{"name", "two"}, {"srcDbName", "dw"}, {"partitions", {p1, p2}}}, 20000);
        QCOMPARE(str(job(pj, 20070)["type"]), QStringLiteral("Partitions"));
        QCOMPARE(num(job(pj, 20070)["taskNum"]), 1);
    }

    void schemaOnlySkipsData()
    {
        const qint64 id =
            createJob(Json{{"name", "ddl"}, {"srcDbName", "ads"}, {"schemaOnly", true}});
        QVERIFY(runUntil(id, "DONE", 280, 10) > 0);
        QCOMPARE(flag(job(id, 9000)["config"]["schemaOnly"]), true);
        for (const Json &t : tasks(id, 9000)) {
            const Json logs = data("GET", QStringLiteral("/tasks/%1/logs").arg(num(t["id"])),
                                   "ListMmsTaskLogs", {}, nullptr, 9000);
            for (const Json &log : logs)
                QVERIFY2(!str(log["status"]).startsWith(QLatin1String("DATA")), dump(log));
        }
    }

    void whiteAndBlackLists()
    {
        const qint64 white = createJob(Json{{"name", "w"},
                                            {"srcDbName", "dim"},
                                            {"tableWhiteList", {"dim_date", "dim_geo_region"}}});
        QCOMPARE(num(job(white, 280)["taskNum"]), 2);
        // with both lists only the blacklist applies
        const qint64 black = createJob(Json{{"name", "b"},
                                            {"srcDbName", "dim"},
                                            {"tableWhiteList", {"dim_date"}},
                                            {"tableBlackList", {"dim_date"}}},
                                       300);
        QCOMPARE(num(job(black, 370)["taskNum"]), 3);
    }
};

QTEST_GUILESS_MAIN(TestMmsJobs)
#include "tst_mmsjobs.moc"
