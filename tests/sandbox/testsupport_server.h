// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Server on the test's own thread with the two test products, plus request builders.
#include "cloudapi/sandbox/server.h"

#include "testsupport_http.h"
#include "testsupport_services.h"
#include "testsupport_signer.h"

#include <memory>

namespace ferry::sandbox::test {

struct ServerFixture
{
    explicit ServerFixture(ServerConfig config = {})
    {
        config.key = {QStringLiteral("LTAIfixture0000000000000"), QStringLiteral("fixture-secret")};
        server = std::make_unique<Server>(std::move(config));
        server->addService(std::make_unique<RpcTestService>(rpc));
        server->addService(std::make_unique<RoaTestService>(roa));
        QString error;
        started = server->start(&error);
        port = server->port();
    }

    /// A signed RPC call of DescribeDtsJobs.
    SignSpec rpcSpec(const Pairs &query = {{"RegionId", "cn-hangzhou"}}) const
    {
        SignSpec spec;
        spec.method = "POST";
        spec.action = "DescribeDtsJobs";
        spec.version = "2020-01-01";
        spec.query = query;
        spec.keyId = server->keyPair().id;
        spec.secret = server->keyPair().secret;
        spec.host = "127.0.0.1:" + QByteArray::number(port);
        return spec;
    }

    /// A signed ROA call of ListMmsDataSources.
    SignSpec roaSpec() const
    {
        SignSpec spec = rpcSpec({{"pageNum", "1"}});
        spec.method = "GET";
        spec.rawPath = "/api/v1/mms/datasources";
        spec.action = "ListMmsDataSources";
        spec.version = "2022-01-04";
        return spec;
    }

    HttpResponse call(const SignSpec &spec) const
    {
        return exchange(port, signRequest(spec).toHttp());
    }

    std::shared_ptr<Seen> rpc = std::make_shared<Seen>();
    std::shared_ptr<Seen> roa = std::make_shared<Seen>();
    std::unique_ptr<Server> server;
    bool started = false;
    quint16 port = 0;
};

} // namespace ferry::sandbox::test
