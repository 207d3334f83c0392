// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eta.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>

using namespace ferry::model;
using DrainStatus = LagDrainEstimate::Status;
using Trend = LagDrainEstimate::Trend;
using CompletionStatus = CompletionEstimate::Status;

Q_DECLARE_METATYPE(ferry::model::LagDrainEstimate::Status)
Q_DECLARE_METATYPE(ferry::model::LagDrainEstimate::Trend)
Q_DECLARE_METATYPE(ferry::model::CompletionEstimate::Status)

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Hour = 3600 * 1000;

// Lag readings every stepS seconds: start + slope * t, plus uniform noise in [-noise, noise]
// (seeded, so the tables are reproducible), plus a spike on every spikeEvery-th reading.
Series lagSeries(double start, double slopeMsPerS, double noise, int spikeEvery, int count,
                 int stepS)
{
    QRandomGenerator rng(42);
    Series s;
    for (int i = 0; i < count; ++i) {
        const double t = double(i) * stepS;
        double v = start + slopeMsPerS * t + (rng.generateDouble() * 2 - 1) * noise;
        if (spikeEvery > 0 && i % spikeEvery == 3)
            v += 300'000;
        s.append(T0 + qint64(t * 1000), v);
    }
    return s;
}

// A cumulative count read every minute over [0, minutes], from a function of the minute.
Series countSeries(int minutes, const std::function<double(int)> &doneAtMinute)
{
    Series s;
    for (int m = 0; m <= minutes; ++m)
        s.append(T0 + qint64(m) * 60'000, doneAtMinute(m));
    return s;
}

} // namespace

class TstEta final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void lagDrain_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("slope"); // ms of lag per second
        QTest::addColumn<double>("noise");
        QTest::addColumn<int>("spikeEvery");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("stepS");
        QTest::addColumn<DrainStatus>("status");
        QTest::addColumn<Trend>("trend");
        QTest::addColumn<double>("etaS"); // -1: no ETA
        QTest::addColumn<double>("tolerance");
        // 1,200 s of lag draining at 0.5 s/s for 600 s leaves 900 s: 1,800 s to go.
        QTest::newRow("linear drain") << 1.2e6 << -500.0 << 0.0 << 0 << 61 << 10
                                      << DrainStatus::Converging << Trend::Falling << 1800.0 << 0.0;
        QTest::newRow("slow but clean drain")
            << 1e5 << -10.0 << 0.0 << 0 << 61 << 10 << DrainStatus::Converging << Trend::Falling
            << 9400.0 << 0.0;
        QTest::newRow("drain through spikes")
            << 1.2e6 << -500.0 << 0.0 << 7 << 61 << 10 << DrainStatus::Converging << Trend::Falling
            << 1800.0 << 0.03;
        QTest::newRow("rising") << 1e5 << 200.0 << 0.0 << 0 << 61 << 10
                                << DrainStatus::NotConverging << Trend::Rising << -1.0 << 0.0;
        QTest::newRow("flat and noisy")
            << 6e4 << 0.0 << 3000.0 << 0 << 61 << 10 << DrainStatus::NotConverging << Trend::Steady
            << -1.0 << 0.0;
        QTest::newRow("noise drowns a slow drain")
            << 6e4 << -1.0 << 20'000.0 << 0 << 61 << 10 << DrainStatus::NotConverging
            << Trend::Steady << -1.0 << 0.0;
        QTest::newRow("caught up") << 2000.0 << 0.0 << 0.0 << 0 << 61 << 10 << DrainStatus::CaughtUp
                                   << Trend::Steady << -1.0 << 0.0;
        QTest::newRow("caught up even while rising")
            << 1000.0 << 5.0 << 0.0 << 0 << 61 << 10 << DrainStatus::CaughtUp << Trend::Rising
            << -1.0 << 0.0;
        QTest::newRow("too few readings")
            << 1.2e6 << -500.0 << 0.0 << 0 << 4 << 60 << DrainStatus::Insufficient << Trend::Unknown
            << -1.0 << 0.0;
        QTest::newRow("too short a span")
            << 1.2e6 << -500.0 << 0.0 << 0 << 31 << 1 << DrainStatus::Insufficient << Trend::Unknown
            << -1.0 << 0.0;
        QTest::newRow("dense readings are thinned")
            << 1.2e6 << -500.0 << 0.0 << 0 << 601 << 1 << DrainStatus::Converging << Trend::Falling
            << 1800.0 << 0.0;
    }

    void lagDrain()
    {
        QFETCH(double, start);
        QFETCH(double, slope);
        QFETCH(double, noise);
        QFETCH(int, spikeEvery);
        QFETCH(int, count);
        QFETCH(int, stepS);
        QFETCH(DrainStatus, status);
        QFETCH(Trend, trend);
        QFETCH(double, etaS);
        QFETCH(double, tolerance);
        const Series s = lagSeries(start, slope, noise, spikeEvery, count, stepS);
        const qint64 last = s.time(s.size() - 1);
        const LagDrainEstimate e = estimateLagDrain(s, last);
        QCOMPARE(e.status, status);
        QCOMPARE(e.trend, trend);
        QCOMPARE(e.atMs, last);
        QCOMPARE(e.currentLagMs, s.value(s.size() - 1));
        if (etaS < 0) {
            QVERIFY(!e.etaMs);
            QVERIFY(!e.drainedAtMs);
            return;
        }
        QVERIFY(e.etaMs);
        QVERIFY2(std::abs(double(*e.etaMs) - etaS * 1000) <= etaS * 1000 * tolerance + 1,
                 qPrintable(QString::number(*e.etaMs)));
        QCOMPARE(*e.drainedAtMs, last + *e.etaMs);
        if (tolerance == 0) {
            QCOMPARE(e.catchUpMsPerSecond, -slope);
            QCOMPARE(e.trendMsPerMinute, slope * 60);
        }
    }

    // Only the recent window counts: a long rise followed by ten minutes of drain converges.
    void onlyTheRecentWindowCounts()
    {
        Series s;
        for (int i = 0; i <= 360; ++i) // an hour rising to 360 s of lag
            s.append(T0 + qint64(i) * 10'000, i * 1000.0);
        for (int i = 1; i <= 60; ++i) // ten minutes draining at 0.2 s/s
            s.append(T0 + 3'600'000 + qint64(i) * 10'000, 360'000.0 - i * 2'000.0);
        const LagDrainEstimate e = estimateLagDrain(s, T0 + 4'200'000);
        QCOMPARE(e.status, DrainStatus::Converging);
        QCOMPARE(*e.etaMs, qint64(240'000 / 0.2));
        LagDrainConfig longWindow;
        longWindow.windowMs = 2 * Hour;
        QCOMPARE(estimateLagDrain(s, T0 + 4'200'000, longWindow).status,
                 DrainStatus::NotConverging);
    }

    void noReadingsAndFutureReadings()
    {
        Series s = lagSeries(1.2e6, -500, 0, 0, 61, 10);
        s.append(T0 + 610'000, std::nan(""));
        s.append(T0 + 900'000, 5e6); // after "now": ignored
        const LagDrainEstimate e = estimateLagDrain(s, T0 + 620'000);
        QCOMPARE(e.status, DrainStatus::Converging);
        QCOMPARE(e.atMs, T0 + 600'000);
        QCOMPARE(*e.etaMs, qint64(1'800'000));
        QCOMPARE(estimateLagDrain(s, T0 - 1).status, DrainStatus::Insufficient);
        QCOMPARE(estimateLagDrain(Series{}, T0).status, DrainStatus::Insufficient);
    }

    void completion_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<double>("total");
        QTest::addColumn<CompletionStatus>("status");
        QTest::addColumn<double>("rate"); // per hour
        QTest::addColumn<double>("etaH");
        QTest::addColumn<double>("lowH");
        QTest::addColumn<double>("highH"); // -1: unbounded
        // 10 an hour for 4 h: 40 done of 100, 6 h to go, and no spread.
        QTest::newRow("steady") << "steady" << 100.0 << CompletionStatus::Estimating << 10.0 << 6.0
                                << 6.0 << 6.0;
        // The last 30 min in three parts at 6, 12 and 18 an hour: 36 of 96 done, 60 to go.
        QTest::newRow("speeding up") << "6-12-18" << 96.0 << CompletionStatus::Estimating << 12.0
                                     << 5.0 << 60.0 / 18 << 10.0;
        QTest::newRow("a part without progress")
            << "0-12-24" << 96.0 << CompletionStatus::Estimating << 12.0 << 5.0 << 2.5 << -1.0;
        QTest::newRow("stalled") << "flat" << 96.0 << CompletionStatus::Stalled << 0.0 << -1.0
                                 << -1.0 << -1.0;
        QTest::newRow("done") << "steady" << 40.0 << CompletionStatus::Done << 0.0 << -1.0 << -1.0
                              << -1.0;
        QTest::newRow("no total") << "steady" << 0.0 << CompletionStatus::Insufficient << 0.0
                                  << -1.0 << -1.0 << -1.0;
        QTest::newRow("too little history")
            << "short" << 100.0 << CompletionStatus::Insufficient << 0.0 << -1.0 << -1.0 << -1.0;
        // Ten minutes of history at 30 an hour, 5 done: the window shrinks to what there is.
        QTest::newRow("short but enough") << "young" << 100.0 << CompletionStatus::Estimating
                                          << 30.0 << 95.0 / 30 << 95.0 / 30 << 95.0 / 30;
    }

    void completion()
    {
        QFETCH(QString, shape);
        QFETCH(double, total);
        QFETCH(CompletionStatus, status);
        QFETCH(double, rate);
        QFETCH(double, etaH);
        QFETCH(double, lowH);
        QFETCH(double, highH);
        // Three parts of the last 30 min (minutes 210-220, 220-230, 230-240) at rates a, b, c/h.
        const auto parts = [](double a, double b, double c) {
            return [=](int m) {
                double done = 30;
                done += std::clamp(m - 210, 0, 10) * a / 60;
                done += std::clamp(m - 220, 0, 10) * b / 60;
                done += std::clamp(m - 230, 0, 10) * c / 60;
                return m <= 210 ? m * 30.0 / 210 : done;
            };
        };
        Series s;
        if (shape == u"steady")
            s = countSeries(240, [](int m) { return m / 6.0; });
        else if (shape == u"6-12-18")
            s = countSeries(240, parts(6, 12, 18));
        else if (shape == u"0-12-24")
            s = countSeries(240, parts(0, 12, 24));
        else if (shape == u"flat")
            s = countSeries(240, [](int m) { return std::min(m, 200) / 5.0; });
        else if (shape == u"short")
            s = countSeries(3, [](int m) { return m; });
        else if (shape == u"young")
            s = countSeries(10, [](int m) { return m / 2.0; });
        const qint64 now = s.time(s.size() - 1);
        const CompletionEstimate e = estimateCompletion(s, total, now);
        QCOMPARE(e.status, status);
        if (status != CompletionStatus::Estimating) {
            QVERIFY(!e.etaMs);
            return;
        }
        QVERIFY(std::abs(e.ratePerHour - rate) < 1e-9);
        const auto hours = [](qint64 ms) { return double(ms) / Hour; };
        QVERIFY(e.etaMs && std::abs(hours(*e.etaMs) - etaH) < 1e-6);
        QVERIFY(e.etaLowMs && std::abs(hours(*e.etaLowMs) - lowH) < 1e-6);
        if (highH < 0)
            QVERIFY(!e.etaHighMs);
        else
            QVERIFY(e.etaHighMs && std::abs(hours(*e.etaHighMs) - highH) < 1e-6);
        QVERIFY(*e.etaLowMs <= *e.etaMs);
        QCOMPARE(e.remaining, total - s.value(s.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TstEta)
#include "tst_eta.moc"
