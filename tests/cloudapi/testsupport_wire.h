// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the cloudapi tests: fixtures, parameter lookups and a recording sender.

#include "cloudapi/apisender.h"
#include "cloudapi/request.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

namespace ferry::testsupport {

/// Reads tests/data/wire/<relativePath> as JSON (fails the test if it cannot).
nlohmann::json loadWireFixture(const QString &relativePath);

/// The value of parameter `name`, or a null QString when it is absent.
QString param(const cloudapi::ParamList &params, const QString &name);
/// The names of the parameters, in order.
QStringList paramNames(const cloudapi::ParamList &params);
/// A JSON request body as a parsed value.
nlohmann::json jsonBody(const cloudapi::ApiRequest &request);

/// An error as the transport reports it.
cloudapi::ApiError transportError(cloudapi::ErrorKind kind, bool mayHaveApplied, int httpStatus = 0,
                                  const QString &code = {});

/// An ApiSender that records every request and answers from a script, asynchronously (queued
/// on the context, like the transport) unless `synchronous` is set.
class FakeSender final : public cloudapi::ApiSender
{
public:
    using Responder = std::function<cloudapi::Result<nlohmann::json>(const cloudapi::ApiRequest &)>;

    explicit FakeSender(Responder responder)
        : m_responder(std::move(responder))
    {}

    std::function<void()> send(cloudapi::ApiRequest request, QObject *context,
                               Callback done) override;

    QList<cloudapi::ApiRequest> sent;
    int cancelCalls = 0;
    bool synchronous = false;

private:
    Responder m_responder;
};

} // namespace ferry::testsupport
