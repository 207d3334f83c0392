// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's job table: rows from every service, health rules, updates that keep rows in
// place, sorting and filtering through the proxy, and stalls flagged with "since when".
#include "model/dts.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ferry::model;

namespace {

constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z

MmsJob mmsJob(qint64 id, const QString &name, MmsJobStatus status, qint64 done, qint64 total)
{
    MmsJob j;
    j.id = id;
    j.sourceId = 2000017;
    j.name = name;
    j.status = status;
    j.taskDone = done;
    j.taskNum = total;
    return j;
}

DtsJob dtsJob(const QString &id, const QString &name, DtsJobStatus status,
              std::optional<double> delayRaw = std::nullopt,
              DelayUnit unit = DelayUnit::Milliseconds)
{
    DtsJob j;
    j.dtsJobId = id;
    j.name = name;
    j.status = status;
    j.jobType = unit == DelayUnit::Seconds ? DtsJobType::Sync : DtsJobType::Migration;
    if (delayRaw) {
        j.delay = DtsDelay::fromRaw(*delayRaw, unit);
        j.dataSynchronization.status = DtsStageStatus::Migrating;
        j.checkpoint = 1'767'225'000;
    }
    return j;
}

SmcReplicationJob smcJob(const QString &id, const QString &name, SmcJobStatus status,
                         double progress)
{
    SmcReplicationJob j;
    j.jobId = id;
    j.name = name;
    j.status = status;
    j.progress = progress;
    if (status == SmcJobStatus::Running)
        j.businessStatus = SmcBusinessStatus::Syncing;
    return j;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << cell(m, r, c);
    return out;
}

struct Fixture
{
    JobTableModel table;
    QAbstractItemModelTester tester{&table, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture()
    {
        table.setClock([] { return kT0; });
        table.updateService(
            JobService::Mms,
            {jobRowOf(mmsJob(81, QStringLiteral("archive_full"), MmsJobStatus::Done, 13, 13), kT0),
             jobRowOf(mmsJob(82, QStringLiteral("dw_orders"), MmsJobStatus::Doing, 3, 12), kT0)},
            kT0);
        table.updateService(
            JobService::Dts,
            {jobRowOf(dtsJob(QStringLiteral("jy6nmqxhlkeiimy"), QStringLiteral("sales-sync"),
                             DtsJobStatus::Synchronizing, 12, DelayUnit::Seconds),
                      kT0, 5000),
             jobRowOf(dtsJob(QStringLiteral("duwxbepl39ef6cg"),
                             QStringLiteral("inventory-migration"), DtsJobStatus::PrecheckFailed),
                      kT0, 5000),
             jobRowOf(dtsJob(QStringLiteral("m1"), QStringLiteral("orders-migration"),
                             DtsJobStatus::Migrating, 800),
                      kT0, 5000)},
            kT0);
        table.updateService(JobService::Smc,
                            {jobRowOf(smcJob(QStringLiteral("j-web"), QStringLiteral("web-01"),
                                             SmcJobStatus::Running, 42),
                                      kT0)},
                            kT0);
    }
};

} // namespace

class TstJobTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rowsFromEveryService()
    {
        Fixture f;
        QCOMPARE(f.table.rowCount(), 6);
        QCOMPARE(f.table.columnCount(), int(JobTableModel::ColumnCount));
        QCOMPARE(column(f.table, JobTableModel::ServiceColumn),
                 QStringList({"MMS", "MMS", "DTS", "DTS", "DTS", "SMC"}));
        QCOMPARE(column(f.table, JobTableModel::StatusColumn),
                 QStringList({"Completed", "Running", "Synchronizing", "Precheck failed",
                              "Migrating", "Running"}));
        QCOMPARE(column(f.table, JobTableModel::PhaseColumn),
                 QStringList({"Tasks 13/13", "Tasks 3/12", "Incremental", "Precheck", "Incremental",
                              "Syncing"}));
        QCOMPARE(column(f.table, JobTableModel::ProgressColumn),
                 QStringList({"100 %", "25 %", "–", "–", "–", "42 %"}));
        // Sync lag arrives in seconds, migration lag in ms: both shown from ms.
        QCOMPARE(column(f.table, JobTableModel::LagColumn),
                 QStringList({"–", "–", "12.0 s", "–", "800 ms", "–"}));
        QCOMPARE(f.table.data(f.table.index(2, 0), JobTableModel::LagRole).toDouble(), 12000.0);
        QCOMPARE(f.table.data(f.table.index(4, 0), JobTableModel::LagRole).toDouble(), 800.0);
        QCOMPARE(column(f.table, JobTableModel::HealthColumn),
                 QStringList({"OK", "OK", "Needs attention", "Failed", "OK", "OK"}));
        QCOMPARE(cell(f.table, 0, JobTableModel::IdColumn), QStringLiteral("81"));
        QCOMPARE(cell(f.table, 0, 0, JobTableModel::KeyRole), QStringLiteral("mms:2000017:81"));
        QCOMPARE(f.table.lastUpdateMs(JobService::Dts), kT0);
        QVERIFY(cell(f.table, 2, 0, Qt::ToolTipRole).contains(QStringLiteral("threshold")));
        QCOMPARE(f.table.headerData(JobTableModel::LagColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Lag"));
    }

    void healthRules_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("flag"); // MMS: stopped; DTS: retrying
        QTest::addColumn<double>("lagMs");
        QTest::addColumn<int>("health");
        using H = JobHealth;
        QTest::newRow("mms running") << 0 << int(MmsJobStatus::Doing) << false << 0.0 << int(H::Ok);
        QTest::newRow("mms stopped")
            << 0 << int(MmsJobStatus::Doing) << true << 0.0 << int(H::Attention);
        QTest::newRow("mms failed")
            << 0 << int(MmsJobStatus::Failed) << false << 0.0 << int(H::Failed);
        QTest::newRow("mms done, stopped flag left")
            << 0 << int(MmsJobStatus::Done) << true << 0.0 << int(H::Ok);
        QTest::newRow("dts lag under")
            << 1 << int(DtsJobStatus::Synchronizing) << false << 4999.0 << int(H::Ok);
        QTest::newRow("dts lag at threshold")
            << 1 << int(DtsJobStatus::Synchronizing) << false << 5000.0 << int(H::Attention);
        QTest::newRow("dts retrying")
            << 1 << int(DtsJobStatus::Synchronizing) << true << 100.0 << int(H::Attention);
        QTest::newRow("dts paused")
            << 1 << int(DtsJobStatus::Suspending) << false << 100.0 << int(H::Attention);
        QTest::newRow("dts failed with lag")
            << 1 << int(DtsJobStatus::Failed) << false << 9000.0 << int(H::Failed);
        QTest::newRow("smc running")
            << 2 << int(SmcJobStatus::Running) << false << 0.0 << int(H::Ok);
        QTest::newRow("smc waiting")
            << 2 << int(SmcJobStatus::Waiting) << false << 0.0 << int(H::Ok);
        QTest::newRow("smc stopped")
            << 2 << int(SmcJobStatus::Stopped) << false << 0.0 << int(H::Attention);
        QTest::newRow("smc in error")
            << 2 << int(SmcJobStatus::InError) << false << 0.0 << int(H::Failed);
    }

    void healthRules()
    {
        QFETCH(int, service);
        QFETCH(int, status);
        QFETCH(bool, flag);
        QFETCH(double, lagMs);
        QFETCH(int, health);
        JobRow row;
        if (service == 0) {
            MmsJob j = mmsJob(1, QStringLiteral("j"), MmsJobStatus(status), 1, 2);
            j.stopped = flag;
            row = jobRowOf(j, kT0);
        } else if (service == 1) {
            DtsJob j =
                dtsJob(QStringLiteral("d"), QStringLiteral("j"), DtsJobStatus(status), lagMs);
            j.retry.retrying = flag;
            row = jobRowOf(j, kT0, 5000);
        } else {
            row = jobRowOf(
                smcJob(QStringLiteral("s"), QStringLiteral("j"), SmcJobStatus(status), 10), kT0);
        }
        QCOMPARE(int(row.health()), health);
        QCOMPARE(row.healthReason.isEmpty(), health == int(JobHealth::Ok));
    }

    void lagOnlyWhileReplicating()
    {
        DtsJob full = dtsJob(QStringLiteral("f"), QStringLiteral("full"), DtsJobStatus::Migrating);
        full.delay = DtsDelay::fromRaw(0, DelayUnit::Milliseconds);
        full.dataInitialization.status = DtsStageStatus::Migrating;
        QVERIFY(!lagMsOf(full));
        DtsJob sync = dtsJob(QStringLiteral("s"), QStringLiteral("sync"),
                             DtsJobStatus::Synchronizing, 3, DelayUnit::Seconds);
        QCOMPARE(*lagMsOf(sync), 3000.0);
        DtsJob migration = dtsJob(QStringLiteral("m"), QStringLiteral("migration"),
                                  DtsJobStatus::Migrating, 3, DelayUnit::Milliseconds);
        QCOMPARE(*lagMsOf(migration), 3.0);
        DtsJob noisy = migration;
        noisy.delay = DtsDelay{std::chrono::milliseconds(0), DelayUnit::Milliseconds, -5};
        QVERIFY(!lagMsOf(noisy)); // a negative delay is no reading, not a zero lag
    }

    void updatesKeepRowsInPlace()
    {
        Fixture f;
        QSignalSpy removed(&f.table, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.table, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.table, &QAbstractItemModel::dataChanged);
        // DTS: one job gone, one changed, one new.
        f.table.updateService(
            JobService::Dts,
            {jobRowOf(dtsJob(QStringLiteral("m1"), QStringLiteral("orders-migration"),
                             DtsJobStatus::Finished),
                      kT0 + 30'000, 5000),
             jobRowOf(dtsJob(QStringLiteral("jy6nmqxhlkeiimy"), QStringLiteral("sales-sync"),
                             DtsJobStatus::Synchronizing, 1, DelayUnit::Seconds),
                      kT0 + 30'000, 5000),
             jobRowOf(dtsJob(QStringLiteral("n1"), QStringLiteral("new-sync"),
                             DtsJobStatus::Prechecking),
                      kT0 + 30'000, 5000)},
            kT0 + 30'000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(column(f.table, JobTableModel::NameColumn),
                 QStringList({"archive_full", "dw_orders", "sales-sync", "orders-migration",
                              "web-01", "new-sync"}));
        QCOMPARE(f.table.rowOf(QStringLiteral("dts:n1")), 5);
        QCOMPARE(f.table.job(QStringLiteral("dts:duwxbepl39ef6cg")), nullptr);
        QCOMPARE(cell(f.table, 3, JobTableModel::StatusColumn), QStringLiteral("Completed"));
        QCOMPARE(cell(f.table, 2, JobTableModel::HealthColumn), QStringLiteral("OK"));
        QCOMPARE(f.table.lastUpdateMs(), kT0 + 30'000);
        QCOMPARE(f.table.lastUpdateMs(JobService::Mms), kT0);

        // A service with no jobs any more empties its rows only.
        f.table.updateService(JobService::Mms, {}, kT0 + 60'000);
        QCOMPARE(f.table.rowCount(), 4);
        QCOMPARE(f.table.lastUpdateMs(JobService::Mms), kT0 + 60'000);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("lag ascending")
            << int(JobTableModel::LagColumn) << int(Qt::AscendingOrder)
            << QStringList({"archive_full", "dw_orders", "inventory-migration", "web-01",
                            "orders-migration", "sales-sync"});
        QTest::newRow("progress descending")
            << int(JobTableModel::ProgressColumn) << int(Qt::DescendingOrder)
            << QStringList({"archive_full", "web-01", "dw_orders", "sales-sync",
                            "inventory-migration", "orders-migration"});
        QTest::newRow("health, worst first")
            << int(JobTableModel::HealthColumn) << int(Qt::DescendingOrder)
            << QStringList({"inventory-migration", "sales-sync", "archive_full", "dw_orders",
                            "orders-migration", "web-01"});
        QTest::newRow("name") << int(JobTableModel::NameColumn) << int(Qt::AscendingOrder)
                              << QStringList({"archive_full", "dw_orders", "inventory-migration",
                                              "orders-migration", "sales-sync", "web-01"});
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, names);
        Fixture f;
        JobFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.table);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(::column(proxy, JobTableModel::NameColumn), names);
    }

    void filtering()
    {
        Fixture f;
        JobFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&f.table);
        proxy.sort(JobTableModel::NameColumn, Qt::AscendingOrder);
        proxy.setFilterText(QStringLiteral("  MIGRATION "));
        QCOMPARE(column(proxy, JobTableModel::NameColumn),
                 QStringList({"inventory-migration", "orders-migration"}));
        proxy.setFilterText(QStringLiteral("migration precheck"));
        QCOMPARE(column(proxy, JobTableModel::NameColumn), QStringList({"inventory-migration"}));
        proxy.setFilterText(QStringLiteral("81"));
        QCOMPARE(column(proxy, JobTableModel::NameColumn), QStringList({"archive_full"}));
        proxy.setFilterText({});
        proxy.setServiceFilter(JobService::Dts);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setHealthFilter(JobHealth::Failed);
        QCOMPARE(column(proxy, JobTableModel::NameColumn), QStringList({"inventory-migration"}));
        proxy.setServiceFilter(std::nullopt);
        proxy.setHealthFilter(JobHealth::Ok);
        QCOMPARE(column(proxy, JobTableModel::NameColumn),
                 QStringList({"archive_full", "dw_orders", "orders-migration", "web-01"}));
        // Filters follow updates.
        f.table.updateService(JobService::Smc,
                              {jobRowOf(smcJob(QStringLiteral("j-web"), QStringLiteral("web-01"),
                                               SmcJobStatus::InError, 35),
                                        kT0 + 1000)},
                              kT0 + 1000);
        QCOMPARE(column(proxy, JobTableModel::NameColumn),
                 QStringList({"archive_full", "dw_orders", "orders-migration"}));
    }

    void stallFlaggedAndCleared()
    {
        JobTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = kT0;
        table.setClock([&now] { return now; });
        table.setStallConfig({5 * 60'000, 0});
        QSignalSpy stalls(&table, &JobTableModel::stallChanged);
        const auto observe = [&](qint64 minute, SmcJobStatus status, double progress) {
            now = kT0 + minute * 60'000;
            table.updateService(JobService::Smc,
                                {jobRowOf(smcJob(QStringLiteral("j-db"),
                                                 QStringLiteral("db-legacy-01"), status, progress),
                                          now)},
                                now);
            return JobHealth(table.data(table.index(0, 0), JobTableModel::HealthRole).toInt());
        };
        QCOMPARE(observe(0, SmcJobStatus::Running, 10), JobHealth::Ok);
        QCOMPARE(observe(2, SmcJobStatus::Running, 20), JobHealth::Ok);
        QCOMPARE(observe(5, SmcJobStatus::Running, 20), JobHealth::Ok);
        QCOMPARE(observe(6, SmcJobStatus::Running, 20), JobHealth::Ok);
        QCOMPARE(stalls.size(), 0);
        // Five minutes after the last progress (minute 2).
        QCOMPARE(observe(7, SmcJobStatus::Running, 20), JobHealth::Stalled);
        QCOMPARE(stalls.size(), 1);
        QCOMPARE(stalls.at(0).at(1).toBool(), true);
        QCOMPARE(table.data(table.index(0, 0), JobTableModel::StalledSinceRole).toLongLong(),
                 kT0 + 2 * 60'000);
        QCOMPARE(cell(table, 0, JobTableModel::HealthColumn), QStringLiteral("Stalled"));
        const QString tip = cell(table, 0, JobTableModel::NameColumn, Qt::ToolTipRole);
        const QString since = QDateTime::fromMSecsSinceEpoch(kT0 + 2 * 60'000)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm:ss"));
        QVERIFY2(tip.contains(QStringLiteral("no progress since %1 (5 min 0 s)").arg(since)),
                 qPrintable(tip));

        // Progress moves: cleared.
        QCOMPARE(observe(8, SmcJobStatus::Running, 21), JobHealth::Ok);
        QCOMPARE(stalls.size(), 2);
        QCOMPARE(stalls.at(1).at(1).toBool(), false);
        QVERIFY(!table.data(table.index(0, 0), JobTableModel::StalledSinceRole).isValid());

        // A failure is reported as a failure, not as a stall.
        observe(13, SmcJobStatus::Running, 21);
        QCOMPARE(observe(14, SmcJobStatus::InError, 21), JobHealth::Failed);
    }

    void formatsLag_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << 850.0 << "850 ms";
        QTest::newRow("s") << 12345.0 << "12.3 s";
        QTest::newRow("min") << 312'000.0 << "5 min 12 s";
        QTest::newRow("h") << 7'500'000.0 << "2 h 5 min";
        QTest::newRow("none") << -1.0 << "–";
    }

    void formatsLag()
    {
        QFETCH(double, ms);
        QFETCH(QString, text);
        QCOMPARE(formatLag(ms), text);
    }
};

QTEST_GUILESS_MAIN(TstJobTableModel)
#include "tst_jobtablemodel.moc"
