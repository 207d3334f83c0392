// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/request.h"

#include "cloudapi/signer.h"

#include <QUuid>

#include <nlohmann/json.hpp>

namespace ferry::cloudapi {

namespace {

QString joinKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString scalarText(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromStdString(value.dump());
}

} // namespace

void appendFlattened(ParamList &params, const QString &prefix, const nlohmann::json &value)
{
    // Null members are left out, as the SDK does with unset fields.
    if (value.is_null())
        return;
    if (value.is_array()) {
        int index = 1;
        for (const auto &item : value)
            appendFlattened(params, joinKey(prefix, QString::number(index++)), item);
        return;
    }
    if (value.is_object()) {
        for (const auto &[key, item] : value.items())
            appendFlattened(params, joinKey(prefix, QString::fromStdString(key)), item);
        return;
    }
    params.append({prefix, scalarText(value)});
}

QString encodePathSegment(const QString &segment)
{
    return QString::fromLatin1(signer::percentEncode(segment.toUtf8()));
}

QString jsonParam(const nlohmann::json &value)
{
    // Invalid UTF-8 cannot come from QString-built values; replace rather than throw anyway.
    return QString::fromStdString(
        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

QString newClientToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiRequest rpcRequest(Product product, const QString &action, const QString &version,
                      const QString &regionId)
{
    ApiRequest r;
    r.product = product;
    r.action = action;
    r.version = version;
    r.style = ApiStyle::Rpc;
    r.method = "POST";
    r.path = QStringLiteral("/");
    r.regionId = regionId;
    return r;
}

ApiRequest roaRequest(Product product, const QString &action, const QString &version,
                      const QByteArray &method, const QString &encodedPath)
{
    ApiRequest r;
    r.product = product;
    r.action = action;
    r.version = version;
    r.style = ApiStyle::Roa;
    r.method = method;
    r.path = encodedPath;
    return r;
}

void setJsonBody(ApiRequest &request, const nlohmann::json &body)
{
    request.bodyKind = BodyKind::Json;
    request.json = QByteArray::fromStdString(
        body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace ferry::cloudapi
