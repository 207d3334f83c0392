// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/secretstore.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace ferry::cloudapi {

/// Ferry's own credential profiles. Settings hold only the names and regions; the AccessKey ID
/// and secret (Ferry treats the ID as sensitive too) live in the SecretStore.
class ProfileStore final
{
public:
    /// `settings` must outlive the store, and the store its pending save(); both are used from
    /// the calling thread only.
    ProfileStore(QSettings &settings, std::shared_ptr<SecretStore> secrets);

    /// Profile names, sorted.
    QStringList profiles() const;
    bool contains(const QString &name) const;
    /// The default region of `name` (empty if none).
    QString regionId(const QString &name) const;

    /// Saves a profile: region to the settings, the AccessKey pair to the secret store.
    void save(const QString &name, const QString &regionId, const Credentials &credentials,
              QObject *context, std::function<void(Result<Done>)> done);
    /// Removes a profile and its secret.
    void remove(const QString &name, QObject *context, std::function<void(Result<Done>)> done);

    /// The credentials of profile `name`, read from the secret store once and then kept in memory.
    std::shared_ptr<CredentialProvider> provider(const QString &name) const;

    /// The secret store key of profile `name`.
    static QString secretKey(const QString &name);

private:
    QSettings &m_settings;
    std::shared_ptr<SecretStore> m_secrets;
};

/// The credentials of Ferry profile `name` from `secrets`, without needing the settings
/// (the application passes the profile chosen at start).
std::shared_ptr<CredentialProvider> profileCredentials(const QString &name,
                                                       std::shared_ptr<SecretStore> secrets);

} // namespace ferry::cloudapi
