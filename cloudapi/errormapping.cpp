// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/errormapping.h"

#include <nlohmann/json.hpp>

namespace ferry::cloudapi {

namespace {

constexpr qsizetype kMaxTextMessage = 300;

QString stringField(const nlohmann::json &body, std::initializer_list<const char *> names)
{
    if (!body.is_object())
        return {};
    for (const char *name : names) {
        const auto it = body.find(name);
        if (it == body.end() || it->is_null())
            continue;
        if (it->is_string()) {
            if (!it->get_ref<const std::string &>().empty())
                return QString::fromStdString(it->get<std::string>());
            continue;
        }
        if (it->is_number() || it->is_boolean())
            return QString::fromStdString(it->dump());
    }
    return {};
}

bool startsWithAny(const QString &code, std::initializer_list<QLatin1StringView> prefixes)
{
    for (const auto &p : prefixes)
        if (code.startsWith(p, Qt::CaseInsensitive))
            return true;
    return false;
}

// DTS puts the variable part of a message in DynamicMessage; ErrMessage holds `%s` for it.
QString fillDynamic(QString message, const QString &dynamic)
{
    if (dynamic.isEmpty())
        return message;
    if (message.contains(QLatin1String("%s")))
        return message.replace(QLatin1String("%s"), dynamic);
    if (message.isEmpty())
        return dynamic;
    if (message.contains(dynamic))
        return message;
    return message + QStringLiteral(" (") + dynamic + QLatin1Char(')');
}

void fillRamActions(ApiError &error, const nlohmann::json &body, Product product)
{
    if (error.kind != ErrorKind::Permission)
        return;
    // RAM denials may name the exact action in AccessDeniedDetail.AuthAction.
    if (body.is_object()) {
        const auto detail = body.find("AccessDeniedDetail");
        if (detail != body.end() && detail->is_object()) {
            const QString authAction = stringField(*detail, {"AuthAction"});
            if (!authAction.isEmpty())
                error.ramActions.append(authAction);
        }
    }
    if (!error.action.isEmpty()) {
        const QString needed = ramNamespace(product) + QLatin1Char(':') + error.action;
        if (!error.ramActions.contains(needed))
            error.ramActions.append(needed);
    }
}

} // namespace

QString ramNamespace(Product product)
{
    switch (product) {
    case Product::MaxCompute:
        return QStringLiteral("odps");
    case Product::Dts:
        return QStringLiteral("dts");
    case Product::Smc:
        return QStringLiteral("smc");
    case Product::Sts:
        return QStringLiteral("sts");
    }
    return {};
}

ErrorKind errorKindFor(const QString &code, int httpStatus)
{
    if (startsWithAny(code, {QLatin1StringView("Throttling")}) || httpStatus == 429)
        return ErrorKind::Throttled;
    if (startsWithAny(
            code,
            {QLatin1StringView("SignatureDoesNotMatch"), QLatin1StringView("IncompleteSignature"),
             QLatin1StringView("InvalidAccessKeyId"), QLatin1StringView("InvalidAccessKeySecret"),
             QLatin1StringView("InvalidTimeStamp"), QLatin1StringView("SignatureNonceUsed"),
             QLatin1StringView("InvalidSecurityToken"), QLatin1StringView("MissingSecurityToken"),
             QLatin1StringView("InvalidAuthorization"),
             QLatin1StringView("MissingAuthorization")}) ||
        httpStatus == 401)
        return ErrorKind::Authentication;
    if (startsWithAny(code, {QLatin1StringView("Forbidden"), QLatin1StringView("NoPermission"),
                             QLatin1StringView("AccessDenied")}) ||
        code.contains(QLatin1String("NoPermission"), Qt::CaseInsensitive) ||
        (httpStatus == 403 && code.isEmpty()))
        return ErrorKind::Permission;
    if (startsWithAny(code,
                      {QLatin1StringView("InternalError"), QLatin1StringView("ServiceUnavailable"),
                       QLatin1StringView("UnknownError")}) ||
        httpStatus >= 500)
        return ErrorKind::Server;
    if (httpStatus == 403)
        return ErrorKind::Permission;
    return ErrorKind::Client;
}

bool bodyReportsFailure(const nlohmann::json &body)
{
    if (!body.is_object())
        return false;
    const auto it = body.find("Success");
    if (it == body.end())
        return false;
    if (it->is_boolean())
        return !it->get<bool>();
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>())
                   .compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    return false;
}

ApiError errorFromBody(int httpStatus, const nlohmann::json &body, const QString &action,
                       Product product)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.action = action;
    const bool dtsStyle = bodyReportsFailure(body);
    if (dtsStyle) {
        e.code = stringField(body, {"ErrCode", "Code", "code"});
        e.message = stringField(body, {"ErrMessage", "Message", "message"});
    } else {
        e.code = stringField(body, {"Code", "code", "ErrCode"});
        e.message = stringField(body, {"Message", "message", "ErrMessage"});
    }
    e.message = fillDynamic(e.message, stringField(body, {"DynamicMessage"}));
    e.requestId = stringField(body, {"RequestId", "requestId"});
    e.recommend = stringField(body, {"Recommend", "recommend"});

    // A DTS failure inside HTTP 200 carries the status it stands for in HttpStatusCode.
    int statusForKind = httpStatus;
    if (dtsStyle && httpStatus >= 200 && httpStatus < 300) {
        bool ok = false;
        const int inner = stringField(body, {"HttpStatusCode"}).toInt(&ok);
        statusForKind = ok && inner >= 400 ? inner : 400;
    }
    e.kind = errorKindFor(e.code, statusForKind);
    fillRamActions(e, body, product);
    return e;
}

ApiError errorFromText(int httpStatus, const QString &sanitizedText, const QString &action,
                       Product product)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.action = action;
    QString text = sanitizedText.simplified();
    if (text.size() > kMaxTextMessage)
        text = text.left(kMaxTextMessage) + QStringLiteral("…");
    e.message = text;
    if (httpStatus >= 200 && httpStatus < 300)
        e.kind = ErrorKind::InvalidResponse;
    else
        e.kind = errorKindFor({}, httpStatus);
    fillRamActions(e, nlohmann::json(), product);
    return e;
}

std::chrono::milliseconds parseRetryAfter(const QByteArray &headerValue)
{
    bool ok = false;
    const qlonglong value = headerValue.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return std::chrono::milliseconds{0};
    return std::chrono::milliseconds{value};
}

} // namespace ferry::cloudapi
