// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/series.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using ferry::model::Sample;
using ferry::model::Series;
using Result = Series::AppendResult;

class TstSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void appendsInOrder()
    {
        Series s;
        QCOMPARE(s.append(1000, 1.5), Result::Appended);
        QCOMPARE(s.append(2000, 2.5), Result::Appended);
        QCOMPARE(s.append({3000, 3.5}), Result::Appended);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(1), (Sample{2000, 2.5}));
        QCOMPARE(s.times(), (std::vector<qint64>{1000, 2000, 3000}));
    }

    void duplicateTimestampReplacesValue()
    {
        Series s;
        s.append(1000, 1);
        s.append(2000, 2);
        QCOMPARE(s.append(2000, 20), Result::Replaced);
        QCOMPARE(s.append(1000, 10), Result::Replaced);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.value(0), 10.0);
        QCOMPARE(s.value(1), 20.0);
    }

    void olderSampleIsInsertedInPlace()
    {
        Series s;
        s.append(1000, 1);
        s.append(3000, 3);
        QCOMPARE(s.append(2000, 2), Result::Inserted);
        QCOMPARE(s.append(500, 0.5), Result::Inserted);
        QCOMPARE(s.times(), (std::vector<qint64>{500, 1000, 2000, 3000}));
        QCOMPARE(s.values(), (std::vector<double>{0.5, 1, 2, 3}));
    }

    void infiniteRejectedNanKept()
    {
        Series s;
        QCOMPARE(s.append(1000, std::numeric_limits<double>::infinity()), Result::Rejected);
        QCOMPARE(s.append(1000, -std::numeric_limits<double>::infinity()), Result::Rejected);
        QVERIFY(s.isEmpty());
        QCOMPARE(s.append(1000, std::nan("")), Result::Appended);
        QCOMPARE(s.size(), 1);
        QVERIFY(std::isnan(s.value(0)));
        QVERIFY(!s.latestFinite());
    }

    // Whatever order the same samples arrive in, the series ends up the same: sorted timestamps,
    // and for a repeated timestamp the value that arrived last.
    void arrivalOrderIsDeterministic()
    {
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 20; ++round) {
            std::vector<Sample> arrivals;
            for (int i = 0; i < 300; ++i)
                arrivals.push_back({qint64(rng.bounded(200)) * 1000, double(i)});
            std::map<qint64, double> expected;
            for (const Sample &a : arrivals)
                expected[a.t] = a.v;
            Series s;
            for (const Sample &a : arrivals)
                s.append(a);
            QCOMPARE(s.size(), qsizetype(expected.size()));
            qsizetype i = 0;
            for (const auto &[t, v] : expected) {
                QCOMPARE(s.time(i), t);
                QCOMPARE(s.value(i), v);
                ++i;
            }
        }
    }

    void rangeQueries_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qsizetype>("first");
        QTest::addColumn<qsizetype>("last");
        // Samples at 10, 20, 30, 40, 50 seconds.
        QTest::newRow("all") << qint64(0) << qint64(100000) << qsizetype(0) << qsizetype(5);
        QTest::newRow("inclusive ends")
            << qint64(20000) << qint64(40000) << qsizetype(1) << qsizetype(4);
        QTest::newRow("between samples")
            << qint64(21000) << qint64(39000) << qsizetype(2) << qsizetype(3);
        QTest::newRow("single instant")
            << qint64(30000) << qint64(30000) << qsizetype(2) << qsizetype(3);
        QTest::newRow("before all") << qint64(0) << qint64(9999) << qsizetype(0) << qsizetype(0);
        QTest::newRow("after all")
            << qint64(50001) << qint64(90000) << qsizetype(5) << qsizetype(5);
        QTest::newRow("reversed") << qint64(40000) << qint64(20000) << qsizetype(0) << qsizetype(0);
    }

    void rangeQueries()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qsizetype, first);
        QFETCH(qsizetype, last);
        Series s;
        for (int i = 1; i <= 5; ++i)
            s.append(i * 10000, i);
        const auto [a, b] = s.indexRange(from, to);
        QCOMPARE(a, first);
        QCOMPARE(b, last);
    }

    void boundsAndLatestFinite()
    {
        Series s;
        s.append(10, 1);
        s.append(20, std::nan(""));
        s.append(30, 3);
        s.append(40, std::nan(""));
        QCOMPARE(s.lowerBound(20), 1);
        QCOMPARE(s.upperBound(20), 2);
        QCOMPARE(s.lowerBound(5), 0);
        QCOMPARE(s.upperBound(45), 4);
        QCOMPARE(s.lastFiniteAtOrBefore(25), std::optional<qsizetype>(0));
        QCOMPARE(s.lastFiniteAtOrBefore(45), std::optional<qsizetype>(2));
        QCOMPARE(s.lastFiniteAtOrBefore(9), std::nullopt);
        QCOMPARE(s.latestFinite(), std::optional<Sample>(Sample{30, 3}));
    }

    void dropBeforeKeepsTheRest()
    {
        Series s;
        for (int i = 0; i < 10; ++i)
            s.append(i * 100, i);
        s.dropBefore(450);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.time(0), qint64(500));
        s.dropBefore(0);
        QCOMPARE(s.size(), 5);
        s.clear();
        QVERIFY(s.isEmpty());
    }

    // A week of 1-second samples must fit well under 32 MB: 16 bytes a sample when reserved.
    void weekOfSecondsIsCompact()
    {
        constexpr qsizetype n = 7 * 24 * 3600;
        Series s;
        s.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            s.append(1'700'000'000'000 + i * 1000, double(i % 7000));
        QCOMPARE(s.size(), n);
        QCOMPARE(s.memoryBytes(), n * 16);
        QVERIFY(s.memoryBytes() < 32 * 1024 * 1024);
        s.dropBefore(s.time(n / 2));
        s.squeeze();
        QCOMPARE(s.memoryBytes(), s.size() * 16);
    }
};

QTEST_GUILESS_MAIN(TstSeries)
#include "tst_series.moc"
