// SPDX-License-Identifier: GPL-3.0-or-later
// The monitoring preferences: defaults, bounds, hand-edited values, and a round trip.
#include "model/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using ferry::model::Settings;

class TstMonitorSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaults()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const Settings s(store);
        QCOMPARE(s.pollIntervalSeconds(), 30);
        QCOMPARE(s.stallThresholdMinutes(), 15);
        QCOMPARE(s.lagNotifications(), true);
    }

    void bounds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("read");
        QTest::newRow("interval too short") << "monitor/pollIntervalSeconds"
                                            << "1" << 30;
        QTest::newRow("interval shortest") << "monitor/pollIntervalSeconds"
                                           << "5" << 5;
        QTest::newRow("interval hour") << "monitor/pollIntervalSeconds"
                                       << "3600" << 3600;
        QTest::newRow("interval too long") << "monitor/pollIntervalSeconds"
                                           << "3601" << 30;
        QTest::newRow("interval not a number") << "monitor/pollIntervalSeconds"
                                               << "soon" << 30;
        QTest::newRow("stall zero") << "monitor/stallThresholdMinutes"
                                    << "0" << 15;
        QTest::newRow("stall minute") << "monitor/stallThresholdMinutes"
                                      << "1" << 1;
        QTest::newRow("stall week") << "monitor/stallThresholdMinutes"
                                    << "10080" << 10080;
        QTest::newRow("stall over a week") << "monitor/stallThresholdMinutes"
                                           << "10081" << 15;
    }

    // A hand-edited file with values out of range falls back to the defaults.
    void bounds()
    {
        QFETCH(QString, key);
        QFETCH(QString, stored);
        QFETCH(int, read);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        store.setValue(key, stored);
        const Settings s(store);
        const int value = key.endsWith(QLatin1String("Seconds")) ? s.pollIntervalSeconds()
                                                                 : s.stallThresholdMinutes();
        QCOMPARE(value, read);
    }

    void settersRefuseOutOfRange()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings s(store);
        s.setPollIntervalSeconds(60);
        s.setPollIntervalSeconds(2);
        QCOMPARE(s.pollIntervalSeconds(), 60);
        s.setStallThresholdMinutes(45);
        s.setStallThresholdMinutes(0);
        QCOMPARE(s.stallThresholdMinutes(), 45);
    }

    void roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings store(path, QSettings::IniFormat);
            Settings s(store);
            s.setPollIntervalSeconds(120);
            s.setStallThresholdMinutes(30);
            s.setLagNotifications(false);
            s.sync();
        }
        QSettings store(path, QSettings::IniFormat);
        const Settings s(store);
        QCOMPARE(s.pollIntervalSeconds(), 120);
        QCOMPARE(s.stallThresholdMinutes(), 30);
        QCOMPARE(s.lagNotifications(), false);
    }
};

QTEST_GUILESS_MAIN(TstMonitorSettings)
#include "tst_monitorsettings.moc"
