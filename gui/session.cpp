// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session.h"

#include "cloudapi/transport.h"

namespace ferry::gui {

Session::Session(cloudapi::Transport *transport, ConnectionInfo connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_transport(transport)
    , m_mms(transport, m_connection.region)
    , m_dts(transport)
    , m_smc(transport)
    , m_sts(transport)
{
    m_transport->setParent(this);
}

Session::~Session() = default;

} // namespace ferry::gui
