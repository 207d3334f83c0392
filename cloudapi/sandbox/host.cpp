// SPDX-License-Identifier: GPL-3.0-or-later
#include "host.h"

#include "echoservice.h"
#include "server.h"
#include "services.h"

#include <QPointer>
#include <QThread>

#include <exception>

namespace ferry::sandbox {

class ServerThread final : public QThread
{
public:
    ServerThread(Host *host, ServerConfig config, ServiceFactory factory, ScenarioOptions scenario,
                 bool echo)
        : m_host(host)
        , m_config(std::move(config))
        , m_factory(std::move(factory))
        , m_scenario(std::move(scenario))
        , m_echo(echo)
    {}

protected:
    void run() override
    {
        // Everything the server owns is created here, so it lives on this thread.
        Server server(m_config);
        QString error;
        try {
            if (m_factory)
                server.addServices(m_factory(m_scenario));
        } catch (const std::exception &e) {
            error = QStringLiteral("The sandbox services could not be created: %1")
                        .arg(QString::fromUtf8(e.what()));
        }
        if (m_echo)
            server.addService(std::make_unique<EchoService>());
        if (error.isEmpty() && !isInterruptionRequested())
            server.start(&error);
        const QUrl endpoint = server.endpoint();
        const QUrl admin = server.adminEndpoint();
        QMetaObject::invokeMethod(
            m_host,
            [host = m_host, error, endpoint, admin] {
                if (error.isEmpty() && !endpoint.isEmpty())
                    host->onStarted(endpoint, admin);
                else
                    host->onFailed(error.isEmpty() ? QStringLiteral("The sandbox was stopped.")
                                                   : error);
            },
            Qt::QueuedConnection);
        if (error.isEmpty() && !isInterruptionRequested())
            exec();
    }

private:
    Host *m_host;
    ServerConfig m_config;
    ServiceFactory m_factory;
    ScenarioOptions m_scenario;
    bool m_echo;
};

Host::Host(HostOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_key(m_options.key.isValid() ? m_options.key : generateKeyPair())
    , m_clock(std::make_shared<VirtualClock>(m_options.timeScale))
    , m_faults(std::make_shared<FaultInjector>(m_options.scenario.seed))
    , m_log(std::make_shared<RequestLog>())
    , m_credentials(std::make_shared<CredentialStore>())
{
    m_faults->setConfig(m_options.faults);
    if (!m_options.services)
        m_options.services = &makeDefaultServices;
}

Host::~Host()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->quit();
        m_thread->wait();
    }
}

void Host::start()
{
    if (m_thread)
        return;
    ServerConfig config;
    config.port = m_options.port;
    config.key = m_key;
    config.clock = m_clock;
    config.faults = m_faults;
    config.log = m_log;
    config.credentials = m_credentials;
    m_thread = std::make_unique<ServerThread>(this, std::move(config), m_options.services,
                                              m_options.scenario, m_options.echoService);
    m_thread->setObjectName(QStringLiteral("ferry-sandbox"));
    m_thread->start();
}

void Host::onStarted(const QUrl &endpoint, const QUrl &adminEndpoint)
{
    m_endpoint = endpoint;
    m_adminEndpoint = adminEndpoint;
    m_ready = true;
    Q_EMIT ready(endpoint);
}

void Host::onFailed(const QString &reason)
{
    Q_EMIT failed(reason);
}

} // namespace ferry::sandbox
