// SPDX-License-Identifier: GPL-3.0-or-later
// Lag history of DTS jobs: readings shared with charts, persisted so they survive a restart,
// compacted at start, holding nothing but ids, times and values; and threshold crossings.
#include "model/laghistory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ferry::model;

namespace {
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 24 * 3600 * 1000;
} // namespace

class TstLagHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void survivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::shared_ptr<const Series> shared;
        {
            SeriesStore store(dir.path());
            LagHistory history(&store);
            shared = history.series(QStringLiteral("jy6nmqxhlkeiimy"), kT0);
            for (int i = 0; i < 10; ++i)
                history.record(QStringLiteral("jy6nmqxhlkeiimy"), kT0 + i * 30'000, 1000.0 * i,
                               kT0 + i * 30'000);
            history.record(QStringLiteral("m1"), kT0, std::nan(""), kT0);
            // The chart's series is the one readings are appended to.
            QCOMPARE(shared->size(), 10);
            QVERIFY(history.errors().isEmpty());
        }
        SeriesStore store(dir.path());
        LagHistory restarted(&store);
        QVERIFY(restarted.compact(kT0 + kDay).isEmpty());
        const auto series = restarted.series(QStringLiteral("jy6nmqxhlkeiimy"), kT0 + kDay);
        QCOMPARE(series->size(), 10);
        QCOMPARE(series->at(3), (Sample{kT0 + 90'000, 3000.0}));
        const auto other = restarted.series(QStringLiteral("m1"), kT0 + kDay);
        QCOMPARE(other->size(), 1);
        QVERIFY(std::isnan(other->value(0)));
        QCOMPARE(store.jobIds(), QStringList({"jy6nmqxhlkeiimy", "m1"}));
    }

    void compactsExpiredAtStart()
    {
        QTemporaryDir dir;
        const qint64 retention = 2 * kDay;
        {
            SeriesStore store(dir.path(), retention);
            LagHistory history(&store);
            history.record(QStringLiteral("a"), kT0, 100, kT0);
            history.record(QStringLiteral("a"), kT0 + 3 * kDay, 200, kT0 + 3 * kDay);
        }
        SeriesStore store(dir.path(), retention);
        const QString path = store.filePath(QStringLiteral("a"));
        const qint64 before = QFileInfo(path).size();
        LagHistory history(&store);
        QVERIFY(history.compact(kT0 + 3 * kDay).isEmpty());
        QCOMPARE(QFileInfo(path).size(), before - 16); // one record of 16 bytes dropped
        const auto series = history.series(QStringLiteral("a"), kT0 + 3 * kDay);
        QCOMPARE(series->size(), 1);
        QCOMPARE(series->value(0), 200.0);
    }

    void holdsOnlyIdsTimesAndValues()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        LagHistory history(&store);
        history.record(QStringLiteral("jy6nmqxhlkeiimy"), kT0, 1234.0, kT0);
        history.record(QStringLiteral("jy6nmqxhlkeiimy"), kT0 + 1000, 1500.0, kT0 + 1000);
        QFile file(store.filePath(QStringLiteral("jy6nmqxhlkeiimy")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Header (magic, version, record size, id length, id, CRC) then two 16-byte records.
        const qsizetype header = 8 + 2 + 2 + 2 + 15 + 2;
        QCOMPARE(bytes.size(), header + 2 * 16);
        QVERIFY(bytes.startsWith("FERRYLAG"));
    }

    void memoryOnlyWithoutStore()
    {
        LagHistory history;
        QCOMPARE(history.record(QStringLiteral("x"), kT0, 5, kT0), Series::AppendResult::Appended);
        QCOMPARE(history.record(QStringLiteral("x"), kT0, 6, kT0), Series::AppendResult::Replaced);
        QCOMPARE(history.record(QStringLiteral("x"), kT0, INFINITY, kT0),
                 Series::AppendResult::Rejected);
        QCOMPARE(history.series(QStringLiteral("x"), kT0)->size(), 1);
        QCOMPARE(history.series(QStringLiteral("x"), kT0)->value(0), 6.0);
        QVERIFY(history.compact(kT0).isEmpty());
    }

    void unreadableFileIsReportedNotOverwritten()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        QFile bad(store.filePath(QStringLiteral("bad")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a lag history at all");
        bad.close();
        LagHistory history(&store);
        QCOMPARE(history.series(QStringLiteral("bad"), kT0)->size(), 0);
        QCOMPARE(history.errors().size(), 1);
        QCOMPARE(history.errors().first().code, SeriesStoreError::Code::BadHeader);
    }

    void crossings_data()
    {
        QTest::addColumn<QList<double>>("readings");
        QTest::addColumn<QString>("crossings");
        // One letter per reading: "." nothing, U crossed up, D crossed back down.
        QTest::newRow("first reading over: no crossing") << QList<double>{9000, 9500} << "..";
        QTest::newRow("up and down") << QList<double>{1000, 5000, 7000, 4999, 4000} << ".U.D.";
        QTest::newRow("no reading ignored")
            << QList<double>{1000, std::nan(""), 6000, std::nan(""), 1000} << "..U.D";
        QTest::newRow("flat under") << QList<double>{0, 4999, 4999} << "...";
    }

    void crossings()
    {
        QFETCH(QList<double>, readings);
        QFETCH(QString, crossings);
        LagThresholdWatch watch(5000);
        QString seen;
        for (double v : readings) {
            switch (watch.observe(QStringLiteral("j"), v)) {
            case LagThresholdWatch::Crossing::None:
                seen += QLatin1Char('.');
                break;
            case LagThresholdWatch::Crossing::Above:
                seen += QLatin1Char('U');
                break;
            case LagThresholdWatch::Crossing::Below:
                seen += QLatin1Char('D');
                break;
            }
        }
        QCOMPARE(seen, crossings);
        // Another job starts on its own.
        QVERIFY(!watch.isAbove(QStringLiteral("other")));
        QCOMPARE(watch.observe(QStringLiteral("other"), 9000), LagThresholdWatch::Crossing::None);
    }
};

QTEST_GUILESS_MAIN(TstLagHistory)
#include "tst_laghistory.moc"
