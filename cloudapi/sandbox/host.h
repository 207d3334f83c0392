// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "faultinjector.h"
#include "requestlog.h"
#include "service.h"
#include "virtualclock.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace ferry::sandbox {

class ServerThread;

/// Makes the product emulators for a scenario.
using ServiceFactory =
    std::function<std::vector<std::unique_ptr<Service>>(const ScenarioOptions &)>;

/// How an embedded sandbox is set up.
struct HostOptions
{
    ScenarioOptions scenario;
    double timeScale = 1.0;  ///< virtual seconds per real second
    KeyPair key;             ///< generated from the CSPRNG when not valid
    quint16 port = 0;        ///< 0 picks a free port on 127.0.0.1
    FaultConfig faults;      ///< faults active from the start
    ServiceFactory services; ///< default: makeDefaultServices()
    bool echoService = true; ///< also serve the diagnostic EchoService
};

/// The sandbox embedded in an application: runs a Server on its own thread, starts
/// asynchronously (ready() or failed()), holds the key pair only in memory, and shuts the
/// server down when destroyed. Clock, faults, request log and credentials are thread-safe and
/// may be used from any thread while the server runs.
class Host final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Host)

public:
    explicit Host(HostOptions options = {}, QObject *parent = nullptr);
    /// Stops the server thread and waits for it to finish.
    ~Host() override;

    /// Starts the server thread; ready() or failed() follows. Does nothing when already started.
    void start();
    /// True once ready() was emitted (and until destruction).
    bool isReady() const { return m_ready; }

    /// `http://127.0.0.1:PORT`, empty until ready.
    QUrl endpoint() const { return m_endpoint; }
    /// `http://127.0.0.1:PORT/__sandbox`, empty until ready.
    QUrl adminEndpoint() const { return m_adminEndpoint; }
    /// The sandbox's AccessKey ID.
    QString accessKeyId() const { return m_key.id; }
    /// The sandbox's AccessKey secret (in memory only; never log it).
    QString accessKeySecret() const { return m_key.secret; }

    VirtualClock &clock() { return *m_clock; }
    FaultInjector &faults() { return *m_faults; }
    RequestLog &requestLog() { return *m_log; }
    CredentialStore &credentials() { return *m_credentials; }

Q_SIGNALS:
    /// The server listens at `endpoint`.
    void ready(const QUrl &endpoint);
    /// The server could not start.
    void failed(const QString &reason);

private:
    friend class ServerThread;
    void onStarted(const QUrl &endpoint, const QUrl &adminEndpoint);
    void onFailed(const QString &reason);

    HostOptions m_options;
    KeyPair m_key;
    std::shared_ptr<VirtualClock> m_clock;
    std::shared_ptr<FaultInjector> m_faults;
    std::shared_ptr<RequestLog> m_log;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ServerThread> m_thread;
    QUrl m_endpoint;
    QUrl m_adminEndpoint;
    bool m_ready = false;
};

} // namespace ferry::sandbox
