// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"
#include "gui/connectioninfo.h"

#include <QObject>

namespace ferry::cloudapi {
class Transport;
}

namespace ferry::gui {

/// What pages need to talk to the services: one transport and the typed clients over it, plus
/// a description of where it goes. Owns the transport.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// Takes ownership of `transport` (re-parented to the session).
    Session(cloudapi::Transport *transport, ConnectionInfo connection, QObject *parent = nullptr);
    ~Session() override;

    const ConnectionInfo &connection() const { return m_connection; }
    QString regionId() const { return m_connection.region; }
    cloudapi::Transport *transport() const { return m_transport; }

    const cloudapi::MmsClient &mms() const { return m_mms; }
    const cloudapi::DtsClient &dts() const { return m_dts; }
    const cloudapi::SmcClient &smc() const { return m_smc; }
    const cloudapi::StsClient &sts() const { return m_sts; }

private:
    ConnectionInfo m_connection;
    cloudapi::Transport *m_transport;
    cloudapi::MmsClient m_mms;
    cloudapi::DtsClient m_dts;
    cloudapi::SmcClient m_smc;
    cloudapi::StsClient m_sts;
};

} // namespace ferry::gui
