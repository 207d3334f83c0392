// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session.h"

#include "cloudapi/transport.h"

#include <QDateTime>

namespace ferry::gui {

Session::Session(cloudapi::Transport *transport, ConnectionInfo connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_transport(transport)
    , m_mms(transport, m_connection.region)
    , m_dts(transport)
    , m_smc(transport)
    , m_sts(transport)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_transport->setParent(this);
}

void Session::setClock(std::function<qint64()> nowMs, double timeScale)
{
    if (nowMs)
        m_clock = std::move(nowMs);
    m_timeScale = timeScale > 0 ? timeScale : 1.0;
}

Session::~Session() = default;

} // namespace ferry::gui
