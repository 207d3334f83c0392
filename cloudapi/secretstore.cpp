// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/secretstore.h"

#include "cloudapi/credentialsupport.h"

#include <qt6keychain/keychain.h>

namespace ferry::cloudapi {

namespace {

ApiError notFound(const QString &key)
{
    return credentialsError(credentialsTr("No secret is stored for \"%1\".").arg(key),
                            QStringLiteral("Secret.NotFound"));
}

ApiError keychainError(const QKeychain::Job *job)
{
    return credentialsError(credentialsTr("The system keychain failed: %1").arg(job->errorString()),
                            QStringLiteral("Secret.Keychain"));
}

template<class Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret must never land in a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

void InMemorySecretStore::read(const QString &key, QObject *context,
                               std::function<void(Result<QString>)> done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        deliverLater<QString>(context, std::move(done), notFound(key));
    else
        deliverLater<QString>(context, std::move(done), *it);
}

void InMemorySecretStore::write(const QString &key, const QString &value, QObject *context,
                                std::function<void(Result<Done>)> done)
{
    m_values.insert(key, value);
    deliverLater<Done>(context, std::move(done), Done{});
}

void InMemorySecretStore::remove(const QString &key, QObject *context,
                                 std::function<void(Result<Done>)> done)
{
    m_values.remove(key);
    deliverLater<Done>(context, std::move(done), Done{});
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, QObject *context,
                               std::function<void(Result<QString>)> done)
{
    if (!context)
        return;
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), key](QKeychain::Job *finished) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (read->error() == QKeychain::EntryNotFound)
                             done(notFound(key));
                         else if (read->error() != QKeychain::NoError)
                             done(keychainError(read));
                         else
                             done(read->textData());
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                std::function<void(Result<Done>)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    if (context)
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             if (finished->error() != QKeychain::NoError)
                                 done(keychainError(finished));
                             else
                                 done(Done{});
                         });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context,
                                 std::function<void(Result<Done>)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    if (context)
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             const auto error = finished->error();
                             if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                                 done(keychainError(finished));
                             else
                                 done(Done{});
                         });
    job->start();
}

} // namespace ferry::cloudapi
