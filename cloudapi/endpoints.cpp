// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/endpoints.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ferry::cloudapi {

namespace {

// Region ids are lowercase words joined by '-'; anything else must not reach a host name.
bool isValidRegionId(const QString &regionId)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(regionId).hasMatch();
}

// DTS serves these regions only from its central endpoint (DTS request-syntax page).
bool dtsUsesCentralEndpoint(const QString &regionId)
{
    return regionId == QLatin1String("cn-wulanchabu") || regionId == QLatin1String("cn-chengdu") ||
           regionId == QLatin1String("cn-beijing-finance-1");
}

QUrl httpsHost(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

} // namespace

QUrl Endpoints::official(Product product, const QString &regionId)
{
    const bool hasRegion = !regionId.isEmpty();
    if (hasRegion && !isValidRegionId(regionId))
        return {};
    switch (product) {
    case Product::MaxCompute:
        return httpsHost(hasRegion ? QStringLiteral("maxcompute.%1.aliyuncs.com").arg(regionId)
                                   : QStringLiteral("maxcompute.aliyuncs.com"));
    case Product::Dts:
        if (!hasRegion || dtsUsesCentralEndpoint(regionId))
            return httpsHost(QStringLiteral("dts.aliyuncs.com"));
        return httpsHost(QStringLiteral("dts.%1.aliyuncs.com").arg(regionId));
    case Product::Smc:
        return httpsHost(QStringLiteral("smc.aliyuncs.com"));
    case Product::Sts:
        return httpsHost(QStringLiteral("sts.aliyuncs.com"));
    }
    return {};
}

QUrl Endpoints::resolve(Product product, const QString &regionId) const
{
    if (!m_override.isEmpty())
        return m_override;
    return official(product, regionId);
}

QByteArray Endpoints::hostHeader(const QUrl &base)
{
    QByteArray host = base.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (base.port() != -1)
        host += ':' + QByteArray::number(base.port());
    return host;
}

bool Endpoints::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace ferry::cloudapi
