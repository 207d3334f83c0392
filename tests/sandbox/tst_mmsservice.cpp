// SPDX-License-Identifier: GPL-3.0-or-later
// MMS emulator: routing, data sources, scans and the metadata of scanned sources.
#include "cloudapi/sandbox/mmsservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <set>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

const QString kBase = QStringLiteral("/api/v1/mms/datasources");
constexpr qint64 kHiveProd = 2000015;

// Reference 3.2 (TS-MC model names)
const QStringList kDataSourceKeys = {"id",
                                     "name",
                                     "type",
                                     "region",
                                     "networklink",
                                     "dstProject",
                                     "dstProjects",
                                     "status",
                                     "errMsg",
                                     "agentIsOnline",
                                     "createTime",
                                     "lastUpdateTime",
                                     "scanId",
                                     "dbNum",
                                     "tableNum",
                                     "partitionNum",
                                     "tablesDoingNum",
                                     "tablesDoneNum",
                                     "tablesFailedNum",
                                     "tablesPartDoneNum",
                                     "partitionsDoingNum",
                                     "partitionsDoneNum",
                                     "partitionsFailedNum",
                                     "config"};
const QStringList kDataSourceRequired = {"id",
                                         "name",
                                         "type",
                                         "region",
                                         "dstProject",
                                         "status",
                                         "agentIsOnline",
                                         "createTime",
                                         "dbNum",
                                         "tableNum",
                                         "partitionNum",
                                         "tablesDoneNum",
                                         "partitionsDoneNum"};
const QStringList kConfigKeys = {"key",         "name",     "desc",  "group", "type",    "subType",
                                 "placeHolder", "required", "enums", "value", "subItems"};
const QStringList kScanKeys = {"id",     "sourceId", "status",    "progress",
                               "result", "errorMsg", "startTime", "endTime"};
const QStringList kDbKeys = {"id",          "sourceId",        "sourceName",     "name",
                             "description", "owner",           "location",       "extra",
                             "dstName",     "dstProjectName",  "status",         "updated",
                             "lastDdlTime", "numRows",         "size",           "tables",
                             "tablesDoing", "tablesDone",      "tablesFailed",   "tablesPartDone",
                             "partitions",  "partitionsDoing", "partitionsDone", "partitionsFailed",
                             "createTime",  "updateTime",      "deleted"};
const QStringList kTableKeys = {"id",
                                "dbId",
                                "dbName",
                                "sourceId",
                                "sourceName",
                                "name",
                                "type",
                                "hasPartitions",
                                "schema",
                                "owner",
                                "location",
                                "inputFormat",
                                "outputFormat",
                                "serde",
                                "extra",
                                "lastDdlTime",
                                "numRows",
                                "size",
                                "dstProjectName",
                                "dstSchemaName",
                                "dstName",
                                "status",
                                "updated",
                                "partitions",
                                "partitionsDoing",
                                "partitionsDone",
                                "partitionsFailed"};
const QStringList kPartitionKeys = {
    "id",        "sourceId", "sourceName",     "dbId",          "dbName",       "tableId",
    "tableName", "value",    "dstProjectName", "dstSchemaName", "dstTableName", "dstValue",
    "status",    "updated",  "lastDdlTime",    "numRows",       "size"};
const QStringList kColumnKeys = {"name", "type", "comment", "nullable", "defaultValue"};

} // namespace

class TestMmsService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MmsService> m_mms;

    ServiceResponse call(const char *method, const QString &path, const QString &action,
                         const Params &query = {}, const Json &body = nullptr, double t = 0)
    {
        return m_mms->handle(roa(method, path, action, query, body, at(t)));
    }
    Json data(const char *method, const QString &path, const QString &action,
              const Params &query = {}, const Json &body = nullptr, double t = 0)
    {
        const ServiceResponse r = call(method, path, action, query, body, t);
        if (r.status != 200)
            qWarning("%s %s -> %d %s", method, qPrintable(path), r.status,
                     dump(r.body).constData());
        return r.body.value("data", Json());
    }
    qint64 scan(qint64 source, const Json &body, double t)
    {
        const Json d = data("POST", kBase + QStringLiteral("/%1/scans").arg(source),
                            QStringLiteral("CreateMmsFetchMetadataJob"), {}, body, t);
        return d.value("scanId", qint64(0));
    }
    Json list(const QString &what, const Params &query, double t)
    {
        static const std::map<QString, QString> actions = {{"dbs", "ListMmsDbs"},
                                                           {"tables", "ListMmsTables"},
                                                           {"partitions", "ListMmsPartitions"}};
        return data("GET", kBase + QStringLiteral("/%1/%2").arg(kHiveProd).arg(what),
                    actions.at(what), query, nullptr, t);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { m_mms = std::make_unique<MmsService>(ScenarioOptions{}); }

    void identifiesItself()
    {
        QCOMPARE(m_mms->product(), QStringLiteral("MaxCompute"));
        QCOMPARE(m_mms->version(), QStringLiteral("2022-01-04"));
    }

    void listsAllDataSourcesWithoutPaging()
    {
        const ServiceResponse r = call("GET", kBase, QStringLiteral("ListMmsDataSources"));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.body["requestId"]), QStringLiteral("5A0D6F3E-0000-4000-8000-00000000TEST"));
        const Json d = r.body["data"];
        QCOMPARE(d["total"].get<int>(), 7);
        QCOMPARE(d["objectList"].size(), std::size_t(7));
        std::set<std::string> names;
        std::set<std::string> types;
        for (const Json &ds : d["objectList"]) {
            names.insert(ds["name"].get<std::string>());
            types.insert(ds["type"].get<std::string>());
            QVERIFY2(missingKeys(ds, kDataSourceRequired).isEmpty(), dump(ds));
            QVERIFY2(unexpectedKeys(ds, kDataSourceKeys + QStringList{"scanStatus", "scanErrMsg"})
                         .isEmpty(),
                     dump(ds));
            QVERIFY(!ds.contains("config"));
        }
        for (const char *name : {"hive_prod", "hive-prod", "hive_prod_backup", "Hive-Prod-EU",
                                 "bq_analytics", "mc_legacy_prod", "databricks_lakehouse"})
            QVERIFY2(names.count(name), name);
        QCOMPARE(types, (std::set<std::string>{"HIVE", "BIGQUERY", "MAXCOMPUTE", "DATABRICKS"}));
    }

    void ignoresUnknownOptionalParameters()
    {
        const ServiceResponse r =
            call("GET", kBase, QStringLiteral("ListMmsDataSources"),
                 {{"someFutureFilter", "x"}, {"sorter.unknownField", "desc"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(num(r.body["data"]["total"]), 7);
    }

    void pagesDataSources()
    {
        const Json d = data("GET", kBase, QStringLiteral("ListMmsDataSources"),
                            {{"pageNum", "2"}, {"pageSize", "2"}});
        QCOMPARE(d["total"].get<int>(), 7);
        QCOMPARE(d["pageNum"].get<int>(), 2);
        QCOMPARE(d["pageSize"].get<int>(), 2);
        QCOMPARE(d["objectList"].size(), std::size_t(2));
        QCOMPARE(d["objectList"][0]["id"].get<qint64>(), 2000017);
        const Json last = data("GET", kBase, QStringLiteral("ListMmsDataSources"),
                               {{"pageNum", "4"}, {"pageSize", "2"}});
        QCOMPARE(last["objectList"].size(), std::size_t(1));
    }

    void filtersDataSources_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name is a case-insensitive substring")
            << "name"
            << "HIVE" << QStringList{"hive_prod", "hive-prod", "hive_prod_backup", "Hive-Prod-EU"};
        QTest::newRow("underscore and hyphen differ")
            << "name"
            << "hive_prod" << QStringList{"hive_prod", "hive_prod_backup"};
        QTest::newRow("type") << "type"
                              << "BIGQUERY" << QStringList{"bq_analytics"};
        QTest::newRow("region") << "region"
                                << "eu-central-1" << QStringList{"Hive-Prod-EU"};
        QTest::newRow("no match") << "name"
                                  << "snowflake" << QStringList{};
    }

    void filtersDataSources()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        const Json d = data("GET", kBase, QStringLiteral("ListMmsDataSources"), {{param, value}});
        QStringList names;
        for (const Json &ds : d["objectList"])
            names.append(QString::fromStdString(ds["name"].get<std::string>()));
        QCOMPARE(names, expected);
        QCOMPARE(d["total"].get<int>(), int(expected.size()));
    }

    void getDataSourceWithoutConfigHasNoSecrets()
    {
        const ServiceResponse r =
            call("GET", kBase + "/2000015", QStringLiteral("GetMmsDataSource"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body["data"].contains("config"));
        QVERIFY(!dump(r.body).contains("LTAI"));
        QVERIFY2(missingKeys(r.body["data"], kDataSourceRequired).isEmpty(), dump(r.body));
        QVERIFY(unexpectedKeys(r.body["data"], kDataSourceKeys).isEmpty());
    }

    void getDataSourceWithConfigCarriesCredentials()
    {
        const Json d = data("GET", kBase + "/2000015", QStringLiteral("GetMmsDataSource"),
                            {{"withConfig", "true"}});
        QVERIFY(d["config"].is_array());
        std::map<std::string, Json> byKey;
        for (const Json &item : d["config"]) {
            QVERIFY2(unexpectedKeys(item, kConfigKeys).isEmpty(), dump(item));
            QVERIFY2(
                missingKeys(item, {"key", "name", "desc", "group", "type", "required", "value"})
                    .isEmpty(),
                dump(item));
            byKey[item["key"].get<std::string>()] = item;
        }
        const std::string accessId = byKey.at("mc.auth.access.id")["value"];
        QVERIFY(accessId.rfind("LTAI", 0) == 0);
        QCOMPARE(accessId.size(), std::size_t(24));
        QCOMPARE(str(byKey.at("mc.auth.access.key")["type"]), QStringLiteral("password"));
        QCOMPARE(byKey.at("mc.auth.access.key")["value"].get<std::string>().size(),
                 std::size_t(30));
        QCOMPARE(str(byKey.at("hive.jdbc.password")["type"]), QStringLiteral("password"));
        QVERIFY(!byKey.at("hive.jdbc.password")["value"].get<std::string>().empty());
        QVERIFY(byKey.at("hive.job.settings")["value"].is_object());

        const Json zh = data("GET", kBase + "/2000015", QStringLiteral("GetMmsDataSource"),
                             {{"withConfig", "true"}, {"lang", "zh_CN"}});
        QVERIFY(zh["config"][0]["desc"] != d["config"][0]["desc"]);
        QVERIFY(zh["config"][0]["value"] == d["config"][0]["value"]);
    }

    void otherSourcesCarryTheirOwnSecrets()
    {
        const Json bq = data("GET", kBase + "/2000019", QStringLiteral("GetMmsDataSource"),
                             {{"withConfig", "true"}});
        bool privateKey = false;
        for (const Json &item : bq["config"]) {
            if (item["key"] == "bigquery.credentials") {
                QCOMPARE(str(item["type"]), QStringLiteral("file"));
                privateKey =
                    item["value"].get<std::string>().find("BEGIN PRIVATE KEY") != std::string::npos;
            }
        }
        QVERIFY(privateKey);
        const Json dbx = data("GET", kBase + "/2000021", QStringLiteral("GetMmsDataSource"),
                              {{"withConfig", "1"}});
        QVERIFY(dump(dbx).contains("\"dapi"));
    }

    void rejectsBadQueryValues_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::newRow("withConfig") << "withConfig"
                                    << "maybe";
        QTest::newRow("lang") << "lang"
                              << "fr_FR";
    }

    void rejectsBadQueryValues()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        const ServiceResponse r =
            call("GET", kBase + "/2000015", QStringLiteral("GetMmsDataSource"), {{param, value}});
        QCOMPARE(r.status, 400);
        QCOMPARE(str(r.body["code"]), QStringLiteral("InvalidParameter"));
        QCOMPARE(str(r.body["errorCode"]), QStringLiteral("InvalidParameter"));
        QCOMPARE(r.body["httpCode"].get<int>(), 400);
        QVERIFY(QString::fromStdString(r.body["message"]).contains(param));
        QCOMPARE(str(r.body["requestId"]), QStringLiteral("5A0D6F3E-0000-4000-8000-00000000TEST"));
    }

    void routes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong method on a known path")
            << QByteArray("PUT") << kBase + "/2000015/jobs"
            << "ListMmsJobs" << 404 << "InvalidAction.NotFound";
        QTest::newRow("DeleteMmsJob is POST, not DELETE")
            << QByteArray("DELETE") << kBase + "/2000015/jobs/81"
            << "DeleteMmsJob" << 404 << "InvalidAction.NotFound";
        QTest::newRow("action of another operation")
            << QByteArray("GET") << kBase + "/2000015/jobs"
            << "GetMmsJob" << 404 << "InvalidAction.NotFound";
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v1/mms/nothing")
                                      << "ListMmsJobs" << 404 << "InvalidAction.NotFound";
        QTest::newRow("non-integer sourceId") << QByteArray("GET") << kBase + "/abc/jobs"
                                              << "ListMmsJobs" << 400 << "InvalidParameter";
        QTest::newRow("non-integer jobId") << QByteArray("GET") << kBase + "/2000015/jobs/x1"
                                           << "GetMmsJob" << 400 << "InvalidParameter";
        QTest::newRow("unknown data source")
            << QByteArray("GET") << kBase + "/999"
            << "GetMmsDataSource" << 404 << "EntityNotExist.DataSource";
        QTest::newRow("unknown job") << QByteArray("GET") << kBase + "/2000015/jobs/9999"
                                     << "GetMmsJob" << 404 << "EntityNotExist.Job";
    }

    void routes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, action);
        QFETCH(int, status);
        QFETCH(QString, code);
        const ServiceResponse r = call(method.constData(), path, action);
        QCOMPARE(r.status, status);
        if (code == QLatin1String("InvalidAction.NotFound")) {
            // the gateway's own body, PascalCase
            QVERIFY2(missingKeys(r.body, {"RequestId", "HostId", "Code", "Message", "Recommend"})
                         .isEmpty(),
                     dump(r.body));
            QCOMPARE(str(r.body["Code"]), code);
        } else {
            QVERIFY2(missingKeys(r.body, {"requestId", "code", "message", "httpCode"}).isEmpty(),
                     dump(r.body));
            QCOMPARE(str(r.body["code"]), code);
            QCOMPARE(r.body["httpCode"].get<int>(), status);
        }
        if (path.endsWith(QLatin1String("x1")))
            QVERIFY(QString::fromStdString(r.body["message"]).contains(QLatin1String("jobId")));
    }

    void metadataHiddenUntilScanned()
    {
        QCOMPARE(list("dbs", {}, 0)["total"].get<int>(), 0);
        QCOMPARE(list("tables", {}, 0)["total"].get<int>(), 0);
        QCOMPARE(call("GET", kBase + "/2000015/tables/10001", "GetMmsTable").status, 404);
        const Json ds = data("GET", kBase + "/2000015", "GetMmsDataSource");
        QCOMPARE(ds["dbNum"].get<int>(), 0);
        QVERIFY(!ds.contains("scanId"));
    }

    void scanProgressesAndCompletes()
    {
        const qint64 id = scan(kHiveProd, Json::object(), 0);
        QVERIFY(id > 0);
        const QString path = kBase + QStringLiteral("/2000015/scans/%1").arg(id);
        const Json early = data("GET", path, "GetMmsFetchMetadataJob", {}, nullptr, 10);
        QCOMPARE(str(early["status"]), QStringLiteral("SCAN_DOING"));
        const qint64 p1 = early["progress"];
        QVERIFY(p1 >= 1 && p1 < 10000);
        const Json later = data("GET", path, "GetMmsFetchMetadataJob", {}, nullptr, 30);
        QVERIFY(later["progress"].get<qint64>() > p1);
        QCOMPARE(list("dbs", {}, 30)["total"].get<int>(), 0);
        const Json done = data("GET", path, "GetMmsFetchMetadataJob", {}, nullptr, 200);
        QCOMPARE(str(done["status"]), QStringLiteral("SCAN_DONE"));
        QCOMPARE(done["progress"].get<int>(), 10000);
        QVERIFY(unexpectedKeys(done, kScanKeys).isEmpty());
        QVERIFY(missingKeys(done, {"id", "sourceId", "status", "progress", "result", "startTime",
                                   "endTime"})
                    .isEmpty());
        const Json result = Json::parse(done["result"].get<std::string>());
        QCOMPARE(result["databases"].get<int>(), 5);
        QCOMPARE(result["tables"].get<int>(), 19);
        QVERIFY(result["partitions"].get<int>() > 300);

        const Json ds =
            data("GET", kBase, "ListMmsDataSources", {{"name", "hive_prod"}, {"pageSize", "1"}},
                 nullptr, 200)["objectList"][0];
        QCOMPARE(str(ds["scanStatus"]), QStringLiteral("SCAN_DONE"));
        QCOMPARE(ds["scanId"].get<qint64>(), id);
        QCOMPARE(ds["dbNum"].get<int>(), 5);
        QCOMPARE(ds["tableNum"].get<int>(), 19);
        QCOMPARE(num(ds["partitionNum"]), num(result["partitions"]));

        // the documentation allows a scanId as asyncTaskId
        const Json async = data("GET", kBase + QStringLiteral("/2000015/asyncTasks/%1").arg(id),
                                "GetMmsAsyncTask", {}, nullptr, 200);
        QCOMPARE(str(async["status"]), QStringLiteral("DONE"));
        QCOMPARE(flag(async["running"]), false);
    }

    void scanOfOfflineAgentFails()
    {
        const qint64 id = scan(2000018, Json::object(), 0);
        const Json done = data("GET", kBase + QStringLiteral("/2000018/scans/%1").arg(id),
                               "GetMmsFetchMetadataJob", {}, nullptr, 60);
        QCOMPARE(str(done["status"]), QStringLiteral("SCAN_FAILED"));
        QVERIFY(QString::fromStdString(done["errorMsg"]).contains(QLatin1String("agent")));
        const Json ds = data("GET", kBase, "ListMmsDataSources", {{"region", "eu-central-1"}},
                             nullptr, 60)["objectList"][0];
        QCOMPARE(flag(ds["agentIsOnline"]), false);
        QCOMPARE(str(ds["scanStatus"]), QStringLiteral("SCAN_FAILED"));
        QVERIFY(ds.contains("scanErrMsg"));
        QCOMPARE(ds["dbNum"].get<int>(), 0);
    }

    void rejectsASecondScanWhileOneRuns()
    {
        scan(kHiveProd, Json::object(), 0);
        const ServiceResponse again = call("POST", kBase + "/2000015/scans",
                                           "CreateMmsFetchMetadataJob", {}, Json::object(), 5);
        QCOMPARE(again.status, 400);
        QCOMPARE(str(again.body["code"]), QStringLiteral("IncorrectStatus.Scan"));
        QVERIFY(scan(kHiveProd, Json::object(), 300) > 0);
    }

    void scansOneDatabase()
    {
        scan(kHiveProd, Json{{"dbName", "dw"}}, 0);
        const Json dbs = list("dbs", {}, 200);
        QCOMPARE(dbs["total"].get<int>(), 1);
        QCOMPARE(str(dbs["objectList"][0]["name"]), QStringLiteral("dw"));

        const ServiceResponse unknown =
            call("POST", kBase + "/2000015/scans", "CreateMmsFetchMetadataJob", {},
                 Json{{"dbName", "nope"}}, 300);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(str(unknown.body["code"]), QStringLiteral("InvalidParameter"));
        const ServiceResponse noDb =
            call("POST", kBase + "/2000015/scans", "CreateMmsFetchMetadataJob", {},
                 Json{{"tableNames", {"dim_date"}}}, 300);
        QCOMPARE(noDb.status, 400);
        QCOMPARE(str(noDb.body["code"]), QStringLiteral("MissingParameter"));
        const ServiceResponse badType =
            call("POST", kBase + "/2000015/scans", "CreateMmsFetchMetadataJob", {},
                 Json{{"dbName", 3}}, 300);
        QCOMPARE(badType.status, 400);
    }

    void listsDatabases()
    {
        scan(kHiveProd, Json::object(), 0);
        const Json dbs = list("dbs", {{"pageSize", "10"}}, 200);
        QCOMPARE(dbs["total"].get<int>(), 5);
        for (const Json &db : dbs["objectList"]) {
            QVERIFY2(missingKeys(db, kDbKeys).isEmpty(), dump(db));
            QVERIFY(unexpectedKeys(db, kDbKeys).isEmpty());
            QCOMPARE(str(db["status"]), QStringLiteral("INIT"));
        }
        // sorter as a JSON string (the SDK's "json" style) and flattened
        for (const Params &p :
             {Params{{"sorter", R"({"size":"desc"})"}}, Params{{"sorter.size", "desc"}}}) {
            const Json sorted = list("dbs", p, 200);
            for (std::size_t i = 1; i < sorted["objectList"].size(); ++i)
                QVERIFY(sorted["objectList"][i - 1]["size"].get<qint64>() >=
                        sorted["objectList"][i]["size"].get<qint64>());
        }
        QCOMPARE(list("dbs", {{"name", "tmp"}}, 200)["total"].get<int>(), 1);
        QCOMPARE(list("dbs", {{"status", "DONE"}}, 200)["total"].get<int>(), 0);
        const qint64 dwId = list("dbs", {{"name", "dw"}}, 200)["objectList"][0]["id"];
        const Json db = data("GET", kBase + QStringLiteral("/2000015/dbs/%1").arg(dwId), "GetMmsDb",
                             {}, nullptr, 200);
        QCOMPARE(db["tables"].get<int>(), 5);
        QVERIFY(unexpectedKeys(db, kDbKeys).isEmpty());
        QCOMPARE(call("GET", kBase + QStringLiteral("/2000016/dbs/%1").arg(dwId), "GetMmsDb", {},
                      nullptr, 200)
                     .status,
                 404);
    }

    void pagesAndFiltersTables()
    {
        scan(kHiveProd, Json::object(), 0);
        std::set<qint64> ids;
        for (int page = 1; page <= 4; ++page) {
            const Json d =
                list("tables", {{"pageNum", QString::number(page)}, {"pageSize", "5"}}, 200);
            QCOMPARE(d["total"].get<int>(), 19);
            QCOMPARE(d["objectList"].size(), std::size_t(page < 4 ? 5 : 4));
            for (const Json &t : d["objectList"])
                ids.insert(t["id"].get<qint64>());
        }
        QCOMPARE(ids.size(), std::size_t(19));
        QCOMPARE(list("tables", {{"dbName", "dw"}}, 200)["total"].get<int>(), 5);
        QCOMPARE(list("tables", {{"hasPartitions", "false"}, {"pageSize", "50"}}, 200)["total"]
                     .get<int>(),
                 8);
        QCOMPARE(list("tables", {{"type", "VIRTUAL_VIEW"}}, 200)["total"].get<int>(), 1);
        const Json orders = list("tables", {{"name", "ORDER"}, {"pageSize", "50"}}, 200);
        QStringList names;
        for (const Json &t : orders["objectList"])
            names.append(QString::fromStdString(t["name"]));
        QVERIFY(names.contains("dwd_trade_order_di") && names.contains("ods_orders_raw") &&
                names.contains("tmp_order_dedup_20240611"));
        QCOMPARE(list("tables", {{"status", R"(["INIT"])"}}, 200)["total"].get<int>(), 19);
        QCOMPARE(list("tables", {{"status", R"(["DONE","FAILED"])"}}, 200)["total"].get<int>(), 0);
        const Json bySize = list("tables", {{"sorter.size", "desc"}, {"pageSize", "19"}}, 200);
        for (std::size_t i = 1; i < bySize["objectList"].size(); ++i)
            QVERIFY(bySize["objectList"][i - 1]["size"].get<qint64>() >=
                    bySize["objectList"][i]["size"].get<qint64>());
        const Json names2 = list("tables", {{"onlyName", "true"}, {"pageSize", "3"}}, 200);
        QCOMPARE(
            QStringList(unexpectedKeys(names2["objectList"][0], {"id", "name", "dbId", "dbName"})),
            QStringList());
        QCOMPARE(call("GET", kBase + "/2000015/tables", "ListMmsTables", {{"pageSize", "0"}},
                      nullptr, 200)
                     .status,
                 400);
        QCOMPARE(
            call("GET", kBase + "/2000015/tables", "ListMmsTables", {{"dbId", "x"}}, nullptr, 200)
                .status,
            400);
        QCOMPARE(call("GET", kBase + "/2000015/tables", "ListMmsTables",
                      {{"lastDdlTimeStart", "yesterday"}}, nullptr, 200)
                     .status,
                 400);
    }

    void tableSchemasHoldLossyTypes()
    {
        scan(kHiveProd, Json::object(), 0);
        const Json t =
            data("GET", kBase + "/2000015/tables/10001", "GetMmsTable", {}, nullptr, 200);
        QVERIFY2(missingKeys(t, kTableKeys).isEmpty(), dump(t));
        QVERIFY(unexpectedKeys(t, kTableKeys).isEmpty());
        QCOMPARE(str(t["name"]), QStringLiteral("dwd_trade_order_di"));
        QCOMPARE(flag(t["hasPartitions"]), true);
        QCOMPARE(t["partitions"].get<int>(), 30);
        QCOMPARE(str(t["schema"]["partitions"][0]["name"]), QStringLiteral("ds"));
        bool wideDecimal = false;
        for (const Json &c : t["schema"]["columns"]) {
            QVERIFY(unexpectedKeys(c, kColumnKeys).isEmpty());
            wideDecimal |= c["type"] == "DECIMAL(38,24)";
        }
        QVERIFY(wideDecimal);

        scan(2000019, Json::object(), 300);
        const Json bq = data("GET", kBase + "/2000019/tables", "ListMmsTables",
                             {{"name", "events"}}, nullptr, 600)["objectList"][0];
        QStringList types;
        for (const Json &c : bq["schema"]["columns"])
            types.append(QString::fromStdString(c["type"]));
        for (const char *type : {"BIGNUMERIC", "GEOGRAPHY", "JSON", "INTERVAL"})
            QVERIFY2(types.contains(type), type);
    }

    void listsPartitions()
    {
        scan(kHiveProd, Json::object(), 0);
        const Json all = list("partitions", {{"tableId", "10002"}, {"pageSize", "100"}}, 200);
        QCOMPARE(all["total"].get<int>(), 72);
        const std::string first = all["objectList"][0]["value"];
        QVERIFY(QString::fromStdString(first).contains(QRegularExpression("^ds=\\d{8}/hh=00$")));
        for (const Json &p : all["objectList"]) {
            QVERIFY2(missingKeys(p, kPartitionKeys).isEmpty(), dump(p));
            QCOMPARE(str(p["tableName"]), QStringLiteral("dwd_log_clickstream_hi"));
        }
        QCOMPARE(list("partitions", {{"tableName", "dwd_log_clickstream_hi"}, {"value", "hh=07"}},
                      200)["total"]
                     .get<int>(),
                 3);
        const Json page =
            list("partitions", {{"tableId", "10002"}, {"pageNum", "8"}, {"pageSize", "10"}}, 200);
        QCOMPARE(page["objectList"].size(), std::size_t(2));
        const Json byRows =
            list("partitions", {{"tableId", "10002"}, {"sorter.numRows", "desc"}}, 200);
        QVERIFY(byRows["objectList"][0]["numRows"].get<qint64>() >=
                byRows["objectList"][1]["numRows"].get<qint64>());
        const qint64 pid = all["objectList"][5]["id"];
        const Json p = data("GET", kBase + QStringLiteral("/2000015/partitions/%1").arg(pid),
                            "GetMmsPartition", {}, nullptr, 200);
        QCOMPARE(p["id"].get<qint64>(), pid);
        QVERIFY(unexpectedKeys(p, kPartitionKeys).isEmpty());
        QCOMPARE(call("GET", kBase + QStringLiteral("/2000019/partitions/%1").arg(pid),
                      "GetMmsPartition", {}, nullptr, 200)
                     .status,
                 404);
        // all partitions of the source
        const Json everything = list("partitions", {}, 200);
        const Json ds = data("GET", kBase + "/2000015", "GetMmsDataSource", {}, nullptr, 200);
        QCOMPARE(num(everything["total"]), num(ds["partitionNum"]));
    }
};

QTEST_GUILESS_MAIN(TestMmsService)
#include "tst_mmsservice.moc"
