// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace ferry::model;

class TstLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { shutdownLogging(); }

    void parsesLevels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        QTest::newRow("trace") << "trace" << 0;
        QTest::newRow("debug upper") << "DEBUG" << 1;
        QTest::newRow("warning alias") << "warning" << 3;
        QTest::newRow("off") << "off" << 6;
        QTest::newRow("unknown") << "loud" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void parsesLevels()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        QCOMPARE(parseLogLevel(name).value_or(-1), level);
    }

    void fileLinesAreSanitized()
    {
        QTemporaryDir dir;
        LogConfig config;
        config.directory = dir.filePath(QStringLiteral("logs"));
        config.toStderr = false;
        config.level = QStringLiteral("debug");
        QVERIFY(initLogging(config).isEmpty());
        QVERIFY(logFilePath().startsWith(config.directory));

        spdlog::info("calling with AccessKeyId=LTAI5tExampleKey12345 and more");
        spdlog::debug(R"(body {{"password": "hunter2-secret", "name": "ok"}})");
        qWarning("Qt says accessKeySecret=qtSecretValue99 and token=abc.def");
        spdlog::default_logger()->flush();

        QFile file(logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("calling with"), text.constData());
        QVERIFY2(text.contains("Qt says"), "Qt messages are bridged into the log");
        QVERIFY2(text.contains("\"name\": \"ok\""), text.constData());
        for (const char *secret :
             {"LTAI5tExampleKey12345", "hunter2-secret", "qtSecretValue99", "abc.def"})
            QVERIFY2(!text.contains(secret), secret);
        QVERIFY(text.contains("********"));
    }

    void levelFiltersLines()
    {
        QTemporaryDir dir;
        LogConfig config;
        config.directory = dir.path();
        config.toStderr = false;
        config.level = QStringLiteral("warn");
        QVERIFY(initLogging(config).isEmpty());
        spdlog::info("quiet line");
        spdlog::warn("loud line");
        setLogLevel(QStringLiteral("info"));
        spdlog::info("now audible");
        spdlog::default_logger()->flush();
        QFile file(logFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("quiet line"));
        QVERIFY(text.contains("loud line"));
        QVERIFY(text.contains("now audible"));
    }

    void unwritableFolderFallsBackToStderr()
    {
        LogConfig config;
        config.directory = QStringLiteral("/proc/ferry-cannot-create-this");
        config.toStderr = false;
        const QString error = initLogging(config);
        QVERIFY(!error.isEmpty());
        QVERIFY(logFilePath().isEmpty());
        spdlog::info("still no crash");
    }
};

QTEST_GUILESS_MAIN(TstLogging)
#include "tst_logging.moc"
