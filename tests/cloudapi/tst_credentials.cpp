// SPDX-License-Identifier: GPL-3.0-or-later
// Credential sources: environment, the aliyun CLI file (AK, StsToken, RamRoleArn through STS),
// Ferry profiles in a secret store, the chain's order and the cheap start-up probe.

#include "cloudapi/aliyuncliconfig.h"
#include "cloudapi/assumerolecredentials.h"
#include "cloudapi/credentialchain.h"
#include "cloudapi/profilestore.h"
#include "cloudapi/secretstore.h"
#include "testsupport_httpserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ferry::cloudapi;
using ferry::test::ScriptedHttpServer;
using ferry::test::ScriptedResponse;

namespace {

template<class T>
struct Answer
{
    int calls = 0;
    std::optional<Result<T>> result;

    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
};

// Counts reads, to prove what does and does not touch the keychain.
class CountingStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context,
              std::function<void(Result<QString>)> done) override
    {
        ++reads;
        inner.read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &value, QObject *context,
               std::function<void(Result<Done>)> done) override
    {
        inner.write(key, value, context, std::move(done));
    }
    void remove(const QString &key, QObject *context,
                std::function<void(Result<Done>)> done) override
    {
        inner.remove(key, context, std::move(done));
    }

    InMemorySecretStore inner;
    int reads = 0;
};

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    for (const auto &[k, v] : vars)
        env.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return env;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

const QByteArray kCliConfig = R"({
  "current": "work",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "DefaultId", "access_key_secret": "DefaultSecret", "region_id": "cn-hangzhou"},
    {"name": "work", "mode": "StsToken", "access_key_id": "STS.WorkId", "access_key_secret": "WorkSecret", "sts_token": "WorkToken", "region_id": "cn-shanghai"},
    {"name": "role", "mode": "ramrolearn", "access_key_id": "SourceId", "access_key_secret": "SourceSecret", "ram_role_arn": "acs:ram::123456:role/migrator", "ram_session_name": "ferry-test", "expired_seconds": 1800, "region_id": "cn-beijing"},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "r"},
    {"name": "broken-sts", "mode": "StsToken", "access_key_id": "X", "access_key_secret": "Y"}
  ],
  "meta_path": ""
})";

QByteArray assumeRoleAnswer(const QDateTime &expiration)
{
    return QStringLiteral(
               R"({"RequestId":"STS-1","AssumedRoleUser":{"Arn":"acs:ram::123456:role/migrator/ferry-test","AssumedRoleId":"3"},"Credentials":{"AccessKeyId":"STS.TempId","AccessKeySecret":"TempSecret","SecurityToken":"TempToken","Expiration":"%1"}})")
        .arg(expiration.toString(Qt::ISODate))
        .toUtf8();
}

} // namespace

class TstCredentials final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString cliPath() const { return m_dir.filePath(QStringLiteral("config.json")); }

    Result<Credentials> fetch(CredentialProvider &provider)
    {
        Answer<Credentials> a;
        provider.fetch(this, a.callback());
        if (!QTest::qWaitFor([&] { return a.calls > 0; }, 5000))
            return credentialsError(QStringLiteral("test: no answer"));
        return *a.result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void environmentProvider()
    {
        auto full =
            environmentCredentials(environment({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvId"},
                                                {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "EnvSecret"},
                                                {"ALIBABA_CLOUD_SECURITY_TOKEN", "EnvToken"}}));
        QVERIFY(full->isConfigured());
        const auto c = fetch(*full);
        QVERIFY(c.ok());
        QCOMPARE(c.value().accessKeyId, QStringLiteral("EnvId"));
        QCOMPARE(c.value().accessKeySecret, QStringLiteral("EnvSecret"));
        QCOMPARE(c.value().securityToken, QStringLiteral("EnvToken"));
        QVERIFY(!full->describe().contains(QLatin1String("EnvSecret")));

        auto half = environmentCredentials(environment({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvId"}}));
        QVERIFY(half->isConfigured());
        const auto e = fetch(*half);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::Credentials);
        QVERIFY(e.error().message.contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_SECRET")));

        QVERIFY(!environmentCredentials(QProcessEnvironment())->isConfigured());
    }

    void parseCliConfig()
    {
        const auto config = AliyunCliConfig::parse(kCliConfig, QStringLiteral("/x/config.json"));
        QVERIFY(config.ok());
        QCOMPARE(config.value().current, QStringLiteral("work"));
        QCOMPARE(config.value().profiles.size(), 5);

        const auto current = config.value().profile({});
        QVERIFY(current.ok());
        QCOMPARE(current.value().name, QStringLiteral("work"));
        QCOMPARE(current.value().mode, QStringLiteral("StsToken"));
        QCOMPARE(current.value().stsToken, QStringLiteral("WorkToken"));

        const auto role = config.value().profile(QStringLiteral("role"));
        QVERIFY(role.ok());
        QCOMPARE(role.value().mode, QStringLiteral("RamRoleArn")); // case normalized
        QCOMPARE(role.value().ramRoleArn, QStringLiteral("acs:ram::123456:role/migrator"));
        QCOMPARE(role.value().ramSessionName, QStringLiteral("ferry-test"));
        QCOMPARE(role.value().expiredSeconds, 1800);
        QCOMPARE(role.value().regionId, QStringLiteral("cn-beijing"));

        const auto missing = config.value().profile(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("nope")));
        QVERIFY(missing.error().message.contains(QLatin1String("work")));
        QVERIFY(missing.error().message.contains(
            QDir::toNativeSeparators(QStringLiteral("/x/config.json"))));
    }

    void noCurrentMeansDefault()
    {
        const auto config = AliyunCliConfig::parse(
            R"({"profiles":[{"name":"default","mode":"AK","access_key_id":"a","access_key_secret":"b"}]})",
            QStringLiteral("c.json"));
        QVERIFY(config.ok());
        QCOMPARE(config.value().profile({}).value().name, QStringLiteral("default"));
    }

    void malformedCliConfig_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax") << QByteArray("{\n  \"profiles\": [\n    {\"access_key_secret\": "
                                              "\"TopSecret123\" oops}\n  ]\n}")
                                << QStringLiteral("line 3, column");
        QTest::newRow("truncated") << QByteArray("{\"profiles\": [") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("top level");
        QTest::newRow("no profiles")
            << QByteArray("{\"current\":\"a\"}") << QStringLiteral("profiles");
        QTest::newRow("profiles not a list")
            << QByteArray("{\"profiles\":{}}") << QStringLiteral("\"profiles\" is not a list");
        QTest::newRow("profile not an object")
            << QByteArray("{\"profiles\":[{\"name\":\"a\"}, 3]}") << QStringLiteral("profile 2");
    }

    void malformedCliConfig()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, text));
        const auto config = AliyunCliConfig::load(path);
        QVERIFY(!config.ok());
        const QString message = config.error().message;
        QCOMPARE(config.error().kind, ErrorKind::Credentials);
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("TopSecret123")), qPrintable(message));

        // Through the provider the same error reaches the caller.
        auto provider = aliyunCliCredentials(path, {}, Endpoints(), QProcessEnvironment());
        QVERIFY(provider->isConfigured());
        const auto c = fetch(*provider);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().message, message);
    }

    void missingCliConfig()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent/config.json"));
        QVERIFY(!AliyunCliConfig::load(path).ok());
        QVERIFY(
            AliyunCliConfig::load(path).error().message.contains(QDir::toNativeSeparators(path)));
        auto provider = aliyunCliCredentials(path, {}, Endpoints(), QProcessEnvironment());
        QVERIFY(!provider->isConfigured());
    }

    void defaultCliPath()
    {
        QCOMPARE(AliyunCliConfig::defaultPath(environment({{"HOME", "/home/ana"}})),
                 QStringLiteral("/home/ana/.aliyun/config.json"));
    }

    void cliProfilesThroughProvider_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("envProfile");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("token");
        QTest::newRow("current") << QString() << QString() << QStringLiteral("STS.WorkId")
                                 << QStringLiteral("WorkToken");
        QTest::newRow("named ak") << QStringLiteral("default") << QString()
                                  << QStringLiteral("DefaultId") << QString();
        QTest::newRow("env selects")
            << QString() << QStringLiteral("default") << QStringLiteral("DefaultId") << QString();
        QTest::newRow("explicit beats env")
            << QStringLiteral("work") << QStringLiteral("default") << QStringLiteral("STS.WorkId")
            << QStringLiteral("WorkToken");
    }

    void cliProfilesThroughProvider()
    {
        QFETCH(QString, profile);
        QFETCH(QString, envProfile);
        QFETCH(QString, id);
        QFETCH(QString, token);
        QVERIFY(writeFile(cliPath(), kCliConfig));
        QProcessEnvironment env;
        if (!envProfile.isEmpty())
            env.insert(QStringLiteral("ALIBABA_CLOUD_PROFILE"), envProfile);
        auto provider = aliyunCliCredentials(cliPath(), profile, Endpoints(), env);
        const auto c = fetch(*provider);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c.value().accessKeyId, id);
        QCOMPARE(c.value().securityToken, token);
        QVERIFY(c.value().origin.contains(QLatin1String("aliyun CLI")));
    }

    void cliUnsupportedModes_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ecs role") << QStringLiteral("ecs") << QStringLiteral("EcsRamRole");
        QTest::newRow("sts without token")
            << QStringLiteral("broken-sts") << QStringLiteral("sts_token");
    }

    void cliUnsupportedModes()
    {
        QFETCH(QString, profile);
        QFETCH(QString, mentions);
        QVERIFY(writeFile(cliPath(), kCliConfig));
        auto provider =
            aliyunCliCredentials(cliPath(), profile, Endpoints(), QProcessEnvironment());
        const auto c = fetch(*provider);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
    }

    void cliFileChangesArePickedUp()
    {
        QVERIFY(writeFile(cliPath(), kCliConfig));
        auto provider = aliyunCliCredentials(cliPath(), QStringLiteral("default"), Endpoints(),
                                             QProcessEnvironment());
        QCOMPARE(fetch(*provider).value().accessKeyId, QStringLiteral("DefaultId"));
        QByteArray changed = kCliConfig;
        changed.replace("\"DefaultId\"", "\"NewDefaultIdentifier\"");
        QVERIFY(writeFile(cliPath(), changed));
        QCOMPARE(fetch(*provider).value().accessKeyId, QStringLiteral("NewDefaultIdentifier"));
    }

    void ramRoleArnThroughSts()
    {
        ScriptedHttpServer sts;
        QVERIFY(sts.start());
        sts.setFallback(ScriptedResponse::json(
            200, assumeRoleAnswer(QDateTime::currentDateTimeUtc().addSecs(3600))));
        Endpoints endpoints;
        endpoints.setOverride(sts.baseUrl());
        QVERIFY(writeFile(cliPath(), kCliConfig));
        auto provider = aliyunCliCredentials(cliPath(), QStringLiteral("role"), endpoints,
                                             QProcessEnvironment());

        const auto c = fetch(*provider);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().summary()));
        // The temporary secret arrives unmasked: it is used, not shown.
        QCOMPARE(c.value().accessKeyId, QStringLiteral("STS.TempId"));
        QCOMPARE(c.value().accessKeySecret, QStringLiteral("TempSecret"));
        QCOMPARE(c.value().securityToken, QStringLiteral("TempToken"));
        QVERIFY(!provider->describe().contains(QLatin1String("Secret")));

        QCOMPARE(sts.requests().size(), 1);
        const auto &call = sts.requests().first();
        QCOMPARE(call.header("x-acs-action"), QByteArray("AssumeRole"));
        QCOMPARE(call.header("x-acs-version"), QByteArray("2015-04-01"));
        QCOMPARE(call.queryValue(QStringLiteral("RoleArn")),
                 QStringLiteral("acs:ram::123456:role/migrator"));
        QCOMPARE(call.queryValue(QStringLiteral("RoleSessionName")), QStringLiteral("ferry-test"));
        QCOMPARE(call.queryValue(QStringLiteral("DurationSeconds")), QStringLiteral("1800"));
        const auto check = ferry::test::verifyV3(call, "SourceSecret");
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.accessKeyId, QByteArray("SourceId"));

        // Cached until shortly before Expiration.
        QCOMPARE(fetch(*provider).value().securityToken, QStringLiteral("TempToken"));
        QCOMPARE(sts.requests().size(), 1);
    }

    void assumeRoleRenewsNearExpiration()
    {
        ScriptedHttpServer sts;
        QVERIFY(sts.start());
        // Already within the renewal margin: every fetch asks again.
        sts.setFallback(ScriptedResponse::json(
            200, assumeRoleAnswer(QDateTime::currentDateTimeUtc().addSecs(-10))));
        Endpoints endpoints;
        endpoints.setOverride(sts.baseUrl());
        AssumeRoleCredentialProvider provider(
            staticCredentials({QStringLiteral("SourceId"), QStringLiteral("SourceSecret"), {}, {}}),
            {QStringLiteral("acs:ram::1:role/r"), {}, {}, 900}, endpoints);
        QVERIFY(fetch(provider).ok());
        QVERIFY(fetch(provider).ok());
        QCOMPARE(sts.requests().size(), 2);
        QCOMPARE(sts.requests().at(0).queryValue(QStringLiteral("RoleSessionName")),
                 QStringLiteral("ferry"));
    }

    void concurrentFetchesShareOneAssumeRole()
    {
        ScriptedHttpServer sts;
        QVERIFY(sts.start());
        ScriptedResponse slow = ScriptedResponse::json(
            200, assumeRoleAnswer(QDateTime::currentDateTimeUtc().addSecs(3600)));
        slow.delayMs = 50;
        sts.setFallback(slow);
        Endpoints endpoints;
        endpoints.setOverride(sts.baseUrl());
        AssumeRoleCredentialProvider provider(
            staticCredentials({QStringLiteral("SourceId"), QStringLiteral("SourceSecret"), {}, {}}),
            {QStringLiteral("acs:ram::1:role/r"), QStringLiteral("s"), {}, 900}, endpoints);
        Answer<Credentials> a, b;
        provider.fetch(this, a.callback());
        provider.fetch(this, b.callback());
        QTRY_COMPARE(a.calls + b.calls, 2);
        QVERIFY(a.result->ok() && b.result->ok());
        QCOMPARE(sts.requests().size(), 1);
    }

    void assumeRoleDenied()
    {
        ScriptedHttpServer sts;
        QVERIFY(sts.start());
        sts.setFallback(ScriptedResponse::json(
            403,
            R"({"Code":"NoPermission","Message":"You are not authorized to do this action.","RequestId":"S2"})"));
        Endpoints endpoints;
        endpoints.setOverride(sts.baseUrl());
        AssumeRoleCredentialProvider provider(
            staticCredentials({QStringLiteral("SourceId"), QStringLiteral("SourceSecret"), {}, {}}),
            {QStringLiteral("acs:ram::1:role/r"), {}, {}, 900}, endpoints);
        const auto c = fetch(provider);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Permission);
        QCOMPARE(c.error().ramActions, QStringList{QStringLiteral("sts:AssumeRole")});
    }

    void inMemorySecretStore()
    {
        InMemorySecretStore store;
        Answer<QString> missing;
        store.read(QStringLiteral("k"), this, missing.callback());
        QCOMPARE(missing.calls, 0); // asynchronous
        QTRY_COMPARE(missing.calls, 1);
        QCOMPARE(missing.result->error().code, QStringLiteral("Secret.NotFound"));

        Answer<Done> written;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, written.callback());
        QTRY_COMPARE(written.calls, 1);
        QVERIFY(store.contains(QStringLiteral("k")));
        Answer<QString> read;
        store.read(QStringLiteral("k"), this, read.callback());
        QTRY_COMPARE(read.calls, 1);
        QCOMPARE(read.result->value(), QStringLiteral("v"));

        Answer<Done> removed;
        store.remove(QStringLiteral("k"), this, removed.callback());
        QTRY_COMPARE(removed.calls, 1);
        QVERIFY(!store.contains(QStringLiteral("k")));

        // An answer for a context that is gone is dropped.
        auto *context = new QObject;
        Answer<QString> late;
        store.read(QStringLiteral("k"), context, late.callback());
        delete context;
        QTest::qWait(20);
        QCOMPARE(late.calls, 0);
    }

    void profilesKeepSecretsOutOfSettings()
    {
        const QString iniPath = m_dir.filePath(QStringLiteral("ferry.ini"));
        auto store = std::make_shared<CountingStore>();
        {
            QSettings settings(iniPath, QSettings::IniFormat);
            ProfileStore profiles(settings, store);
            Answer<Done> saved;
            profiles.save(
                QStringLiteral("prod"), QStringLiteral("cn-shanghai"),
                {QStringLiteral("LTAI5tProfileKeyId01"), QStringLiteral("ProfileSecret!"), {}, {}},
                this, saved.callback());
            QTRY_COMPARE(saved.calls, 1);
            QVERIFY(saved.result->ok());
            QCOMPARE(profiles.profiles(), QStringList{QStringLiteral("prod")});
            QCOMPARE(profiles.regionId(QStringLiteral("prod")), QStringLiteral("cn-shanghai"));
            QVERIFY(store->inner.contains(ProfileStore::secretKey(QStringLiteral("prod"))));

            auto provider = profiles.provider(QStringLiteral("prod"));
            const auto c = fetch(*provider);
            QVERIFY(c.ok());
            QCOMPARE(c.value().accessKeyId, QStringLiteral("LTAI5tProfileKeyId01"));
            QCOMPARE(c.value().accessKeySecret, QStringLiteral("ProfileSecret!"));
            QVERIFY(fetch(*provider).ok());
            QCOMPARE(store->reads, 1); // read once, then kept in memory
        }
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray onDisk = ini.readAll();
        QVERIFY(onDisk.contains("cn-shanghai"));
        QVERIFY(!onDisk.contains("ProfileSecret"));
        QVERIFY(!onDisk.contains("LTAI5tProfileKeyId01"));

        QSettings settings(iniPath, QSettings::IniFormat);
        ProfileStore profiles(settings, store);
        Answer<Done> removed;
        profiles.remove(QStringLiteral("prod"), this, removed.callback());
        QTRY_COMPARE(removed.calls, 1);
        QVERIFY(profiles.profiles().isEmpty());
        QVERIFY(!store->inner.contains(ProfileStore::secretKey(QStringLiteral("prod"))));
    }

    void profileErrors()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("errors.ini")), QSettings::IniFormat);
        auto store = std::make_shared<InMemorySecretStore>();
        ProfileStore profiles(settings, store);
        Answer<Done> badName;
        profiles.save(QStringLiteral("a/b"), {}, {QStringLiteral("i"), QStringLiteral("s"), {}, {}},
                      this, badName.callback());
        QTRY_COMPARE(badName.calls, 1);
        QVERIFY(!badName.result->ok());
        Answer<Done> noSecret;
        profiles.save(QStringLiteral("p"), {}, {QStringLiteral("i"), {}, {}, {}}, this,
                      noSecret.callback());
        QTRY_COMPARE(noSecret.calls, 1);
        QVERIFY(!noSecret.result->ok());
        QVERIFY(profiles.profiles().isEmpty());

        const auto c = fetch(*profileCredentials(QStringLiteral("ghost"), store));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Credentials);
        QVERIFY(c.error().message.contains(QLatin1String("ghost")));
    }

    void chainOrder_data()
    {
        QTest::addColumn<bool>("withProfile");
        QTest::addColumn<bool>("withEnv");
        QTest::addColumn<bool>("withCli");
        QTest::addColumn<QString>("expectedId");
        QTest::newRow("all: profile first") << true << true << true << QStringLiteral("ProfileId");
        QTest::newRow("env before cli") << false << true << true << QStringLiteral("EnvId");
        QTest::newRow("cli last") << false << false << true << QStringLiteral("STS.WorkId");
        QTest::newRow("only profile") << true << false << false << QStringLiteral("ProfileId");
        QTest::newRow("none") << false << false << false << QString();
    }

    void chainOrder()
    {
        QFETCH(bool, withProfile);
        QFETCH(bool, withEnv);
        QFETCH(bool, withCli);
        QFETCH(QString, expectedId);

        auto store = std::make_shared<CountingStore>();
        Answer<Done> saved;
        store->write(
            ProfileStore::secretKey(QStringLiteral("mine")),
            QStringLiteral(R"({"accessKeyId":"ProfileId","accessKeySecret":"ProfileSecret"})"),
            this, saved.callback());
        QTRY_COMPARE(saved.calls, 1);

        CredentialSources sources;
        sources.secretStore = store;
        sources.ferryProfile = withProfile ? QStringLiteral("mine") : QString();
        sources.environment = withEnv
                                  ? environment({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvId"},
                                                 {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "EnvSecret"}})
                                  : QProcessEnvironment();
        const QString cli = m_dir.filePath(QStringLiteral("chain.json"));
        QFile::remove(cli);
        if (withCli)
            QVERIFY(writeFile(cli, kCliConfig));
        sources.aliyunConfigPath = cli;

        // The start-up probe reads no secret.
        QCOMPARE(credentialsConfigured(sources), !expectedId.isEmpty());
        QCOMPARE(store->reads, 0);

        auto chain = defaultCredentialChain(sources);
        QCOMPARE(chain->isConfigured(), !expectedId.isEmpty());
        const auto c = fetch(*chain);
        if (expectedId.isEmpty()) {
            QVERIFY(!c.ok());
            QCOMPARE(c.error().code, QStringLiteral("Credentials.NotConfigured"));
            QCOMPARE(c.error().kind, ErrorKind::Credentials);
        } else {
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
            QCOMPARE(c.value().accessKeyId, expectedId);
        }
    }

    void staticProvider()
    {
        auto p = staticCredentials(
            {QStringLiteral("i"), QStringLiteral("s"), {}, QStringLiteral("sandbox")});
        QCOMPARE(p->describe(), QStringLiteral("sandbox"));
        QCOMPARE(fetch(*p).value().accessKeySecret, QStringLiteral("s"));
        QVERIFY(!fetch(*staticCredentials({})).ok());
    }
};

QTEST_GUILESS_MAIN(TstCredentials)
#include "tst_credentials.moc"
