// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/aliyuncliconfig.h"

#include "cloudapi/assumerolecredentials.h"
#include "cloudapi/credentialsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace ferry::cloudapi {

namespace {

const QStringList kKnownModes = {
    QStringLiteral("AK"),         QStringLiteral("StsToken"),
    QStringLiteral("RamRoleArn"), QStringLiteral("EcsRamRole"),
    QStringLiteral("RsaKeyPair"), QStringLiteral("ChainableRamRoleArn"),
    QStringLiteral("External"),   QStringLiteral("CredentialsURI"),
    QStringLiteral("OIDC"),       QStringLiteral("CloudSSO"),
    QStringLiteral("OAuth"),      QStringLiteral("BearerToken")};

QString normalizeMode(const QString &mode)
{
    for (const QString &known : kKnownModes)
        if (known.compare(mode, Qt::CaseInsensitive) == 0)
            return known;
    return mode;
}

QString text(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>()).trimmed();
    if (it->is_number())
        return QString::fromStdString(it->dump());
    return {};
}

// Never quotes the parser's own message: it echoes the text around the error, which may be a
// secret.
ApiError syntaxError(const QString &path, const QByteArray &textBytes, std::size_t byte)
{
    const qsizetype end =
        std::min<qsizetype>(textBytes.size(), std::max<qsizetype>(0, qsizetype(byte) - 1));
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (textBytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return credentialsError(credentialsTr("%1 is not valid JSON (line %2, column %3).")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(line)
                                .arg(column),
                            QStringLiteral("Credentials.MalformedConfig"));
}

ApiError structureError(const QString &path, const QString &what)
{
    return credentialsError(credentialsTr("%1 is not an aliyun CLI configuration: %2.")
                                .arg(QDir::toNativeSeparators(path), what),
                            QStringLiteral("Credentials.MalformedConfig"));
}

class AliyunCliProvider final : public CredentialProvider
{
public:
    AliyunCliProvider(QString path, QString profileName, Endpoints endpoints)
        : m_path(std::move(path))
        , m_profileName(std::move(profileName))
        , m_endpoints(std::move(endpoints))
    {}

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override
    {
        // Re-read only when the file changed, so `aliyun configure` edits are picked up.
        const QFileInfo info(m_path);
        const QDateTime modified = info.lastModified();
        if (!m_profile || modified != m_modified || info.size() != m_size) {
            auto config = AliyunCliConfig::load(m_path);
            if (!config.ok()) {
                deliverLater<Credentials>(context, std::move(done), config.error());
                return;
            }
            auto profile = config.value().profile(m_profileName);
            if (!profile.ok()) {
                deliverLater<Credentials>(context, std::move(done), profile.error());
                return;
            }
            m_profile = profile.value();
            m_modified = modified;
            m_size = info.size();
            m_role.reset();
        }
        const AliyunCliProfile &p = *m_profile;
        const QString origin = credentialsTr("aliyun CLI profile \"%1\"").arg(p.name);

        if (p.mode == QLatin1String("AK") || p.mode == QLatin1String("StsToken") ||
            p.mode == QLatin1String("RamRoleArn")) {
            if (p.accessKeyId.isEmpty() || p.accessKeySecret.isEmpty()) {
                deliverLater<Credentials>(
                    context, std::move(done),
                    credentialsError(credentialsTr("The aliyun CLI profile \"%1\" in %2 has no "
                                                   "access_key_id or access_key_secret.")
                                         .arg(p.name, QDir::toNativeSeparators(m_path))));
                return;
            }
        }
        Credentials c;
        c.accessKeyId = p.accessKeyId;
        c.accessKeySecret = p.accessKeySecret;
        c.origin = origin;
        if (p.mode == QLatin1String("AK")) {
            deliverLater<Credentials>(context, std::move(done), c);
            return;
        }
        if (p.mode == QLatin1String("StsToken")) {
            if (p.stsToken.isEmpty()) {
                deliverLater<Credentials>(
                    context, std::move(done),
                    credentialsError(credentialsTr("The aliyun CLI profile \"%1\" in %2 has no "
                                                   "sts_token.")
                                         .arg(p.name, QDir::toNativeSeparators(m_path))));
                return;
            }
            c.securityToken = p.stsToken;
            deliverLater<Credentials>(context, std::move(done), c);
            return;
        }
        if (p.mode == QLatin1String("RamRoleArn")) {
            if (p.ramRoleArn.isEmpty()) {
                deliverLater<Credentials>(
                    context, std::move(done),
                    credentialsError(credentialsTr("The aliyun CLI profile \"%1\" in %2 has no "
                                                   "ram_role_arn.")
                                         .arg(p.name, QDir::toNativeSeparators(m_path))));
                return;
            }
            if (!m_role) {
                AssumeRoleParams params;
                params.roleArn = p.ramRoleArn;
                params.roleSessionName = p.ramSessionName;
                params.externalId = p.externalId;
                params.durationSeconds = p.expiredSeconds > 0 ? p.expiredSeconds : 900;
                m_role = std::make_shared<AssumeRoleCredentialProvider>(
                    staticCredentials(c), params, m_endpoints, origin);
            }
            m_role->fetch(context, std::move(done));
            return;
        }
        deliverLater<Credentials>(
            context, std::move(done),
            credentialsError(credentialsTr("The aliyun CLI profile \"%1\" uses the mode \"%2\", "
                                           "which Ferry does not support. Use a profile in AK, "
                                           "StsToken or RamRoleArn mode.")
                                 .arg(p.name, p.mode.isEmpty() ? credentialsTr("(none)") : p.mode),
                             QStringLiteral("Credentials.UnsupportedMode")));
    }

    QString describe() const override
    {
        if (m_profileName.isEmpty())
            return credentialsTr("aliyun CLI configuration (%1)")
                .arg(QDir::toNativeSeparators(m_path));
        return credentialsTr("aliyun CLI profile \"%1\"").arg(m_profileName);
    }

    bool isConfigured() const override { return QFileInfo(m_path).isFile(); }

private:
    QString m_path;
    QString m_profileName;
    Endpoints m_endpoints;
    std::optional<AliyunCliProfile> m_profile;
    QDateTime m_modified;
    qint64 m_size = -1;
    std::shared_ptr<AssumeRoleCredentialProvider> m_role;
};

} // namespace

QString AliyunCliConfig::defaultPath(const QProcessEnvironment &environment)
{
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.aliyun/config.json");
}

Result<AliyunCliConfig> AliyunCliConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return credentialsError(credentialsTr("The aliyun CLI configuration %1 does not exist.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QStringLiteral("Credentials.NotConfigured"));
    if (!file.open(QIODevice::ReadOnly))
        return credentialsError(credentialsTr("Cannot read %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(file.readAll(), path);
}

Result<AliyunCliConfig> AliyunCliConfig::parse(const QByteArray &textBytes, const QString &path)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(textBytes.constBegin(), textBytes.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        return syntaxError(path, textBytes, e.byte);
    }
    if (!root.is_object())
        return structureError(path, credentialsTr("the top level is not an object"));

    AliyunCliConfig config;
    config.path = path;
    config.current = text(root, "current");
    const auto profiles = root.find("profiles");
    if (profiles == root.end())
        return structureError(path, credentialsTr("it has no \"profiles\" list"));
    if (!profiles->is_array())
        return structureError(path, credentialsTr("\"profiles\" is not a list"));
    int index = 0;
    for (const auto &entry : *profiles) {
        ++index;
        if (!entry.is_object())
            return structureError(path, credentialsTr("profile %1 is not an object").arg(index));
        AliyunCliProfile p;
        p.name = text(entry, "name");
        p.mode = normalizeMode(text(entry, "mode"));
        p.accessKeyId = text(entry, "access_key_id");
        p.accessKeySecret = text(entry, "access_key_secret");
        p.stsToken = text(entry, "sts_token");
        p.ramRoleArn = text(entry, "ram_role_arn");
        p.ramSessionName = text(entry, "ram_session_name");
        p.externalId = text(entry, "external_id");
        p.regionId = text(entry, "region_id");
        p.expiredSeconds = text(entry, "expired_seconds").toInt();
        // Early CLI versions wrote AK profiles without a mode.
        if (p.mode.isEmpty() && !p.accessKeyId.isEmpty())
            p.mode = QStringLiteral("AK");
        config.profiles.append(std::move(p));
    }
    return config;
}

Result<AliyunCliProfile> AliyunCliConfig::profile(const QString &name) const
{
    QString wanted = name;
    if (wanted.isEmpty())
        wanted = current.isEmpty() ? QStringLiteral("default") : current;
    QStringList names;
    for (const auto &p : profiles) {
        if (p.name == wanted)
            return p;
        names.append(p.name);
    }
    return credentialsError(
        credentialsTr("The aliyun CLI configuration %1 has no profile \"%2\" (it has: %3).")
            .arg(QDir::toNativeSeparators(path), wanted,
                 names.isEmpty() ? credentialsTr("none") : names.join(QLatin1String(", "))),
        QStringLiteral("Credentials.ProfileNotFound"));
}

std::shared_ptr<CredentialProvider> aliyunCliCredentials(const QString &path,
                                                         const QString &profileName,
                                                         const Endpoints &endpoints,
                                                         const QProcessEnvironment &environment)
{
    QString name = profileName;
    if (name.isEmpty())
        name = environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE")).trimmed();
    return std::make_shared<AliyunCliProvider>(path, name, endpoints);
}

} // namespace ferry::cloudapi
