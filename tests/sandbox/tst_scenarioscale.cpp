// SPDX-License-Identifier: GPL-3.0-or-later
// MMS scale options: 100 000 extra tables and 1 000 000 extra partitions, generated on demand.
#include "cloudapi/sandbox/mmsservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {
const QString kSource = QStringLiteral("/api/v1/mms/datasources/2000015");
}

class TestScenarioScale final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MmsService> m_mms;

    Json data(const QString &sub, const QString &action, const Params &query = {}, double t = 200)
    {
        const ServiceResponse r =
            m_mms->handle(roa("GET", kSource + sub, action, query, nullptr, at(t)));
        if (r.status != 200)
            return Json{{"status", r.status}};
        return r.body["data"];
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        ScenarioOptions options;
        options.extraTables = 100000;
        options.extraPartitions = 1000000;
        m_mms = std::make_unique<MmsService>(options);
        const ServiceResponse scan = m_mms->handle(roa(
            "POST", kSource + "/scans", "CreateMmsFetchMetadataJob", {}, Json::object(), at(0)));
        QCOMPARE(scan.status, 200);
        const Json done = data(QStringLiteral("/scans/%1").arg(num(scan.body["data"]["scanId"])),
                               "GetMmsFetchMetadataJob", {}, 200);
        QCOMPARE(str(done["status"]), QStringLiteral("SCAN_DONE"));
        const Json result = Json::parse(str(done["result"]).toStdString());
        QCOMPARE(num(result["databases"]), 6);
        QCOMPARE(num(result["tables"]), 19 + 100000 + 100);
        QVERIFY(num(result["partitions"]) > 1000000);
    }

    void bulkDatabaseCounts()
    {
        const Json db = data("/dbs", "ListMmsDbs", {{"name", "ods_bulk"}})["objectList"][0];
        QCOMPARE(num(db["id"]), 1015);
        QCOMPARE(num(db["tables"]), 100100);
        QCOMPARE(num(db["partitions"]), 1000000);
        QVERIFY(num(db["size"]) > 0);
        const Json ds = data("", "GetMmsDataSource");
        QCOMPARE(num(ds["tableNum"]), 100119);
        QCOMPARE(num(ds["dbNum"]), 6);
    }

    void pagesBulkTables()
    {
        const qint64 dbId =
            num(data("/dbs", "ListMmsDbs", {{"name", "ods_bulk"}})["objectList"][0]["id"]);
        const Json first = data("/tables", "ListMmsTables",
                                {{"dbId", QString::number(dbId)}, {"pageSize", "100"}});
        QCOMPARE(num(first["total"]), 100100);
        QCOMPARE(str(first["objectList"][0]["name"]), QStringLiteral("ods_orders_shard_000000"));
        const Json last = data("/tables", "ListMmsTables",
                               {{"dbName", "ods_bulk"}, {"pageSize", "100"}, {"pageNum", "1001"}});
        QCOMPARE(last["objectList"].size(), std::size_t(100));
        QCOMPARE(str(last["objectList"][99]["name"]), QStringLiteral("ods_clicks_hourly_p099"));
        QCOMPARE(flag(last["objectList"][99]["hasPartitions"]), true);
        const Json beyond =
            data("/tables", "ListMmsTables",
                 {{"dbName", "ods_bulk"}, {"pageSize", "100"}, {"pageNum", "1002"}});
        QCOMPARE(beyond["objectList"].size(), std::size_t(0));
        QCOMPARE(num(beyond["total"]), 100100);
        // all tables of the source, crossing from the scenario databases into the bulk one
        const Json mixed = data("/tables", "ListMmsTables", {{"pageSize", "10"}, {"pageNum", "2"}});
        QCOMPARE(num(mixed["total"]), 100119);
        QCOMPARE(mixed["objectList"].size(), std::size_t(10));
        const Json filtered =
            data("/tables", "ListMmsTables", {{"name", "shard_09999"}, {"pageSize", "50"}});
        QCOMPARE(num(filtered["total"]), 10);
    }

    void looksUpBulkEntitiesById()
    {
        const Json t = data("/tables/5100000", "GetMmsTable");
        QCOMPARE(str(t["name"]), QStringLiteral("ods_reviews_shard_099999"));
        QCOMPARE(str(t["dbName"]), QStringLiteral("ods_bulk"));
        QVERIFY(!t["schema"]["columns"].empty());
        QCOMPARE(num(data("/tables/5100001", "GetMmsTable")["status"]), 404);
        const Json p = data("/partitions/31000000", "GetMmsPartition");
        QCOMPARE(str(p["tableName"]), QStringLiteral("ods_clicks_hourly_p099"));
        QVERIFY(str(p["value"]).contains(QRegularExpression("^ds=\\d{8}/hh=\\d{2}/shard=15$")));
        QCOMPARE(num(data("/partitions/31000001", "GetMmsPartition")["status"]), 404);
    }

    void pagesBulkPartitions()
    {
        const Json one = data(
            "/partitions", "ListMmsPartitions",
            {{"tableName", "ods_clicks_hourly_p042"}, {"pageSize", "1000"}, {"pageNum", "10"}});
        QCOMPARE(num(one["total"]), 10000);
        QCOMPARE(one["objectList"].size(), std::size_t(1000));
        QCOMPARE(num(one["objectList"][999]["id"]), 30000001 + 42 * 10000 + 9999);
        const Json all = data("/partitions", "ListMmsPartitions",
                              {{"dbName", "ods_bulk"}, {"pageNum", "100000"}});
        QCOMPARE(num(all["total"]), 1000000);
        QCOMPARE(all["objectList"].size(), std::size_t(10));
        QCOMPARE(num(all["objectList"][9]["id"]), 31000000);
        const Json hour =
            data("/partitions", "ListMmsPartitions",
                 {{"tableId", "5900007"}, {"value", "hh=07/shard=03"}, {"pageSize", "100"}});
        QVERIFY(num(hour["total"]) > 20);
        for (const Json &p : hour["objectList"])
            QVERIFY(str(p["value"]).contains(QLatin1String("hh=07/shard=03")));
    }

    void noScaleOptionsNoBulkDatabase()
    {
        MmsService plain(ScenarioOptions{});
        plain.handle(roa("POST", kSource + "/scans", "CreateMmsFetchMetadataJob", {},
                         Json::object(), at(0)));
        const Json dbs = plain
                             .handle(roa("GET", kSource + "/dbs", "ListMmsDbs", {{"name", "bulk"}},
                                         nullptr, at(200)))
                             .body["data"];
        QCOMPARE(num(dbs["total"]), 0);
        QCOMPARE(plain
                     .handle(roa("GET", kSource + "/tables/5000001", "GetMmsTable", {}, nullptr,
                                 at(200)))
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestScenarioScale)
#include "tst_scenarioscale.moc"
