// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared pieces of the transport tests: a scripted server with a transport pointed at it, and a
// collector for the one answer of a send().

#include "cloudapi/transport.h"
#include "testsupport_httpserver.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace ferry::test {

inline const QString kTestKeyId = QStringLiteral("TestAccessKeyId");
inline const QString kTestKeySecret = QStringLiteral("TestAccessKeySecret");

/// Collects the one answer of a send().
struct Outcome
{
    int calls = 0;
    std::optional<cloudapi::Result<nlohmann::json>> result;

    cloudapi::Transport::Callback callback()
    {
        return [this](cloudapi::Result<nlohmann::json> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    const cloudapi::ApiError &error() const { return result->error(); }
};

/// A read the transport may retry: DTS DescribeDtsJobs.
inline cloudapi::ApiRequest dtsRead()
{
    cloudapi::ApiRequest r =
        cloudapi::rpcRequest(cloudapi::Product::Dts, QStringLiteral("DescribeDtsJobs"),
                             QStringLiteral("2020-01-01"), QStringLiteral("cn-hangzhou"));
    r.query.append({QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")});
    return r;
}

/// Retries with tiny waits, so tests stay fast.
inline cloudapi::RetryPolicy fastRetries(int attempts = 4)
{
    cloudapi::RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelay = std::chrono::milliseconds(1);
    p.maxDelay = std::chrono::milliseconds(5);
    p.maxTotal = std::chrono::milliseconds(20000);
    return p;
}

/// A scripted server and a transport whose endpoints all point at it.
struct TransportRig
{
    std::unique_ptr<ScriptedHttpServer> server;
    std::unique_ptr<cloudapi::Transport> transport;

    bool start()
    {
        server = std::make_unique<ScriptedHttpServer>();
        if (!server->start())
            return false;
        transport = make();
        return true;
    }

    void stop()
    {
        transport.reset();
        server.reset();
    }

    /// Another transport, with other credentials or another base URL.
    std::unique_ptr<cloudapi::Transport>
    make(cloudapi::Credentials creds = {kTestKeyId, kTestKeySecret, {}, {}},
         std::optional<QUrl> base = std::nullopt) const
    {
        cloudapi::Endpoints endpoints;
        endpoints.setOverride(base ? *base : server->baseUrl());
        auto t =
            std::make_unique<cloudapi::Transport>(cloudapi::staticCredentials(creds), endpoints);
        t->setRetryPolicy(fastRetries());
        return t;
    }
};

} // namespace ferry::test
