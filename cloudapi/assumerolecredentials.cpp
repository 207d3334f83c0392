// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/assumerolecredentials.h"

#include "cloudapi/credentialsupport.h"
#include "cloudapi/transport.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ferry::cloudapi {

namespace {

QString stringAt(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

AssumeRoleCredentialProvider::AssumeRoleCredentialProvider(
    std::shared_ptr<CredentialProvider> source, AssumeRoleParams params, Endpoints endpoints,
    QString origin)
    : m_source(std::move(source))
    , m_params(std::move(params))
    , m_endpoints(std::move(endpoints))
    , m_origin(std::move(origin))
{
    if (m_params.roleSessionName.isEmpty())
        m_params.roleSessionName = QStringLiteral("ferry");
    if (m_params.durationSeconds <= 0)
        m_params.durationSeconds = 900;
}

AssumeRoleCredentialProvider::~AssumeRoleCredentialProvider() = default;

QString AssumeRoleCredentialProvider::describe() const
{
    const QString role = credentialsTr("role %1").arg(m_params.roleArn);
    return m_origin.isEmpty() ? role : m_origin + QStringLiteral(" (") + role + QLatin1Char(')');
}

void AssumeRoleCredentialProvider::fetch(QObject *context,
                                         std::function<void(Result<Credentials>)> done)
{
    if (m_cached && QDateTime::currentDateTimeUtc() < m_renewAt) {
        deliverLater<Credentials>(context, std::move(done), *m_cached);
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (m_waiters.size() > 1)
        return; // one AssumeRole in flight serves everybody waiting
    if (!isConfigured()) {
        answer(credentialsError(credentialsTr("No role ARN is configured.")));
        return;
    }
    if (!m_transport)
        m_transport = std::make_unique<Transport>(m_source, m_endpoints);

    ApiRequest request =
        rpcRequest(Product::Sts, QStringLiteral("AssumeRole"), QStringLiteral("2015-04-01"));
    request.query.append({QStringLiteral("RoleArn"), m_params.roleArn});
    request.query.append({QStringLiteral("RoleSessionName"), m_params.roleSessionName});
    request.query.append(
        {QStringLiteral("DurationSeconds"), QString::number(m_params.durationSeconds)});
    if (!m_params.externalId.isEmpty())
        request.query.append({QStringLiteral("ExternalId"), m_params.externalId});
    request.retry = RetryMode::Read; // asking again only issues other temporary credentials

    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    m_transport->sendImpl(
        std::move(request), &m_anchor,
        [this, askedAt](Result<nlohmann::json> r) {
            if (!r.ok()) {
                answer(r.error());
                return;
            }
            const nlohmann::json &body = r.value();
            const auto it = body.is_object() ? body.find("Credentials") : body.end();
            Credentials c;
            QDateTime expiration;
            if (it != body.end() && it->is_object()) {
                c.accessKeyId = stringAt(*it, "AccessKeyId");
                c.accessKeySecret = stringAt(*it, "AccessKeySecret");
                c.securityToken = stringAt(*it, "SecurityToken");
                expiration = QDateTime::fromString(stringAt(*it, "Expiration"), Qt::ISODate);
            }
            if (!c.isValid() || c.securityToken.isEmpty()) {
                ApiError e = credentialsError(
                    credentialsTr("STS AssumeRole answered without temporary credentials."));
                e.kind = ErrorKind::InvalidResponse;
                e.action = QStringLiteral("AssumeRole");
                answer(e);
                return;
            }
            if (!expiration.isValid())
                expiration = askedAt.addSecs(m_params.durationSeconds);
            const qint64 lifetime = std::max<qint64>(0, askedAt.secsTo(expiration));
            const qint64 margin = std::min<qint64>(kRenewMarginSeconds, lifetime / 2);
            c.origin = describe();
            m_cached = c;
            m_renewAt = expiration.addSecs(-margin);
            answer(c);
        },
        false);
}

void AssumeRoleCredentialProvider::answer(const Result<Credentials> &result)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, done] : waiters)
        deliverLater<Credentials>(context.data(), done, result);
}

} // namespace ferry::cloudapi
