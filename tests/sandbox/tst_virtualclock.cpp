// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/virtualclock.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <thread>

using namespace ferry::sandbox;
using namespace std::chrono_literals;

class TestVirtualClock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void startsAtRealTime()
    {
        const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
        VirtualClock clock;
        const auto after = std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
        QVERIFY(clock.now() >= before);
        QVERIFY(clock.now().time_since_epoch() <= after.time_since_epoch() + 10s);
        QCOMPARE(clock.scale(), 1.0);
    }

    void frozenClockOnlyMovesWhenAdvanced()
    {
        const VirtualTime start(1'000'000ms);
        VirtualClock clock(start, 0.0);
        QTest::qWait(20);
        QCOMPARE(clock.now(), start);
        clock.advance(90s);
        QCOMPARE(clock.now(), start + 90s);
        clock.advance(-5s); // ignored: time never runs backwards by advancing
        QCOMPARE(clock.now(), start + 90s);
        clock.setNow(VirtualTime(5ms));
        QCOMPARE(clock.now(), VirtualTime(5ms));
    }

    void scaleMultipliesRealTime()
    {
        VirtualClock clock(VirtualTime(0ms), 1000.0);
        QElapsedTimer real;
        real.start();
        const VirtualTime first = clock.now();
        QTest::qWait(30);
        const qint64 elapsedLowerBound = real.elapsed();
        const VirtualTime second = clock.now();
        // At least 1000 virtual ms per real ms have passed (a lower bound only: no upper bound
        // is asserted, the machine may be slow).
        QVERIFY((second - first).count() >= (elapsedLowerBound - 1) * 1000);
        QVERIFY(second - first >= 29s);
    }

    void setScaleKeepsTimeContinuous()
    {
        VirtualClock clock(VirtualTime(0ms), 0.0);
        clock.advance(10s);
        clock.setScale(3600.0);
        QCOMPARE(clock.scale(), 3600.0);
        QVERIFY(clock.now() >= VirtualTime(10s));
        clock.setScale(0.0);
        const VirtualTime frozen = clock.now();
        QTest::qWait(10);
        QCOMPARE(clock.now(), frozen);
        clock.setScale(-1.0); // treated as frozen
        QCOMPARE(clock.scale(), 0.0);
    }

    void monotonicAcrossThreads()
    {
        VirtualClock clock(VirtualTime(0ms), 100.0);
        std::atomic<bool> backwards{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                VirtualTime last = clock.now();
                for (int i = 0; i < 20000; ++i) {
                    if (i % 1000 == 0)
                        clock.advance(1ms);
                    const VirtualTime now = clock.now();
                    if (now < last)
                        backwards = true;
                    last = now;
                }
            });
        for (auto &thread : threads)
            thread.join();
        QVERIFY(!backwards);
    }

    void isoFormatting()
    {
        QCOMPARE(QString::fromStdString(toIsoString(VirtualTime(1698315752123ms))),
                 QStringLiteral("2023-10-26T10:22:32.123Z"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualClock)
#include "tst_virtualclock.moc"
