// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "adminendpoint.h"
#include "canonical.h"
#include "connection.h"
#include "gatewayauth.h"
#include "gatewayerror.h"
#include "httpwire.h"
#include "noncecache.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace ferry::sandbox {

namespace {

QString hostIdOf(const ReceivedRequest &request)
{
    QByteArray host = request.header("host");
    // Strip a port, keeping bracketed IPv6 literals whole.
    const qsizetype colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']') < colon)
        host.truncate(colon);
    return QString::fromUtf8(host);
}

QString errorCodeOf(const nlohmann::json &body)
{
    if (!body.is_object())
        return {};
    for (const char *key : {"Code", "code"}) {
        const auto it = body.find(key);
        if (it != body.end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

QByteArray serialize(const nlohmann::json &body)
{
    return QByteArray::fromStdString(
        body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace

struct Server::Answer
{
    int status = 200;
    QByteArray body;
    HeaderList headers;
    bool drop = false;
    FaultDecision fault;
    bool close = false;
};

Server::Server(ServerConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_key(m_config.key.isValid() ? m_config.key : generateKeyPair())
    , m_clock(m_config.clock ? m_config.clock : std::make_shared<VirtualClock>(m_config.timeScale))
    , m_faults(m_config.faults ? m_config.faults
                               : std::make_shared<FaultInjector>(m_config.faultSeed))
    , m_log(m_config.log ? m_config.log : std::make_shared<RequestLog>(m_config.logCapacity))
    , m_credentials(m_config.credentials ? m_config.credentials
                                         : std::make_shared<CredentialStore>())
    , m_nonces(std::make_shared<NonceCache>(m_config.nonceCapacity))
    , m_auth(std::make_unique<GatewayAuth>(m_credentials, m_nonces, m_config.dateTolerance))
{
    m_credentials->addKey(m_key);
    if (!m_config.wallClock)
        m_config.wallClock = [] { return std::chrono::system_clock::now(); };
}

Server::~Server() = default;

void Server::addService(std::unique_ptr<Service> service)
{
    if (!service)
        return;
    const QString version = service->version();
    m_services[version] = std::move(service);
}

void Server::addServices(std::vector<std::unique_ptr<Service>> services)
{
    for (auto &service : services)
        addService(std::move(service));
}

QStringList Server::versions() const
{
    QStringList out;
    for (const auto &entry : m_services)
        out.append(entry.first);
    return out;
}

bool Server::start(QString *error)
{
    if (m_tcp) {
        if (error)
            *error = QStringLiteral("The sandbox server is already listening.");
        return false;
    }
    auto *tcp = new TappingTcpServer(this);
    if (!tcp->listen(m_config.address, m_config.port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_tcp = tcp;
    m_port = tcp->serverPort();
    return true;
}

QUrl Server::endpoint() const
{
    if (!m_tcp)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = m_config.address == QHostAddress(QHostAddress::Any) ||
                                         m_config.address == QHostAddress(QHostAddress::AnyIPv4)
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : m_config.address;
    url.setHost(address.toString());
    url.setPort(m_port);
    return url;
}

QUrl Server::adminEndpoint() const
{
    QUrl url = endpoint();
    if (!url.isEmpty())
        url.setPath(QString::fromLatin1(kAdminPrefix.data(), kAdminPrefix.size()));
    return url;
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Connection *connection = Connection::of(socket);
    if (!connection) // a socket from a QTcpServer bound by someone else: no raw capture
        connection = new Connection(socket);
    const auto receivedAt = std::chrono::steady_clock::now();
    const std::uint64_t slot = connection->reserve();
    const ReceivedRequest received =
        receivedFrom(request, connection->takeRequestHead(), socket->peerAddress());
    const bool close = wantsClose(received);
    const bool head = received.method == "HEAD";

    const auto [rawPath, rawQuery] = canonical::splitTarget(received.target);
    if (isAdminPath(rawPath)) {
        const AdminAnswer admin = handleAdmin(received, {*m_clock, *m_faults, *m_log});
        connection->complete(slot, httpResponse(admin.status, admin.body, {}, close, head), close);
        return true;
    }

    RequestLogEntry entry;
    entry.method = received.method;
    entry.path = QString::fromUtf8(rawPath);
    entry.realTime = m_config.wallClock();
    entry.virtualTime = m_clock->now();
    Answer answer = process(received, entry);
    if (!answer.drop) {
        answer.headers.prepend({"x-acs-request-id", entry.requestId.toUtf8()});
        answer.body = httpResponse(answer.status, answer.body, answer.headers, close, head);
    }
    answer.close = close;

    if (answer.fault.latency.count() > 0) {
        // A timer, never a sleep: the server keeps serving other requests meanwhile.
        QPointer<Connection> guard(connection);
        QTimer::singleShot(answer.fault.latency, this,
                           [this, guard, slot, answer = std::move(answer), entry = std::move(entry),
                            receivedAt]() mutable {
                               deliver(guard.data(), slot, std::move(answer), std::move(entry),
                                       receivedAt);
                           });
    } else {
        deliver(connection, slot, std::move(answer), std::move(entry), receivedAt);
    }
    return true;
}

void Server::deliver(Connection *connection, std::uint64_t slot, Answer answer,
                     RequestLogEntry entry, std::chrono::steady_clock::time_point receivedAt)
{
    if (connection) {
        if (answer.drop)
            connection->drop(slot);
        else
            connection->complete(slot, std::move(answer.body), answer.close);
    }
    entry.status = answer.drop ? 0 : answer.status;
    entry.fault = answer.fault.label();
    entry.latency = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - receivedAt);
    const std::uint64_t sequence = m_log->append(std::move(entry));
    Q_EMIT requestLogged(sequence);
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything. Kept for completeness.
    const ReceivedRequest received = receivedFrom(request, {}, socket->peerAddress());
    const QString requestId = newRequestId();
    const QByteArray body =
        serialize(errorBody(gateway::invalidAction(), requestId, hostIdOf(received), QString()));
    socket->write(httpResponse(404, body, {{"x-acs-request-id", requestId.toUtf8()}}, true));
    socket->disconnectFromHost();
}

Server::Answer Server::process(const ReceivedRequest &request, RequestLogEntry &entry)
{
    entry.requestId = newRequestId();
    entry.action = QString::fromUtf8(request.header("x-acs-action"));
    entry.version = QString::fromUtf8(request.header("x-acs-version"));
    const QString hostId = hostIdOf(request);

    Service *service = nullptr;
    if (const auto it = m_services.find(entry.version); it != m_services.end()) {
        service = it->second.get();
        entry.product = service->product();
    }
    const auto gatewayAnswer = [&](const GatewayError &error) {
        entry.errorCode = error.code;
        return Answer{error.status,
                      serialize(errorBody(error, entry.requestId, hostId, entry.product)),
                      {},
                      false,
                      {}};
    };

    if (entry.action.isEmpty())
        return gatewayAnswer(gateway::missingParameter(QStringLiteral("x-acs-action")));
    if (entry.version.isEmpty())
        return gatewayAnswer(gateway::missingParameter(QStringLiteral("x-acs-version")));
    if (!service)
        return gatewayAnswer(gateway::invalidVersion());

    const AuthOutcome auth = m_auth->authenticate(request, m_config.wallClock());
    entry.accessKeyId = auth.accessKeyId;
    if (!auth.ok)
        return gatewayAnswer(auth.error);

    const FaultDecision fault = m_faults->decide(entry.action);
    Answer answer;
    switch (fault.kind) {
    case FaultKind::Throttle:
        answer = gatewayAnswer(gateway::throttlingUser());
        // Milliseconds: the official SDK cores wait that many milliseconds before a retry.
        if (fault.retryAfter.count() > 0)
            answer.headers.append(
                {"x-acs-retry-after", QByteArray::number(qint64(fault.retryAfter.count()))});
        break;
    case FaultKind::InternalError:
        answer = gatewayAnswer(gateway::internalError());
        break;
    case FaultKind::Unavailable:
        answer = gatewayAnswer(gateway::serviceUnavailable());
        break;
    case FaultKind::Forbidden:
        answer = gatewayAnswer(gateway::forbiddenRam());
        break;
    case FaultKind::Drop:
        answer.drop = true;
        break;
    default:
        answer = dispatch(request, *service, entry);
        if (fault.kind == FaultKind::Malformed) // cut the JSON short: a truncated answer
            answer.body.truncate(std::max<qsizetype>(1, answer.body.size() / 2));
        break;
    }
    answer.fault = fault;
    return answer;
}

Server::Answer Server::dispatch(const ReceivedRequest &request, Service &service,
                                RequestLogEntry &entry)
{
    const auto [rawPath, rawQuery] = canonical::splitTarget(request.target);
    ServiceRequest call;
    call.method = request.method;
    call.path = QString::fromUtf8(canonical::percentDecode(rawPath, false));
    for (const QByteArray &segment : rawPath.split('/'))
        if (!segment.isEmpty())
            call.pathSegments.append(QString::fromUtf8(canonical::percentDecode(segment, false)));
    call.action = entry.action;
    call.version = entry.version;
    call.accessKeyId = entry.accessKeyId;
    call.requestId = entry.requestId;
    call.now = entry.virtualTime;
    for (const auto &[name, value] : canonical::parsePairs(rawQuery))
        call.params[QString::fromUtf8(name)] = QString::fromUtf8(value);

    const QByteArray contentType = request.header("content-type").toLower();
    const QString hostId = hostIdOf(request);
    if (!request.body.isEmpty()) {
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            for (const auto &[name, value] : canonical::parsePairs(request.body))
                call.params[QString::fromUtf8(name)] = QString::fromUtf8(value);
        } else if (contentType.contains("json")) {
            call.jsonBody =
                nlohmann::json::parse(request.body.begin(), request.body.end(), nullptr, false);
            if (call.jsonBody.is_discarded()) {
                entry.errorCode = gateway::invalidBody().code;
                return {400,
                        serialize(errorBody(gateway::invalidBody(), entry.requestId, hostId,
                                            entry.product)),
                        {},
                        false,
                        {}};
            }
        }
    }

    ServiceResponse response;
    try {
        response = service.handle(call);
    } catch (const std::exception &e) {
        spdlog::error("sandbox: {} {} failed: {}", entry.product.toStdString(),
                      entry.action.toStdString(), e.what());
        response = errorResponse(gateway::internalError(), call, entry.product);
    }
    if (response.body.is_object()) {
        if (!response.body.contains("RequestId") && !response.body.contains("requestId"))
            response.body["RequestId"] = entry.requestId.toStdString();
        const auto host = response.body.find("HostId");
        if (host != response.body.end() && host->is_string() && host->get<std::string>().empty())
            *host = hostId.toStdString();
    } else if (response.body.is_null()) {
        // Every answer carries a JSON body: the official SDKs parse them all.
        response.body = {{"RequestId", entry.requestId.toStdString()}};
    }
    if (response.status >= 400)
        entry.errorCode = errorCodeOf(response.body);
    return {response.status, serialize(response.body), {}, false, {}};
}

} // namespace ferry::sandbox
