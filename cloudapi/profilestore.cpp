// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/profilestore.h"

#include "cloudapi/credentialsupport.h"

#include <QPointer>

#include <nlohmann/json.hpp>

#include <optional>

namespace ferry::cloudapi {

namespace {

const QString kGroup = QStringLiteral("credentialProfiles");

QString encodeSecret(const Credentials &c)
{
    const nlohmann::json j = {{"accessKeyId", c.accessKeyId.toStdString()},
                              {"accessKeySecret", c.accessKeySecret.toStdString()}};
    return QString::fromStdString(j.dump());
}

std::optional<Credentials> decodeSecret(const QString &text)
{
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return std::nullopt;
    const auto id = j.find("accessKeyId");
    const auto secret = j.find("accessKeySecret");
    if (id == j.end() || secret == j.end() || !id->is_string() || !secret->is_string())
        return std::nullopt;
    Credentials c;
    c.accessKeyId = QString::fromStdString(id->get<std::string>());
    c.accessKeySecret = QString::fromStdString(secret->get<std::string>());
    return c;
}

// Reads the keychain once; concurrent fetches wait for the same read.
class ProfileProvider final : public CredentialProvider
{
public:
    ProfileProvider(QString name, std::shared_ptr<SecretStore> secrets)
        : m_name(std::move(name))
        , m_secrets(std::move(secrets))
    {}

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override
    {
        if (m_cached) {
            deliverLater<Credentials>(context, std::move(done), *m_cached);
            return;
        }
        m_waiters.append({context, std::move(done)});
        if (m_waiters.size() > 1)
            return;
        if (!m_secrets) {
            answer(credentialsError(credentialsTr("No secret store is available.")));
            return;
        }
        m_secrets->read(ProfileStore::secretKey(m_name), &m_anchor, [this](Result<QString> r) {
            if (!r.ok()) {
                ApiError e = r.error();
                if (e.code == QLatin1String("Secret.NotFound"))
                    e.message = credentialsTr("The keychain holds no AccessKey for the Ferry "
                                              "profile \"%1\". Enter it again in the profile "
                                              "settings.")
                                    .arg(m_name);
                answer(std::move(e));
                return;
            }
            auto c = decodeSecret(r.value());
            if (!c || !c->isValid()) {
                answer(credentialsError(credentialsTr("The keychain entry of the Ferry profile "
                                                      "\"%1\" is damaged. Enter the AccessKey "
                                                      "again.")
                                            .arg(m_name)));
                return;
            }
            c->origin = describe();
            m_cached = *c;
            answer(*c);
        });
    }

    QString describe() const override { return credentialsTr("Ferry profile \"%1\"").arg(m_name); }

    bool isConfigured() const override { return !m_name.isEmpty(); }

private:
    void answer(const Result<Credentials> &result)
    {
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &[context, done] : waiters)
            deliverLater<Credentials>(context.data(), done, result);
    }

    QString m_name;
    std::shared_ptr<SecretStore> m_secrets;
    std::optional<Credentials> m_cached;
    QList<QPair<QPointer<QObject>, std::function<void(Result<Credentials>)>>> m_waiters;
    QObject m_anchor; // secret-store answers stop when the provider goes away
};

} // namespace

ProfileStore::ProfileStore(QSettings &settings, std::shared_ptr<SecretStore> secrets)
    : m_settings(settings)
    , m_secrets(std::move(secrets))
{}

QStringList ProfileStore::profiles() const
{
    m_settings.beginGroup(kGroup);
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    names.sort();
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return profiles().contains(name);
}

QString ProfileStore::regionId(const QString &name) const
{
    return m_settings.value(kGroup + QLatin1Char('/') + name + QStringLiteral("/regionId"))
        .toString();
}

void ProfileStore::save(const QString &name, const QString &regionId,
                        const Credentials &credentials, QObject *context,
                        std::function<void(Result<Done>)> done)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        deliverLater<Done>(context, std::move(done),
                           credentialsError(credentialsTr("A profile name must not be empty or "
                                                          "contain slashes.")));
        return;
    }
    if (!credentials.isValid()) {
        deliverLater<Done>(context, std::move(done),
                           credentialsError(credentialsTr("Both the AccessKey ID and the "
                                                          "AccessKey secret are needed.")));
        return;
    }
    // The secret goes first: a profile only appears in the settings once its secret is stored.
    m_secrets->write(secretKey(name), encodeSecret(credentials), context,
                     [this, name, regionId, done = std::move(done)](Result<Done> r) {
                         if (r.ok()) {
                             const QString group = kGroup + QLatin1Char('/') + name;
                             m_settings.setValue(group + QStringLiteral("/regionId"), regionId);
                             m_settings.sync();
                         }
                         done(std::move(r));
                     });
}

void ProfileStore::remove(const QString &name, QObject *context,
                          std::function<void(Result<Done>)> done)
{
    m_settings.remove(kGroup + QLatin1Char('/') + name);
    m_settings.sync();
    m_secrets->remove(secretKey(name), context, std::move(done));
}

std::shared_ptr<CredentialProvider> ProfileStore::provider(const QString &name) const
{
    return profileCredentials(name, m_secrets);
}

QString ProfileStore::secretKey(const QString &name)
{
    return QStringLiteral("profile/") + name;
}

std::shared_ptr<CredentialProvider> profileCredentials(const QString &name,
                                                       std::shared_ptr<SecretStore> secrets)
{
    return std::make_shared<ProfileProvider>(name, std::move(secrets));
}

} // namespace ferry::cloudapi
