// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox on the test's own thread with a transport and the typed clients pointed at it, and
// a helper that waits (in the test, never in library code) for a client call's answer.
#include "cloudapi/credentials.h"
#include "cloudapi/dtsclient.h"
#include "cloudapi/endpoints.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/sandbox/server.h"
#include "cloudapi/sandbox/services.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"
#include "cloudapi/transport.h"

#include <QTest>

#include <memory>
#include <optional>

namespace ferry::test {

struct SandboxRig
{
    std::unique_ptr<sandbox::Server> server;
    std::unique_ptr<cloudapi::Transport> transport;
    QString region = QStringLiteral("cn-shanghai");

    bool start()
    {
        server = std::make_unique<sandbox::Server>();
        server->addServices(sandbox::makeDefaultServices(sandbox::ScenarioOptions{}));
        if (!server->start())
            return false;
        cloudapi::Credentials credentials;
        credentials.accessKeyId = server->keyPair().id;
        credentials.accessKeySecret = server->keyPair().secret;
        credentials.origin = QStringLiteral("test");
        cloudapi::Endpoints endpoints;
        endpoints.setOverride(server->endpoint());
        transport = std::make_unique<cloudapi::Transport>(cloudapi::staticCredentials(credentials),
                                                          endpoints);
        return true;
    }

    ~SandboxRig()
    {
        transport.reset(); // before the server it talks to
        server.reset();
    }

    cloudapi::MmsClient mms() const { return {transport.get(), region}; }
    cloudapi::SmcClient smc() const { return cloudapi::SmcClient(transport.get()); }
    cloudapi::StsClient sts() const { return cloudapi::StsClient(transport.get()); }
};

/// Runs `call(context, callback)` and waits for its one answer.
template<class T, class Call>
std::optional<cloudapi::Result<T>> awaitCall(Call call, int timeoutMs = 20000)
{
    QObject context;
    std::optional<cloudapi::Result<T>> out;
    call(&context, [&out](cloudapi::Result<T> r) { out.emplace(std::move(r)); });
    // A timeout shows as an empty optional, which the caller checks.
    const bool answered = QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    Q_UNUSED(answered);
    return out;
}

} // namespace ferry::test
