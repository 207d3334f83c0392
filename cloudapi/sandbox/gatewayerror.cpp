// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayerror.h"

#include <QUrl>
#include <QUuid>

namespace ferry::sandbox {

namespace gateway {

GatewayError missingParameter(const QString &name)
{
    return {400, QStringLiteral("MissingParameter"),
            QStringLiteral("The input parameter \"%1\" that is mandatory for processing this "
                           "request is not supplied.")
                .arg(name)};
}

GatewayError incompleteSignature()
{
    return {400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The request signature does not conform to Aliyun standards.")};
}

GatewayError signatureDoesNotMatch(QByteArrayView serverStringToSign)
{
    return {400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified signature is not matched with our calculation. server "
                           "string to sign is:") +
                QString::fromUtf8(serverStringToSign)};
}

GatewayError accessKeyNotFound()
{
    return {404, QStringLiteral("InvalidAccessKeyId.NotFound"),
            QStringLiteral("Specified access key is not found.")};
}

GatewayError timestampExpired()
{
    return {400, QStringLiteral("InvalidTimeStamp.Expired"),
            QStringLiteral("Specified time stamp or date value is expired.")};
}

GatewayError timestampFormat()
{
    return {400, QStringLiteral("InvalidTimeStamp.Format"),
            QStringLiteral("Specified time stamp or date value is not well formatted.")};
}

GatewayError nonceUsed()
{
    return {400, QStringLiteral("SignatureNonceUsed"),
            QStringLiteral("Specified signature nonce was used already.")};
}

GatewayError securityTokenExpired()
{
    return {403, QStringLiteral("InvalidSecurityToken.Expired"),
            QStringLiteral("Specified SecurityToken is expired.")};
}

GatewayError securityTokenMismatch()
{
    return {400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
            QStringLiteral("Specified SecurityToken mismatch with the AccessKey.")};
}

GatewayError invalidVersion()
{
    return {400, QStringLiteral("InvalidVersion"),
            QStringLiteral("Specified parameter Version is not valid.")};
}

GatewayError invalidAction()
{
    return {404, QStringLiteral("InvalidAction.NotFound"),
            QStringLiteral("Specified api is not found, please check your url and method")};
}

GatewayError invalidBody()
{
    return {400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The request body is not valid JSON.")};
}

GatewayError throttlingUser()
{
    return {400, QStringLiteral("Throttling.User"),
            QStringLiteral("Request was denied due to user flow control.")};
}

GatewayError internalError()
{
    return {500, QStringLiteral("InternalError"),
            QStringLiteral("The request processing has failed due to some unknown error.")};
}

GatewayError serviceUnavailable()
{
    return {503, QStringLiteral("ServiceUnavailable"),
            QStringLiteral("The request has failed due to a temporary failure of the server.")};
}

GatewayError forbiddenRam()
{
    return {403, QStringLiteral("Forbidden.RAM"),
            QStringLiteral("User not authorized to operate on the specified resource.")};
}

} // namespace gateway

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

nlohmann::json errorBody(const GatewayError &error, const QString &requestId, const QString &hostId,
                         const QString &product)
{
    const auto encode = [](const QString &text) { return QUrl::toPercentEncoding(text); };
    const QByteArray recommend = "https://api.aliyun.com/troubleshoot?q=" + encode(error.code) +
                                 "&product=" + encode(product) + "&requestId=" + encode(requestId);
    return nlohmann::json{
        {"RequestId", requestId.toStdString()}, {"HostId", hostId.toStdString()},
        {"Code", error.code.toStdString()},     {"Message", error.message.toStdString()},
        {"Recommend", recommend.toStdString()},
    };
}

ServiceResponse errorResponse(const GatewayError &error, const ServiceRequest &request,
                              const QString &product)
{
    return {error.status, errorBody(error, request.requestId, QString(), product)};
}

} // namespace ferry::sandbox
