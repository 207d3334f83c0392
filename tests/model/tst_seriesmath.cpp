// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesmath.h"

#include <QTest>

#include <cmath>

using namespace ferry::model;

class TstSeriesMath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void interpolate_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("expected"); // NaN: none
        // Readings: 0 -> 0, 10 -> 100, 20 -> NaN, 30 -> 300.
        QTest::newRow("exact") << qint64(10) << 100.0;
        QTest::newRow("between") << qint64(5) << 50.0;
        QTest::newRow("across a NaN reading") << qint64(20) << 200.0;
        QTest::newRow("last") << qint64(30) << 300.0;
        QTest::newRow("before") << qint64(-1) << std::nan("");
        QTest::newRow("after") << qint64(31) << std::nan("");
    }

    void interpolate()
    {
        QFETCH(qint64, t);
        QFETCH(double, expected);
        Series s;
        s.append(0, 0);
        s.append(10, 100);
        s.append(20, std::nan(""));
        s.append(30, 300);
        const double v = interpolateAt(s, t);
        if (std::isnan(expected))
            QVERIFY(std::isnan(v));
        else
            QCOMPARE(v, expected);
    }

    void ratePerHour()
    {
        // 2 partitions a minute for 30 min, then 1 a minute for 30 min.
        Series done;
        for (int m = 0; m <= 60; ++m)
            done.append(qint64(m) * 60'000, m <= 30 ? 2.0 * m : 60.0 + (m - 30));
        const Series rate = rateSeries(done, 10 * 60'000);
        QCOMPARE(rate.size(), 6);
        QCOMPARE(rate.time(0), qint64(10 * 60'000));
        QCOMPARE(rate.value(0), 120.0);
        QCOMPARE(rate.value(2), 120.0);
        QCOMPARE(rate.value(3), 60.0);
        QCOMPARE(rate.value(5), 60.0);
        QVERIFY(rateSeries(done, 0).isEmpty());
        QVERIFY(rateSeries(done, 2 * 3600'000).isEmpty());
        QVERIFY(rateSeries(Series{}, 1000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSeriesMath)
#include "tst_seriesmath.moc"
