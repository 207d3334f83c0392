// SPDX-License-Identifier: GPL-3.0-or-later
#include "echoservice.h"

#include "gatewayerror.h"
#include "virtualclock.h"

namespace ferry::sandbox {

QString EchoService::product() const
{
    return QStringLiteral("Sandbox");
}

QString EchoService::version() const
{
    return QString::fromLatin1(kVersion);
}

ServiceResponse EchoService::handle(const ServiceRequest &request)
{
    const bool rpc = request.path == QLatin1String("/");
    if (request.action != QLatin1String("Echo") ||
        (rpc && request.method != "GET" && request.method != "POST"))
        return errorResponse(gateway::invalidAction(), request, product());

    nlohmann::json params = nlohmann::json::object();
    for (const auto &[name, value] : request.params)
        params[name.toStdString()] = value.toStdString();
    if (rpc) {
        return {200,
                {{"RequestId", request.requestId.toStdString()},
                 {"Action", request.action.toStdString()},
                 {"Method", request.method.toStdString()},
                 {"Params", std::move(params)},
                 {"Now", toIsoString(request.now)}}};
    }
    nlohmann::json segments = nlohmann::json::array();
    for (const QString &segment : request.pathSegments)
        segments.push_back(segment.toStdString());
    return {200,
            {{"requestId", request.requestId.toStdString()},
             {"data",
              {{"method", request.method.toStdString()},
               {"path", request.path.toStdString()},
               {"pathSegments", std::move(segments)},
               {"params", std::move(params)},
               {"body", request.jsonBody},
               {"now", toIsoString(request.now)}}}}};
}

} // namespace ferry::sandbox
