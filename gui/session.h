// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"
#include "gui/connectioninfo.h"

#include <QObject>

#include <functional>

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

    /// The clock monitoring times polls and readings by (ms since the epoch): the sandbox's
    /// virtual clock, running `timeScale` times faster than real time, or the system clock.
    void setClock(std::function<qint64()> nowMs, double timeScale = 1.0);
    const std::function<qint64()> &clock() const { return m_clock; }
    qint64 nowMs() const { return m_clock(); }
    double timeScale() const { return m_timeScale; }

    /// The folder lag history is kept in across restarts; empty keeps it in memory only.
    void setLagHistoryDirectory(const QString &directory) { m_lagDirectory = directory; }
    const QString &lagHistoryDirectory() const { return m_lagDirectory; }

private:
    ConnectionInfo m_connection;
    cloudapi::Transport *m_transport;
    cloudapi::MmsClient m_mms;
    cloudapi::DtsClient m_dts;
    cloudapi::SmcClient m_smc;
    cloudapi::StsClient m_sts;
    std::function<qint64()> m_clock;
    double m_timeScale = 1.0;
    QString m_lagDirectory;
};

} // namespace ferry::gui
