// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <utility>

namespace ferry::sandbox {

/// A request as it arrived on the wire, before any interpretation.
struct ReceivedRequest
{
    QByteArray method;                                ///< as on the request line, e.g. "POST"
    QByteArray target;                                ///< request-target exactly as sent
    QByteArray protocol = "HTTP/1.1";                 ///< as on the request line
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names and values as received
    QByteArray body;                                  ///< the body, de-chunked
    QHostAddress peer;                                ///< the client's address

    /// The value of a header (name matched case-insensitively), trimmed. Repeated headers give
    /// their trimmed values sorted and joined with ",". Empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// True when a header of that name (case-insensitive) was received.
    bool hasHeader(QByteArrayView name) const;
};

} // namespace ferry::sandbox
