// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminendpoint.h"

#include "canonical.h"
#include "gatewayerror.h"

#include <nlohmann/json.hpp>

namespace ferry::sandbox {

namespace {

AdminAnswer json(int status, const nlohmann::json &body)
{
    return {status, QByteArray::fromStdString(
                        body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))};
}

AdminAnswer error(int status, const char *code, const QString &message)
{
    return json(status, {{"RequestId", newRequestId().toStdString()},
                         {"Code", code},
                         {"Message", message.toStdString()}});
}

AdminAnswer clockState(const VirtualClock &clock)
{
    const VirtualTime now = clock.now();
    return json(200, {{"now", toIsoString(now)},
                      {"nowMs", now.time_since_epoch().count()},
                      {"scale", clock.scale()}});
}

AdminAnswer handleClock(const ReceivedRequest &request, VirtualClock &clock)
{
    if (request.method == "GET")
        return clockState(clock);
    if (request.method != "POST")
        return error(405, "MethodNotAllowed", QStringLiteral("Use GET or POST."));
    const auto body =
        nlohmann::json::parse(request.body.begin(), request.body.end(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return error(400, "InvalidParameter", QStringLiteral("The body must be a JSON object."));
    for (const char *key : {"advanceMs", "scale", "nowMs"}) {
        if (body.contains(key) && !body.at(key).is_number())
            return error(400, "InvalidParameter",
                         QStringLiteral("\"%1\" must be a number.").arg(QLatin1String(key)));
    }
    if (body.contains("nowMs"))
        clock.setNow(VirtualTime(std::chrono::milliseconds(body.at("nowMs").get<std::int64_t>())));
    if (body.contains("advanceMs")) {
        const auto ms = body.at("advanceMs").get<std::int64_t>();
        if (ms < 0)
            return error(400, "InvalidParameter",
                         QStringLiteral("\"advanceMs\" must not be negative."));
        clock.advance(std::chrono::milliseconds(ms));
    }
    if (body.contains("scale"))
        clock.setScale(body.at("scale").get<double>());
    return clockState(clock);
}

AdminAnswer handleFaults(const ReceivedRequest &request, FaultInjector &faults)
{
    if (request.method == "GET")
        return {200, faultConfigToJson(faults.config())};
    if (request.method == "DELETE") {
        faults.clear();
        return {200, faultConfigToJson(faults.config())};
    }
    if (request.method != "POST" && request.method != "PUT")
        return error(405, "MethodNotAllowed", QStringLiteral("Use GET, POST or DELETE."));
    QString message;
    auto config = parseFaultConfig(request.body, &message);
    if (!config)
        return error(400, "InvalidParameter", message);
    faults.setConfig(std::move(*config));
    return {200, faultConfigToJson(faults.config())};
}

AdminAnswer handleRequests(const ReceivedRequest &request, QByteArrayView rawQuery, RequestLog &log)
{
    if (request.method == "DELETE") {
        log.clear();
        return json(200, {{"total", log.totalRecorded()}, {"count", 0}});
    }
    if (request.method != "GET")
        return error(405, "MethodNotAllowed", QStringLiteral("Use GET or DELETE."));
    std::uint64_t since = 0;
    std::size_t limit = SIZE_MAX;
    QString action;
    for (const auto &[name, value] : canonical::parsePairs(rawQuery)) {
        bool ok = true;
        if (name == "since")
            since = value.toULongLong(&ok);
        else if (name == "limit")
            limit = value.toULongLong(&ok);
        else if (name == "action")
            action = QString::fromUtf8(value);
        if (!ok)
            return error(400, "InvalidParameter",
                         QStringLiteral("\"%1\" must be a non-negative integer.")
                             .arg(QString::fromUtf8(name)));
    }
    auto entries = log.entriesAfter(since);
    if (!action.isEmpty())
        std::erase_if(entries, [&action](const RequestLogEntry &e) { return e.action != action; });
    if (entries.size() > limit)
        entries.erase(entries.begin(), entries.end() - std::ptrdiff_t(limit));
    return {200, requestLogToJson(entries, log.totalRecorded())};
}

} // namespace

bool isAdminPath(QByteArrayView rawPath)
{
    return rawPath == kAdminPrefix ||
           (rawPath.startsWith(kAdminPrefix) && rawPath.size() > kAdminPrefix.size() &&
            rawPath[kAdminPrefix.size()] == '/');
}

bool isLoopbackPeer(const QHostAddress &peer)
{
    if (peer.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // also unwraps ::ffff:127.0.0.1
    return isV4 && (v4 >> 24) == 127;
}

AdminAnswer handleAdmin(const ReceivedRequest &request, AdminContext context)
{
    if (!isLoopbackPeer(request.peer))
        return error(403, "Forbidden",
                     QStringLiteral("The sandbox admin endpoint only answers loopback clients."));
    const auto [rawPath, rawQuery] = canonical::splitTarget(request.target);
    QByteArray path = rawPath;
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const QByteArray sub = path.mid(kAdminPrefix.size());
    if (sub.isEmpty()) {
        return json(200, {{"endpoints",
                           {"GET|POST|DELETE /__sandbox/faults",
                            "GET|DELETE /__sandbox/requests?since=SEQ&limit=N&action=NAME",
                            "GET|POST /__sandbox/clock"}}});
    }
    if (sub == "/faults")
        return handleFaults(request, context.faults);
    if (sub == "/requests")
        return handleRequests(request, rawQuery, context.log);
    if (sub == "/clock")
        return handleClock(request, context.clock);
    return error(404, "NotFound", QStringLiteral("No such admin resource."));
}

} // namespace ferry::sandbox
