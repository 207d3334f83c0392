// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

namespace ferry::sandbox::test {

VirtualTime t0()
{
    return VirtualTime(std::chrono::milliseconds(1772413200000LL));
}

VirtualTime at(double seconds)
{
    return t0() + std::chrono::milliseconds(qint64(seconds * 1000));
}

ServiceRequest roa(const char *method, const QString &path, const QString &action,
                   const Params &query, const Json &body, VirtualTime now)
{
    ServiceRequest r;
    r.method = method;
    r.path = path;
    r.pathSegments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.action = action;
    r.version = QStringLiteral("2022-01-04");
    r.params = query;
    r.jsonBody = body;
    r.accessKeyId = QStringLiteral("LTAI5tSandboxTestKey01");
    r.requestId = QStringLiteral("5A0D6F3E-0000-4000-8000-00000000TEST");
    r.now = now;
    return r;
}

ServiceRequest rpc(const QString &action, const QString &version, const Params &params,
                   VirtualTime now)
{
    ServiceRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/");
    r.action = action;
    r.version = version;
    r.params = params;
    r.accessKeyId = QStringLiteral("LTAI5tSandboxTestKey01");
    r.requestId = QStringLiteral("5A0D6F3E-0000-4000-8000-00000000TEST");
    r.now = now;
    return r;
}

QStringList missingKeys(const Json &object, const QStringList &keys)
{
    QStringList missing;
    for (const QString &key : keys) {
        if (!object.is_object() || !object.contains(key.toStdString()))
            missing.append(key);
    }
    return missing;
}

QStringList unexpectedKeys(const Json &object, const QStringList &allowed)
{
    QStringList extra;
    if (!object.is_object())
        return extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!allowed.contains(key))
            extra.append(key);
    }
    return extra;
}

QByteArray dump(const Json &json)
{
    return QByteArray::fromStdString(json.dump()).left(2000);
}

QString str(const Json &json)
{
    return json.is_string() ? QString::fromStdString(json.get<std::string>())
                            : QString::fromStdString(json.dump());
}

qint64 num(const Json &json)
{
    return json.is_number_integer() ? json.get<qint64>()
           : json.is_number()       ? qint64(json.get<double>())
                                    : 0;
}

bool flag(const Json &json)
{
    return json.is_boolean() && json.get<bool>();
}

} // namespace ferry::sandbox::test
