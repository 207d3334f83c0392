// SPDX-License-Identifier: GPL-3.0-or-later
// Turning what the services answered into stored observations: DTS settings and lag samples,
// the precheck, SMC runs, MMS tasks merged per table with row counts from the logs.
#include "model/observe.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry::model;

namespace {

QDateTime at(int minute, int second = 0)
{
    return QDateTime(QDate(2025, 3, 13), QTime(6, minute, second), QTimeZone::utc());
}

DtsJob dtsJob(double delayMs)
{
    DtsJob j;
    j.dtsJobId = QStringLiteral("dtsj-1");
    j.name = QStringLiteral("orders");
    j.status = parseWire<DtsJobStatus>(QStringLiteral("Synchronizing"));
    j.jobType = parseWire<DtsJobType>(QStringLiteral("SYNC"));
    j.source.engineName = QStringLiteral("MySQL");
    j.source.instanceType = QStringLiteral("ECS");
    j.destination.engineName = QStringLiteral("PolarDB");
    j.migrationMode.dataSynchronization = true;
    j.migrationMode.fullDataCheck = true;
    j.reverseJobId = QStringLiteral("dtsj-rev");
    j.delay = DtsDelay::fromRaw(delayMs, DelayUnit::Milliseconds);
    return j;
}

MmsTask task(qint64 id, const char *table, MmsTaskStatus status)
{
    MmsTask t;
    t.id = id;
    t.srcDbName = QStringLiteral("dw");
    t.srcTableName = QString::fromLatin1(table);
    t.status = status;
    return t;
}

MmsTaskLog log(const QString &msg, int minute)
{
    MmsTaskLog l;
    l.msg = msg;
    l.createTime = at(minute);
    return l;
}

} // namespace

class TestObserve final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void dtsSettingsAndLag()
    {
        DtsObservation o = observeDtsJob(dtsJob(800), at(0));
        QCOMPARE(o.jobId, QStringLiteral("dtsj-1"));
        QCOMPARE(o.status, QStringLiteral("Synchronizing"));
        QCOMPARE(o.meta.level, EvidenceLevel::Verified);
        QVERIFY(o.settings);
        QCOMPARE(o.settings->jobType, QStringLiteral("SYNC"));
        QCOMPARE(o.settings->sourceEngine, QStringLiteral("MySQL (ECS)"));
        QCOMPARE(o.settings->destinationEngine, QStringLiteral("PolarDB"));
        QVERIFY(o.settings->dataSynchronization && o.settings->fullDataCheck);
        QVERIFY(!o.settings->incDataCheck);
        QCOMPARE(o.settings->reverseJobId, QStringLiteral("dtsj-rev"));
        QVERIFY(o.lag.isEmpty());

        // Samples stay in time order; a repeated time replaces its value.
        recordLag(o, dtsJob(800), at(1));
        recordLag(o, dtsJob(1200), at(3));
        recordLag(o, dtsJob(900), at(2));
        recordLag(o, dtsJob(1000), at(3));
        QCOMPARE(o.lag.size(), 3);
        QCOMPARE(o.lag.at(1).at, at(2));
        QCOMPARE(o.lag.at(2).delayMs, 1000);
        QCOMPARE(o.meta.observedAt, at(3));
        // A job that reports no delay adds nothing.
        DtsJob none = dtsJob(0);
        none.delay.reset();
        recordLag(o, none, at(4));
        QCOMPARE(o.lag.size(), 3);
    }

    void lagStaysBounded()
    {
        DtsObservation o = observeDtsJob(dtsJob(0), at(0));
        for (int i = 0; i < 3 * kMaxLagPoints; ++i)
            recordLag(o, dtsJob(500 + (i % 13) * 100), at(0).addSecs(i));
        QVERIFY(o.lag.size() <= kMaxLagPoints + kMaxLagPoints / 4);
        QCOMPARE(o.lag.last().at, at(0).addSecs(3 * kMaxLagPoints - 1));
        QCOMPARE(o.lag.first().at, at(0));
    }

    void precheck()
    {
        DtsPrecheckStatus s;
        s.state = parseWire<DtsStageStatus>(QStringLiteral("Finished"));
        DtsPrecheckItem ok;
        ok.item = QStringLiteral("CHECK_CONN_SRC");
        ok.state = parseWire<DtsPrecheckItemState>(QStringLiteral("Success"));
        DtsPrecheckItem warn;
        warn.item = QStringLiteral("CHECK_SRC_BINLOG_RETENTION");
        warn.state = parseWire<DtsPrecheckItemState>(QStringLiteral("Warning"));
        warn.errMsg = QStringLiteral("keep binlogs longer");
        warn.skip = true;
        s.items = {ok, warn};
        const DtsPrecheckObservation o = observePrecheck(s, at(5));
        QCOMPARE(o.state, QStringLiteral("Finished"));
        QCOMPARE(o.observedAt, at(5));
        QCOMPARE(o.items.size(), 2);
        QCOMPARE(o.items.at(1).name, QStringLiteral("CHECK_SRC_BINLOG_RETENTION"));
        QCOMPARE(o.items.at(1).message, QStringLiteral("keep binlogs longer"));
        QVERIFY(o.items.at(1).skipped);
    }

    void smcRuns()
    {
        SmcReplicationJob j;
        j.jobId = QStringLiteral("j-1");
        j.name = QStringLiteral("erp");
        j.sourceId = QStringLiteral("s-1");
        j.status = parseWire<SmcJobStatus>(QStringLiteral("Waiting"));
        j.runOnce = false;
        j.frequencyHours = 12;
        j.maxNumberOfImageToKeep = 2;
        j.netMode = 2;
        j.runs = {
            {at(0), at(5), QStringLiteral("m-1"), parseWire<SmcRunType>(QStringLiteral("Manual"))},
            {at(10), at(14), QStringLiteral("m-2"),
             parseWire<SmcRunType>(QStringLiteral("Schedule"))},
            {at(20), QDateTime(), QString(), parseWire<SmcRunType>(QStringLiteral("Schedule"))}};
        const SmcObservation o = observeSmcJob(j, at(30));
        QCOMPARE(o.job.status, QStringLiteral("Waiting"));
        QCOMPARE(o.job.frequencyHours, 12);
        QCOMPARE(o.job.lastIncrementalRunEnd, std::optional<QDateTime>(at(14)));
        QCOMPARE(o.settings->sourceServer, QStringLiteral("s-1"));
        QVERIFY(o.settings->vpc);
        QCOMPARE(o.settings->maxImagesToKeep, 2);
        QCOMPARE(o.runs.size(), 3);
        QCOMPARE(o.runs.at(0).trigger, RunTrigger::Manual);
        QCOMPARE(o.runs.at(1).trigger, RunTrigger::Schedule);
        QVERIFY(!o.runs.at(2).end); // still running
    }

    void rowCounts_data()
    {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<qint64>("source");
        QTest::addColumn<qint64>("target");
        QTest::newRow("separate lines")
            << QStringList{"source rows: 120", "target rows: 118"} << 120LL << 118LL;
        QTest::newRow("one line")
            << QStringList{"verification passed: source rows 42, target rows 42"} << 42LL << 42LL;
        QTest::newRow("latest wins")
            << QStringList{"source rows: 1", "target rows: 1", "source rows: 7", "target rows: 7"}
            << 7LL << 7LL;
        QTest::newRow("none") << QStringList{"transferred 9 rows (0.1 GiB) in 3 s"} << -1LL << -1LL;
    }

    void rowCounts()
    {
        QFETCH(QStringList, messages);
        QFETCH(qint64, source);
        QFETCH(qint64, target);
        QList<MmsTaskLog> logs;
        for (int i = 0; i < messages.size(); ++i)
            logs.append(log(messages.at(i), i));
        std::reverse(logs.begin(), logs.end()); // order comes from the times, not the list
        const auto [src, dst] = verificationRowCounts(logs);
        QCOMPARE(src.value_or(-1), source);
        QCOMPARE(dst.value_or(-1), target);
    }

    void mmsTablesMergeTheirTasks()
    {
        MmsJob job;
        job.id = 81;
        job.name = QStringLiteral("archive_full");
        job.status = parseWire<MmsJobStatus>(QStringLiteral("DONE"));
        job.config.enableVerification = true;
        const QList<MmsTask> tasks = {task(1, "orders", MmsTaskStatus::Done),
                                      task(2, "orders", MmsTaskStatus::Done),
                                      task(3, "users", MmsTaskStatus::Done),
                                      task(4, "users", MmsTaskStatus::VerificationFailed),
                                      task(5, "items", MmsTaskStatus::Done),
                                      task(6, "items", MmsTaskStatus::DataDoing)};
        QHash<qint64, QList<MmsTaskLog>> logs;
        logs.insert(1, {log(QStringLiteral("source rows: 10"), 1),
                        log(QStringLiteral("target rows: 10"), 2)});
        logs.insert(2,
                    {log(QStringLiteral("verification passed: source rows 5, target rows 5"), 3)});
        logs.insert(3, {log(QStringLiteral("source rows: 4"), 1)});
        const MmsObservation o = observeMmsJob(job, tasks, logs, at(40));
        QCOMPARE(o.jobId, QStringLiteral("81"));
        QCOMPARE(o.countsByStatus.value(QStringLiteral("DONE")), 4);
        QCOMPARE(o.countsByStatus.value(QStringLiteral("VERIFICATION_FAILED")), 1);
        QCOMPARE(o.tables.size(), 3);
        QCOMPARE(o.tables.at(0).table, QStringLiteral("dw.orders"));
        QCOMPARE(o.tables.at(0).passed, std::optional<bool>(true));
        QCOMPARE(o.tables.at(0).sourceRows, std::optional<qint64>(15));
        QCOMPARE(o.tables.at(0).targetRows, std::optional<qint64>(15));
        QCOMPARE(o.tables.at(1).passed, std::optional<bool>(false));
        QCOMPARE(o.tables.at(1).status, QStringLiteral("VERIFICATION_FAILED"));
        QVERIFY(!o.tables.at(1).targetRows); // one task had no count: no sum is made up
        QVERIFY(!o.tables.at(2).passed);     // still copying
        QVERIFY(o.settings && o.settings->enableVerification);
    }
};

QTEST_GUILESS_MAIN(TestObserve)

#include "tst_observe.moc"
