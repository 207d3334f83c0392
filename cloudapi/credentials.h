// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/result.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

namespace ferry::cloudapi {

/// An AccessKey pair (and STS token), held only in memory.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; ///< empty for a long-term AccessKey
    QString origin;        ///< where they came from, for display: "profile 'prod'", "environment"

    bool isValid() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

/// Supplies credentials, possibly asynchronously (keychain, STS AssumeRole).
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    /// Calls `done` once, on `context`'s thread, unless `context` is destroyed first.
    virtual void fetch(QObject *context, std::function<void(Result<Credentials>)> done) = 0;
    /// A short description for the UI, never containing the secret.
    virtual QString describe() const = 0;
    /// Whether there is anything to fetch, decided without reading a secret (cheap, synchronous).
    virtual bool isConfigured() const { return true; }
};

/// Fixed credentials (the embedded sandbox's key pair, tests).
std::shared_ptr<CredentialProvider> staticCredentials(Credentials credentials);

/// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and the optional
/// `ALIBABA_CLOUD_SECURITY_TOKEN` from `environment`.
std::shared_ptr<CredentialProvider> environmentCredentials(const QProcessEnvironment &environment);

/// Asks the first configured provider of `providers`, in order; none configured is an error.
std::shared_ptr<CredentialProvider>
credentialChain(QList<std::shared_ptr<CredentialProvider>> providers);

/// An ApiError of kind Credentials with `message` (already user-facing).
ApiError credentialsError(const QString &message, const QString &code = {});

} // namespace ferry::cloudapi
