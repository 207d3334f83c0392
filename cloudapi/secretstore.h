// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace ferry::cloudapi {

/// Where Ferry keeps secrets: the OS keychain in the application, memory in tests. Every
/// operation answers asynchronously on `context`'s thread, unless `context` is gone.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// Reads the secret under `key`; a missing entry is an error with code `Secret.NotFound`.
    virtual void read(const QString &key, QObject *context,
                      std::function<void(Result<QString>)> done) = 0;
    /// Stores `value` under `key`, replacing what was there.
    virtual void write(const QString &key, const QString &value, QObject *context,
                       std::function<void(Result<Done>)> done) = 0;
    /// Removes `key`; removing a missing entry succeeds.
    virtual void remove(const QString &key, QObject *context,
                        std::function<void(Result<Done>)> done) = 0;
};

/// Secrets held in this process only (tests, and the sandbox's per-run key pair).
class InMemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context,
              std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, QObject *context,
               std::function<void(Result<Done>)> done) override;
    void remove(const QString &key, QObject *context,
                std::function<void(Result<Done>)> done) override;

    /// Whether `key` holds a value (for tests).
    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
};

/// The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) via QtKeychain.
/// Never falls back to plain-text storage.
class KeychainSecretStore final : public SecretStore
{
public:
    /// `service` namespaces Ferry's entries in the keychain.
    explicit KeychainSecretStore(QString service = QStringLiteral(FERRY_APP_ID));

    void read(const QString &key, QObject *context,
              std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, QObject *context,
               std::function<void(Result<Done>)> done) override;
    void remove(const QString &key, QObject *context,
                std::function<void(Result<Done>)> done) override;

private:
    QString m_service;
};

} // namespace ferry::cloudapi
