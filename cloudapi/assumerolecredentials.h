// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/endpoints.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ferry::cloudapi {

class Transport;

/// What STS AssumeRole is asked for.
struct AssumeRoleParams
{
    QString roleArn;         ///< acs:ram::<account>:role/<name>
    QString roleSessionName; ///< shows up in ActionTrail
    QString externalId;      ///< optional
    int durationSeconds = 900;
};

/// Temporary credentials from STS AssumeRole (RPC, sts.aliyuncs.com, 2015-04-01), signed with
/// `source`, cached in memory until shortly before they expire.
class AssumeRoleCredentialProvider final : public CredentialProvider
{
public:
    AssumeRoleCredentialProvider(std::shared_ptr<CredentialProvider> source,
                                 AssumeRoleParams params, Endpoints endpoints, QString origin = {});
    ~AssumeRoleCredentialProvider() override;

    void fetch(QObject *context, std::function<void(Result<Credentials>)> done) override;
    QString describe() const override;
    bool isConfigured() const override { return m_source && !m_params.roleArn.isEmpty(); }

    const AssumeRoleParams &params() const { return m_params; }
    /// How long before Expiration cached credentials are renewed.
    static constexpr int kRenewMarginSeconds = 180;

private:
    void answer(const Result<Credentials> &result);

    std::shared_ptr<CredentialProvider> m_source;
    AssumeRoleParams m_params;
    Endpoints m_endpoints;
    QString m_origin;
    std::optional<Credentials> m_cached;
    QDateTime m_renewAt;
    QList<QPair<QPointer<QObject>, std::function<void(Result<Credentials>)>>> m_waiters;
    QObject m_anchor; // transport answers stop when the provider goes away
    std::unique_ptr<Transport> m_transport;
};

} // namespace ferry::cloudapi
