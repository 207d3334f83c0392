// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/connectionsetup.h"

#include "cloudapi/credentialchain.h"
#include "cloudapi/sandbox/host.h"
#include "cloudapi/secretstore.h"
#include "cloudapi/transport.h"
#include "gui/session.h"
#include "model/settings.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace ferry::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::ConnectionSetup)
};
} // namespace

ConnectionSetup::ConnectionSetup(model::Settings &settings, QString profile, bool forceSandbox,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profile(std::move(profile))
    , m_forceSandbox(forceSandbox)
{}

ConnectionSetup::~ConnectionSetup()
{
    // The session's transport must go before the sandbox it talks to.
    delete m_session.data();
}

void ConnectionSetup::start()
{
    cloudapi::CredentialSources sources;
    sources.ferryProfile = m_profile.isEmpty() ? m_settings.activeProfile() : m_profile;
    if (!m_forceSandbox && cloudapi::credentialsConfigured(sources))
        connectCloud();
    else
        startSandbox();
}

void ConnectionSetup::startSandbox()
{
    sandbox::HostOptions options;
    options.timeScale = m_settings.sandboxTimeScale();
    options.echoService = false;
    m_host = std::make_unique<sandbox::Host>(options);
    connect(m_host.get(), &sandbox::Host::ready, this, [this](const QUrl &endpoint) {
        cloudapi::Credentials credentials;
        credentials.accessKeyId = m_host->accessKeyId();
        credentials.accessKeySecret = m_host->accessKeySecret();
        credentials.origin = Tr::tr("the sandbox");
        cloudapi::Endpoints endpoints;
        endpoints.setOverride(endpoint);
        auto *transport =
            new cloudapi::Transport(cloudapi::staticCredentials(std::move(credentials)), endpoints);
        ConnectionInfo info;
        info.mode = ConnectionInfo::Mode::Sandbox;
        info.endpoint = endpoint;
        info.credentials = Tr::tr("the sandbox");
        info.region = m_settings.region();
        m_session = new Session(transport, info, this);
        spdlog::info("sandbox ready at {}", endpoint.toString().toStdString());
        Q_EMIT established(m_session);
    });
    connect(m_host.get(), &sandbox::Host::failed, this, [this](const QString &reason) {
        ConnectionInfo info;
        info.mode = ConnectionInfo::Mode::Failed;
        info.error = Tr::tr("the sandbox could not start: %1").arg(reason);
        spdlog::error("sandbox failed to start: {}", reason.toStdString());
        Q_EMIT failed(info);
    });
    m_host->start();
}

void ConnectionSetup::connectCloud()
{
    cloudapi::CredentialSources sources;
    sources.ferryProfile = m_profile.isEmpty() ? m_settings.activeProfile() : m_profile;
    sources.secretStore = std::make_shared<cloudapi::KeychainSecretStore>();
    auto provider = cloudapi::defaultCredentialChain(sources);
    ConnectionInfo info;
    info.mode = ConnectionInfo::Mode::Cloud;
    info.region = m_settings.region();
    info.credentials = provider->describe();
    auto *transport = new cloudapi::Transport(provider, cloudapi::Endpoints());
    m_session = new Session(transport, info, this);
    Q_EMIT established(m_session);
}

} // namespace ferry::gui
