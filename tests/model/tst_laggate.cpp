// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/laggate.h"
#include "model/lagunits.h"

#include <QTest>

#include <cmath>

using namespace ferry::model;
using Kind = LagGateState::Kind;
using Reason = LagGateState::Reason;

Q_DECLARE_METATYPE(ferry::model::LagGateState::Kind)
Q_DECLARE_METATYPE(ferry::model::LagGateState::Reason)
Q_DECLARE_METATYPE(ferry::model::DtsDelayKind)

namespace {

// "t:v t:v ..." with t in seconds and v the lag in ms ("nan" for no reading).
Series parse(const QString &text)
{
    Series s;
    const auto tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const auto parts = token.split(QLatin1Char(':'));
        const double v = parts[1] == u"nan" ? std::nan("") : parts[1].toDouble();
        s.append(parts[0].toLongLong() * 1000, v);
    }
    return s;
}

// Readings every `step` seconds from `from` to `to` (inclusive) at `value` ms, as parse() text.
QString steady(int from, int to, int step, int value)
{
    QStringList out;
    for (int t = from; t <= to; t += step)
        out << QStringLiteral("%1:%2").arg(t).arg(value);
    return out.join(QLatin1Char(' '));
}

// "from-to from-to" in seconds.
QString format(const QList<TimeRange> &ranges)
{
    QStringList out;
    for (const TimeRange &r : ranges)
        out << QStringLiteral("%1-%2").arg(r.from / 1000).arg(r.to / 1000);
    return out.join(QLatin1Char(' '));
}

// Window 300 s, threshold 5000 ms, max gap 30 s: the configuration of every table below.
LagGate gate()
{
    LagGateConfig c;
    c.maxGapMs = 30'000;
    return LagGate(c);
}

} // namespace

class TstLagGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void delayUnits_data()
    {
        QTest::addColumn<DtsDelayKind>("kind");
        QTest::addColumn<double>("delay");
        QTest::addColumn<double>("expectedMs"); // NaN: no reading
        const double none = std::nan("");
        QTest::newRow("migration ms") << DtsDelayKind::Migration << 1234.0 << 1234.0;
        QTest::newRow("sync s") << DtsDelayKind::Synchronization << 7.0 << 7000.0;
        QTest::newRow("sync fraction") << DtsDelayKind::Synchronization << 0.25 << 250.0;
        QTest::newRow("zero") << DtsDelayKind::Synchronization << 0.0 << 0.0;
        QTest::newRow("negative") << DtsDelayKind::Migration << -1.0 << none;
        QTest::newRow("nan") << DtsDelayKind::Synchronization << none << none;
        QTest::newRow("inf") << DtsDelayKind::Migration << HUGE_VAL << none;
    }

    void delayUnits()
    {
        QFETCH(DtsDelayKind, kind);
        QFETCH(double, delay);
        QFETCH(double, expectedMs);
        const auto ms = dtsDelayToMs(delay, kind);
        if (std::isnan(expectedMs)) {
            QVERIFY(!ms);
        } else {
            QVERIFY(ms);
            QCOMPARE(*ms, expectedMs);
        }
    }

    void jobTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind"); // -1: none
        QTest::newRow("MIGRATION") << "MIGRATION" << int(DtsDelayKind::Migration);
        QTest::newRow("online") << "online" << int(DtsDelayKind::Migration);
        QTest::newRow("SYNC") << "SYNC" << int(DtsDelayKind::Synchronization);
        QTest::newRow("sync") << " sync " << int(DtsDelayKind::Synchronization);
        QTest::newRow("SUBSCRIBE") << "SUBSCRIBE" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void jobTypes()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        const auto k = dtsDelayKindFromJobType(type);
        QCOMPARE(k ? int(*k) : -1, kind);
        if (k)
            QCOMPARE(dtsDelayUnitMs(*k), *k == DtsDelayKind::Migration ? 1.0 : 1000.0);
    }

    void goIntervals_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("exactly the window opens at its end")
            << steady(0, 300, 10, 4000) << "300-300";
        QTest::newRow("one reading short of the window") << steady(0, 290, 10, 4000) << "";
        QTest::newRow("sustained") << steady(0, 900, 10, 4000) << "300-900";
        QTest::newRow("threshold itself is not under") << steady(0, 900, 10, 5000) << "";
        QTest::newRow("just under") << steady(0, 600, 10, 4999) << "300-600";
        QTest::newRow("one spike restarts the window")
            << steady(0, 390, 10, 100) + " 400:5000 " + steady(410, 1000, 10, 100)
            << "300-390 710-1000";
        QTest::newRow("nan restarts the window")
            << steady(0, 390, 10, 100) + " 400:nan " + steady(410, 1000, 10, 100)
            << "300-390 710-1000";
        QTest::newRow("gap over maxGap restarts the window")
            << steady(0, 390, 10, 100) + " " + steady(421, 1000, 10, 100) << "300-390 721-991";
        QTest::newRow("gap of exactly maxGap keeps the run")
            << steady(0, 390, 10, 100) + " " + steady(420, 1000, 10, 100) << "300-1000";
        QTest::newRow("catch-up then steady")
            << "0:60000 60:40000 120:20000 180:6000 " + steady(240, 900, 30, 1500) << "540-900";
    }

    void goIntervals()
    {
        QFETCH(QString, series);
        QFETCH(QString, expected);
        QCOMPARE(format(gate().goIntervals(parse(series))), expected);
    }

    void goIntervalsClipToARange()
    {
        const Series s = parse(steady(0, 390, 10, 100) + " 400:9000 " + steady(410, 1000, 10, 100));
        const LagGate g = gate();
        QCOMPARE(format(g.goIntervals(s, 350'000, 800'000)), QStringLiteral("350-390 710-800"));
        QCOMPARE(format(g.goIntervals(s, 391'000, 709'000)), QString());
        QCOMPARE(format(g.goIntervals(s, 0, 2'000'000)), QStringLiteral("300-390 710-1000"));
    }

    void state_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("now");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<int>("since");
        QTest::addColumn<int>("goAt"); // -1: not checked
        QTest::newRow("no data") << "" << 100 << Kind::Unknown << Reason::NoData << 0 << -1;
        QTest::newRow("only future readings")
            << "500:100" << 100 << Kind::Unknown << Reason::NoData << 0 << -1;
        QTest::newRow("settling") << steady(0, 120, 10, 3000) << 125 << Kind::NoGo
                                  << Reason::Settling << 0 << 300;
        QTest::newRow("go at the window boundary")
            << steady(0, 300, 10, 3000) << 300 << Kind::Go << Reason::Sustained << 300 << 300;
        QTest::newRow("go since") << steady(0, 600, 10, 3000) << 610 << Kind::Go
                                  << Reason::Sustained << 300 << 300;
        QTest::newRow("over threshold since its first reading")
            << steady(0, 600, 10, 3000) + " 610:5000 620:9000" << 620 << Kind::NoGo
            << Reason::OverThreshold << 610 << -1;
        QTest::newRow("over stretch broken by a gap")
            << "0:9000 100:9000 110:9000" << 115 << Kind::NoGo << Reason::OverThreshold << 100
            << -1;
        QTest::newRow("stale: newest reading older than maxGap")
            << steady(0, 600, 10, 3000) << 631 << Kind::Unknown << Reason::Stale << 600 << -1;
        QTest::newRow("fresh at exactly maxGap")
            << steady(0, 600, 10, 3000) << 630 << Kind::Go << Reason::Sustained << 300 << -1;
        QTest::newRow("no reading") << steady(0, 600, 10, 3000) + " 610:nan 620:nan" << 620
                                    << Kind::Unknown << Reason::NoReading << 610 << -1;
        QTest::newRow("readings after now are ignored")
            << steady(0, 600, 10, 3000) + " 700:9000" << 605 << Kind::Go << Reason::Sustained << 300
            << -1;
        QTest::newRow("settling again after a gap")
            << steady(0, 600, 10, 3000) + " " + steady(700, 760, 10, 3000) << 760 << Kind::NoGo
            << Reason::Settling << 700 << 1000;
    }

    void state()
    {
        QFETCH(QString, series);
        QFETCH(int, now);
        QFETCH(Kind, kind);
        QFETCH(Reason, reason);
        QFETCH(int, since);
        QFETCH(int, goAt);
        const LagGateState st = gate().evaluate(parse(series), qint64(now) * 1000);
        QCOMPARE(st.kind, kind);
        QCOMPARE(st.reason, reason);
        QCOMPARE(st.sinceMs, qint64(since) * 1000);
        if (goAt >= 0)
            QCOMPARE(st.goAtMs, qint64(goAt) * 1000);
    }

    void stateReportsTheNewestFiniteReading()
    {
        const Series s = parse("0:1000 10:2500 20:nan");
        const LagGateState st = gate().evaluate(s, 25'000);
        QCOMPARE(st.lastReadingMs, qint64(10'000));
        QCOMPARE(st.lastValueMs, 2500.0);
    }

    // The open intervals and the state agree: Go exactly when now lies in an open interval that
    // ends at the newest reading.
    void stateAgreesWithIntervals()
    {
        const Series s = parse("0:60000 60:40000 120:20000 180:6000 " + steady(240, 900, 30, 1500) +
                               " 930:7000 " + steady(960, 1500, 30, 1000));
        const LagGate g = gate();
        const auto intervals = g.goIntervals(s);
        for (qint64 i = 0; i < s.size(); ++i) {
            const qint64 now = s.time(i);
            const bool inside =
                std::any_of(intervals.begin(), intervals.end(),
                            [&](const TimeRange &r) { return r.from <= now && now <= r.to; });
            QCOMPARE(g.evaluate(s, now).kind == Kind::Go, inside);
        }
    }

    void configForPollInterval()
    {
        const LagGateConfig c = LagGateConfig::forPollInterval(15'000);
        QCOMPARE(c.maxGapMs, qint64(45'000));
        QCOMPARE(c.thresholdMs, qint64(5000));
        QCOMPARE(c.windowMs, qint64(300'000));
        QCOMPARE(LagGateConfig::forPollInterval(0).maxGapMs, qint64(3));
        QCOMPARE(LagGate().config().windowMs, qint64(300'000));
    }
};

QTEST_GUILESS_MAIN(TstLagGate)
#include "tst_laggate.moc"
