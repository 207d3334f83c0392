// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_wire.h"

#include <QFile>
#include <QMetaObject>
#include <QTest>

namespace ferry::testsupport {

nlohmann::json loadWireFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(FERRY_TEST_DATA_DIR "/wire/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open fixture %1").arg(file.fileName())),
                     __FILE__, __LINE__);
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    auto value =
        nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (value.is_discarded())
        QTest::qFail(qPrintable(QStringLiteral("fixture %1 is not JSON").arg(relativePath)),
                     __FILE__, __LINE__);
    return value;
}

QString param(const cloudapi::ParamList &params, const QString &name)
{
    for (const auto &[n, v] : params) {
        if (n == name)
            return v.isNull() ? QStringLiteral("") : v;
    }
    return QString();
}

QStringList paramNames(const cloudapi::ParamList &params)
{
    QStringList names;
    for (const auto &p : params)
        names.append(p.first);
    return names;
}

nlohmann::json jsonBody(const cloudapi::ApiRequest &request)
{
    return nlohmann::json::parse(request.json.constData(),
                                 request.json.constData() + request.json.size(), nullptr, false);
}

cloudapi::ApiError transportError(cloudapi::ErrorKind kind, bool mayHaveApplied, int httpStatus,
                                  const QString &code)
{
    cloudapi::ApiError e;
    e.kind = kind;
    e.mayHaveApplied = mayHaveApplied;
    e.httpStatus = httpStatus;
    e.code = code;
    return e;
}

std::function<void()> FakeSender::send(cloudapi::ApiRequest request, QObject *context,
                                       Callback done)
{
    sent.append(request);
    cloudapi::Result<nlohmann::json> answer = m_responder(request);
    if (synchronous) {
        done(std::move(answer));
        return [this] { ++cancelCalls; };
    }
    auto alive = std::make_shared<bool>(true);
    QMetaObject::invokeMethod(
        context,
        [alive, done = std::move(done), answer]() {
            if (*alive)
                done(answer);
        },
        Qt::QueuedConnection);
    return [this, alive] {
        *alive = false;
        ++cancelCalls;
    };
}

} // namespace ferry::testsupport
