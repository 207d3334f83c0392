// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/stalldetector.h"

#include <QTest>

#include <cmath>

using namespace ferry::model;
using Change = StallDetector::Change;

namespace {

// "t:state:progress ..." with t in minutes, state R (running) or S (not running), progress a
// number or "?" for none.
QList<JobObservation> parse(const QString &text)
{
    QList<JobObservation> out;
    const auto tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const auto p = token.split(QLatin1Char(':'));
        JobObservation o;
        o.t = p[0].toLongLong() * 60'000;
        o.running = p[1] == u"R";
        o.progress = p[2] == u"?" ? std::nan("") : p[2].toDouble();
        out.append(o);
    }
    return out;
}

QString letter(Change c)
{
    switch (c) {
    case Change::None:
        return QStringLiteral(".");
    case Change::Flagged:
        return QStringLiteral("F");
    case Change::Cleared:
        return QStringLiteral("C");
    case Change::Ignored:
        return QStringLiteral("x");
    }
    return {};
}

} // namespace

class TstStallDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // One letter per observation: "." nothing changed, F flagged, C cleared, x ignored. The
    // threshold is 15 minutes.
    void sequences_data()
    {
        QTest::addColumn<QString>("observations");
        QTest::addColumn<QString>("changes");
        QTest::addColumn<bool>("stalledAtEnd");
        QTest::newRow("progressing") << "0:R:0 5:R:10 10:R:20 15:R:30 20:R:40"
                                     << "....." << false;
        QTest::newRow("stuck for exactly the threshold") << "0:R:10 5:R:10 10:R:10 15:R:10"
                                                         << "...F" << true;
        QTest::newRow("stuck just under the threshold") << "0:R:10 14:R:10"
                                                        << ".." << false;
        QTest::newRow("stall then progress clears") << "0:R:10 20:R:10 21:R:11"
                                                    << ".FC" << false;
        QTest::newRow("clock restarts at the last progress") << "0:R:10 10:R:20 20:R:20 25:R:20"
                                                             << "...F" << true;
        QTest::newRow("not running is never stalled") << "0:S:10 30:S:10 60:S:10"
                                                      << "..." << false;
        QTest::newRow("stopping clears") << "0:R:5 16:R:5 17:S:5"
                                         << ".FC" << false;
        QTest::newRow("clock starts when running starts") << "0:S:5 30:R:5 40:R:5 45:R:5"
                                                          << "...F" << true;
        QTest::newRow("restart after a stop starts afresh") << "0:R:5 10:S:5 11:R:5 20:R:5 26:R:5"
                                                            << "....F" << true;
        QTest::newRow("a decrease is movement too") << "0:R:50 10:R:0 20:R:0 25:R:0"
                                                    << "...F" << true;
        QTest::newRow("unknown progress is not progress") << "0:R:? 10:R:? 15:R:?"
                                                          << "..F" << true;
        QTest::newRow("first known progress counts as movement") << "0:R:? 10:R:3 20:R:3 25:R:3"
                                                                 << "...F" << true;
        QTest::newRow("unknown readings do not reset the baseline") << "0:R:3 10:R:? 15:R:3"
                                                                    << "..F" << true;
        QTest::newRow("out-of-order observation ignored") << "0:R:1 10:R:1 5:R:2 15:R:1"
                                                          << "..xF" << true;
    }

    void sequences()
    {
        QFETCH(QString, observations);
        QFETCH(QString, changes);
        QFETCH(bool, stalledAtEnd);
        StallConfig config;
        config.thresholdMs = 15 * 60'000;
        StallDetector d(config);
        QString seen;
        for (const JobObservation &o : parse(observations))
            seen += letter(d.observe(o));
        QCOMPARE(seen, changes);
        QCOMPARE(d.state().stalled, stalledAtEnd);
    }

    void stateTimes()
    {
        StallDetector d; // 15 min default
        for (const JobObservation &o : parse("0:R:1 4:R:2 10:R:2 19:R:2 30:R:2"))
            d.observe(o);
        QVERIFY(d.state().stalled);
        QVERIFY(d.state().running);
        QCOMPARE(d.state().quietSinceMs, qint64(4 * 60'000));
        QCOMPARE(d.state().stalledSinceMs, qint64(19 * 60'000));
        QCOMPARE(d.state().lastObservedMs, qint64(30 * 60'000));
        QCOMPARE(d.state().lastProgress, 2.0);
    }

    void minChangeIgnoresJitter()
    {
        StallConfig config;
        config.thresholdMs = 10 * 60'000;
        config.minChange = 0.5;
        StallDetector d(config);
        QCOMPARE(d.observe({0, true, 10.0}), Change::None);
        QCOMPARE(d.observe({5 * 60'000, true, 10.4}), Change::None);
        QCOMPARE(d.observe({10 * 60'000, true, 10.1}), Change::Flagged);
        QCOMPARE(d.observe({11 * 60'000, true, 10.7}), Change::Cleared);
    }

    void trackerKeepsJobsApart()
    {
        StallConfig config;
        config.thresholdMs = 60'000;
        StallTracker tracker(config);
        QCOMPARE(tracker.observe(QStringLiteral("b"), {0, true, 1}), Change::None);
        QCOMPARE(tracker.observe(QStringLiteral("a"), {0, true, 1}), Change::None);
        QCOMPARE(tracker.observe(QStringLiteral("a"), {60'000, true, 1}), Change::Flagged);
        QCOMPARE(tracker.observe(QStringLiteral("b"), {60'000, true, 2}), Change::None);
        QCOMPARE(tracker.observe(QStringLiteral("c"), {0, true, 1}), Change::None);
        QCOMPARE(tracker.observe(QStringLiteral("c"), {90'000, true, 1}), Change::Flagged);
        QCOMPARE(tracker.stalledJobs(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(tracker.state(QStringLiteral("a"))->stalled);
        QVERIFY(!tracker.state(QStringLiteral("b"))->stalled);
        QVERIFY(!tracker.state(QStringLiteral("zzz")));
        tracker.forget(QStringLiteral("a"));
        QCOMPARE(tracker.stalledJobs(), QStringList{QStringLiteral("c")});
    }
};

QTEST_GUILESS_MAIN(TstStallDetector)
#include "tst_stalldetector.moc"
