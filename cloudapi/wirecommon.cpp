// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/wirecommon.h"

#include "model/sanitizer.h"

#include <QTimeZone>

namespace ferry::cloudapi::wire {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A parameter whose name says it is secret is masked whole; any other value goes through the
// free-text masking (AccessKey ids, secrets inside JSON such as Reserve).
QString maskedValue(const QString &name, const QString &value)
{
    const QString mask = QString::fromLatin1(model::kMask.data(), qsizetype(model::kMask.size()));
    if (model::isAccessKeyIdValue(value.toStdString()))
        return mask;
    // A ClientToken is an idempotency key, not a credential: the confirmation shows it so the
    // record can be matched with the service's.
    if (name != QLatin1String("ClientToken") && model::isSecretKey(name.toStdString()))
        return mask;
    return model::maskText(value);
}

void appendMasked(WireParams &out, const ParamList &in)
{
    for (const auto &[name, value] : in)
        out.append({name, maskedValue(name, value)});
}

ErrorKind kindForCode(const QString &code, int httpStatus)
{
    if (code.startsWith(QLatin1String("Throttling")))
        return ErrorKind::Throttled;
    if (code.startsWith(QLatin1String("Forbidden")) ||
        code.startsWith(QLatin1String("NoPermission")))
        return ErrorKind::Permission;
    if (code.startsWith(QLatin1String("InvalidAccessKeyId")) ||
        code.startsWith(QLatin1String("SignatureDoesNotMatch")) ||
        code.startsWith(QLatin1String("InvalidSecurityToken")) ||
        code.startsWith(QLatin1String("InvalidTimeStamp")))
        return ErrorKind::Authentication;
    if (httpStatus >= 500 || code == QLatin1String("InternalError") ||
        code == QLatin1String("ServiceUnavailable"))
        return ErrorKind::Server;
    return ErrorKind::Client;
}

} // namespace

ApiRequest roaRequest(Product product, const char *action, const char *version,
                      const QByteArray &method, const QString &path, const QString &regionId)
{
    ApiRequest r;
    r.product = product;
    r.action = QString::fromLatin1(action);
    r.version = QString::fromLatin1(version);
    r.style = ApiStyle::Roa;
    r.method = method;
    r.path = path;
    r.regionId = regionId;
    r.retry = method == "GET" ? RetryMode::Read : RetryMode::Never;
    return r;
}

ApiRequest rpcRequest(Product product, const char *action, const char *version,
                      const QString &regionId)
{
    ApiRequest r;
    r.product = product;
    r.action = QString::fromLatin1(action);
    r.version = QString::fromLatin1(version);
    r.style = ApiStyle::Rpc;
    r.method = "POST";
    r.path = QStringLiteral("/");
    r.regionId = regionId;
    r.retry = RetryMode::Read;
    return r;
}

void add(ParamList &params, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        params.append({name, value});
}

void add(ParamList &params, const QString &name, std::optional<qint64> value)
{
    if (value)
        params.append({name, QString::number(*value)});
}

void add(ParamList &params, const QString &name, std::optional<int> value)
{
    if (value)
        params.append({name, QString::number(*value)});
}

void add(ParamList &params, const QString &name, std::optional<bool> value)
{
    if (value)
        params.append({name, boolText(*value)});
}

void addAlways(ParamList &params, const QString &name, const QString &value)
{
    params.append({name, value});
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString mmsTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone(kMmsUtcOffsetSeconds))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString jsonStringArray(const QStringList &values)
{
    json arr = json::array();
    for (const QString &v : values)
        arr.push_back(v.toStdString());
    return jsonText(arr);
}

QString jsonText(const json &value)
{
    return fromStd(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

WireDescription describe(const ApiRequest &request)
{
    WireDescription d;
    d.action = request.action;
    d.version = request.version;
    d.method = request.method;
    d.path = request.path;
    appendMasked(d.query, request.query);
    if (request.bodyKind == BodyKind::Form)
        appendMasked(d.form, request.form);
    if (request.bodyKind == BodyKind::Json && !request.json.isEmpty()) {
        // Members are listed in the order they were serialized.
        const auto body = nlohmann::ordered_json::parse(
            request.json.constData(), request.json.constData() + request.json.size(), nullptr,
            false);
        ParamList members;
        if (body.is_object()) {
            for (auto it = body.begin(); it != body.end(); ++it) {
                const QString value =
                    it->is_string()
                        ? fromStd(it->get_ref<const std::string &>())
                        : fromStd(it->dump(-1, ' ', false, json::error_handler_t::replace));
                members.append({fromStd(it.key()), value});
            }
        }
        appendMasked(d.body, members);
    }
    return d;
}

std::optional<ApiError> inBandFailure(const Obj &top)
{
    if (!top.exists() || !top.has("Success"))
        return std::nullopt;
    const std::optional<bool> success = top.optBool("Success");
    if (!success || *success)
        return std::nullopt;
    ApiError e;
    e.code = top.str("ErrCode");
    if (e.code.isEmpty())
        e.code = top.str("Code");
    e.message = top.str("ErrMessage");
    if (e.message.isEmpty())
        e.message = top.str("Message");
    const QString dynamic = top.str("DynamicMessage");
    if (!dynamic.isEmpty() && e.message.contains(QLatin1String("%s")))
        e.message.replace(QLatin1String("%s"), dynamic);
    e.requestId = top.str("RequestId");
    e.httpStatus = int(top.i64("HttpStatusCode", 0));
    e.kind = kindForCode(e.code, e.httpStatus);
    if (e.code.isEmpty())
        e.code = QStringLiteral("Failed");
    return e;
}

ApiError withAction(ApiError error, const QString &action)
{
    if (error.action.isEmpty())
        error.action = action;
    return error;
}

} // namespace ferry::cloudapi::wire
