// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/credentials.h"

#include "cloudapi/credentialsupport.h"

namespace ferry::cloudapi {

namespace {

class StaticProvider final : public CredentialProvider
{
public:
    explicit StaticProvider(Credentials credentials)
        : m_credentials(std::move(credentials))
    {}

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override
    {
        if (!m_credentials.isValid()) {
            deliverLater<Credentials>(
                context, std::move(done),
                credentialsError(credentialsTr("The AccessKey pair is empty.")));
            return;
        }
        deliverLater<Credentials>(context, std::move(done), m_credentials);
    }

    QString describe() const override
    {
        return m_credentials.origin.isEmpty() ? credentialsTr("fixed credentials")
                                              : m_credentials.origin;
    }

private:
    Credentials m_credentials;
};

const QString kEnvId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString kEnvSecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
const QString kEnvToken = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN");

class EnvironmentProvider final : public CredentialProvider
{
public:
    explicit EnvironmentProvider(const QProcessEnvironment &env)
        : m_env(env)
    {}

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override
    {
        Credentials c;
        c.accessKeyId = m_env.value(kEnvId).trimmed();
        c.accessKeySecret = m_env.value(kEnvSecret).trimmed();
        c.securityToken = m_env.value(kEnvToken).trimmed();
        c.origin = describe();
        if (c.accessKeyId.isEmpty() || c.accessKeySecret.isEmpty()) {
            const QString missing = c.accessKeyId.isEmpty() ? kEnvId : kEnvSecret;
            deliverLater<Credentials>(
                context, std::move(done),
                credentialsError(credentialsTr("The environment variable %1 is not set, but %2 is.")
                                     .arg(missing, missing == kEnvId ? kEnvSecret : kEnvId)));
            return;
        }
        deliverLater<Credentials>(context, std::move(done), c);
    }

    QString describe() const override { return credentialsTr("environment variables"); }

    bool isConfigured() const override
    {
        return !m_env.value(kEnvId).trimmed().isEmpty() ||
               !m_env.value(kEnvSecret).trimmed().isEmpty();
    }

private:
    QProcessEnvironment m_env;
};

class ChainProvider final : public CredentialProvider
{
public:
    explicit ChainProvider(QList<std::shared_ptr<CredentialProvider>> providers)
        : m_providers(std::move(providers))
    {}

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override
    {
        if (auto *p = first()) {
            p->fetch(context, std::move(done));
            return;
        }
        deliverLater<Credentials>(
            context, std::move(done),
            credentialsError(credentialsTr("No credentials are configured. Add a profile in Ferry, "
                                           "set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                           "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the "
                                           "aliyun command-line tool."),
                             QStringLiteral("Credentials.NotConfigured")));
    }

    QString describe() const override
    {
        if (auto *p = first())
            return p->describe();
        return credentialsTr("no credentials");
    }

    bool isConfigured() const override { return first() != nullptr; }

private:
    CredentialProvider *first() const
    {
        for (const auto &p : m_providers)
            if (p && p->isConfigured())
                return p.get();
        return nullptr;
    }

    QList<std::shared_ptr<CredentialProvider>> m_providers;
};

} // namespace

std::shared_ptr<CredentialProvider> staticCredentials(Credentials credentials)
{
    return std::make_shared<StaticProvider>(std::move(credentials));
}

std::shared_ptr<CredentialProvider> environmentCredentials(const QProcessEnvironment &environment)
{
    return std::make_shared<EnvironmentProvider>(environment);
}

std::shared_ptr<CredentialProvider>
credentialChain(QList<std::shared_ptr<CredentialProvider>> providers)
{
    return std::make_shared<ChainProvider>(std::move(providers));
}

ApiError credentialsError(const QString &message, const QString &code)
{
    ApiError e;
    e.kind = ErrorKind::Credentials;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace ferry::cloudapi
