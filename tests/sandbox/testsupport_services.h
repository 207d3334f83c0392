// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small test-only products: an RPC one answering DescribeDtsJobs under DTS's version and a ROA
// one answering ListMmsDataSources under MaxCompute's. Both count their calls.
#include "cloudapi/sandbox/gatewayerror.h"
#include "cloudapi/sandbox/service.h"
#include "cloudapi/sandbox/virtualclock.h"

#include <memory>

namespace ferry::sandbox::test {

/// What a test service saw; shared with the test after the server took the service.
struct Seen
{
    int calls = 0;
    ServiceRequest last;
};

class RpcTestService final : public Service
{
public:
    explicit RpcTestService(std::shared_ptr<Seen> seen)
        : m_seen(std::move(seen))
    {}
    QString product() const override { return QStringLiteral("Dts"); }
    QString version() const override { return QStringLiteral("2020-01-01"); }
    ServiceResponse handle(const ServiceRequest &request) override
    {
        ++m_seen->calls;
        m_seen->last = request;
        if (request.action != QLatin1String("DescribeDtsJobs") ||
            (request.method != "GET" && request.method != "POST"))
            return errorResponse(gateway::invalidAction(), request, product());
        nlohmann::json params = nlohmann::json::object();
        for (const auto &[name, value] : request.params)
            params[name.toStdString()] = value.toStdString();
        return {200,
                {{"RequestId", request.requestId.toStdString()},
                 {"Success", true},
                 {"Params", params},
                 {"Now", toIsoString(request.now)}}};
    }

private:
    std::shared_ptr<Seen> m_seen;
};

class RoaTestService final : public Service
{
public:
    explicit RoaTestService(std::shared_ptr<Seen> seen)
        : m_seen(std::move(seen))
    {}
    QString product() const override { return QStringLiteral("MaxCompute"); }
    QString version() const override { return QStringLiteral("2022-01-04"); }
    ServiceResponse handle(const ServiceRequest &request) override
    {
        ++m_seen->calls;
        m_seen->last = request;
        if (request.action == QLatin1String("ListMmsDataSources") &&
            request.path == QLatin1String("/api/v1/mms/datasources") && request.method == "GET")
            return {200,
                    {{"requestId", request.requestId.toStdString()},
                     {"data", {{"objectList", nlohmann::json::array()}, {"total", 0}}}}};
        if (request.action == QLatin1String("CreateMmsJob") && request.method == "POST" &&
            request.pathSegments.size() == 6)
            return {200,
                    {{"requestId", request.requestId.toStdString()},
                     {"data", {{"asyncTaskId", 1}, {"echo", request.jsonBody}}}}};
        return errorResponse(gateway::invalidAction(), request, product());
    }

private:
    std::shared_ptr<Seen> m_seen;
};

} // namespace ferry::sandbox::test
