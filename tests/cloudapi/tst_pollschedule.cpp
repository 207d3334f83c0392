// SPDX-License-Identifier: GPL-3.0-or-later
// When a watcher polls: cadence from the previous start, idle interval, backoff after
// throttling, the in-flight guard and "refresh now".
#include "cloudapi/pollschedule.h"

#include <QTest>

using namespace ferry::cloudapi;

namespace {

PollTiming timing()
{
    PollTiming t;
    t.activeIntervalMs = 30'000;
    t.idleIntervalMs = 300'000;
    t.maxBackoffMs = 600'000;
    return t;
}

// Runs a poll that starts at `start` and ends at `end`.
void poll(PollSchedule &s, qint64 start, qint64 end, PollOutcome outcome = PollOutcome::Ok)
{
    QVERIFY(s.isDue(start));
    QVERIFY(s.start(start));
    s.finish(end, outcome);
}

} // namespace

class TstPollSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void cadenceCountsFromTheStart()
    {
        PollSchedule s(timing());
        QVERIFY(s.isDue(0)); // the first poll is due at once
        poll(s, 1000, 4000);
        QCOMPARE(s.nextDueMs(), 31'000);
        QVERIFY(!s.isDue(30'999));
        QVERIFY(s.isDue(31'000));
        // A slow poll: the next is due as soon as it ends, never two at once.
        QVERIFY(s.start(31'000));
        QVERIFY(!s.isDue(70'000));
        QVERIFY(!s.start(70'000));
        s.finish(75'000, PollOutcome::Ok);
        QVERIFY(s.isDue(75'000));
    }

    void idleIsSlowerAndActiveCatchesUp()
    {
        PollSchedule s(timing());
        poll(s, 0, 500);
        s.setActive(false);
        QCOMPARE(s.intervalMs(), 300'000);
        QVERIFY(!s.isDue(200'000));
        QVERIFY(s.isDue(300'000));
        poll(s, 300'000, 300'500);
        // Someone looks again at 320 s: the next poll is one active interval after the last.
        s.setActive(true);
        QCOMPARE(s.nextDueMs(), 330'000);
        QVERIFY(s.isDue(330'000));
        // Someone looks again after longer than an active interval: due at once.
        poll(s, 330'000, 331'000);
        s.setActive(false);
        QVERIFY(!s.isDue(400'000));
        s.setActive(true);
        QVERIFY(s.isDue(400'000));
    }

    void backoffDoublesAndResets_data()
    {
        QTest::addColumn<int>("throttles");
        QTest::addColumn<qint64>("wait");
        QTest::newRow("1") << 1 << qint64(60'000);
        QTest::newRow("2") << 2 << qint64(120'000);
        QTest::newRow("3") << 3 << qint64(240'000);
        QTest::newRow("4") << 4 << qint64(480'000);
        QTest::newRow("5 capped") << 5 << qint64(600'000);
        QTest::newRow("9 capped") << 9 << qint64(600'000);
    }

    void backoffDoublesAndResets()
    {
        QFETCH(int, throttles);
        QFETCH(qint64, wait);
        PollSchedule s(timing());
        qint64 t = 0;
        for (int i = 0; i < throttles; ++i) {
            t = std::max(t, s.nextDueMs());
            poll(s, t, t + 100, PollOutcome::Throttled);
            t += 100;
        }
        QCOMPARE(s.throttledInARow(), throttles);
        QVERIFY(s.isBackingOff());
        QCOMPARE(s.nextDueMs() - t, wait);
        // A person's refresh does not override the service's request to slow down.
        s.requestNow();
        QVERIFY(!s.isDue(t + 1));
        // Success resets it.
        poll(s, s.nextDueMs(), s.nextDueMs() + 100);
        QCOMPARE(s.throttledInARow(), 0);
        QCOMPARE(s.nextDueMs() - s.lastStartMs(), 30'000);
    }

    void otherFailuresKeepTheInterval()
    {
        PollSchedule s(timing());
        poll(s, 0, 100, PollOutcome::Failed);
        QCOMPARE(s.nextDueMs(), 30'000);
        QVERIFY(!s.isBackingOff());
    }

    void refreshNow()
    {
        PollSchedule s(timing());
        poll(s, 0, 100);
        QVERIFY(!s.isDue(5000));
        s.requestNow();
        QVERIFY(s.isDue(5000));
        // A request during a poll makes the next one due right after it.
        QVERIFY(s.start(5000));
        s.requestNow();
        QVERIFY(!s.isDue(5001));
        s.finish(6000, PollOutcome::Ok);
        QVERIFY(s.isDue(6000));
        poll(s, 6000, 6100);
        QVERIFY(!s.isDue(6200));
    }

    void finishWithoutStartIsIgnored()
    {
        PollSchedule s(timing());
        s.finish(100, PollOutcome::Throttled);
        QCOMPARE(s.throttledInARow(), 0);
        QVERIFY(s.isDue(0));
    }
};

QTEST_GUILESS_MAIN(TstPollSchedule)
#include "tst_pollschedule.moc"
