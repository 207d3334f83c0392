// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using ferry::model::Settings;

class TstSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaults()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings s(store);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.logLevel(), QStringLiteral("info"));
        QCOMPARE(s.region(), QStringLiteral("cn-hangzhou"));
        QCOMPARE(s.sandboxTimeScale(), 60.0);
        QVERIFY(s.recentPlans().isEmpty());
    }

    void roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings store(path, QSettings::IniFormat);
            Settings s(store);
            s.setLanguage(QStringLiteral("zh_CN"));
            s.setLogLevel(QStringLiteral("debug"));
            s.setRegion(QStringLiteral("cn-shanghai"));
            s.setSandboxTimeScale(120);
            s.sync();
        }
        QSettings store(path, QSettings::IniFormat);
        Settings s(store);
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.logLevel(), QStringLiteral("debug"));
        QCOMPARE(s.region(), QStringLiteral("cn-shanghai"));
        QCOMPARE(s.sandboxTimeScale(), 120.0);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("log level") << "log/level" << QVariant(QStringLiteral("loud"));
        QTest::newRow("time scale negative") << "sandbox/timeScale" << QVariant(-3);
        QTest::newRow("time scale text") << "sandbox/timeScale" << QVariant(QStringLiteral("x"));
        QTest::newRow("time scale huge") << "sandbox/timeScale" << QVariant(1e9);
    }

    void rejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        store.setValue(key, value);
        Settings s(store);
        QCOMPARE(s.logLevel(), QStringLiteral("info"));
        QCOMPARE(s.sandboxTimeScale(), 60.0);
        s.setLogLevel(QStringLiteral("nonsense"));
        QCOMPARE(s.logLevel(), QStringLiteral("info"));
    }

    void recentPlansNewestFirstDedupedBounded()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings s(store);
        for (int i = 0; i < 12; ++i)
            s.addRecentPlan(dir.filePath(QStringLiteral("plan%1.json").arg(i)));
        s.addRecentPlan(dir.filePath(QStringLiteral("plan5.json")));
        const QStringList recent = s.recentPlans();
        QCOMPARE(recent.size(), Settings::maxRecentPlans());
        QCOMPARE(recent.first(), dir.filePath(QStringLiteral("plan5.json")));
        QCOMPARE(recent.at(1), dir.filePath(QStringLiteral("plan11.json")));
        QCOMPARE(recent.count(dir.filePath(QStringLiteral("plan5.json"))), 1);
        s.removeRecentPlan(dir.filePath(QStringLiteral("plan5.json")));
        QVERIFY(!s.recentPlans().contains(dir.filePath(QStringLiteral("plan5.json"))));
    }

    void recentPlansAreCleanedPrunedAndCleared()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings s(store);
        const QString kept = dir.filePath(QStringLiteral("kept.json"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        s.addRecentPlan(dir.filePath(QStringLiteral("gone.json")));
        // The same file spelled differently is one entry.
        s.addRecentPlan(dir.path() + QStringLiteral("/sub/../kept.json"));
        s.addRecentPlan(kept);
        QCOMPARE(s.recentPlans(), (QStringList{kept, dir.filePath(QStringLiteral("gone.json"))}));
        QCOMPARE(s.pruneRecentPlans(), QStringList{dir.filePath(QStringLiteral("gone.json"))});
        QCOMPARE(s.recentPlans(), QStringList{kept});
        s.clearRecentPlans();
        QVERIFY(s.recentPlans().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
