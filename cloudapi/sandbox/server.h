// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "faultinjector.h"
#include "requestlog.h"
#include "service.h"
#include "virtualclock.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace ferry::sandbox {

class Connection;
class GatewayAuth;
class NonceCache;
class TappingTcpServer;
struct ReceivedRequest;

/// How a Server is set up. Shared state (clock, faults, log, credentials) may be passed in so
/// another thread can hold it (see Host); what is left null the server creates.
struct ServerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                  ///< 0 picks a free port
    KeyPair key;                       ///< generated from the CSPRNG when not valid
    double timeScale = 1.0;            ///< for a clock the server creates
    std::uint64_t faultSeed = 1;       ///< for a fault injector the server creates
    std::size_t logCapacity = 100'000; ///< for a request log the server creates
    std::size_t nonceCapacity = 1'000'000;
    std::chrono::seconds dateTolerance = std::chrono::minutes(15);
    /// Real wall-clock time for the x-acs-date window (tests may pin it).
    std::function<std::chrono::system_clock::time_point()> wallClock;

    std::shared_ptr<VirtualClock> clock;
    std::shared_ptr<FaultInjector> faults;
    std::shared_ptr<RequestLog> log;
    std::shared_ptr<CredentialStore> credentials;
};

/// The sandbox's HTTP front: Alibaba Cloud's API gateway on loopback. It verifies V3
/// signatures from the bytes received, dates and nonces, dispatches by x-acs-version to a
/// Service, injects faults, keeps the request log and serves the admin endpoint under
/// /__sandbox. Lives on one thread (the one it was created on); usable directly in tests.
class Server final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(ServerConfig config = {}, QObject *parent = nullptr);
    ~Server() override;

    /// Registers a product; it answers requests whose x-acs-version equals its version()
    /// (replacing any service of the same version).
    void addService(std::unique_ptr<Service> service);
    /// Registers several products.
    void addServices(std::vector<std::unique_ptr<Service>> services);
    /// The versions served, sorted.
    QStringList versions() const;

    /// Starts listening. False (and `error` set) when the address or port cannot be bound.
    bool start(QString *error = nullptr);
    /// The port listened on (0 before start()).
    quint16 port() const { return m_port; }
    /// `http://127.0.0.1:PORT` (the listening address), empty before start().
    QUrl endpoint() const;
    /// `http://127.0.0.1:PORT/__sandbox`, empty before start().
    QUrl adminEndpoint() const;

    /// The primary key pair (the secret is held only in memory).
    const KeyPair &keyPair() const { return m_key; }

    VirtualClock &clock() { return *m_clock; }
    FaultInjector &faults() { return *m_faults; }
    RequestLog &requestLog() { return *m_log; }
    CredentialStore &credentials() { return *m_credentials; }

Q_SIGNALS:
    /// An API request was answered or dropped and logged with this sequence number.
    void requestLogged(quint64 sequence);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer;
    Answer process(const ReceivedRequest &request, RequestLogEntry &entry);
    Answer dispatch(const ReceivedRequest &request, Service &service, RequestLogEntry &entry);
    void deliver(Connection *connection, std::uint64_t slot, Answer answer, RequestLogEntry entry,
                 std::chrono::steady_clock::time_point receivedAt);

    ServerConfig m_config;
    KeyPair m_key;
    std::shared_ptr<VirtualClock> m_clock;
    std::shared_ptr<FaultInjector> m_faults;
    std::shared_ptr<RequestLog> m_log;
    std::shared_ptr<CredentialStore> m_credentials;
    std::shared_ptr<NonceCache> m_nonces;
    std::unique_ptr<GatewayAuth> m_auth;
    std::map<QString, std::unique_ptr<Service>> m_services;
    TappingTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
};

} // namespace ferry::sandbox
