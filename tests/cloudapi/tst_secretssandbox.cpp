// SPDX-License-Identifier: GPL-3.0-or-later
// No secret reaches a file. Ferry's logging runs at debug level, its settings go to a QSettings
// file, and HOME, XDG_* and TMPDIR point into a temporary tree, while data sources are fetched
// with their configuration (AccessKey pairs, passwords, a PEM private key, a Databricks token).
// The secret values are taken from the raw bytes the sandbox sent, captured on the socket by a
// relay (and checked against the scenario's own data), never from Ferry's sanitized results.
// Afterwards every file in the tree is searched for them and for `LTAI`: there must be none, and
// what Ferry handed on must show ******** in their place.
#include "testsupport_sandbox.h"

#include "cloudapi/sandbox/mmsscenario.h"
#include "cloudapi/sandbox/services.h"
#include "model/logging.h"
#include "model/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using namespace ferry;
using namespace ferry::cloudapi;
using namespace ferry::model;
using ferry::test::await;
using nlohmann::json;

namespace {

constexpr std::uint64_t kSeed = 11;
const QList<qint64> kSources = {2000015, 2000019, 2000020, 2000021}; // HIVE, BQ, MC, Databricks

// Decided here, not by Ferry's sanitizer: password and file items, and AccessKey IDs.
bool sensitive(const json &item)
{
    const std::string type = item.value("type", std::string());
    return type == "password" || type == "file" ||
           (item.contains("value") && item["value"].is_string() &&
            item["value"].get<std::string>().starts_with("LTAI"));
}

// The pieces of a secret value worth searching for: the value itself, and for a JSON key file
// its private key's base64 body and key id (a file may hold them re-encoded).
QStringList needlesOf(const std::string &value)
{
    QStringList out{QString::fromStdString(value)};
    const json inner = json::parse(value, nullptr, false);
    if (inner.is_object()) {
        for (const char *key : {"private_key", "private_key_id"}) {
            if (!inner.contains(key) || !inner[key].is_string())
                continue;
            const QString text = QString::fromStdString(inner[key].get<std::string>());
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.startsWith(QLatin1String("-----")))
                    out << line;
        }
    }
    return out;
}

} // namespace

class TestSecretsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void configSecretsReachNoFile();

private:
    QTemporaryDir m_root;
    QByteArray m_savedEnv[7];
};

namespace {
const char *const kEnv[] = {"HOME",           "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"};
}

void TestSecretsSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_root.isValid());
    const QStringList dirs = {"home", "config", "cache", "data", "state", "runtime", "tmp"};
    for (int i = 0; i < 7; ++i) {
        const QString path = m_root.filePath(dirs[i]);
        QVERIFY(QDir().mkpath(path));
        m_savedEnv[i] = qgetenv(kEnv[i]);
        qputenv(kEnv[i], path.toLocal8Bit());
    }
    QFile::setPermissions(m_root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                .startsWith(m_root.path()));
    QVERIFY(QDir::tempPath().startsWith(m_root.path()));
}

void TestSecretsSandbox::cleanupTestCase()
{
    shutdownLogging();
    for (int i = 0; i < 7; ++i) {
        if (m_savedEnv[i].isNull())
            qunsetenv(kEnv[i]);
        else
            qputenv(kEnv[i], m_savedEnv[i]);
    }
}

void TestSecretsSandbox::configSecretsReachNoFile()
{
    // Ferry as the application sets itself up: logs at debug level, settings in QSettings.
    LogConfig log;
    log.directory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                        .filePath(QStringLiteral("logs"));
    log.level = QStringLiteral("debug");
    log.toStderr = false;
    QCOMPARE(initLogging(log), QString());
    QVERIFY(logFilePath().startsWith(m_root.path()));
    QSettings store;
    QVERIFY(store.fileName().startsWith(m_root.path()));
    Settings settings(store);
    settings.setRegion(test::kSandboxRegion);
    settings.setLogLevel(QStringLiteral("debug"));
    settings.setActiveProfile(QStringLiteral("sandbox"));

    test::SandboxRig rig;
    QVERIFY(rig.start(kSeed));
    test::RecordingRelay relay(rig.server->port());
    QVERIFY(relay.start());
    rig.retarget(relay.baseUrl());

    QList<MmsDataSource> results;
    for (const qint64 id : kSources) {
        auto r = await<MmsDataSource>([&](QObject *ctx, auto done) {
            return rig.mms->getDataSource(id, true, QStringLiteral("en_US"), ctx, done);
        });
        QVERIFY2(r.ok(), r.why().constData());
        results << r.value();
        // What a page would do with the result: show it, log it, remember the last one.
        for (const MmsConfigItem &item : r.value().config)
            spdlog::debug("data source {} config {} = {}", r.value().name.toStdString(),
                          item.key.toStdString(), item.value.toStdString());
        store.setValue(QStringLiteral("recent/dataSource"), r.value().name);
        QStringList shown;
        for (const MmsConfigItem &item : r.value().config)
            shown << item.key + QLatin1Char('=') + item.value;
        store.setValue(QStringLiteral("recent/config"), shown);
    }
    // A failing call logs its error too.
    auto failed = await<MmsDataSource>(
        [&](QObject *ctx, auto done) { return rig.mms->getDataSource(1, true, {}, ctx, done); });
    QVERIFY(!failed.ok());
    spdlog::warn("fetch failed: {}", failed.error().summary().toStdString());
    settings.sync();
    spdlog::default_logger()->flush();

    // The secrets, from the bytes on the wire.
    QStringList secrets;
    QMap<QString, QStringList> sensitiveKeys; // source name -> keys whose value is secret
    int bodies = 0;
    for (const QByteArray &raw : relay.responseBodies()) {
        const json body =
            json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
        if (!body.is_object() || !body.contains("data") || !body["data"].is_object() ||
            !body["data"].contains("config"))
            continue;
        ++bodies;
        const QString name = QString::fromStdString(body["data"].value("name", std::string()));
        for (const json &item : body["data"]["config"]) {
            if (!sensitive(item) || !item["value"].is_string())
                continue;
            sensitiveKeys[name] << QString::fromStdString(item["key"].get<std::string>());
            secrets << needlesOf(item["value"].get<std::string>());
        }
    }
    QCOMPARE(bodies, kSources.size());
    secrets << rig.server->keyPair().secret << rig.server->keyPair().id;
    const auto has = [&](auto &&pred) { return std::any_of(secrets.begin(), secrets.end(), pred); };
    QVERIFY(has([](const QString &s) { return s.startsWith(QLatin1String("LTAI5t")); }));
    QVERIFY(has([](const QString &s) { return s.startsWith(QLatin1String("dapi")); }));
    QVERIFY(has([](const QString &s) { return s.startsWith(QLatin1String("Hv#")); }));
    QVERIFY(has([](const QString &s) { return s.startsWith(QLatin1String("MIIEvQ")); }));

    // The capture is the real thing: the scenario holds exactly these values.
    sandbox::ScenarioOptions options;
    options.seed = kSeed;
    const sandbox::mms::MmsScenario scenario(options, sandbox::VirtualTime{});
    for (const qint64 id : kSources) {
        for (const sandbox::mms::ConfigItem &item : scenario.source(id)->config) {
            if (item.type != QLatin1String("password") || !item.value.is_string())
                continue;
            QVERIFY2(secrets.contains(QString::fromStdString(item.value.get<std::string>())),
                     qPrintable(item.key));
        }
    }

    // No file under the tree holds any of them, nor anything starting with LTAI.
    shutdownLogging();
    int files = 0;
    bool sawLog = false;
    bool sawSettings = false;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = f.readAll();
        ++files;
        sawLog = sawLog || path.endsWith(QLatin1String(".log"));
        sawSettings = sawSettings || path == store.fileName();
        QVERIFY2(!content.contains("LTAI"), qPrintable(path));
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()),
                     qPrintable(path + QLatin1String(" holds a secret of ") +
                                QString::number(secret.size()) + QLatin1String(" characters")));
    }
    QVERIFY(sawLog);
    QVERIFY(sawSettings);
    QVERIFY(files >= 2);
    // The log really recorded the calls (so its silence about secrets means something).
    QFile logFile(log.directory + QStringLiteral("/ferry.log"));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray logText = logFile.readAll();
    QVERIFY(logText.contains("GetMmsDataSource"));
    QVERIFY(logText.contains("config hive.jdbc.password = ********"));

    // What Ferry handed on shows ******** for each of them.
    for (const MmsDataSource &ds : results) {
        const QStringList keys = sensitiveKeys.value(ds.name);
        QVERIFY2(!keys.isEmpty(), qPrintable(ds.name));
        for (const MmsConfigItem &item : ds.config) {
            if (keys.contains(item.key))
                QVERIFY2(item.value == QLatin1String("********"),
                         qPrintable(ds.name + QLatin1Char(' ') + item.key));
            else
                QVERIFY(!item.value.contains(QLatin1String("LTAI")));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretsSandbox)
#include "tst_secretssandbox.moc"
