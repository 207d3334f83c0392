// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesprogress.h"
#include "model/seriesruns.h"

#include <QTest>

using namespace ferry::model;

namespace {

constexpr qint64 H = 3600 * 1000;

ReplicationRun run(qint64 startH, std::optional<qint64> endH, RunTrigger trigger,
                   const QString &image = {})
{
    ReplicationRun r;
    r.startMs = startH * H;
    if (endH)
        r.endMs = *endH * H;
    r.trigger = trigger;
    r.imageId = image;
    return r;
}

} // namespace

class TstSeriesRuns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void nextRun_data()
    {
        QTest::addColumn<int>("case_");
        QTest::addColumn<qint64>("nowH");
        QTest::addColumn<qint64>("expectedH"); // -1: none
        QTest::newRow("after the newest scheduled start") << 0 << qint64(10) << qint64(11);
        QTest::newRow("manual runs do not move the cadence") << 1 << qint64(10) << qint64(11);
        QTest::newRow("missed slots roll forward") << 0 << qint64(14) << qint64(15);
        QTest::newRow("exactly at a slot means the next one") << 0 << qint64(11) << qint64(12);
        QTest::newRow("configured first start, no runs yet") << 2 << qint64(1) << qint64(3);
        QTest::newRow("configured first start already past") << 2 << qint64(6) << qint64(7);
        QTest::newRow("run once") << 3 << qint64(10) << qint64(-1);
        QTest::newRow("nothing to count from") << 4 << qint64(10) << qint64(-1);
    }

    void nextRun()
    {
        QFETCH(int, case_);
        QFETCH(qint64, nowH);
        QFETCH(qint64, expectedH);
        RunSchedule schedule;
        schedule.intervalMs = H;
        QList<ReplicationRun> runs;
        switch (case_) {
        case 0:
            runs = {run(0, 3, RunTrigger::Schedule), run(10, std::nullopt, RunTrigger::Schedule)};
            break;
        case 1:
            runs = {run(10, 10, RunTrigger::Schedule), run(10, std::nullopt, RunTrigger::Manual)};
            runs[1].startMs += H / 2;
            break;
        case 2:
            schedule.scheduledStartMs = 3 * H;
            break;
        case 3:
            schedule.intervalMs = 0;
            runs = {run(0, 1, RunTrigger::Schedule)};
            break;
        case 4:
            break;
        }
        const auto next = nextScheduledRun(runs, schedule, nowH * H);
        QCOMPARE(next ? *next / H : -1, expectedH);
    }

    void imagesAgainstTheLimit()
    {
        RunSchedule schedule;
        schedule.maxImagesToKeep = 3;
        QList<ReplicationRun> runs{
            run(0, 2, RunTrigger::Schedule, QStringLiteral("m-1")),
            run(3, 4, RunTrigger::Schedule, QStringLiteral("m-2")),
            run(5, 6, RunTrigger::Manual, QStringLiteral("m-2")), run(7, 8, RunTrigger::Schedule),
            run(9, std::nullopt, RunTrigger::Schedule, QStringLiteral("m-9"))};
        QCOMPARE(imagesKept(runs, schedule), 2); // m-1, m-2; the running one has none yet
        runs.append(run(10, 11, RunTrigger::Schedule, QStringLiteral("m-10")));
        runs.append(run(12, 13, RunTrigger::Schedule, QStringLiteral("m-12")));
        QCOMPARE(imagesKept(runs, schedule), 3);
        schedule.maxImagesToKeep = 0;
        QCOMPARE(imagesKept(runs, schedule), 4);
    }

    void sortsByStart()
    {
        const auto sorted =
            sortedRuns({run(5, 6, RunTrigger::Manual), run(1, 2, RunTrigger::Schedule),
                        run(5, 7, RunTrigger::Schedule)});
        QCOMPARE(sorted[0].startMs, 1 * H);
        QCOMPARE(sorted[1].trigger, RunTrigger::Manual); // stable for equal starts
        QCOMPARE(sorted[2].trigger, RunTrigger::Schedule);
        QVERIFY(!sorted[0].isRunning());
    }

    void taskPhases_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("phase"); // -1: unknown
        QTest::newRow("INIT") << "INIT" << int(TaskPhase::Pending);
        QTest::newRow("SCHEMA_DOING") << "SCHEMA_DOING" << int(TaskPhase::Schema);
        QTest::newRow("SCHEMA_DONE") << "schema_done" << int(TaskPhase::Schema);
        QTest::newRow("DATA_DOING") << "DATA_DOING" << int(TaskPhase::Data);
        QTest::newRow("DATA_DONG") << "DATA_DONG" << int(TaskPhase::Data);
        QTest::newRow("VERIFICATION_DOING") << "VERIFICATION_DOING" << int(TaskPhase::Data);
        QTest::newRow("DONE") << "DONE" << int(TaskPhase::Done);
        QTest::newRow("DATA_FAILED") << "DATA_FAILED" << int(TaskPhase::Failed);
        QTest::newRow("SCHEMA_FAILED") << "SCHEMA_FAILED" << int(TaskPhase::Failed);
        QTest::newRow("unknown") << "PAUSED" << -1;
    }

    void taskPhases()
    {
        QFETCH(QString, status);
        QFETCH(int, phase);
        const auto p = taskPhaseOfMmsStatus(status);
        QCOMPARE(p ? int(*p) : -1, phase);
    }

    void progressHistoryRecords()
    {
        ProgressHistory h;
        QVERIFY(!h.timeSpan());
        h.record(1000, {10, 0, 0, 0, 0}, 0);
        h.record(2000, {6, 1, 2, 1, 0}, 40);
        h.partitionsDone.append(500, 0);
        QCOMPARE(h.tasks(TaskPhase::Pending).size(), 2);
        QCOMPARE(h.tasks(TaskPhase::Data).value(1), 2.0);
        QCOMPARE(h.partitionsDone.size(), 3);
        QCOMPARE(*h.timeSpan(), (std::pair<qint64, qint64>{500, 2000}));
    }
};

QTEST_GUILESS_MAIN(TstSeriesRuns)
#include "tst_seriesruns.moc"
