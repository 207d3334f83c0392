// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ferry::model {
class Settings;
}
namespace ferry::sandbox {
class Host;
}

namespace ferry::gui {

class Session;

/// Decides what Ferry talks to and sets it up without blocking: real credentials when any are
/// configured (Ferry profile, environment, aliyun CLI), otherwise the embedded sandbox started
/// on a free loopback port with a key pair held only in memory.
class ConnectionSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSetup)

public:
    ConnectionSetup(model::Settings &settings, QString profile, bool forceSandbox,
                    QObject *parent = nullptr);
    ~ConnectionSetup() override;

    /// Starts; established() or failed() follows.
    void start();

Q_SIGNALS:
    /// `session` is owned by this object and lives as long as it does.
    void established(ferry::gui::Session *session);
    void failed(const ferry::gui::ConnectionInfo &info);

private:
    void startSandbox();
    void connectCloud();

    model::Settings &m_settings;
    QString m_profile;
    bool m_forceSandbox = false;
    std::unique_ptr<sandbox::Host> m_host;
    QPointer<Session> m_session;
};

} // namespace ferry::gui
