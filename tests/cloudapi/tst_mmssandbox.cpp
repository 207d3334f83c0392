// SPDX-License-Identifier: GPL-3.0-or-later
// MmsClient end to end against the sandbox: every typed MMS call with the parameters it sends
// (checked through what the service did with them) and the model values it hands back, times in
// UTC, a metadata scan driven by the virtual clock, and a job from creation to DONE through a
// failed transfer and its retry.
#include "testsupport_sandbox.h"

#include <QLocale>
#include <QTimeZone>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::model;
using namespace std::chrono_literals;
using ferry::test::await;
using ferry::test::Reply;

namespace {

constexpr qint64 kHiveProd = 2000015;
constexpr qint64 kBackup = 2000017;
constexpr qint64 kEu = 2000018;
constexpr qint64 kArchiveDb = 1008;
constexpr qint64 kHistoryJob = 81;
constexpr qint64 kHistoryTask = 4001;

// 2026-03-02 01:00:00 UTC, a Monday: 09:00 in Beijing.
const QDateTime kStart(QDate(2026, 3, 2), QTime(1, 0, 0), QTimeZone::utc());

sandbox::VirtualTime virtualTime(const QDateTime &t)
{
    return sandbox::VirtualTime(std::chrono::milliseconds(t.toMSecsSinceEpoch()));
}

} // namespace

#define REQUIRE_OK(reply) QVERIFY2((reply).ok(), (reply).why().constData())

class TestMmsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listDataSources();
    void listDataSourcesFiltered();
    void getDataSourceWithAndWithoutConfig();
    void timesAreBeijingTimeReadAsUtc();
    void timeFiltersAreSentInBeijingTime();
    void scanRunsOnTheVirtualClock();
    void failingScan();
    void databasesTablesPartitions();
    void listQueriesFilterAndSort();
    void fetchAllHelpersPage();
    void historyJobTasksAndLogs();
    void jobLifecycleWithFailedTransferAndRetry();
    void failedJobIsRetried();
    void requestsReachTheirRoutes();
    void stopStartDelete();
    void serviceErrorsAreClientErrors_data();
    void serviceErrorsAreClientErrors();

private:
    // Creates a job on hive_prod.dim (scanning it first) and waits for its async creation.
    qint64 createDimJob(const QString &name, const QStringList &tables);
    void scanHiveProd(const QString &db);

    test::SandboxRig m_rig;
};

void TestMmsSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMmsSandbox::init()
{
    QVERIFY(m_rig.start());
    m_rig.server->clock().setNow(virtualTime(kStart));
}

void TestMmsSandbox::cleanup()
{
    m_rig.transport.reset();
    m_rig.server.reset();
}

void TestMmsSandbox::listDataSources()
{
    // No paging parameters: the service answers every source on one page.
    auto r = await<Page<MmsDataSource>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDataSources({}, ctx, done); });
    REQUIRE_OK(r);
    const Page<MmsDataSource> &page = r.value();
    QCOMPARE(page.total, 7);
    QCOMPARE(page.items.size(), 7);
    const QStringList names = [&] {
        QStringList n;
        for (const MmsDataSource &s : page.items)
            n << s.name;
        return n;
    }();
    for (const char *expected : {"hive_prod", "hive-prod", "hive_prod_backup", "Hive-Prod-EU",
                                 "bq_analytics", "mc_legacy_prod", "databricks_lakehouse"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(',')));

    const auto find = [&](qint64 id) {
        for (const MmsDataSource &s : page.items)
            if (s.id == id)
                return s;
        return MmsDataSource{};
    };
    const MmsDataSource prod = find(kHiveProd);
    QCOMPARE(prod.name, QStringLiteral("hive_prod"));
    QCOMPARE(prod.type, QStringLiteral("HIVE"));
    QCOMPARE(prod.region, QStringLiteral("cn-shanghai"));
    QCOMPARE(prod.networkLink, QStringLiteral("vpc-uf6prod01"));
    QCOMPARE(prod.dstProject, QStringLiteral("mc_prod_dw"));
    QCOMPARE(prod.dstProjects, QStringList({"mc_prod_dw", "mc_prod_ads"}));
    QCOMPARE(prod.status, MmsDataSourceStatus::Started);
    QCOMPARE(prod.agentIsOnline, std::optional<bool>(true));
    QVERIFY(prod.createTime.isValid());
    QCOMPARE(prod.createTime.timeSpec(), Qt::UTC);
    QVERIFY(prod.createTime < kStart);
    QVERIFY(prod.lastUpdateTime.isValid());
    QVERIFY(prod.config.isEmpty());

    const MmsDataSource backup = find(kBackup);
    QCOMPARE(backup.scanStatus, MmsScanStatus::Done);
    QCOMPARE(backup.scanId, std::optional<qint64>(2501));
    QCOMPARE(backup.dbNum, 1);
    QCOMPARE(backup.tableNum, 3);
    QCOMPARE(find(kEu).agentIsOnline, std::optional<bool>(false));
}

void TestMmsSandbox::listDataSourcesFiltered()
{
    MmsDataSourceQuery q;
    q.name = QStringLiteral("hive_prod");
    q.type = QStringLiteral("HIVE");
    q.pageNum = 2;
    q.pageSize = 1;
    auto r = await<Page<MmsDataSource>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDataSources(q, ctx, done); });
    REQUIRE_OK(r);
    // The name matches as a substring: hive_prod and hive_prod_backup, one per page (not
    // hive-prod or Hive-Prod-EU).
    QCOMPARE(r.value().total, 2);
    QCOMPARE(r.value().pageSize, 1);
    QCOMPARE(r.value().pageNum, 2);
    QCOMPARE(r.value().items.size(), 1);
    QVERIFY2(r.value().items[0].name.startsWith(QLatin1String("hive_prod")),
             qPrintable(r.value().items[0].name));

    q.type = QStringLiteral("BIGQUERY");
    auto none = await<Page<MmsDataSource>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDataSources(q, ctx, done); });
    REQUIRE_OK(none);
    QCOMPARE(none.value().total, 0);
    QVERIFY(none.value().items.isEmpty());
}

void TestMmsSandbox::getDataSourceWithAndWithoutConfig()
{
    auto plain = await<MmsDataSource>([&](QObject *ctx, auto done) {
        return m_rig.mms->getDataSource(kHiveProd, false, {}, ctx, done);
    });
    REQUIRE_OK(plain);
    QCOMPARE(plain.value().id, kHiveProd);
    QCOMPARE(plain.value().name, QStringLiteral("hive_prod"));
    QVERIFY(plain.value().config.isEmpty());

    auto full = await<MmsDataSource>([&](QObject *ctx, auto done) {
        return m_rig.mms->getDataSource(kHiveProd, true, QStringLiteral("en_US"), ctx, done);
    });
    REQUIRE_OK(full);
    const QList<MmsConfigItem> &config = full.value().config;
    QVERIFY(config.size() >= 8);
    QMap<QString, MmsConfigItem> byKey;
    for (const MmsConfigItem &item : config)
        byKey.insert(item.key, item);
    const MmsConfigItem url = byKey.value(QStringLiteral("hive.metastore.urls"));
    QCOMPARE(url.type, QStringLiteral("string"));
    QCOMPARE(url.group, QStringLiteral("group.basic"));
    QVERIFY(url.required);
    QVERIFY2(url.value.startsWith(QLatin1String("thrift://10.")), qPrintable(url.value));
    QCOMPARE(url.placeHolder, QStringLiteral("thrift://host:9083"));
    QCOMPARE(url.desc, QStringLiteral("hive metastore url"));
    // Non-string values arrive as compact JSON text.
    QCOMPARE(byKey.value(QStringLiteral("hive.task.partition.max.num")).value,
             QStringLiteral("50"));
    QCOMPARE(byKey.value(QStringLiteral("hive.metastore.sasl.enabled")).value,
             QStringLiteral("false"));
    // Secrets are masked on arrival (the leak test checks the values themselves).
    QCOMPARE(byKey.value(QStringLiteral("hive.jdbc.password")).type, QStringLiteral("password"));
    QCOMPARE(byKey.value(QStringLiteral("hive.jdbc.password")).value, QStringLiteral("********"));
    QCOMPARE(byKey.value(QStringLiteral("mc.auth.access.key")).value, QStringLiteral("********"));
    QCOMPARE(byKey.value(QStringLiteral("mc.auth.access.id")).value, QStringLiteral("********"));

    // lang picks the description's language.
    auto zh = await<MmsDataSource>([&](QObject *ctx, auto done) {
        return m_rig.mms->getDataSource(kHiveProd, true, QStringLiteral("zh_CN"), ctx, done);
    });
    REQUIRE_OK(zh);
    bool found = false;
    for (const MmsConfigItem &item : zh.value().config) {
        if (item.key == QLatin1String("hive.metastore.urls")) {
            QCOMPARE(item.desc, QStringLiteral("Hive Metastore 地址"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestMmsSandbox::timesAreBeijingTimeReadAsUtc()
{
    // The scan starts at the virtual time of its request; MMS writes it in Beijing time
    // ("2026-03-02 09:00:00") and Ferry must hand on 01:00 UTC.
    auto created = await<MmsScanCreated>([&](QObject *ctx, auto done) {
        return m_rig.mms->createFetchMetadataJob({kHiveProd, QStringLiteral("dim"), {}}, ctx, done);
    });
    REQUIRE_OK(created);
    auto scan = await<MmsScan>([&](QObject *ctx, auto done) {
        return m_rig.mms->getFetchMetadataJob(kHiveProd, created.value().scanId, ctx, done);
    });
    REQUIRE_OK(scan);
    QCOMPARE(scan.value().startTime, kStart);
    QCOMPARE(scan.value().startTime.timeSpec(), Qt::UTC);

    // The same for an async job creation and the tasks it makes.
    m_rig.advance(5min);
    const QDateTime createdAt = kStart.addSecs(5 * 60);
    auto job = await<MmsJobCreated>([&](QObject *ctx, auto done) {
        CreateMmsJobParams p;
        p.sourceId = kHiveProd;
        p.name = QStringLiteral("tz-check");
        p.srcDbName = QStringLiteral("dim");
        p.tables = {QStringLiteral("dim_date")};
        return m_rig.mms->createJob(p, ctx, done);
    });
    REQUIRE_OK(job);
    auto async = await<MmsAsyncTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getAsyncTask(kHiveProd, *job.value().asyncTaskId, ctx, done);
    });
    REQUIRE_OK(async);
    QCOMPARE(async.value().createTime, createdAt);
    QCOMPARE(async.value().startTime, createdAt);
}

void TestMmsSandbox::timeFiltersAreSentInBeijingTime()
{
    // hive_prod_backup is scanned; its table's lastDdlTime read back (UTC) and sent as a filter
    // bound must include the table at that exact second and exclude it one second later.
    auto table = await<MmsTable>(
        [&](QObject *ctx, auto done) { return m_rig.mms->getTable(kBackup, 10023, ctx, done); });
    REQUIRE_OK(table);
    const QDateTime ddl = table.value().lastDdlTime;
    QVERIFY(ddl.isValid());
    QCOMPARE(ddl.timeSpec(), Qt::UTC);
    QVERIFY(ddl < kStart);

    const auto idsFrom = [&](const QDateTime &start, const QDateTime &end) {
        MmsTableQuery q;
        q.sourceId = kBackup;
        q.lastDdlTimeStart = start;
        q.lastDdlTimeEnd = end;
        auto r = await<Page<MmsTable>>(
            [&](QObject *ctx, auto done) { return m_rig.mms->listTables(q, ctx, done); });
        QList<qint64> ids;
        if (r.ok())
            for (const MmsTable &t : r.value().items)
                ids << t.id;
        else
            qWarning("%s", r.why().constData());
        return ids;
    };
    QVERIFY(idsFrom(ddl, ddl).contains(10023));
    QVERIFY(!idsFrom(ddl.addSecs(1), {}).contains(10023));
    QVERIFY(!idsFrom({}, ddl.addSecs(-1)).contains(10023));
    // Expressed in another zone, the same instant selects the same table.
    QVERIFY(idsFrom(ddl.toTimeZone(QTimeZone(-5 * 3600)), ddl).contains(10023));
}

void TestMmsSandbox::scanRunsOnTheVirtualClock()
{
    // dw is not scanned yet: it has no databases to list.
    auto before = await<Page<MmsDb>>([&](QObject *ctx, auto done) {
        MmsDbQuery q;
        q.sourceId = kHiveProd;
        return m_rig.mms->listDbs(q, ctx, done);
    });
    REQUIRE_OK(before);
    QCOMPARE(before.value().total, 0);

    CreateMmsFetchMetadataJobParams p;
    p.sourceId = kHiveProd;
    p.dbName = QStringLiteral("dw");
    auto created = await<MmsScanCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createFetchMetadataJob(p, ctx, done); });
    REQUIRE_OK(created);
    const qint64 scanId = created.value().scanId;
    QCOMPARE(scanId, 2503);
    QVERIFY(!created.value().requestId.isEmpty());

    m_rig.advance(10s);
    auto doing = await<MmsScan>([&](QObject *ctx, auto done) {
        return m_rig.mms->getFetchMetadataJob(kHiveProd, scanId, ctx, done);
    });
    REQUIRE_OK(doing);
    QCOMPARE(doing.value().id, scanId);
    QCOMPARE(doing.value().sourceId, kHiveProd);
    QCOMPARE(doing.value().status, MmsScanStatus::Doing);
    QVERIFY(doing.value().progressBasisPoints > 0);
    QVERIFY(doing.value().progressBasisPoints < 10000);
    QVERIFY(!doing.value().result);
    QVERIFY(!doing.value().endTime.isValid());

    // The scan id also works as an async task id.
    auto asAsync = await<MmsAsyncTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getAsyncTask(kHiveProd, scanId, ctx, done);
    });
    REQUIRE_OK(asAsync);
    QCOMPARE(asAsync.value().status, MmsAsyncTaskStatus::Doing);
    QVERIFY(asAsync.value().running);

    m_rig.advance(200s);
    auto done = await<MmsScan>([&](QObject *ctx, auto cb) {
        return m_rig.mms->getFetchMetadataJob(kHiveProd, scanId, ctx, cb);
    });
    REQUIRE_OK(done);
    QCOMPARE(done.value().status, MmsScanStatus::Done);
    QCOMPARE(done.value().progressBasisPoints, 10000);
    QCOMPARE(done.value().progressFraction(), 1.0);
    QVERIFY2(done.value().result, qPrintable(done.value().resultText));
    QCOMPARE(done.value().result->databases, 1);
    QCOMPARE(done.value().result->tables, 5);
    QVERIFY(done.value().result->partitions > 0);
    QCOMPARE(done.value().endTime, kStart.addSecs(40 + 5 / 2));
    QVERIFY(done.value().endTime > done.value().startTime);

    auto after = await<Page<MmsDb>>([&](QObject *ctx, auto cb) {
        MmsDbQuery q;
        q.sourceId = kHiveProd;
        return m_rig.mms->listDbs(q, ctx, cb);
    });
    REQUIRE_OK(after);
    QCOMPARE(after.value().total, 1);
    QCOMPARE(after.value().items.value(0).name, QStringLiteral("dw"));
    QCOMPARE(after.value().items.value(0).id, 1001);
    QCOMPARE(after.value().items.value(0).tables, 5);
}

void TestMmsSandbox::failingScan()
{
    auto created = await<MmsScanCreated>([&](QObject *ctx, auto done) {
        return m_rig.mms->createFetchMetadataJob({kEu, QStringLiteral("eu_dw"), {}}, ctx, done);
    });
    REQUIRE_OK(created);
    m_rig.advance(20s);
    auto scan = await<MmsScan>([&](QObject *ctx, auto done) {
        return m_rig.mms->getFetchMetadataJob(kEu, created.value().scanId, ctx, done);
    });
    REQUIRE_OK(scan);
    QCOMPARE(scan.value().status, MmsScanStatus::Failed);
    QVERIFY(!scan.value().errorMsg.isEmpty());
    QVERIFY(!scan.value().result);
}

void TestMmsSandbox::databasesTablesPartitions()
{
    auto db = await<MmsDb>(
        [&](QObject *ctx, auto done) { return m_rig.mms->getDb(kBackup, kArchiveDb, ctx, done); });
    REQUIRE_OK(db);
    QCOMPARE(db.value().id, kArchiveDb);
    QCOMPARE(db.value().sourceId, kBackup);
    QCOMPARE(db.value().name, QStringLiteral("dw_archive"));
    QCOMPARE(db.value().owner, QStringLiteral("archive"));
    QCOMPARE(db.value().tables, 3);
    QVERIFY(db.value().numRows > 0);
    QVERIFY(db.value().size > 0);
    QVERIFY(db.value().partitions > 0);
    QVERIFY(db.value().lastDdlTime.isValid());

    auto table = await<MmsTable>(
        [&](QObject *ctx, auto done) { return m_rig.mms->getTable(kBackup, 10023, ctx, done); });
    REQUIRE_OK(table);
    const MmsTable &t = table.value();
    QCOMPARE(t.id, 10023);
    QCOMPARE(t.dbId, kArchiveDb);
    QCOMPARE(t.dbName, QStringLiteral("dw_archive"));
    QCOMPARE(t.sourceId, kBackup);
    QCOMPARE(t.sourceName, QStringLiteral("hive_prod_backup"));
    QCOMPARE(t.name, QStringLiteral("dwd_trade_order_hist"));
    QCOMPARE(t.type, QStringLiteral("MANAGED_TABLE"));
    QVERIFY(t.hasPartitions);
    QVERIFY(!t.columns.isEmpty());
    QVERIFY(!t.partitionColumns.isEmpty());
    QVERIFY(!t.columns.first().name.isEmpty());
    QVERIFY(!t.columns.first().type.isEmpty());
    QVERIFY(t.partitions > 0);
    QVERIFY(!t.location.isEmpty());
    QVERIFY(!t.inputFormat.isEmpty());

    MmsPartitionQuery pq;
    pq.sourceId = kBackup;
    pq.tableId = 10023;
    pq.pageNum = 2;
    pq.pageSize = 5;
    pq.sortByLastDdlTime = SortOrder::Descending;
    auto parts = await<Page<MmsPartition>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listPartitions(pq, ctx, done); });
    REQUIRE_OK(parts);
    QCOMPARE(parts.value().total, int(t.partitions));
    QCOMPARE(parts.value().pageNum, 2);
    QCOMPARE(parts.value().pageSize, 5);
    QCOMPARE(parts.value().items.size(), 5);
    QDateTime previous;
    for (const MmsPartition &p : parts.value().items) {
        QCOMPARE(p.tableId, 10023);
        QCOMPARE(p.tableName, QStringLiteral("dwd_trade_order_hist"));
        QCOMPARE(p.dbName, QStringLiteral("dw_archive"));
        QCOMPARE(p.sourceId, kBackup);
        QVERIFY(p.value.contains(QLatin1Char('=')));
        QVERIFY(p.lastDdlTime.isValid());
        if (previous.isValid())
            QVERIFY(p.lastDdlTime <= previous);
        previous = p.lastDdlTime;
    }
}

void TestMmsSandbox::listQueriesFilterAndSort()
{
    // Tables: by database name, status as a JSON array, sorted by size descending.
    MmsTableQuery tq;
    tq.sourceId = kBackup;
    tq.dbName = QStringLiteral("dw_archive");
    tq.sortBySize = SortOrder::Descending;
    auto tables = await<Page<MmsTable>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTables(tq, ctx, done); });
    REQUIRE_OK(tables);
    QCOMPARE(tables.value().total, 3);
    for (qsizetype i = 1; i < tables.value().items.size(); ++i)
        QVERIFY(tables.value().items[i - 1].size >= tables.value().items[i].size);
    tq.sortBySize = SortOrder::Ascending;
    auto ascending = await<Page<MmsTable>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTables(tq, ctx, done); });
    REQUIRE_OK(ascending);
    QCOMPARE(ascending.value().items.first().id, tables.value().items.last().id);

    tq.sortBySize.reset();
    tq.name = QStringLiteral("snapshot");
    auto named = await<Page<MmsTable>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTables(tq, ctx, done); });
    REQUIRE_OK(named);
    QCOMPARE(named.value().total, 1);
    QCOMPARE(named.value().items.value(0).name, QStringLiteral("dim_user_profile_snapshot"));

    tq.name.clear();
    tq.hasPartitions = false;
    auto unpartitioned = await<Page<MmsTable>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTables(tq, ctx, done); });
    REQUIRE_OK(unpartitioned);
    QVERIFY(unpartitioned.value().total >= 1);
    for (const MmsTable &t : unpartitioned.value().items)
        QVERIFY(!t.hasPartitions);

    // Status filters reach the service: migrated objects are DONE, nothing is FAILED.
    tq.hasPartitions.reset();
    tq.status = {QStringLiteral("FAILED")};
    auto failed = await<Page<MmsTable>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTables(tq, ctx, done); });
    REQUIRE_OK(failed);
    QCOMPARE(failed.value().total, 0);

    // Databases: name filter and the JSON sorter.
    MmsDbQuery dq;
    dq.sourceId = kBackup;
    dq.name = QStringLiteral("nothing-like-this");
    auto noDbs = await<Page<MmsDb>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDbs(dq, ctx, done); });
    REQUIRE_OK(noDbs);
    QCOMPARE(noDbs.value().total, 0);
    dq.name = QStringLiteral("archive");
    dq.sortBySize = SortOrder::Descending;
    auto dbs = await<Page<MmsDb>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listDbs(dq, ctx, done); });
    REQUIRE_OK(dbs);
    QCOMPARE(dbs.value().total, 1);
    QCOMPARE(dbs.value().items.value(0).id, kArchiveDb);
    QVERIFY(dbs.value().items.value(0).createTime.isValid());

    // Jobs: status and name.
    MmsJobQuery jq;
    jq.sourceId = kBackup;
    jq.status = QStringLiteral("DONE");
    jq.stopped = false;
    jq.sortByStatus = SortOrder::Ascending;
    auto jobs = await<Page<MmsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listJobs(jq, ctx, done); });
    REQUIRE_OK(jobs);
    QCOMPARE(jobs.value().total, 1);
    QCOMPARE(jobs.value().items.value(0).id, kHistoryJob);
    jq.status = QStringLiteral("FAILED");
    auto noJobs = await<Page<MmsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listJobs(jq, ctx, done); });
    REQUIRE_OK(noJobs);
    QCOMPARE(noJobs.value().total, 0);

    // Tasks: by job, status, sorted by start time.
    MmsTaskQuery kq;
    kq.sourceId = kBackup;
    kq.jobId = kHistoryJob;
    kq.status = QStringLiteral("DONE");
    kq.sortByStartTime = SortOrder::Descending;
    auto tasks = await<Page<MmsTask>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTasks(kq, ctx, done); });
    REQUIRE_OK(tasks);
    QVERIFY(tasks.value().total >= 3); // about a dozen, depending on the seed
    for (qsizetype i = 1; i < tasks.value().items.size(); ++i)
        QVERIFY(tasks.value().items[i - 1].startTime >= tasks.value().items[i].startTime);
    kq.srcTableName = QStringLiteral("dim_user_profile_snapshot");
    auto oneTable = await<Page<MmsTask>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listTasks(kq, ctx, done); });
    REQUIRE_OK(oneTable);
    QCOMPARE(oneTable.value().total, 1);
    QCOMPARE(oneTable.value().items.value(0).srcTableName,
             QStringLiteral("dim_user_profile_snapshot"));
}

void TestMmsSandbox::fetchAllHelpersPage()
{
    // Partitions of the archive table, three per page: every page is fetched and the items
    // concatenate to the total, each once.
    MmsPartitionQuery q;
    q.sourceId = kBackup;
    q.tableId = 10023;
    q.pageSize = 7;
    QList<qint64> progress;
    Reply<QList<MmsPartition>> all;
    QObject ctx;
    m_rig.mms->fetchAllPartitions(
        q, &ctx, [&](qint64 fetched, qint64) { progress << fetched; }, all.callback());
    QTRY_VERIFY_WITH_TIMEOUT(all.ready(), 10000);
    REQUIRE_OK(all);
    QSet<qint64> ids;
    for (const MmsPartition &p : all.value())
        ids.insert(p.id);
    QCOMPARE(ids.size(), all.value().size());
    QVERIFY(all.value().size() > 7);
    QCOMPARE(progress.size(), (all.value().size() + 6) / 7);
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsPartitions")), progress.size());

    Reply<QList<MmsTask>> tasks;
    MmsTaskQuery tq;
    tq.sourceId = kBackup;
    tq.jobId = kHistoryJob;
    tq.pageSize = 4;
    m_rig.mms->fetchAllTasks(tq, &ctx, {}, tasks.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tasks.ready(), 10000);
    REQUIRE_OK(tasks);
    QVERIFY(tasks.value().size() >= 3);
    for (const MmsTask &t : tasks.value())
        QCOMPARE(t.jobId, kHistoryJob);
    QCOMPARE(m_rig.count(QStringLiteral("ListMmsTasks")), (tasks.value().size() + 4) / 4);

    Reply<QList<MmsDataSource>> sources;
    m_rig.mms->fetchAllDataSources({}, &ctx, {}, sources.callback());
    Reply<QList<MmsDb>> dbs;
    MmsDbQuery dbQuery;
    dbQuery.sourceId = kBackup;
    m_rig.mms->fetchAllDbs(dbQuery, &ctx, {}, dbs.callback());
    Reply<QList<MmsTable>> tables;
    MmsTableQuery tableQuery;
    tableQuery.sourceId = kBackup;
    tableQuery.pageSize = 2;
    m_rig.mms->fetchAllTables(tableQuery, &ctx, {}, tables.callback());
    Reply<QList<MmsJob>> jobs;
    MmsJobQuery jobQuery;
    jobQuery.sourceId = kBackup;
    m_rig.mms->fetchAllJobs(jobQuery, &ctx, {}, jobs.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sources.ready() && dbs.ready() && tables.ready() && jobs.ready(),
                             10000);
    REQUIRE_OK(sources);
    REQUIRE_OK(dbs);
    REQUIRE_OK(tables);
    REQUIRE_OK(jobs);
    QCOMPARE(sources.value().size(), 7);
    QCOMPARE(dbs.value().size(), 1);
    QCOMPARE(tables.value().size(), 3);
    QCOMPARE(jobs.value().size(), 1);
}

void TestMmsSandbox::historyJobTasksAndLogs()
{
    auto job = await<MmsJob>([&](QObject *ctx, auto done) {
        return m_rig.mms->getJob({kBackup, 81}, ctx, done);
    });
    REQUIRE_OK(job);
    const MmsJob &j = job.value();
    QCOMPARE(j.id, kHistoryJob);
    QCOMPARE(j.name, QStringLiteral("archive_full"));
    QCOMPARE(j.sourceId, kBackup);
    QCOMPARE(j.sourceName, QStringLiteral("hive_prod_backup"));
    QCOMPARE(j.dbId, kArchiveDb);
    QCOMPARE(j.srcDbName, QStringLiteral("dw_archive"));
    QCOMPARE(j.status, MmsJobStatus::Done);
    QCOMPARE(j.type, MmsJobType::Database);
    QVERIFY(!j.stopped);
    QVERIFY(j.taskNum >= 3);
    QCOMPARE(j.taskDone, j.taskNum);
    QCOMPARE(j.config.taskType, QStringLiteral("HIVE"));
    QVERIFY(j.createTime.isValid());
    QVERIFY(j.createTime < kStart);

    auto task = await<MmsTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getTask({kBackup, kHistoryTask}, ctx, done);
    });
    REQUIRE_OK(task);
    const MmsTask &t = task.value();
    QCOMPARE(t.id, kHistoryTask);
    QCOMPARE(t.jobId, kHistoryJob);
    QCOMPARE(t.jobName, QStringLiteral("archive_full"));
    QCOMPARE(t.status, MmsTaskStatus::Done);
    QVERIFY(!t.running);
    QVERIFY(t.startTime.isValid());
    QVERIFY(t.endTime > t.startTime);
    QCOMPARE(t.srcDbName, QStringLiteral("dw_archive"));
    QVERIFY(!t.dstTableName.isEmpty());

    auto logs = await<QList<MmsTaskLog>>([&](QObject *ctx, auto done) {
        return m_rig.mms->listTaskLogs({kBackup, kHistoryTask}, ctx, done);
    });
    REQUIRE_OK(logs);
    QVERIFY(logs.value().size() >= 3);
    for (const MmsTaskLog &l : logs.value()) {
        QCOMPARE(l.taskId, kHistoryTask);
        QCOMPARE(l.sourceId, kBackup);
        QVERIFY(l.createTime.isValid());
        QVERIFY(l.status.isKnown());
    }
    QCOMPARE(logs.value().last().status, MmsTaskStatus::Done);
}

void TestMmsSandbox::scanHiveProd(const QString &db)
{
    auto created = await<MmsScanCreated>([&](QObject *ctx, auto done) {
        return m_rig.mms->createFetchMetadataJob({kHiveProd, db, {}}, ctx, done);
    });
    QVERIFY2(created.ok(), created.why().constData());
    m_rig.advance(3min);
}

qint64 TestMmsSandbox::createDimJob(const QString &name, const QStringList &tables)
{
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = name;
    p.srcDbName = QStringLiteral("dim");
    p.dstDbName = QStringLiteral("mc_prod_dw");
    p.tables = tables;
    p.enableVerification = true;
    auto created = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    if (!created.ok() || !created.value().asyncTaskId) {
        qWarning("createJob: %s", created.why().constData());
        return 0;
    }
    m_rig.advance(30s);
    auto async = await<MmsAsyncTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getAsyncTask(kHiveProd, *created.value().asyncTaskId, ctx, done);
    });
    if (!async.ok() || async.value().status != MmsAsyncTaskStatus::Done ||
        !async.value().objectId) {
        qWarning("async task: %s", async.why().constData());
        return 0;
    }
    return *async.value().objectId;
}

void TestMmsSandbox::jobLifecycleWithFailedTransferAndRetry()
{
    // dw holds the table whose first transfer fails.
    scanHiveProd(QStringLiteral("dw"));
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("orders");
    p.srcDbName = QStringLiteral("dw");
    p.tables = {QStringLiteral("dwd_trade_order_di")};
    p.enableVerification = true;
    p.partitionFilters = {{QStringLiteral("dwd_trade_order_di"), QStringLiteral("ds >= '0'")}};
    p.taskType = QStringLiteral("HIVE");
    auto created = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    REQUIRE_OK(created);
    QVERIFY(created.value().asyncTaskId);
    QVERIFY(!created.value().recovered);
    QVERIFY(!created.value().requestId.isEmpty());

    auto doing = await<MmsAsyncTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getAsyncTask(kHiveProd, *created.value().asyncTaskId, ctx, done);
    });
    REQUIRE_OK(doing);
    QCOMPARE(doing.value().status, MmsAsyncTaskStatus::Doing);
    QCOMPARE(doing.value().type, QStringLiteral("TASK_CREATE"));

    m_rig.advance(31s);
    auto async = await<MmsAsyncTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getAsyncTask(kHiveProd, *created.value().asyncTaskId, ctx, done);
    });
    REQUIRE_OK(async);
    QCOMPARE(async.value().status, MmsAsyncTaskStatus::Done);
    QVERIFY(async.value().objectId);
    const MmsJobRef ref{kHiveProd, *async.value().objectId};
    QCOMPARE(ref.jobId, 82);

    auto job =
        await<MmsJob>([&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
    REQUIRE_OK(job);
    QCOMPARE(job.value().name, QStringLiteral("orders"));
    QCOMPARE(job.value().type, MmsJobType::Tables);
    QCOMPARE(job.value().config.tables, QStringList{QStringLiteral("dwd_trade_order_di")});
    QCOMPARE(job.value().config.partitionFilters.value(QStringLiteral("dwd_trade_order_di")),
             QStringLiteral("ds >= '0'"));
    QVERIFY(job.value().config.enableVerification);
    QVERIFY(job.value().taskNum >= 1);

    // Run until the transfer fails.
    MmsTaskQuery tq;
    tq.sourceId = kHiveProd;
    tq.jobId = ref.jobId;
    QList<MmsTask> tasks;
    bool failed = false;
    for (int step = 0; step < 60 && !failed; ++step) {
        m_rig.advance(60s);
        auto page = await<Page<MmsTask>>(
            [&](QObject *ctx, auto done) { return m_rig.mms->listTasks(tq, ctx, done); });
        REQUIRE_OK(page);
        tasks = page.value().items;
        for (const MmsTask &t : tasks)
            failed = failed || t.status == MmsTaskStatus::DataFailed;
    }
    QVERIFY(failed);
    MmsTask broken;
    for (const MmsTask &t : tasks)
        if (t.status == MmsTaskStatus::DataFailed)
            broken = t;
    QVERIFY(canRetry(broken));
    auto logs = await<QList<MmsTaskLog>>([&](QObject *ctx, auto done) {
        return m_rig.mms->listTaskLogs({kHiveProd, broken.id}, ctx, done);
    });
    REQUIRE_OK(logs);
    bool mentionsExpiry = false;
    for (const MmsTaskLog &l : logs.value())
        mentionsExpiry = mentionsExpiry || l.msg.contains(QLatin1String("expired"));
    QVERIFY(mentionsExpiry);

    // Wait for the job to settle as FAILED, then retry the task.
    for (int step = 0; step < 60; ++step) {
        auto j = await<MmsJob>(
            [&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
        REQUIRE_OK(j);
        if (j.value().status == MmsJobStatus::Failed)
            break;
        m_rig.advance(60s);
    }
    auto retried = await<Done>([&](QObject *ctx, auto done) {
        return m_rig.mms->retryTask({kHiveProd, broken.id}, ctx, done);
    });
    REQUIRE_OK(retried);
    QVERIFY(!retried.value().requestId.isEmpty());
    QCOMPARE(m_rig.count(QStringLiteral("RetryMmsTask")), 1);

    MmsJob finished;
    for (int step = 0; step < 120; ++step) {
        m_rig.advance(60s);
        auto j = await<MmsJob>(
            [&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
        REQUIRE_OK(j);
        finished = j.value();
        if (finished.status == MmsJobStatus::Done)
            break;
    }
    QCOMPARE(finished.status, MmsJobStatus::Done);
    QCOMPARE(finished.taskDone, finished.taskNum);
    auto again = await<MmsTask>([&](QObject *ctx, auto done) {
        return m_rig.mms->getTask({kHiveProd, broken.id}, ctx, done);
    });
    REQUIRE_OK(again);
    QCOMPARE(again.value().status, MmsTaskStatus::Done);
    QCOMPARE(again.value().retriedTimes, 1);
}

void TestMmsSandbox::failedJobIsRetried()
{
    scanHiveProd(QStringLiteral("dw"));
    CreateMmsJobParams p;
    p.sourceId = kHiveProd;
    p.name = QStringLiteral("orders-again");
    p.srcDbName = QStringLiteral("dw");
    p.tables = {QStringLiteral("dwd_trade_order_di")};
    auto created = await<MmsJobCreated>(
        [&](QObject *ctx, auto done) { return m_rig.mms->createJob(p, ctx, done); });
    REQUIRE_OK(created);
    // Listed at once, before its async creation is done.
    MmsJobQuery q;
    q.sourceId = kHiveProd;
    q.name = p.name;
    auto listed = await<Page<MmsJob>>(
        [&](QObject *ctx, auto done) { return m_rig.mms->listJobs(q, ctx, done); });
    REQUIRE_OK(listed);
    QCOMPARE(listed.value().total, 1);
    const MmsJobRef ref{kHiveProd, listed.value().items.first().id};
    QCOMPARE(listed.value().items.first().status, MmsJobStatus::Init);

    const auto status = [&] {
        auto j = await<MmsJob>(
            [&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
        return j.ok() ? j.value() : MmsJob{};
    };
    MmsJob job;
    for (int step = 0; step < 40 && job.status != MmsJobStatus::Failed; ++step) {
        m_rig.advance(60s);
        job = status();
    }
    QCOMPARE(job.status, MmsJobStatus::Failed);
    QVERIFY(canRetry(job));
    auto retried =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->retryJob(ref, ctx, done); });
    REQUIRE_OK(retried);
    for (int step = 0; step < 60 && job.status != MmsJobStatus::Done; ++step) {
        m_rig.advance(60s);
        job = status();
    }
    QCOMPARE(job.status, MmsJobStatus::Done);
    QCOMPARE(m_rig.count(QStringLiteral("RetryMmsJob")), 1);
}

void TestMmsSandbox::requestsReachTheirRoutes()
{
    // Each call as the sandbox's request log saw it: method, raw path and action, answered 200.
    scanHiveProd(QStringLiteral("dim"));
    const qint64 job = createDimJob(QStringLiteral("routes"), {QStringLiteral("dim_date")});
    QVERIFY(job > 0);
    const QString src = QStringLiteral("/api/v1/mms/datasources/2000015");
    const QString backup = QStringLiteral("/api/v1/mms/datasources/2000017");
    struct Route
    {
        std::function<CallHandle(QObject *, std::function<void(bool)>)> call;
        QByteArray method;
        QString path;
        QString action;
    };
    const auto ok = [](std::function<void(bool)> done) {
        return [done](const auto &r) { done(r.ok()); };
    };
    const MmsClient &mms = *m_rig.mms;
    const QList<Route> routes = {
        {[&](QObject *c, auto d) { return mms.listDataSources({}, c, ok(d)); }, "GET",
         QStringLiteral("/api/v1/mms/datasources"), QStringLiteral("ListMmsDataSources")},
        {[&](QObject *c, auto d) { return mms.getDataSource(kHiveProd, true, {}, c, ok(d)); },
         "GET", src, QStringLiteral("GetMmsDataSource")},
        {[&](QObject *c, auto d) { return mms.getFetchMetadataJob(kBackup, 2501, c, ok(d)); },
         "GET", backup + QStringLiteral("/scans/2501"), QStringLiteral("GetMmsFetchMetadataJob")},
        {[&](QObject *c, auto d) {
             MmsDbQuery q;
             q.sourceId = kBackup;
             return mms.listDbs(q, c, ok(d));
         },
         "GET", backup + QStringLiteral("/dbs"), QStringLiteral("ListMmsDbs")},
        {[&](QObject *c, auto d) { return mms.getDb(kBackup, kArchiveDb, c, ok(d)); }, "GET",
         backup + QStringLiteral("/dbs/1008"), QStringLiteral("GetMmsDb")},
        {[&](QObject *c, auto d) {
             MmsTableQuery q;
             q.sourceId = kBackup;
             return mms.listTables(q, c, ok(d));
         },
         "GET", backup + QStringLiteral("/tables"), QStringLiteral("ListMmsTables")},
        {[&](QObject *c, auto d) { return mms.getTable(kBackup, 10023, c, ok(d)); }, "GET",
         backup + QStringLiteral("/tables/10023"), QStringLiteral("GetMmsTable")},
        {[&](QObject *c, auto d) {
             MmsPartitionQuery q;
             q.sourceId = kBackup;
             q.pageSize = 1;
             return mms.listPartitions(q, c, ok(d));
         },
         "GET", backup + QStringLiteral("/partitions"), QStringLiteral("ListMmsPartitions")},
        {[&](QObject *c, auto d) {
             return mms.createFetchMetadataJob({kHiveProd, QStringLiteral("dim"), {}}, c, ok(d));
         },
         "POST", src + QStringLiteral("/scans"), QStringLiteral("CreateMmsFetchMetadataJob")},
        {[&](QObject *c, auto d) {
             CreateMmsJobParams p;
             p.sourceId = kHiveProd;
             p.name = QStringLiteral("routes-2");
             p.srcDbName = QStringLiteral("dim");
             return mms.createJob(p, c, ok(d));
         },
         "POST", src + QStringLiteral("/jobs"), QStringLiteral("CreateMmsJob")},
        {[&](QObject *c, auto d) {
             MmsJobQuery q;
             q.sourceId = kHiveProd;
             return mms.listJobs(q, c, ok(d));
         },
         "GET", src + QStringLiteral("/jobs"), QStringLiteral("ListMmsJobs")},
        {[&](QObject *c, auto d) {
             return mms.getJob({kHiveProd, job}, c, ok(d));
         },
         "GET", src + QStringLiteral("/jobs/%1").arg(job), QStringLiteral("GetMmsJob")},
        {[&](QObject *c, auto d) {
             MmsTaskQuery q;
             q.sourceId = kBackup;
             return mms.listTasks(q, c, ok(d));
         },
         "GET", backup + QStringLiteral("/tasks"), QStringLiteral("ListMmsTasks")},
        {[&](QObject *c, auto d) {
             return mms.getTask({kBackup, kHistoryTask}, c, ok(d));
         },
         "GET", backup + QStringLiteral("/tasks/4001"), QStringLiteral("GetMmsTask")},
        {[&](QObject *c, auto d) {
             return mms.listTaskLogs({kBackup, kHistoryTask}, c, ok(d));
         },
         "GET", backup + QStringLiteral("/tasks/4001/logs"), QStringLiteral("ListMmsTaskLogs")},
        {[&](QObject *c, auto d) { return mms.getAsyncTask(kBackup, 2502, c, ok(d)); }, "GET",
         backup + QStringLiteral("/asyncTasks/2502"), QStringLiteral("GetMmsAsyncTask")},
        {[&](QObject *c, auto d) {
             return mms.stopJob({kHiveProd, job}, c, ok(d));
         },
         "POST", src + QStringLiteral("/jobs/%1/stop").arg(job), QStringLiteral("StopMmsJob")},
        {[&](QObject *c, auto d) {
             return mms.startJob({kHiveProd, job}, c, ok(d));
         },
         "POST", src + QStringLiteral("/jobs/%1/start").arg(job), QStringLiteral("StartMmsJob")},
        {[&](QObject *c, auto d) {
             return mms.jobAction(MmsJobAction::Stop, {kHiveProd, job}, c, ok(d));
         },
         "POST", src + QStringLiteral("/jobs/%1/stop").arg(job), QStringLiteral("StopMmsJob")},
        {[&](QObject *c, auto d) {
             return mms.deleteJob({kHiveProd, job}, c, ok(d));
         },
         "POST", src + QStringLiteral("/jobs/%1").arg(job), QStringLiteral("DeleteMmsJob")},
    };
    for (const Route &route : routes) {
        int answers = 0;
        bool succeeded = false;
        QObject ctx;
        route.call(&ctx, [&](bool okay) {
            ++answers;
            succeeded = okay;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000);
        QVERIFY2(succeeded, qPrintable(route.action));
        const auto last =
            m_rig.server->requestLog().entriesAfter(m_rig.server->requestLog().totalRecorded() - 1);
        QCOMPARE(last.size(), std::size_t(1));
        QCOMPARE(last[0].action, route.action);
        QCOMPARE(last[0].method, route.method);
        QCOMPARE(last[0].path, route.path);
        QCOMPARE(last[0].status, 200);
        QCOMPARE(last[0].product, QStringLiteral("MaxCompute"));
        QCOMPARE(last[0].version, QStringLiteral("2022-01-04"));
    }
}

void TestMmsSandbox::stopStartDelete()
{
    scanHiveProd(QStringLiteral("dim"));
    const qint64 id = createDimJob(QStringLiteral("dims"), {});
    QVERIFY(id > 0);
    const MmsJobRef ref{kHiveProd, id};
    const auto getJob = [&] {
        auto j = await<MmsJob>(
            [&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
        return j.ok() ? j.value() : MmsJob{};
    };
    QVERIFY(canStop(getJob()));

    auto stopped =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->stopJob(ref, ctx, done); });
    REQUIRE_OK(stopped);
    MmsJob j = getJob();
    QVERIFY(j.stopped);
    QVERIFY(canStart(j));
    QVERIFY(canDelete(j));

    // Stopping twice is refused by the service with IncorrectStatus.Job.
    auto twice =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->stopJob(ref, ctx, done); });
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, ErrorKind::Client);
    QCOMPARE(twice.error().code, QStringLiteral("IncorrectStatus.Job"));
    QCOMPARE(twice.error().httpStatus, 400);
    QCOMPARE(twice.error().action, QStringLiteral("StopMmsJob"));

    auto started =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->startJob(ref, ctx, done); });
    REQUIRE_OK(started);
    QVERIFY(!getJob().stopped);

    auto stoppedAgain =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->stopJob(ref, ctx, done); });
    REQUIRE_OK(stoppedAgain);
    auto deleted =
        await<Done>([&](QObject *ctx, auto done) { return m_rig.mms->deleteJob(ref, ctx, done); });
    REQUIRE_OK(deleted);
    auto gone =
        await<MmsJob>([&](QObject *ctx, auto done) { return m_rig.mms->getJob(ref, ctx, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().httpStatus, 404);
    QCOMPARE(gone.error().code, QStringLiteral("EntityNotExist.Job"));

    // Every state change went out exactly once (none is repeated by the transport).
    QCOMPARE(m_rig.count(QStringLiteral("StopMmsJob")), 3);
    QCOMPARE(m_rig.count(QStringLiteral("StartMmsJob")), 1);
    QCOMPARE(m_rig.count(QStringLiteral("DeleteMmsJob")), 1);
    for (const auto &e : m_rig.entries(QStringLiteral("DeleteMmsJob"))) {
        QCOMPARE(e.method, QByteArray("POST"));
        QCOMPARE(e.path, QStringLiteral("/api/v1/mms/datasources/2000015/jobs/%1").arg(id));
    }
}

void TestMmsSandbox::serviceErrorsAreClientErrors_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown source") << "source" << 404 << "EntityNotExist.DataSource";
    QTest::newRow("unknown job") << "job" << 404 << "EntityNotExist.Job";
    QTest::newRow("retry a finished job") << "retry" << 400 << "IncorrectStatus.Job";
    QTest::newRow("retry a done task") << "retryTask" << 400 << "IncorrectStatus.Task";
    QTest::newRow("job without name") << "create" << 400 << "MissingParameter";
}

void TestMmsSandbox::serviceErrorsAreClientErrors()
{
    QFETCH(QString, what);
    QFETCH(int, status);
    QFETCH(QString, code);
    Reply<int> reply;
    QObject ctx;
    const auto keep = [&reply](auto r) {
        ++reply.calls;
        if (r.ok())
            reply.result.emplace(0);
        else
            reply.result.emplace(r.error());
    };
    if (what == QLatin1String("source"))
        m_rig.mms->getDataSource(999, false, {}, &ctx, keep);
    else if (what == QLatin1String("job"))
        m_rig.mms->getJob({kBackup, 999}, &ctx, keep);
    else if (what == QLatin1String("retry"))
        m_rig.mms->retryJob({kBackup, kHistoryJob}, &ctx, keep);
    else if (what == QLatin1String("retryTask"))
        m_rig.mms->retryTask({kBackup, kHistoryTask}, &ctx, keep);
    else {
        CreateMmsJobParams nameless;
        nameless.sourceId = kBackup;
        m_rig.mms->createJob(nameless, &ctx, keep);
    }
    QTRY_VERIFY_WITH_TIMEOUT(reply.ready(), 10000);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().kind, ErrorKind::Client);
    QCOMPARE(reply.error().httpStatus, status);
    QCOMPARE(reply.error().code, code);
    QVERIFY(!reply.error().message.isEmpty());
    QVERIFY(!reply.error().requestId.isEmpty());
    QVERIFY(!reply.error().mayHaveApplied);
    QCOMPARE(reply.calls, 1);
}

QTEST_GUILESS_MAIN(TestMmsSandbox)
#include "tst_mmssandbox.moc"
