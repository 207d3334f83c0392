// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chartformat.h"
#include "gui/charts/chartparts.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace ferry::gui;

class TstChartFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5) << "0 ms";
        QTest::newRow("ms") << qint64(850) << "850 ms";
        QTest::newRow("one decimal") << qint64(3240) << "3.2 s";
        QTest::newRow("whole seconds") << qint64(5000) << "5 s";
        QTest::newRow("tens of seconds") << qint64(42'400) << "42 s";
        QTest::newRow("minutes and seconds") << qint64(245'000) << "4 min 5 s";
        QTest::newRow("whole minutes") << qint64(1'200'000) << "20 min";
        QTest::newRow("hours and minutes") << qint64(7'800'000) << "2 h 10 min";
        QTest::newRow("whole hours") << qint64(3'600'000) << "1 h";
        QTest::newRow("days and hours") << qint64(273'600'000) << "3 d 4 h";
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
    }

    void ticks_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<qint64>("stepMs");
        QTest::newRow("ten minutes") << qint64(600'000) << 10 << qint64(60'000);
        QTest::newRow("a day") << qint64(86'400'000) << 9 << qint64(3 * 3'600'000);
        QTest::newRow("a week") << qint64(7 * 86'400'000LL) << 9 << qint64(86'400'000);
        QTest::newRow("a minute") << qint64(60'000) << 8 << qint64(10'000);
    }

    // Ticks are round local times, evenly spaced, inside the range, no more than asked for,
    // with unique labels.
    void ticks()
    {
        QFETCH(qint64, spanMs);
        QFETCH(int, maxTicks);
        QFETCH(qint64, stepMs);
        const qint64 from = QDateTime(QDate(2024, 6, 11), QTime(16, 47, 13)).toMSecsSinceEpoch();
        const auto ticks = timeTicks(from, from + spanMs, maxTicks, QLocale::c());
        QVERIFY(!ticks.isEmpty());
        QVERIFY(ticks.size() <= maxTicks + 1);
        QSet<QString> labels;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks[i].t >= from && ticks[i].t <= from + spanMs);
            if (i > 0)
                QCOMPARE(ticks[i].t - ticks[i - 1].t, stepMs);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ticks[i].t);
            const qint64 sinceMidnight = local.time().msecsSinceStartOfDay();
            QCOMPARE(stepMs >= 86'400'000 ? sinceMidnight : sinceMidnight % stepMs, qint64(0));
            labels.insert(ticks[i].label);
        }
        QCOMPARE(labels.size(), ticks.size());
        QVERIFY(ticks.first().t - from < stepMs);
    }

    void midnightShowsTheDate()
    {
        const qint64 from = QDateTime(QDate(2024, 6, 11), QTime(18, 0)).toMSecsSinceEpoch();
        const auto ticks = timeTicks(from, from + 12 * 3'600'000, 6, QLocale::c());
        QStringList labels;
        for (const TimeTick &t : ticks)
            labels << t.label;
        QCOMPARE(labels,
                 (QStringList{"18:00", "20:00", "22:00", "6/12", "02:00", "04:00", "06:00"}));
        QVERIFY(timeTicks(from, from, 5, QLocale::c()).isEmpty());
    }

    void niceScales_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("tick");
        QTest::addColumn<int>("decimals");
        QTest::newRow("7.5") << 7.5 << 8.0 << 2.0 << 0;
        QTest::newRow("96") << 96.0 << 100.0 << 20.0 << 0;
        QTest::newRow("11") << 11.0 << 12.5 << 2.5 << 1;
        QTest::newRow("0.4") << 0.4 << 0.4 << 0.1 << 1;
        QTest::newRow("1234") << 1234.0 << 1250.0 << 250.0 << 0;
        QTest::newRow("0.03") << 0.03 << 0.03 << 0.01 << 2;
    }

    void niceScales()
    {
        QFETCH(double, value);
        QFETCH(double, max);
        QFETCH(double, tick);
        QFETCH(int, decimals);
        const NiceScale s = niceScale(value);
        QVERIFY(qFuzzyCompare(s.max, max));
        QVERIFY(qFuzzyCompare(s.tick, tick));
        QCOMPARE(s.decimals, decimals);
        QVERIFY(s.max >= value);
    }
};

QTEST_GUILESS_MAIN(TstChartFormat)
#include "tst_chartformat.moc"
