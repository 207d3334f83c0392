// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "receivedrequest.h"
#include "requestlog.h"
#include "virtualclock.h"

#include <QByteArray>
#include <QHostAddress>

namespace ferry::sandbox {

/// Path prefix of the admin endpoint (on the same port as the API).
inline constexpr QByteArrayView kAdminPrefix = "/__sandbox";

/// True for a raw path under the admin prefix.
bool isAdminPath(QByteArrayView rawPath);

/// True for a loopback peer (127.0.0.0/8, ::1, or IPv4-mapped loopback): the only clients the
/// admin endpoint answers.
bool isLoopbackPeer(const QHostAddress &peer);

/// What the admin endpoint controls.
struct AdminContext
{
    VirtualClock &clock;
    FaultInjector &faults;
    RequestLog &log;
};

/// A JSON answer of the admin endpoint.
struct AdminAnswer
{
    int status = 200;
    QByteArray body;
};

/// Answers an admin request (no signature needed; non-loopback peers get 403):
///  - GET /__sandbox: what is here
///  - GET|POST|DELETE /__sandbox/faults: read, replace (FaultConfig JSON) or clear the faults
///  - GET /__sandbox/requests[?since=SEQ&limit=N&action=A]: the request log; DELETE clears it
///  - GET /__sandbox/clock; POST /__sandbox/clock {"advanceMs":N,"scale":S,"nowMs":T}
AdminAnswer handleAdmin(const ReceivedRequest &request, AdminContext context);

} // namespace ferry::sandbox
